/**
 * The administrative part at the start of an ID card address (province, prefecture, county), used to mask
 * the rest (street, village, house number).
 *
 * Card addresses start with the full official names: 河南省郑州市金水区…, 北京市东城区…, 广东省东莞市南城街道…
 * They are matched against the names of the region table (current and historic), each level among the
 * children of the previous one, longest name first. When the table has no match for a level (an OCR error,
 * a division newer than the table), one administrative-looking unit of at most 8 characters ending in
 * 省/自治区/市/州/地区/盟/区/县/旗 is accepted instead, never one that looks like a street, town or village.
 * The prefix stops after the county level, or after the prefecture when it has no counties (东莞市).
 */

import { isMunicipality, isPlaceholderName, regionTable } from './regionLookup';

export type AddressLevel = 'county' | 'prefecture' | 'province' | 'none';

export interface AddressPrefix {
	/** The administrative prefix of the address ('' when none was recognized). */
	prefix: string;
	/** The deepest level the prefix reaches. */
	level: AddressLevel;
}

interface Division {
	code: string;
	name: string;
	level: 'province' | 'prefecture' | 'county';
}

let index: Map<string, Division[]> | undefined;

/** Children by parent key: '' → provinces, 'XX' → prefectures and directly administered counties, 'XXYY' → counties. */
function divisions(): Map<string, Division[]> {
	if (index) return index;
	const built = new Map<string, Division[]>();
	const add = (key: string, division: Division) => {
		const list = built.get(key);
		if (list) list.push(division);
		else built.set(key, [division]);
	};
	const regions = regionTable();
	for (const [code, { name }] of regions) {
		if (isPlaceholderName(name)) continue;
		if (code.endsWith('0000')) {
			add('', { code, name, level: 'province' });
		} else if (code.endsWith('00')) {
			add(code.slice(0, 2), { code, name, level: 'prefecture' });
		} else {
			const parent = regions.get(`${code.slice(0, 4)}00`);
			const direct = isMunicipality(code) || !parent || isPlaceholderName(parent.name);
			add(direct ? code.slice(0, 2) : code.slice(0, 4), { code, name, level: 'county' });
		}
	}
	for (const list of built.values())
		list.sort((a, b) => b.name.length - a.name.length || (a.code < b.code ? -1 : 1));
	index = built;
	return built;
}

function matchDivision(address: string, position: number, key: string): Division | undefined {
	return divisions()
		.get(key)
		?.find((division) => address.startsWith(division.name, position));
}

const UNIT =
	/^[^\d\s\p{P}\p{S}a-zA-Z]{1,8}?(?:特别行政区|自治区|自治州|地区|省|市|州|盟|区|县|旗)/u;
const NOT_ADMINISTRATIVE =
	/街道|镇|乡|村|路|街|巷|弄|号|社区|小区|园|工业|大道|开发|屯|组|楼|栋|室/;

/** One administrative-looking unit at the start of `text`, or ''. */
function heuristicUnit(text: string): string {
	const match = UNIT.exec(text);
	if (!match || NOT_ADMINISTRATIVE.test(match[0])) return '';
	return match[0];
}

function isCountyLike(unit: string, previousLevel: AddressLevel): boolean {
	if (/(区|县|旗)$/.test(unit) && !/(自治区|特别行政区|地区)$/.test(unit)) return true;
	return unit.endsWith('市') && previousLevel === 'prefecture';
}

export function addressPrefix(address: string): AddressPrefix {
	let position = 0;
	let level: AddressLevel = 'none';

	const province = matchDivision(address, 0, '');
	if (province) {
		position = province.name.length;
		level = 'province';
		const next = matchDivision(address, position, province.code.slice(0, 2));
		if (next) {
			position += next.name.length;
			level = next.level;
			if (next.level === 'prefecture') {
				const county = matchDivision(address, position, next.code.slice(0, 4));
				if (county) {
					position += county.name.length;
					level = 'county';
				} else if (divisions().has(next.code.slice(0, 4))) {
					// A prefecture with counties, but none in the table matched: try one unit.
					const unit = heuristicUnit(address.slice(position));
					if (unit && isCountyLike(unit, level)) {
						position += unit.length;
						level = 'county';
					}
				}
			}
			return { prefix: address.slice(0, position), level };
		}
	}

	// Nothing (more) from the table: up to three administrative-looking units, stopping at the county level.
	for (let units = 0; units < 3 && level !== 'county'; units++) {
		const unit = heuristicUnit(address.slice(position));
		if (!unit) break;
		const county = isCountyLike(unit, level);
		position += unit.length;
		level = county ? 'county' : level === 'none' ? 'province' : 'prefecture';
	}
	return { prefix: address.slice(0, position), level };
}
