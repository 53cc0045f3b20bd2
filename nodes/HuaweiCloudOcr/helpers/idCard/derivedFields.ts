/**
 * Fields derived locally from a recognized ID card, for spreadsheets and CRMs.
 *
 *  - birth_date_iso: YYYY-MM-DD. From the ID number when its check character is right, else from the printed
 *    birth, else from the number's digits; only a real date between 1900-01-01 and today, otherwise null.
 *  - age: whole years on `today` (Asia/Shanghai); a 29 February birthday is reached on 1 March.
 *  - region: province / prefecture / county of the number's first 6 digits (see regionLookup.ts for
 *    municipalities and historic codes); null when the number has no readable region code. Missing levels
 *    are null, so every item has the same columns.
 *  - number_upgraded: only for a 15-digit legacy number, its 18-digit form (see idNumber.ts).
 *  - valid_to_long_term: true when valid_to is 长期, false for a date, null when valid_to is missing.
 * Front keys appear when the front side is present, valid_to_long_term when the back side is.
 */

import { EARLIEST_BIRTH } from './checks';
import { isLongTerm } from '../shared/periods';
import type { PlainObject } from '../shared/plainObject';
import { cardSides } from './cardFields';
import { toIsoDate, wholeYearsBetween } from '../shared/dates';
import { parseIdNumber } from '../shared/idNumber';
import { lookupRegion, type RegionLevel } from '../regionLookup';

export interface DerivedRegion {
	code: string;
	province: string | null;
	prefecture: string | null;
	county: string | null;
	/** The most specific level found (a retired or unknown county falls back to its prefecture/province). */
	matched: RegionLevel;
	/** A name comes from a code no longer in use. */
	historic: boolean;
}

export interface DerivedFields {
	age?: number | null;
	birth_date_iso?: string | null;
	region?: DerivedRegion | null;
	number_upgraded?: string;
	valid_to_long_term?: boolean | null;
}

function sound(date: string | null | undefined, today: string): date is string {
	return !!date && date >= EARLIEST_BIRTH && date <= today;
}

export function birthDate(front: PlainObject, today: string): string | null {
	const number = parseIdNumber(front.number);
	const fromNumber = number.birth_digits_real ? number.birth_digits : null;
	const printed = toIsoDate(front.birth);
	if (number.format === 'id18' && number.check_digit_valid && sound(fromNumber, today))
		return fromNumber;
	if (sound(printed, today)) return printed;
	if (sound(fromNumber, today)) return fromNumber;
	return null;
}

export function deriveRegion(numberValue: unknown): DerivedRegion | null {
	const number = parseIdNumber(numberValue);
	if ((number.format !== 'id18' && number.format !== 'legacy15') || !number.region_code)
		return null;
	const region = lookupRegion(number.region_code);
	return {
		code: region.code,
		province: region.province ?? null,
		prefecture: region.prefecture ?? null,
		county: region.county ?? null,
		matched: region.matched,
		historic: region.historic,
	};
}

export function deriveFields(result: PlainObject, today: string, side?: string): DerivedFields {
	const { front, back } = cardSides(result, side);

	const out: DerivedFields = {};
	if (front) {
		const birth = birthDate(front, today);
		out.age = birth ? wholeYearsBetween(birth, today) : null;
		out.birth_date_iso = birth;
		out.region = deriveRegion(front.number);
		const number = parseIdNumber(front.number);
		if (number.upgraded) out.number_upgraded = number.upgraded;
	}
	if (back) {
		const validTo = typeof back.valid_to === 'string' ? back.valid_to.trim() : '';
		out.valid_to_long_term = validTo === '' ? null : isLongTerm(validTo);
	}
	return out;
}
