#!/usr/bin/env node
/*
 * n8n Cloud installs only verified community nodes, and n8n's own tool decides whether a package can be:
 * `n8n-node cloud-support` (from @n8n/node-cli) must report it eligible — `n8n.strict: true` in package.json and
 * `eslint.config.mjs` exactly n8n's template. Run by `npm run lint`; fails with the tool's own words otherwise.
 */
'use strict';

const { spawnSync } = require('node:child_process');
const path = require('node:path');

const bin = path.join(__dirname, '..', 'node_modules', '.bin', 'n8n-node');
const r = spawnSync(bin, ['cloud-support'], {
	encoding: 'utf8',
	env: { ...process.env, NO_COLOR: '1' },
});
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const text = `${r.stdout}${r.stderr}`.replace(ansi, '');
const status = text.split('\n').find((line) => line.includes('Status:'));
if (r.status !== 0 || !status || !/Status: eligible/.test(status)) {
	console.error(`n8n-node cloud-support does not report this package eligible:\n${text}`);
	process.exit(1);
}
console.log(`n8n-node cloud-support: ${status.replace(/^[\s│•]+/, '').trim()}`);
