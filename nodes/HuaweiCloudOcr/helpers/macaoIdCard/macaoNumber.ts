/**
 * Macao resident identity card numbers (BIR): a first digit 1, 5 or 7 (the period and source of the first
 * registration), six digits and a trailing digit printed in parentheses: `1234567(8)`; cards before the smart
 * card printed `1/234567/8`.
 *
 * The trailing digit is described as a check digit for data entry, but Macao's Identification Services Bureau
 * (DSI) publishes no rule for computing it, and none was found elsewhere (open ID-number libraries list the
 * Macao number as having no checksum, e.g. the `idnumbers` MO NationalID metadata `checksum: false`). So only
 * the format is checked; `check_digit_valid` is never computed.
 *
 * Normalization: white space removed, full-width digits and parentheses made ASCII; `1/234567/8` and
 * `12345678` are read as `1234567(8)`.
 */

import { halfWidth } from '../shared/text';

export type MacaoNumberFormat = 'macao' | 'invalid' | 'missing';

export interface ParsedMacaoNumber {
	/** `1234567(8)` when well formed, else the normalized text; '' when missing. */
	normalized: string;
	format: MacaoNumberFormat;
	/** The first digit (1, 5 or 7); null unless well formed. */
	first_digit: string | null;
}

const NUMBER = /^([157])(\d{6})(?:\((\d)\)|\/?(\d))$/;

export function normalizeMacaoNumber(raw: unknown): string {
	if (typeof raw !== 'string' && typeof raw !== 'number') return '';
	return halfWidth(String(raw).replace(/\s+/g, ''), 'ascii');
}

export function parseMacaoNumber(raw: unknown): ParsedMacaoNumber {
	const text = normalizeMacaoNumber(raw);
	if (text === '') return { normalized: '', format: 'missing', first_digit: null };
	const slashed = /^([157])\/(\d{6})\/(\d)$/.exec(text);
	const match = slashed ? [text, slashed[1], slashed[2], slashed[3]] : NUMBER.exec(text);
	if (!match) return { normalized: text, format: 'invalid', first_digit: null };
	const [, first, digits, printed, bare] = match;
	return {
		normalized: `${first}${digits}(${printed ?? bare})`,
		format: 'macao',
		first_digit: first,
	};
}
