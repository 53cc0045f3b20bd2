#!/usr/bin/env node
/*
 * Installs the Debian packages the tests and the demo need, when they are missing, so that the README's two
 * commands work on a fresh machine with nothing installed beforehand. Run by `npm test` and `npm run demo`.
 *
 *   node scripts/system-packages.js [--for test|demo]
 *
 * - test: Chromium (the browser test), CJK and OCR-B fonts (the card generator), PostgreSQL and Redis (the
 *   queue-mode suite starts its own servers on 127.0.0.1).
 * - demo: the fonts only.
 *
 * Packages already installed are left alone (`dpkg -s`). Missing ones are installed with apt-get when this
 * runs as root (as on CI and this project's machines), else with `sudo -n` when that needs no password.
 * Otherwise it fails and prints the one command to run: a test that cannot run must fail, never skip.
 */
'use strict';

const { execFileSync, spawnSync } = require('node:child_process');

/** @type {Record<string, string[]>} */
const NEEDS = {
	demo: ['fonts-wqy-zenhei', 'fonts-ocr-b', 'fonts-noto-cjk'],
	test: [
		'fonts-wqy-zenhei',
		'fonts-ocr-b',
		'fonts-noto-cjk',
		'chromium',
		'postgresql',
		'postgresql-client',
		'redis-server',
	],
};

/** @param {string} name */
function installed(name) {
	const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
	return r.status === 0 && r.stdout.includes('install ok installed');
}

/** @param {string[]} argv */
function purpose(argv) {
	const i = argv.indexOf('--for');
	const value = i >= 0 ? argv[i + 1] : 'test';
	if (!NEEDS[value])
		throw new Error(`unknown --for ${value}; use one of ${Object.keys(NEEDS).join(', ')}`);
	return value;
}

function main() {
	const wanted = NEEDS[purpose(process.argv.slice(2))];
	if (spawnSync('dpkg-query', ['--version']).status !== 0) {
		console.error(
			`[system-packages] this is not a Debian-based machine: install ${wanted.join(', ')} (or their equivalents) by hand.`,
		);
		process.exit(1);
	}
	const missing = wanted.filter((p) => !installed(p));
	if (missing.length === 0) {
		console.log(`[system-packages] all present: ${wanted.join(', ')}`);
		return;
	}
	const command = ['apt-get', 'install', '-y', '-q', '--no-install-recommends', ...missing];
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const prefix = isRoot ? [] : ['sudo', '-n'];
	if (!isRoot && spawnSync('sudo', ['-n', 'true']).status !== 0) {
		console.error(
			`[system-packages] missing Debian packages: ${missing.join(', ')}\n` +
				`Install them once, then run the command again:\n  sudo apt-get update && sudo ${command.join(' ')}`,
		);
		process.exit(1);
	}
	console.log(`[system-packages] installing ${missing.join(', ')}`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const run = (/** @type {string[]} */ args) =>
		execFileSync(
			prefix.length ? prefix[0] : args[0],
			prefix.length ? [...prefix.slice(1), ...args] : args.slice(1),
			{
				stdio: ['ignore', 'inherit', 'inherit'],
				env,
			},
		);
	run(['apt-get', 'update', '-q']);
	run(command);
	const still = missing.filter((p) => !installed(p));
	if (still.length > 0) {
		console.error(`[system-packages] still missing after apt-get: ${still.join(', ')}`);
		process.exit(1);
	}
}

main();
