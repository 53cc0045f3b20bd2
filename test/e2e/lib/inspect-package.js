'use strict';
/*
 * Loads an installed community package with n8n's own loader, the way `n8n start` does, and prints what
 * n8n sees as JSON: node and credential types, their icon URLs, and whether each icon file exists.
 * Run with the n8n install's Node 24 and NODE_PATH pointing at its node_modules:
 *   node lib/inspect-package.js <packageDir>
 */
const fs = require('node:fs');
const path = require('node:path');

async function main() {
	const packageDir = path.resolve(process.argv[2]);
	const { PackageDirectoryLoader } = require('n8n-core');
	const loader = new PackageDirectoryLoader(packageDir);
	await loader.loadAll();
	const iconFile = (url) => {
		// n8n serves `icons/<package>/<path inside the package>`
		const prefix = `icons/${loader.packageName}/`;
		if (typeof url !== 'string' || !url.startsWith(prefix)) return { url, exists: false };
		const file = path.join(packageDir, url.slice(prefix.length));
		return {
			url,
			file: path.relative(packageDir, file),
			exists: fs.existsSync(file),
			bytes: fs.existsSync(file) ? fs.readFileSync(file).length : 0,
		};
	};
	const icons = (t) =>
		t.iconUrl && typeof t.iconUrl === 'object'
			? { light: iconFile(t.iconUrl.light), dark: iconFile(t.iconUrl.dark) }
			: { single: iconFile(t.iconUrl) };
	const out = {
		packageName: loader.packageName,
		nodes: loader.types.nodes.map((t) => ({
			name: t.name,
			displayName: t.displayName,
			version: t.version,
			usableAsTool: t.usableAsTool,
			credentials: (t.credentials || []).map((c) => c.name),
			// The credential's Test button: a node-side test names the node method that runs it.
			testedBy: (t.credentials || []).map((c) => c.testedBy).filter(Boolean),
			credentialTestMethods: Object.keys(
				/** @type {import('n8n-workflow').INodeType} */ (loader.nodeTypes[t.name]?.type)?.methods
					?.credentialTest ?? {},
			),
			icons: icons(t),
			codex: t.codex,
		})),
		credentials: loader.types.credentials.map((t) => ({
			name: t.name,
			displayName: t.displayName,
			icons: icons(t),
			hasTest: !!loader.credentialTypes[t.name]?.type?.test,
		})),
		known: {
			nodes: Object.keys(loader.known.nodes),
			credentials: Object.keys(loader.known.credentials),
		},
	};
	process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => {
	process.stderr.write(`${e && e.stack}\n`);
	process.exit(1);
});
