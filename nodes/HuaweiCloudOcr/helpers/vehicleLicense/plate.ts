/**
 * Chinese motor-vehicle plate numbers (GA 36-2018 《中华人民共和国机动车号牌》), as printed on a vehicle
 * license (号牌号码). Separators ('·', spaces) are removed and letters upper-cased first. Letters I and O are
 * never used. Formats recognized (`kind`):
 *   ordinary           province + issuing-authority letter + 5 letters/digits          京A12345, 粤B7C8D9
 *   new_energy_small   province + letter + 6: D/F (or A–K but I) + letter/digit + 4 digits   京AD12345
 *   new_energy_large   province + letter + 5 digits + D/F (or A–K but I)                 京A12345D
 *   trailer, coach, police, hong_kong, macao, consulate, test
 *                      province + letter + 4 letters/digits + 挂/学/警/港/澳/领/试       京A1234学
 *   embassy            使 + 6 digits, or 6 digits + 使                                    使014578
 * Not covered: military (军) and armed-police (WJ) plates (their vehicles carry no 公安 vehicle license),
 * temporary (临) plates, 应急 (emergency) and 民航 plates, and pre-2007 formats.
 */

import { halfWidth } from '../shared/text';

export const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';

export type PlateKind =
	| 'ordinary'
	| 'new_energy_small'
	| 'new_energy_large'
	| 'trailer'
	| 'coach'
	| 'police'
	| 'hong_kong'
	| 'macao'
	| 'consulate'
	| 'test'
	| 'embassy';

const P = `[${PROVINCES}]`;
const L = '[A-HJ-NP-Z]';
const AN = '[A-HJ-NP-Z0-9]';
const NEV = '[A-HJK]';
const SUFFIX: Record<string, PlateKind> = {
	挂: 'trailer',
	学: 'coach',
	警: 'police',
	港: 'hong_kong',
	澳: 'macao',
	领: 'consulate',
	试: 'test',
};

const FORMATS: Array<[RegExp, PlateKind]> = [
	[new RegExp(`^${P}${L}${AN}{5}$`), 'ordinary'],
	[new RegExp(`^${P}${L}${NEV}${AN}\\d{4}$`), 'new_energy_small'],
	[new RegExp(`^${P}${L}\\d{5}${NEV}$`), 'new_energy_large'],
	[/^使\d{6}$/, 'embassy'],
	[/^\d{6}使$/, 'embassy'],
];

export function normalizePlate(raw: unknown): string {
	if (typeof raw !== 'string') return '';
	return halfWidth(raw)
		.toUpperCase()
		.replace(/[\s·•.\-_]/g, '');
}

/** The kind of a plate number, or null when it has none of the formats above. */
export function plateKind(raw: unknown): PlateKind | null {
	const plate = normalizePlate(raw);
	for (const [pattern, kind] of FORMATS) if (pattern.test(plate)) return kind;
	const suffixed = new RegExp(`^${P}${L}${AN}{4}([挂学警港澳领试])$`).exec(plate);
	return suffixed ? SUFFIX[suffixed[1]] : null;
}
