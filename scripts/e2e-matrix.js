#!/usr/bin/env node
/*
 * The end-to-end suite (test/e2e) once per n8n version of the compatibility matrix, one after another:
 *
 *   node scripts/e2e-matrix.js            the versions below (README "Compatibility" lists the same)
 *   N8N_E2E_VERSIONS=2.41.1 node scripts/e2e-matrix.js
 *
 * Each version is installed once into the cache (test/e2e/setup-n8n.js) and gets a fresh N8N_USER_FOLDER,
 * credentials, workflows and emulator. Extra arguments go to jest (e.g. a test file). Exits non-zero when
 * any version failed, after running them all, and prints one line per version.
 */
'use strict';

const { spawnSync } = require('node:child_process');
const path = require('node:path');

/** Newest 1.x, a 2.x from before the error-output rule changed (about 2.36), and the newest 2.x that installs. */
const MATRIX = ['1.123.81', '2.20.12', '2.41.1'];

const versions = (process.env.N8N_E2E_VERSIONS || MATRIX.join(','))
	.split(',')
	.map((v) => v.trim())
	.filter(Boolean);
const jestBin = require.resolve('jest/bin/jest');
const config = path.join(__dirname, '..', 'test', 'e2e', 'jest.config.js');

/** @type {Array<{version: string, ok: boolean, seconds: number}>} */
const results = [];
for (const version of versions) {
	process.stderr.write(`\n=== e2e on n8n ${version}\n`);
	const t0 = Date.now();
	const r = spawnSync(
		process.execPath,
		[jestBin, '--config', config, '--runInBand', ...process.argv.slice(2)],
		{ stdio: 'inherit', env: { ...process.env, N8N_E2E_VERSION: version } },
	);
	results.push({ version, ok: r.status === 0, seconds: Math.round((Date.now() - t0) / 1000) });
}
process.stderr.write('\n=== e2e matrix\n');
for (const r of results) {
	process.stderr.write(
		`n8n ${r.version.padEnd(9)} ${r.ok ? 'passed' : 'FAILED'} in ${r.seconds} s\n`,
	);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);

module.exports = { MATRIX };
