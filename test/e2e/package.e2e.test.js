'use strict';
/* The published artifact: what `npm pack` ships and what n8n's own loader makes of it once installed. */
const fs = require('node:fs');
const path = require('node:path');

const { harness } = require('./lib/harness');

let h;
beforeAll(() => {
	h = harness();
});

test('the tarball ships the built code, icons, licence and readme, and nothing else', () => {
	const files = h.state.tarballFiles;
	expect(files).toEqual(
		expect.arrayContaining([
			'package.json',
			'LICENSE',
			'README.md',
			'index.js',
			'dist/nodes/HuaweiCloudOcr/HuaweiCloudOcr.node.js',
			'dist/credentials/HuaweiCloudApi.credentials.js',
			'dist/icons/huaweiCloudOcr.svg',
			'dist/icons/huaweiCloudOcr.dark.svg',
		]),
	);
	const unexpected = files.filter(
		(f) => !/^(package\.json|LICENSE|README\.md|index\.js|dist\/.+\.(js|svg|png|json))$/.test(f),
	);
	expect(unexpected).toEqual([]);
	expect(files.some((f) => f.endsWith('.ts') || f.startsWith('test/'))).toBe(false);
});

test('installed as n8n installs community packages: no dev or peer dependencies pulled in', () => {
	const pkg = JSON.parse(fs.readFileSync(path.join(h.state.packageDir, 'package.json'), 'utf8'));
	expect(pkg.name).toBe('n8n-nodes-huaweicloud-ocr');
	expect(pkg.dependencies || {}).toEqual({});
	expect(pkg.devDependencies).toBeUndefined();
	const nodeModules = path.join(h.state.packageDir, 'node_modules');
	const installed = fs.existsSync(nodeModules)
		? fs.readdirSync(nodeModules).filter((f) => !f.startsWith('.'))
		: [];
	expect(installed).toEqual([]);
});

test('n8n’s own loader finds the node and the credential, and every icon file exists', () => {
	const seen = h.inspectInstalledPackage();
	expect(seen.packageName).toBe('n8n-nodes-huaweicloud-ocr');
	expect(seen.known.nodes).toEqual(['huaweiCloudOcr']);
	expect(seen.known.credentials).toEqual(['huaweiCloudApi']);
	const [node] = seen.nodes;
	expect(node).toMatchObject({
		name: 'huaweiCloudOcr',
		version: 1,
		usableAsTool: true,
		credentials: ['huaweiCloudApi'],
		// The Test button is the node's (testedBy), so it can name each cause; the credential has no own test,
		// which n8n would otherwise prefer.
		testedBy: ['huaweiCloudApiTest'],
		credentialTestMethods: ['huaweiCloudApiTest'],
	});
	const [cred] = seen.credentials;
	expect(cred).toMatchObject({ name: 'huaweiCloudApi', hasTest: false });
	for (const icons of [node.icons, cred.icons]) {
		expect(icons.light).toMatchObject({ exists: true, file: 'dist/icons/huaweiCloudOcr.svg' });
		expect(icons.dark).toMatchObject({ exists: true, file: 'dist/icons/huaweiCloudOcr.dark.svg' });
	}
});

test('n8n reads the codex file: categories and documentation links (nodes/HuaweiCloudOcr/HuaweiCloudOcr.node.json)', () => {
	const [node] = h.inspectInstalledPackage().nodes;
	// n8n keeps only categories, subcategories, alias and resources.{primary,credential}Documentation,
	// and drops the whole codex when `resources` is missing.
	expect(node.codex).toBeDefined();
	// The editor leaves a node categorised `AI` (without "Root Nodes") out of the main node search, and the
	// community codex schema drops `subcategories`: only categories of n8n's taxonomy, none of them AI.
	expect(node.codex.categories).toEqual(
		expect.arrayContaining(['Data & Storage', 'Productivity', 'Finance & Accounting']),
	);
	expect(node.codex.categories).not.toContain('AI');
	expect(node.codex.subcategories).toBeUndefined();
	// English aliases (the verification guidelines want English text), the words a searching user types.
	expect(node.codex.alias).toEqual(
		expect.arrayContaining(['Huawei', 'OCR', 'ID card', 'Passport']),
	);
	for (const alias of node.codex.alias) expect(alias).toMatch(/^[\x20-\x7e]+$/);
	expect(node.codex.resources.primaryDocumentation).toEqual([
		expect.objectContaining({ url: expect.stringMatching(/^https:\/\//) }),
	]);
	expect(node.codex.resources.credentialDocumentation).toEqual([
		expect.objectContaining({ url: expect.stringMatching(/^https:\/\//) }),
	]);
});
