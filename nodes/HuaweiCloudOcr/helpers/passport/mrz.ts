/**
 * The machine-readable zone (MRZ) of a passport data page: ICAO Doc 9303 part 4 (TD3, two lines of 44
 * characters) and its check digits (part 3 §4.9).
 *
 * Check digit: each character gets a value ('0'–'9' → 0–9, 'A'–'Z' → 10–35, the filler '<' → 0), multiplied
 * by the weights 7, 3, 1 repeated; the sum mod 10 is the digit.
 *
 * TD3 line 2 (1-based positions): 1–9 document number, 10 its check digit; 11–13 nationality; 14–19 birth
 * date YYMMDD, 20 check; 21 sex (M, F or < / X unspecified); 22–27 expiry YYMMDD, 28 check; 29–42 optional
 * data (personal number), 43 its check digit (a filler '<' is allowed when the field is all fillers);
 * 44 composite check digit over 1–10, 14–20 and 22–43.
 * A document number longer than 9 characters (part 4 §4.2.4 note j): positions 1–9 hold its first 9, position
 * 10 is '<', and the optional data starts with the rest of the number followed by the check digit of the whole
 * number.
 *
 * Hand-checked example, the ICAO 9303 specimen (part 4, Appendix A):
 *   P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
 *   L898902C36UTO7408122F1204159ZE184226B<<<<<10
 * (the digit computations are written out in test/unit/passportChecks.test.js).
 */
import { isPlainObject, type PlainObject } from '../shared/plainObject';

export const TD3_LENGTH = 44;

/** The value ICAO 9303 gives a character, or NaN for a character the MRZ cannot hold. */
export function mrzCharValue(char: string): number {
	if (char === '<') return 0;
	if (/^[0-9]$/.test(char)) return Number(char);
	if (/^[A-Z]$/.test(char)) return char.charCodeAt(0) - 55;
	return NaN;
}

/** The ICAO 9303 check digit of a field (weights 7, 3, 1; mod 10); null when a character is not allowed. */
export function mrzCheckDigit(field: string): number | null {
	let sum = 0;
	for (let i = 0; i < field.length; i++) {
		const value = mrzCharValue(field[i]);
		if (Number.isNaN(value)) return null;
		sum += value * [7, 3, 1][i % 3];
	}
	return sum % 10;
}

/** True when `digit` (one character) is the check digit of `field`; a filler '<' counts as 0 when `fillerIsZero`. */
export function checkDigitMatches(field: string, digit: string, fillerIsZero = false): boolean {
	const expected = mrzCheckDigit(field);
	if (expected === null) return false;
	if (digit === '<') return fillerIsZero && expected === 0;
	return /^[0-9]$/.test(digit) && Number(digit) === expected;
}

/** Upper-cased, white space removed, the look-alike '«' and '‹' read as '<'. */
export function normalizeMrzLine(line: string): string {
	return line
		.toUpperCase()
		.replace(/[«‹＜]/g, '<')
		.replace(/\s+/g, '');
}

/** A line that can be TD3: 44 characters of A–Z, 0–9 and '<'. */
export function isTd3Line(line: string): boolean {
	return line.length === TD3_LENGTH && /^[A-Z0-9<]+$/.test(line);
}

export interface Td3Fields {
	documentCode: string;
	issuingState: string;
	surname: string;
	givenNames: string;
	/** The document number without fillers (a long number joined with its overflow). */
	number: string;
	nationality: string;
	/** YYMMDD as printed in the MRZ. */
	birth: string;
	sex: string;
	expiry: string;
	optionalData: string;
}

export interface Td3Checks {
	number_check_digit_valid: boolean;
	birth_check_digit_valid: boolean;
	expiry_check_digit_valid: boolean;
	optional_data_check_digit_valid: boolean;
	composite_check_digit_valid: boolean;
}

function stripFiller(text: string): string {
	return text.replace(/<+$/, '');
}

/** Reads the fields of a TD3 MRZ (two lines already normalized and of TD3 shape) and checks its digits. */
export function readTd3(line1: string, line2: string): { fields: Td3Fields; checks: Td3Checks } {
	const names = line1.slice(5);
	const split = names.indexOf('<<');
	const surname = (split === -1 ? names : names.slice(0, split)).replace(/<+$/, '');
	const givenNames = split === -1 ? '' : stripFiller(names.slice(split + 2));

	const numberField = line2.slice(0, 9);
	const numberDigit = line2[9];
	const optional = line2.slice(28, 42);
	let number = stripFiller(numberField);
	let numberValid: boolean;
	if (numberDigit === '<' && !numberField.includes('<')) {
		// A long document number continues in the optional data, its check digit after it.
		const rest = optional.split('<')[0];
		const overflow = rest.slice(0, -1);
		number = numberField + overflow;
		numberValid = rest.length >= 2 && checkDigitMatches(number, rest.slice(-1));
	} else {
		numberValid = checkDigitMatches(numberField, numberDigit);
	}
	const optionalDigit = line2[42];
	const optionalAllFiller = /^<+$/.test(optional);
	return {
		fields: {
			documentCode: stripFiller(line1.slice(0, 2)),
			issuingState: stripFiller(line1.slice(2, 5)),
			surname: surname.replace(/</g, ' ').trim(),
			givenNames: givenNames.replace(/</g, ' ').trim(),
			number,
			nationality: stripFiller(line2.slice(10, 13)),
			birth: line2.slice(13, 19),
			sex: line2[20],
			expiry: line2.slice(21, 27),
			optionalData: stripFiller(optional),
		},
		checks: {
			number_check_digit_valid: numberValid,
			birth_check_digit_valid: checkDigitMatches(line2.slice(13, 19), line2[19]),
			expiry_check_digit_valid: checkDigitMatches(line2.slice(21, 27), line2[27]),
			optional_data_check_digit_valid: checkDigitMatches(
				optional,
				optionalDigit,
				optionalAllFiller,
			),
			composite_check_digit_valid: checkDigitMatches(
				line2.slice(0, 10) + line2.slice(13, 20) + line2.slice(21, 43),
				line2[43],
			),
		},
	};
}

