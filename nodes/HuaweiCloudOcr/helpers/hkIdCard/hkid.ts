/**
 * Hong Kong identity card numbers (HKID): one or two capital letters, six digits and a check digit (0-9 or A),
 * printed `A123456(3)`.
 *
 * Check digit (the Immigration Department's modulus-11 scheme as published and used by HK government forms):
 *  - letters count A=10 … Z=35, digits as themselves;
 *  - a one-letter prefix is padded in front with a space counted as 36, so there are always 8 characters
 *    before the check digit, weighted 9, 8, 7, 6, 5, 4, 3, 2;
 *  - check = 11 − (sum mod 11); 10 is written A and 11 is written 0.
 * (Some write the space as 58, its ASCII code: the same digit, as (58 − 36)·9 = 198 = 18·11.)
 * E.g. A123456: 36·9 + 10·8 + 1·7 + 2·6 + 3·5 + 4·4 + 5·3 + 6·2 = 481; 481 mod 11 = 8; 11 − 8 = 3 → A123456(3).
 *
 * Normalization: white space removed, full-width letters, digits and parentheses made ASCII, letters
 * upper-cased. The printed form with parentheses and the bare form (A1234563) are both accepted.
 */

import { halfWidth } from '../shared/text';

export type HkidFormat = 'hkid' | 'invalid' | 'missing';

export interface ParsedHkid {
	/** `A123456(3)` (the printed form), or the normalized text when it is not an HKID; '' when missing. */
	normalized: string;
	format: HkidFormat;
	/** The letter prefix (1 or 2 letters); null unless the format is hkid. */
	prefix: string | null;
	/** The check digit agrees with the letters and digits; null unless the format is hkid. */
	check_digit_valid: boolean | null;
}

const SPACE_VALUE = 36;
const HKID = /^([A-Z]{1,2})(\d{6})(?:\(([0-9A])\)|([0-9A]))$/;

/** White space removed, full-width characters made ASCII, letters upper-cased. */
export function normalizeHkid(raw: unknown): string {
	if (typeof raw !== 'string' && typeof raw !== 'number') return '';
	return halfWidth(String(raw).replace(/\s+/g, ''), 'ascii').toUpperCase();
}

function charValue(c: string): number {
	return /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55; // 'A' (65) → 10 … 'Z' (90) → 35
}

/** The check digit of a prefix (1-2 letters) and six digits: '0'-'9' or 'A'. */
export function hkidCheckDigit(prefix: string, digits: string): string {
	if (!/^[A-Z]{1,2}$/.test(prefix) || !/^\d{6}$/.test(digits))
		throw new Error('hkidCheckDigit needs 1 or 2 letters and 6 digits');
	const values = [
		...(prefix.length === 1 ? [SPACE_VALUE] : []),
		...Array.from(prefix + digits, charValue),
	];
	const sum = values.reduce((total, value, i) => total + value * (9 - i), 0);
	const check = 11 - (sum % 11);
	return check === 10 ? 'A' : check === 11 ? '0' : String(check);
}

export function parseHkid(raw: unknown): ParsedHkid {
	const text = normalizeHkid(raw);
	if (text === '')
		return { normalized: '', format: 'missing', prefix: null, check_digit_valid: null };
	const match = HKID.exec(text);
	if (!match) return { normalized: text, format: 'invalid', prefix: null, check_digit_valid: null };
	const [, prefix, digits, printed, bare] = match;
	const check = printed ?? bare;
	return {
		normalized: `${prefix}${digits}(${check})`,
		format: 'hkid',
		prefix,
		check_digit_valid: hkidCheckDigit(prefix, digits) === check,
	};
}
