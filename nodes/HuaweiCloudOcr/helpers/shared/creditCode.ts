/**
 * Unified social credit codes (统一社会信用代码) of GB 32100-2015 (法人和其他组织统一社会信用代码编码规则): 18
 * characters from 0-9 A-H J-N P-R T-U W-Y (31 symbols, valued 0-30 in that order); the check character is
 * C18 = 31 − (Σ Ci·Wi mod 31) with Wi = 3^(i−1) mod 31 = 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28, and
 * 31 becomes 0. Shared by the business license (its registration number) and the VAT invoice (buyer and
 * seller taxpayer IDs).
 */

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const USCC_WEIGHTS = [
	1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
] as const;

/** The code as printed, without spaces, letters upper-cased. */
export function normalizeCode(value: unknown): string {
	return typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : '';
}

/** The GB 32100-2015 check character of the first 17 characters, or null when one is outside the alphabet. */
export function usccCheckCharacter(code: string): string | null {
	let sum = 0;
	for (let i = 0; i < 17; i++) {
		const value = USCC_ALPHABET.indexOf(code[i] ?? '');
		if (value < 0) return null;
		sum += value * USCC_WEIGHTS[i];
	}
	const check = (31 - (sum % 31)) % 31;
	return USCC_ALPHABET[check];
}

/** 18 characters of the GB 32100-2015 alphabet (the check character not checked). */
export function isUsccShaped(code: string): boolean {
	return code.length === 18 && [...code].every((c) => USCC_ALPHABET.includes(c));
}

/** A normalized code of the GB 32100-2015 shape whose check character is right. */
export function isValidUscc(code: string): boolean {
	return isUsccShaped(code) && usccCheckCharacter(code) === code[17];
}