/** Keys under which an MRZ may come (Huawei's SDK models name none: see findMrz). */
const MRZ_KEYS = [
	'machine_code',
	'mrz',
	'machine_readable_zone',
	'mrz_code',
	'machine_readable_code',
];
const MRZ_LINE_KEYS: Array<[string, string]> = [
	['machine_code1', 'machine_code2'],
	['mrz1', 'mrz2'],
	['mrz_line1', 'mrz_line2'],
	['mrz_line_1', 'mrz_line_2'],
	['machine_code_1', 'machine_code_2'],
];

export interface FoundMrz {
	line1: string;
	line2: string;
	/** Where it was found, as a dotted path: `extra_info.machine_code` (for display: keys may hold `.` or `+`). */
	source: string;
	/** Where it was found, exactly: the keys of the objects holding it, and the key(s) of its line(s). */
	parent: string[];
	keys: string[];
}

function found(line1: string, line2: string, parent: string[], keys: string[]): FoundMrz {
	const source = parent.map((p) => `${p}.`).join('') + keys.join('+');
	return { line1, line2, source, parent, keys };
}

/** Two TD3 lines from a value: an array of two strings, or one string with the lines on two rows. */
function linesOf(value: unknown): [string, string] | null {
	let lines: string[] = [];
	if (Array.isArray(value) && value.every((v) => typeof v === 'string')) lines = value as string[];
	else if (typeof value === 'string') lines = value.split(/\r?\n|\|/);
	lines = lines.map(normalizeMrzLine).filter((l) => l !== '');
	if (lines.length === 1 && lines[0].length === 2 * TD3_LENGTH)
		lines = [lines[0].slice(0, TD3_LENGTH), lines[0].slice(TD3_LENGTH)];
	return lines.length === 2 ? [lines[0], lines[1]] : null;
}

function findIn(obj: PlainObject, path: string[]): FoundMrz | null {
	const keys = Object.keys(obj);
	const lower = new Map(keys.map((k) => [k.toLowerCase(), k]));
	for (const name of MRZ_KEYS) {
		const key = lower.get(name);
		if (key === undefined) continue;
		const lines = linesOf(obj[key]);
		if (lines) return found(lines[0], lines[1], path, [key]);
	}
	for (const [a, b] of MRZ_LINE_KEYS) {
		const ka = lower.get(a);
		const kb = lower.get(b);
		if (ka === undefined || kb === undefined) continue;
		if (typeof obj[ka] !== 'string' || typeof obj[kb] !== 'string') continue;
		return found(normalizeMrzLine(obj[ka] as string), normalizeMrzLine(obj[kb] as string), path, [
			ka,
			kb,
		]);
	}
	return null;
}

/** Any two strings of TD3 shape under one object, the first starting with 'P' (depth-first, in key order). */
function scan(obj: PlainObject, path: string[], depth: number): FoundMrz | null {
	const lines: Array<{ line: string; key: string }> = [];
	for (const [key, value] of Object.entries(obj)) {
		if (typeof value === 'string') {
			const line = normalizeMrzLine(value);
			if (isTd3Line(line)) lines.push({ line, key });
			const pair = linesOf(value);
			if (pair && isTd3Line(pair[0]) && isTd3Line(pair[1]) && pair[0].startsWith('P'))
				return found(pair[0], pair[1], path, [key]);
		}
	}
	const first = lines.findIndex((l) => l.line.startsWith('P'));
	if (first !== -1 && lines[first + 1]) {
		return found(lines[first].line, lines[first + 1].line, path, [
			lines[first].key,
			lines[first + 1].key,
		]);
	}
	if (depth <= 0) return null;
	for (const [key, value] of Object.entries(obj)) {
		if (!isPlainObject(value)) continue;
		const inner = scan(value, [...path, key], depth - 1);
		if (inner) return inner;
	}
	return null;
}

/**
 * The MRZ in a Huawei passport result, if any. Huawei's SDK models (PassportResult in the Python, Go and
 * Node.js SDKs) have no MRZ field: `extra_info` is a free-form object ("其他信息", filled for some
 * countries). So the node looks, in order, under the usual MRZ key names at the top level and in
 * `extra_info` (and the objects inside it), then for any two TD3-shaped lines there. Null when there is none:
 * the MRZ checks are then reported as not checked, not as failed.
 */
export function findMrz(result: PlainObject): FoundMrz | null {
	const direct = findIn(result, []);
	if (direct) return direct;
	const extra = result.extra_info;
	if (isPlainObject(extra)) {
		const inExtra = findIn(extra, ['extra_info']);
		if (inExtra) return inExtra;
		for (const [key, value] of Object.entries(extra)) {
			if (!isPlainObject(value)) continue;
			const nested = findIn(value, ['extra_info', key]);
			if (nested) return nested;
		}
	}
	return scan(result, [], 2);
}
