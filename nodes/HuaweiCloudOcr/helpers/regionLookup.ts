/**
 * Province, prefecture and county of a 6-digit GB/T 2260 region code (the first 6 digits of an ID number),
 * from the table generated at build time (regionCodes.generated.ts, see scripts/generate-region-codes.js).
 *
 * Levels: province = XX0000, prefecture = XXYY00, county = XXYYZZ.
 *
 * Placeholders of the standard are never shown as names:
 *  - Municipalities (北京市 11, 天津市 12, 上海市 31, 重庆市 50) have no prefecture; the standard fills that
 *    level with 市辖区 (XX01) and 县 (XX02). We show the municipality itself as the prefecture, as Chinese
 *    address forms do (北京市 / 北京市 / 东城区), so a "city" column is never empty for them.
 *  - Province-administered county-level units (XX90 省直辖县级行政区划, e.g. 济源市 419001, 仙桃市 429004)
 *    have no prefecture: `prefecture` is absent and the county is given.
 *  - A county-level 市辖区 (XXYY01 in older revisions) names no county: `county` is absent.
 *
 * Codes no longer in use (retired counties, merged prefectures) are found when they were in any GB/T 2260
 * revision from 2002-12 on; they set `historic`. A code reused for another place shows its newest name.
 * Codes retired before 2002 fall back to the prefecture or province (`matched` says which level was found).
 */

import { REGION_CODES } from './regionCodes.generated';

export type RegionLevel = 'county' | 'prefecture' | 'province' | 'none';

export interface RegionLookup {
	code: string;
	province?: string;
	prefecture?: string;
	county?: string;
	/** The most specific level a name was found for. */
	matched: RegionLevel;
	/** The code itself is in the table (current or historic). */
	exact: boolean;
	/** A name shown comes from a code that is no longer in use. */
	historic: boolean;
}

export interface RegionEntry {
	name: string;
	historic: boolean;
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

let table: Map<string, RegionEntry> | undefined;

/** The generated table as a map from 6-digit code to name, parsed once on first use. */
export function regionTable(): ReadonlyMap<string, RegionEntry> {
	if (!table) {
		table = new Map();
		for (const province of REGION_CODES) {
			for (const entry of province.split('|')) {
				const historic = entry.startsWith('~');
				const body = historic ? entry.slice(1) : entry;
				table.set(body.slice(0, 6), { name: body.slice(6), historic });
			}
		}
	}
	return table;
}

/** 市辖区, 县 and 省直辖县级行政区划 / 自治区直辖县级行政区划: grouping rows of the standard, not places. */
export function isPlaceholderName(name: string): boolean {
	return name === '市辖区' || name === '县' || name.endsWith('直辖县级行政区划');
}

export function isMunicipality(code: string): boolean {
	return MUNICIPALITIES.has(code.slice(0, 2));
}

export function lookupRegion(code6: string): RegionLookup {
	const code = String(code6 ?? '').trim();
	if (!/^\d{6}$/.test(code)) return { code, matched: 'none', exact: false, historic: false };
	const regions = regionTable();
	const found: Pick<RegionLookup, 'province' | 'prefecture' | 'county'> = {};
	let matched: RegionLevel = 'none';
	let historic = false;

	const province = regions.get(`${code.slice(0, 2)}0000`);
	if (province) {
		found.province = province.name;
		matched = 'province';
		historic = province.historic;

		if (code.slice(2, 4) !== '00') {
			if (isMunicipality(code)) {
				found.prefecture = province.name;
				matched = 'prefecture';
			} else {
				const prefecture = regions.get(`${code.slice(0, 4)}00`);
				if (prefecture && !isPlaceholderName(prefecture.name)) {
					found.prefecture = prefecture.name;
					matched = 'prefecture';
					historic = historic || prefecture.historic;
				}
			}
		}

		if (code.slice(4, 6) !== '00') {
			const county = regions.get(code);
			if (county && !isPlaceholderName(county.name)) {
				found.county = county.name;
				matched = 'county';
				historic = historic || county.historic;
			}
		}
	}
	return { code, ...found, matched, exact: regions.has(code), historic };
}
