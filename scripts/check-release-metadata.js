#!/usr/bin/env node
/*
 * Refuses to publish while package.json still carries the placeholders of a fresh fork: n8n's verification
 * checks the author (name and email), the repository and the homepage, and npm provenance ties the package
 * to the repository it names. Those fields live in package.json only; set them there before the first
 * publish (CONTRIBUTING.md, "Releasing"). Run by the CI publish job before `npm publish --provenance`.
 *
 *   node scripts/check-release-metadata.js
 */
'use strict';

const path = require('node:path');

const pkg = require(path.join(__dirname, '..', 'package.json'));
const PLACEHOLDER = /OWNER|example\.com|contributors$/i;

/** @type {Array<[string, unknown]>} */
const fields = [
	['author.name', pkg.author && pkg.author.name],
	['author.email', pkg.author && pkg.author.email],
	['homepage', pkg.homepage],
	['repository.url', pkg.repository && pkg.repository.url],
];
const problems = fields
	.filter(
		([, value]) => typeof value !== 'string' || value.trim() === '' || PLACEHOLDER.test(value),
	)
	.map(([name, value]) => `  ${name}: ${JSON.stringify(value)}`);
if (problems.length > 0) {
	console.error(
		`package.json still has placeholder release metadata; set these before publishing:\n${problems.join('\n')}`,
	);
	process.exit(1);
}
console.log('release metadata set: author, homepage, repository');
