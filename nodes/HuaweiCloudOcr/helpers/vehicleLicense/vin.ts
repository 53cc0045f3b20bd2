/**
 * Vehicle identification numbers: ISO 3779 and its Chinese counterpart GB 16735 (which makes position 9 a
 * check digit for every vehicle, as North America does; ISO 3779 alone does not require one, so a VIN of
 * an imported vehicle may legitimately fail the check digit).
 *
 * 17 characters, digits and capital letters except I, O and Q. Check digit: each character's value
 * (digits as themselves; A1 B2 C3 D4 E5 F6 G7 H8 J1 K2 L3 M4 N5 P7 R9 S2 T3 U4 V5 W6 X7 Y8 Z9) times the
 * weight of its position (8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2), summed, mod 11; a remainder of 10 is 'X'.
 * Hand-checked example (the textbook one): 1M8GDM9AXKP042788 → sum 351, 351 mod 11 = 10 → 'X', as printed
 * (the computation is written out in test/unit/vehicleLicenseChecks.test.js).
 */

import { halfWidth } from '../shared/text';

const VALUES: Record<string, number> = {
	A: 1,
	B: 2,
	C: 3,
	D: 4,
	E: 5,
	F: 6,
	G: 7,
	H: 8,
	J: 1,
	K: 2,
	L: 3,
	M: 4,
	N: 5,
	P: 7,
	R: 9,
	S: 2,
	T: 3,
	U: 4,
	V: 5,
	W: 6,
	X: 7,
	Y: 8,
	Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** Upper-cased, white space and separators removed, full-width characters made ASCII. */
export function normalizeVin(raw: unknown): string {
	if (typeof raw !== 'string') return '';
	return halfWidth(raw)
		.toUpperCase()
		.replace(/[\s\-·.]/g, '');
}

/** 17 characters of 0-9 and A-Z without I, O, Q. */
export function isVinShaped(vin: string): boolean {
	return /^[A-HJ-NPR-Z0-9]{17}$/.test(vin);
}

/** The check character (position 9) of a VIN of valid shape. */
export function vinCheckCharacter(vin: string): string {
	if (!isVinShaped(vin)) throw new Error('vinCheckCharacter needs a 17-character VIN');
	let sum = 0;
	for (let i = 0; i < 17; i++) {
		const c = vin[i];
		const value = /\d/.test(c) ? Number(c) : VALUES[c];
		sum += value * WEIGHTS[i];
	}
	const remainder = sum % 11;
	return remainder === 10 ? 'X' : String(remainder);
}

export interface VinCheck {
	normalized: string;
	/** 'missing', 'invalid' (not 17 allowed characters) or 'vin17'. */
	format: 'missing' | 'invalid' | 'vin17';
	/** Which forbidden letters it holds (I, O, Q), for the message. */
	forbidden: string[];
	check_digit_valid: boolean | null;
}

export function checkVin(raw: unknown): VinCheck {
	const normalized = normalizeVin(raw);
	if (normalized === '')
		return { normalized, format: 'missing', forbidden: [], check_digit_valid: null };
	const forbidden = [...new Set(normalized.match(/[IOQ]/g) ?? [])];
	if (!isVinShaped(normalized))
		return { normalized, format: 'invalid', forbidden, check_digit_valid: null };
	return {
		normalized,
		format: 'vin17',
		forbidden,
		check_digit_valid: vinCheckCharacter(normalized) === normalized[8],
	};
}
