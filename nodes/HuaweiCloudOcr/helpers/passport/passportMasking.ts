/**
 * Personal data of a passport in the output ('none' keeps it, 'mask', 'drop'):
 *
 * | field                           | mask                                          | drop    |
 * |---------------------------------|-----------------------------------------------|---------|
 * | passport_number                 | first and last 2 kept: E1*****78              | deleted |
 * | surname, given_name             | first and last character kept (maskName)      | deleted |
 * | date_of_birth                   | year only                                     | deleted |
 * | the MRZ (wherever it was found) | line 1 cut after the issuing state (P<UTO***), line 2 all * | deleted |
 * | extra_info: keys holding a name, birth date or number (the Chinese name of a Chinese passport…) | masked as above | deleted |
 * Kept: passport_type, country_code, nationality, sex, date_of_expiry, date_of_issue, place_of_birth and
 * place_of_issue (a province or city), issuing_authority, confidence, checks.
 */

import type { IDataObject } from 'n8n-workflow';

import type { MaskMode } from '../document';
import { maskKeepEnds, maskName } from '../personalData';
import { normalizeMrzLine } from './mrz';

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

export function maskPassportNumber(value: string): string {
	return maskKeepEnds(value, 2, 2);
}

/** The year of a passport date (2024-08-07, 07 AUG 2024…), or **** when none can be seen. */
export function maskPassportDate(value: string): string {
	const year = /(\d{4})/.exec(value);
	return year ? year[1] : '****';
}

/** Line 1 keeps the document code and issuing state (5 characters); line 2 (number, birth, sex...) goes. */
function maskMrzLine(line: string, index: number): string {
	const normalized = normalizeMrzLine(line);
	if (index === 0 && normalized.startsWith('P'))
		return normalized.slice(0, 5) + '*'.repeat(Math.max(0, normalized.length - 5));
	return '*'.repeat(normalized.length);
}

function maskMrzValue(value: unknown): unknown {
	if (Array.isArray(value))
		return value.map((v, i) => (typeof v === 'string' ? maskMrzLine(v, i) : v));
	if (typeof value === 'string') {
		const separator = value.includes('\n') ? '\n' : value.includes('|') ? '|' : null;
		if (separator) return value.split(separator).map(maskMrzLine).join(separator);
		return maskMrzLine(value, 0);
	}
	return value;
}

type Kind = 'number' | 'name' | 'birth' | 'mrz';

/** The kind of personal data an extra_info key holds, from its name. */
function kindOfKey(key: string): Kind | null {
	const k = key.toLowerCase();
	if (/mrz|machine/.test(k)) return 'mrz';
	if (/birth/.test(k) && !/place/.test(k)) return 'birth';
	if (/name|姓名|姓|名/.test(k)) return 'name';
	if (/number|passport_no|证件号|号码/.test(k)) return 'number';
	return null;
}

function maskValue(kind: Kind, value: unknown): unknown {
	if (kind === 'mrz') return maskMrzValue(value);
	if (typeof value !== 'string') return value;
	if (kind === 'name') return maskName(value);
	if (kind === 'birth') return maskPassportDate(value);
	return maskPassportNumber(value);
}

function maskExtra(extra: Obj, mode: 'mask' | 'drop', depth: number): Obj {
	const out: Obj = {};
	for (const [key, value] of Object.entries(extra)) {
		const kind = kindOfKey(key);
		if (kind) {
			if (mode === 'mask') out[key] = maskValue(kind, value);
		} else if (isObj(value) && depth > 0) {
			out[key] = maskExtra(value, mode, depth - 1);
		} else {
			out[key] = value;
		}
	}
	return out;
}

const TOP: Array<[string, Kind]> = [
	['passport_number', 'number'],
	['surname', 'name'],
	['given_name', 'name'],
	['date_of_birth', 'birth'],
];

/** The keys an MRZ was found under (checks.mrz_source): their parent path and their names. */
function mrzLocation(source: string): { parent: string[]; keys: string[] } {
	const [first, second] = source.split('+');
	const parts = first.split('.');
	const key = parts.pop() as string;
	return { parent: parts, keys: second === undefined ? [key] : [key, second] };
}

/** Masks or drops the MRZ where it was found (a copy of each object on the way). */
function maskMrzAt(json: Obj, source: string, mode: 'mask' | 'drop'): Obj {
	const { parent, keys } = mrzLocation(source);
	const root: Obj = { ...json };
	let holder: Obj = root;
	for (const name of parent) {
		if (!isObj(holder[name])) return root;
		holder[name] = { ...(holder[name] as Obj) };
		holder = holder[name] as Obj;
	}
	keys.forEach((key, index) => {
		if (!(key in holder)) return;
		if (mode === 'drop') delete holder[key];
		else if (keys.length === 2 && typeof holder[key] === 'string')
			holder[key] = maskMrzLine(holder[key] as string, index);
		else holder[key] = maskMrzValue(holder[key]);
	});
	return root;
}

/**
 * The item JSON with the passport's personal data masked or dropped (a copy unless mode is 'none').
 * `mrzSource` is where the MRZ was found (checks.mrz_source), masked whatever its key name; keys named
 * like an MRZ elsewhere are masked too.
 */
export function maskPassport(
	json: IDataObject,
	mode: MaskMode,
	mrzSource: string | null,
): IDataObject {
	if (mode === 'none') return json;
	let out: Obj = mrzSource ? maskMrzAt(json, mrzSource, mode) : { ...json };
	out = { ...out };
	for (const [key, kind] of TOP) {
		if (!(key in out)) continue;
		if (mode === 'drop') delete out[key];
		else out[key] = maskValue(kind, out[key]);
	}
	for (const key of Object.keys(out)) {
		if (key === 'extra_info' || key === 'checks') continue;
		if (kindOfKey(key) !== 'mrz') continue; // masking is idempotent: a value masked above stays as it is
		if (mode === 'drop') delete out[key];
		else out[key] = maskMrzValue(out[key]);
	}
	if (isObj(out.extra_info)) out.extra_info = maskExtra(out.extra_info, mode, 2);
	return out as IDataObject;
}
