/**
 * The user docs follow the node: every resource the node offers has its page `docs/<resource value>.md`, linked
 * from the README's resource table, and every relative link and #anchor in the repository's own Markdown
 * (README, CONTRIBUTING, CHANGELOG, bench/README, docs/) points at a file or heading that exists. The resource
 * list comes from the node's description, so a new resource without a page fails here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';

import { HuaweiCloudOcr } from '../../nodes/HuaweiCloudOcr/HuaweiCloudOcr.node';

const ROOT = path.join(__dirname, '..', '..');
const read = (/** @type {string} */ file) => readFileSync(path.join(ROOT, file), 'utf8');

/** The Resource values of the node, as its description offers them. */
function resourceValues() {
	const resource = new HuaweiCloudOcr().description.properties.find((p) => p.name === 'resource');
	const options = /** @type {Array<{ value: unknown }>} */ (resource?.options ?? []);
	return options.map((o) => String(o.value));
}

/** The Markdown files the repository writes itself (not node_modules, dist or test fixtures). */
function markdownFiles() {
	const docs = readdirSync(path.join(ROOT, 'docs'))
		.filter((f) => f.endsWith('.md'))
		.map((f) => `docs/${f}`);
	return ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', 'bench/README.md', ...docs];
}

/** Markdown without fenced code blocks, inline code and HTML comments (links there are not links). */
function prose(/** @type {string} */ markdown) {
	return markdown
		.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/`[^`\n]*`/g, '');
}

/** The link targets of a Markdown file: `[text](target)` and `![alt](target)`. */
function linkTargets(/** @type {string} */ markdown) {
	const targets = [];
	for (const match of prose(markdown).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
		targets.push(match[1]);
	return targets;
}

/** GitHub's anchors of a Markdown file's headings (lower case, punctuation dropped, spaces to '-', -1 -2 for repeats). */
function anchorsOf(/** @type {string} */ markdown) {
	const anchors = new Set();
	const seen = new Map();
	const text = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
	for (const match of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
		const base = match[1]
			.toLowerCase()
			.replace(/[^\p{L}\p{N}\s_-]/gu, '')
			.replace(/\s/g, '-');
		const count = seen.get(base) ?? 0;
		seen.set(base, count + 1);
		anchors.add(count === 0 ? base : `${base}-${count}`);
	}
	return anchors;
}

/** Why a relative link of `file` does not resolve, or null when it does. */
function brokenLink(/** @type {string} */ file, /** @type {string} */ target) {
	const [rawPath, anchor] = target.split('#', 2);
	const linkPath = decodeURIComponent(rawPath);
	const resolved =
		linkPath === ''
			? file
			: path.posix.normalize(path.posix.join(path.posix.dirname(file), linkPath));
	if (resolved.startsWith('..')) return `${target}: points outside the repository`;
	const absolute = path.join(ROOT, resolved);
	if (!existsSync(absolute)) return `${target}: ${resolved} does not exist`;
	if (anchor === undefined || anchor === '') return null;
	if (statSync(absolute).isDirectory() || !resolved.endsWith('.md'))
		return `${target}: an anchor into a file that is not Markdown`;
	if (!anchorsOf(read(resolved)).has(anchor))
		return `${target}: ${resolved} has no heading #${anchor}`;
	return null;
}

describe('user docs', () => {
	const resources = resourceValues();

	it('the node offers at least the eight documented resources (read from its description)', () => {
		expect(resources).toEqual(
			expect.arrayContaining([
				'idCard',
				'bankCard',
				'passport',
				'driverLicense',
				'vehicleLicense',
				'businessLicense',
				'generalText',
				'autoClassify',
			]),
		);
	});

	it.each(resourceValues())(
		'resource %s has its page under docs/, linked from the README',
		(value) => {
			expect(existsSync(path.join(ROOT, 'docs', `${value}.md`))).toBe(true);
			expect(linkTargets(read('README.md'))).toContain(`docs/${value}.md`);
		},
	);

	it.each(markdownFiles())('every relative link and #anchor in %s resolves', (file) => {
		const broken = linkTargets(read(file))
			.filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
			.map((target) => brokenLink(file, target))
			.filter((reason) => reason !== null);
		expect(broken).toEqual([]);
	});

	it('the README links credentials, errors, running at scale, CONTRIBUTING and CHANGELOG pages', () => {
		const targets = linkTargets(read('README.md'));
		for (const page of [
			'docs/credentials.md',
			'docs/errors.md',
			'docs/running-at-scale.md',
			'CONTRIBUTING.md',
			'CHANGELOG.md',
			'bench/README.md',
		])
			expect(targets).toContain(page);
	});

	it("the README has the sections n8n's verification guidelines ask for, and is at most 25 KB", () => {
		const readme = read('README.md');
		const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
		expect(headings).toEqual(
			expect.arrayContaining([
				'Installation',
				'Operations',
				'Credentials',
				'Compatibility',
				'Usage',
				'Resources',
				'Version history',
			]),
		);
		expect(Buffer.byteLength(readme, 'utf8')).toBeLessThanOrEqual(25 * 1024);
	});

	it('the README gives the two contributor commands that .ci/run runs', () => {
		const readme = read('README.md');
		const ci = read('.ci/run');
		expect(readme).toContain('npm install && npm test ');
		expect(readme).toContain('npm install && npm run demo ');
		expect(ci).toMatch(/^npm install && npm test$/m);
		expect(ci).toMatch(/^npm run demo -- --once --skip-build$/m);
	});
});
