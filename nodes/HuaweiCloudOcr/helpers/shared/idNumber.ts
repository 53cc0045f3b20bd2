/**
 * Chinese resident ID numbers (GB 11643-1999): 6-digit region code, 8-digit birth date, 3-digit sequence
 * (odd = male, even = female) and a check character computed over the first 17 digits.
 *
 * Normalization: surrounding and inner white space is removed, full-width digits and Ｘ are made ASCII, and a
 * lower-case x is accepted and upper-cased (the standard prints X; OCR and typists often give x).
 *
 * 15-digit legacy numbers (first-generation cards, issued until 2004 and invalid since 2013-01-01): they are
 * reported, never accepted. `format` is `'legacy15'`, `well_formed` is false (the number is not an 18-character
 * GB 11643-1999 number, which every second-generation card prints), and the birth date (19YYMMDD) and sex
 * (15th digit) are still read from it. When it is otherwise sound (digits only, real birth date) the 18-digit
 * form is given separately in `upgraded`: region code + "19" + YYMMDD + sequence + computed check character.
 * A second-generation card that OCR reads as 15 digits has lost three characters, so the upgraded form is a
 * hint for a person, not a correction.
 */

import { formatDate, isRealDate } from './dates';

export type IdNumberFormat = 'id18' | 'legacy15' | 'invalid' | 'missing';

export interface ParsedIdNumber {
	/** The number after normalization (upper-case X, no white space); '' when missing. */
	normalized: string;
	format: IdNumberFormat;
	/** 17 digits and a digit or X: the shape of GB 11643-1999. False for legacy15. */
	well_formed: boolean;
	/** The check character agrees with the first 17 digits; null when the number is not well formed. */
	check_digit_valid: boolean | null;
	/** The digits 7-14 (or 19 + 7-12 for legacy15) as `YYYY-MM-DD`, real date or not; null when not digits. */
	birth_digits: string | null;
	/** `birth_digits` names a real calendar date. */
	birth_digits_real: boolean;
	/** From the 17th digit (15th for legacy15): odd 男, even 女; null when it is not a digit. */
	sex: '男' | '女' | null;
	/** The first 6 digits; null when they are not digits. */
	region_code: string | null;
	/** legacy15 only: the 18-digit form (see the comment at the top of the file). */
	upgraded?: string;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The GB 11643-1999 check character of 17 digits: sum of digit × weight, mod 11, mapped to 1,0,X,9,…,2. */
export function computeCheckDigit(first17: string): string {
	if (!/^\d{17}$/.test(first17)) throw new Error('computeCheckDigit needs exactly 17 digits');
	let sum = 0;
	for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
	return CHECK_CHARACTERS[sum % 11];
}

/** White space removed, full-width digits and X made ASCII, x upper-cased. */
export function normalizeIdNumber(raw: unknown): string {
	if (typeof raw !== 'string' && typeof raw !== 'number') return '';
	return String(raw)
		.replace(/\s+/g, '')
		.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
		.replace(/[xＸｘ]/g, 'X');
}

function birthFrom(
	year: string,
	month: string,
	day: string,
): { text: string | null; real: boolean } {
	if (!/^\d{4}$/.test(year) || !/^\d{2}$/.test(month) || !/^\d{2}$/.test(day))
		return { text: null, real: false };
	const date = { year: Number(year), month: Number(month), day: Number(day) };
	return { text: formatDate(date), real: isRealDate(date.year, date.month, date.day) };
}

function sexFrom(digit: string | undefined): '男' | '女' | null {
	if (digit === undefined || !/^\d$/.test(digit)) return null;
	return Number(digit) % 2 === 1 ? '男' : '女';
}

function regionFrom(text: string): string | null {
	const code = text.slice(0, 6);
	return /^\d{6}$/.test(code) ? code : null;
}

/**
 * The 18-digit form of a 15-digit legacy number (19 + YYMMDD, computed check character), or null when the
 * input is not 15 digits with a real birth date.
 */
export function upgradeLegacy15(number15: string): string | null {
	const value = normalizeIdNumber(number15);
	if (!/^\d{15}$/.test(value)) return null;
	const birth = birthFrom(`19${value.slice(6, 8)}`, value.slice(8, 10), value.slice(10, 12));
	if (!birth.real) return null;
	const first17 = `${value.slice(0, 6)}19${value.slice(6)}`;
	return first17 + computeCheckDigit(first17);
}

let lastParsed: { raw: unknown; parsed: Readonly<ParsedIdNumber> } | undefined;

/**
 * The parts of an ID number. One card's checks and derived fields ask for the same number several times,
 * so the last answer is kept: each number is parsed once. The result is frozen (shared between callers).
 */
export function parseIdNumber(raw: unknown): Readonly<ParsedIdNumber> {
	if (lastParsed && lastParsed.raw === raw) return lastParsed.parsed;
	const parsed = Object.freeze(parseNormalized(normalizeIdNumber(raw)));
	lastParsed = { raw, parsed };
	return parsed;
}

function parseNormalized(normalized: string): ParsedIdNumber {
	if (normalized === '') {
		return {
			normalized,
			format: 'missing',
			well_formed: false,
			check_digit_valid: null,
			birth_digits: null,
			birth_digits_real: false,
			sex: null,
			region_code: null,
		};
	}
	if (/^\d{17}[\dX]$/.test(normalized)) {
		const birth = birthFrom(
			normalized.slice(6, 10),
			normalized.slice(10, 12),
			normalized.slice(12, 14),
		);
		return {
			normalized,
			format: 'id18',
			well_formed: true,
			check_digit_valid: computeCheckDigit(normalized.slice(0, 17)) === normalized[17],
			birth_digits: birth.text,
			birth_digits_real: birth.real,
			sex: sexFrom(normalized[16]),
			region_code: regionFrom(normalized),
		};
	}
	if (/^\d{15}$/.test(normalized)) {
		const birth = birthFrom(
			`19${normalized.slice(6, 8)}`,
			normalized.slice(8, 10),
			normalized.slice(10, 12),
		);
		const parsed: ParsedIdNumber = {
			normalized,
			format: 'legacy15',
			well_formed: false,
			check_digit_valid: null,
			birth_digits: birth.text,
			birth_digits_real: birth.real,
			sex: sexFrom(normalized[14]),
			region_code: regionFrom(normalized),
		};
		const upgraded = upgradeLegacy15(normalized);
		if (upgraded) parsed.upgraded = upgraded;
		return parsed;
	}
	// Wrong length or stray characters: the positions of the birth date and sequence are unknown.
	return {
		normalized,
		format: 'invalid',
		well_formed: false,
		check_digit_valid: null,
		birth_digits: null,
		birth_digits_real: false,
		sex: null,
		region_code: regionFrom(normalized),
	};
}
