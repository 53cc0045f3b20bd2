'use strict';
/*
 * Build, pack and install this package the way a user gets it: `npm pack` tarball, installed into
 * $N8N_USER_FOLDER/.n8n/nodes exactly as n8n 2.41's community-package installer does
 * (CommunityPackagesService.downloadPackage: unpack into nodes/node_modules/<name>, drop dev/peer/optional
 * dependencies from its package.json, `npm install --ignore-scripts …` inside it, record it in
 * nodes/package.json). Only the registry download is replaced by our local tarball.
 */
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const REPO = path.resolve(__dirname, '..', '..', '..');

function npm(args, opts) {
	return execFileSync('npm', args, {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		...opts,
	});
}

/** `npm run build` (unless skipBuild), then `npm pack` into outDir; returns the tarball's path. */
function buildAndPack(outDir, { skipBuild = false } = {}) {
	if (!skipBuild) {
		try {
			npm(['run', 'build'], { cwd: REPO });
		} catch (e) {
			throw new Error(`npm run build failed:\n${e.stdout}\n${e.stderr}`);
		}
	}
	fs.mkdirSync(outDir, { recursive: true });
	const out = npm(['pack', '--json', '--pack-destination', outDir], { cwd: REPO });
	const [info] = JSON.parse(out);
	return {
		tarball: path.join(outDir, info.filename),
		files: info.files.map((f) => f.path),
		name: info.name,
		version: info.version,
	};
}

/** Installs the tarball into <userFolder>/.n8n/nodes like n8n's installer; returns the package directory. */
function installIntoN8n(tarball, userFolder) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(path.join(nodesDir, 'node_modules'), { recursive: true });
	const nodesPackageJson = path.join(nodesDir, 'package.json');
	if (!fs.existsSync(nodesPackageJson)) {
		fs.writeFileSync(
			nodesPackageJson,
			JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2),
		);
	}
	const pkgJsonInTarball = JSON.parse(
		execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }),
	);
	const packageDir = path.join(nodesDir, 'node_modules', pkgJsonInTarball.name);
	fs.rmSync(packageDir, { recursive: true, force: true });
	fs.mkdirSync(packageDir, { recursive: true });
	execFileSync('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1']);

	const { devDependencies, peerDependencies, optionalDependencies, ...installed } =
		pkgJsonInTarball;
	fs.writeFileSync(path.join(packageDir, 'package.json'), JSON.stringify(installed, null, 2));
	npm(
		[
			'install',
			'--audit=false',
			'--fund=false',
			'--bin-links=false',
			'--install-strategy=shallow',
			'--ignore-scripts=true',
			'--package-lock=false',
		],
		{ cwd: packageDir },
	);

	const nodesPkg = JSON.parse(fs.readFileSync(nodesPackageJson, 'utf8'));
	nodesPkg.dependencies = { ...(nodesPkg.dependencies || {}), [installed.name]: installed.version };
	fs.writeFileSync(nodesPackageJson, JSON.stringify(nodesPkg, null, 2));
	return packageDir;
}

module.exports = { REPO, buildAndPack, installIntoN8n };
