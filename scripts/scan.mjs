#!/usr/bin/env node
// `npm run scan`: n8n's community-package scan (@n8n/scan-community-package), run offline on the packed tarball.
//
// `npx @n8n/scan-community-package <name>@<version>` only scans what is already published: it fetches the
// registry metadata, requires an npm provenance attestation, downloads the attested GitHub source and the
// tarball, then lints both with its ESLint rule set. Before publishing (and in CI, which cannot reach GitHub)
// we call the same library function, `analyzePackage`, on the same two inputs:
//   1. the source (this repository) with the scanner's SOURCE_FILE_PATTERNS (package.json, nodes/, credentials/),
//   2. the unpacked `npm pack` tarball with ['**/*.js', 'package.json'], exactly as the scanner does.
// The scanner ignores eslint-disable comments (allowInlineConfig: false), and so does this.
// The provenance leg cannot be checked before publishing; .github/workflows/ci.yml publishes with
// `npm publish --provenance`, which is what it looks for.
// On top, a few structural checks n8n's loader relies on: the files named in the "n8n" section and every
// `file:` icon the compiled code points at are in the tarball, plus LICENSE and README.
//
// Usage: node scripts/scan.mjs [path/to/package.tgz]   (default: `npm pack` of the current build)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
	analyzePackage,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-scan-'));
// Removed however the scan ends (a failed check, a missing dist/, an exception).
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

let tarball = process.argv[2] && path.resolve(process.argv[2]);
if (!tarball) {
	if (!fs.existsSync(path.join(repo, 'dist'))) {
		console.error('dist/ is missing: run `npm run build` first');
		process.exit(2);
	}
	const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
		cwd: repo,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	tarball = path.join(work, JSON.parse(out)[0].filename);
}
const unpacked = path.join(work, 'package');
fs.mkdirSync(unpacked);
execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
const pkg = JSON.parse(fs.readFileSync(path.join(unpacked, 'package.json'), 'utf8'));
const label = `${pkg.name}@${pkg.version}`;

let failed = false;
function report(title, result) {
	if (result.passed) {
		console.log(`✅ ${title}${result.message ? ` (${result.message})` : ''}`);
	} else {
		failed = true;
		console.log(`❌ ${title}: ${result.message}`);
		if (result.details) console.log(result.details);
	}
}

report(
	`source lint (${SOURCE_FILE_PATTERNS.join(', ')})`,
	await analyzePackage(repo, SOURCE_FILE_PATTERNS),
);
report(
	`tarball lint (${path.basename(tarball)}: **/*.js, package.json)`,
	await analyzePackage(unpacked, ['**/*.js', 'package.json']),
);

// Structural checks.
const problems = [];
const n8n = pkg.n8n ?? {};
if (!n8n.n8nNodesApiVersion) problems.push('package.json: n8n.n8nNodesApiVersion missing');
const entries = [...(n8n.nodes ?? []), ...(n8n.credentials ?? [])];
if (!(n8n.nodes ?? []).length) problems.push('package.json: n8n.nodes is empty');
for (const rel of entries) {
	const file = path.join(unpacked, rel);
	if (!fs.existsSync(file)) {
		problems.push(`${rel}: named in package.json "n8n" but not in the tarball`);
		continue;
	}
	const code = fs.readFileSync(file, 'utf8');
	const icons = [...code.matchAll(/['"`]file:([^'"`]+)['"`]/g)].map((m) => m[1]);
	if (!icons.length) problems.push(`${rel}: no file: icon`);
	for (const icon of icons) {
		const resolved = path.resolve(path.dirname(file), icon);
		if (!resolved.startsWith(unpacked + path.sep) || !fs.existsSync(resolved)) {
			problems.push(
				`${rel}: icon 'file:${icon}' -> ${path.relative(unpacked, resolved)} is not in the tarball`,
			);
		}
	}
}
for (const rel of n8n.nodes ?? []) {
	// n8n reads categories and documentation links from `<node file>.json`; without `resources` it drops the codex.
	const codexFile = path.join(unpacked, `${rel}on`);
	if (!fs.existsSync(codexFile)) {
		problems.push(`${rel}on: codex file missing (categories, documentation links)`);
		continue;
	}
	const codex = JSON.parse(fs.readFileSync(codexFile, 'utf8'));
	if (!Array.isArray(codex.categories) || !codex.categories.length)
		problems.push(`${rel}on: no categories`);
	if (!codex.resources?.primaryDocumentation?.length)
		problems.push(`${rel}on: no resources.primaryDocumentation`);
	if (!codex.resources?.credentialDocumentation?.length)
		problems.push(`${rel}on: no resources.credentialDocumentation`);
	if (
		codex.node &&
		codex.node !==
			`${pkg.name}.${path.basename(rel, '.node.js').replace(/^./, (c) => c.toLowerCase())}`
	) {
		problems.push(`${rel}on: "node" is ${codex.node}`);
	}
}
for (const required of ['LICENSE', 'README.md']) {
	if (
		!fs
			.readdirSync(unpacked)
			.some(
				(f) =>
					f.toUpperCase() === required.toUpperCase() ||
					f.toUpperCase().startsWith(`${required.toUpperCase()}.`),
			)
	) {
		problems.push(`${required} is not in the tarball`);
	}
}
if (pkg.dependencies && Object.keys(pkg.dependencies).length)
	problems.push('runtime "dependencies" are not allowed');
for (const s of ['preinstall', 'install', 'postinstall', 'prepare']) {
	if (pkg.scripts?.[s]) problems.push(`install lifecycle script "${s}" is not allowed`);
}
report(
	'package structure (n8n entries, icons, codex, LICENSE, README, no dependencies/install scripts)',
	{
		passed: problems.length === 0,
		message: problems.length ? `${problems.length} problem(s)` : undefined,
		details: problems.map((p) => `  - ${p}`).join('\n'),
	},
);

console.log(
	'ℹ️  provenance: checked by the registry after `npm publish --provenance` (CI publish job), not offline',
);
console.log(
	failed
		? `❌ ${label} failed the community-package scan`
		: `✅ ${label} passed the community-package scan`,
);
process.exit(failed ? 1 : 0);
