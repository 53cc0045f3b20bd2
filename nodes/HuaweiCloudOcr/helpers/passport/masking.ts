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
 * | extra_info: other keys          | as a document without rules (maskUnknownDocument) | only allowlisted document fields stay |
 * | any value shaped like an MRZ line, wherever it is | masked as the MRZ             | deleted |
 * Masking fails closed: a number is masked as its text, and a value of a shape that cannot be masked goes.
 * Kept: passport_type, country_code, nationality, sex, date_of_expiry, date_of_issue, place_of_birth and
 * place_of_issue (a province or city), issuing_authority, confidence, checks.
 */

import type { IDataObject } from 'n8n-workflow';

import type { MaskMode } from '../../model/document';
import {
	maskNamedFields,
	maskPersonalValue,
	maskUnknownDocument,
	type FieldMasks,
} from '../shared/fieldMasking';
import { maskKeepEnds, maskName } from '../personalData';
import { normalizeMrzLine } from './mrz';
import { isPlainObject, type PlainObject } from '../shared/plainObject';

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

/** An MRZ value masked; a shape that is neither text nor a list of texts gives undefined (dropped). */
function maskMrzValue(value: unknown): unknown {
	if (Array.isArray(value))
		return value
			.map((v, i) =>
				typeof v === 'string'
					? maskMrzLine(v, i)
					: typeof v === 'number'
						? maskMrzLine(String(v), 1)
						: undefined,
			)
			.filter((v) => v !== undefined);
	if (typeof value === 'string') {
		const separator = value.includes('\n') ? '\n' : value.includes('|') ? '|' : null;
		if (separator) return value.split(separator).map(maskMrzLine).join(separator);
		return maskMrzLine(value, 0);
	}
	if (value === null || value === undefined) return value;
	return undefined;
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

/** A value masked by its kind, failing closed (a number as its text; an object: undefined, dropped). */
function maskValue(kind: Kind, value: unknown): unknown {
	if (kind === 'mrz') return maskMrzValue(value);
	const mask =
		kind === 'name' ? maskName : kind === 'birth' ? maskPassportDate : maskPassportNumber;
	return maskPersonalValue(value, mask);
}

/**
 * `extra_info` (free-form): in 'mask' mode the passport's own kinds of keys masked as above and every other
 * key as a document without rules (helpers/shared/fieldMasking.ts maskUnknownDocument); in 'drop' mode only the
 * allowlisted document fields stay (the same function's 'drop').
 */
function maskExtra(extra: PlainObject, mode: 'mask' | 'drop', depth: number): PlainObject {
	if (mode === 'drop') return maskUnknownDocument(extra, 'drop') as PlainObject;
	const out: PlainObject = {};
	for (const [key, value] of Object.entries(extra)) {
		const kind = kindOfKey(key);
		if (kind) {
			const masked = maskValue(kind, value);
			if (masked !== undefined) out[key] = masked;
		} else if (isPlainObject(value) && depth > 0) {
			out[key] = maskExtra(value, mode, depth - 1);
		} else {
			Object.assign(out, maskUnknownDocument({ [key]: value }, 'mask'));
		}
	}
	return out;
}

/** A text holding an MRZ line (30+ characters of A-Z, 0-9 and `<`, with a `<<` filler), as TD3 lines look. */
function looksLikeMrz(value: unknown): boolean {
	if (Array.isArray(value)) return value.some(looksLikeMrz);
	if (typeof value !== 'string') return false;
	return value
		.split(/\r?\n|\|/)
		.map(normalizeMrzLine)
		.some((line) => line.length >= 30 && /^[A-Z0-9<]+$/.test(line) && line.includes('<<'));
}

/**
 * Fails closed on an MRZ the finder did not place: any value shaped like an MRZ line, at the top level and
 * in the objects inside (not `checks`), is masked or dropped. Changes `obj`.
 */
function sweepMrz(obj: PlainObject, mode: 'mask' | 'drop', depth: number): void {
	for (const [key, value] of Object.entries(obj)) {
		if (key === 'checks') continue;
		if (looksLikeMrz(value)) {
			const masked = mode === 'drop' ? undefined : maskMrzValue(value);
			if (masked === undefined) delete obj[key];
			else obj[key] = masked;
		} else if (isPlainObject(value) && depth > 0) {
			const copy = { ...value };
			sweepMrz(copy, mode, depth - 1);
			obj[key] = copy;
		}
	}
}

/** The passport's own personal fields at the top level, masked by name (maskNamedFields). */
const TOP: FieldMasks = {
	passport_number: maskPassportNumber,
	surname: maskName,
	given_name: maskName,
	date_of_birth: maskPassportDate,
};

/** Where an MRZ was found (findMrz): the keys of the objects holding it and the key(s) of its line(s). */
export interface MrzLocation {
	parent: string[];
	keys: string[];
}

/**
 * The keys an MRZ was found under, from its dotted source (checks.mrz_source). Only for callers that have no
 * MrzLocation: a key holding `.` or `+` cannot be told from the dotted form (sweepMrz still catches it).
 */
function mrzLocation(source: string): MrzLocation {
	const [first, second] = source.split('+');
	const parts = first.split('.');
	const key = parts.pop() as string;
	return { parent: parts, keys: second === undefined ? [key] : [key, second] };
}

/** Masks or drops the MRZ where it was found (a copy of each object on the way). */
function maskMrzAt(json: PlainObject, location: MrzLocation, mode: 'mask' | 'drop'): PlainObject {
	const { parent, keys } = location;
	const root: PlainObject = { ...json };
	let holder: PlainObject = root;
	for (const name of parent) {
		if (!isPlainObject(holder[name])) return root;
		holder[name] = { ...(holder[name] as PlainObject) };
		holder = holder[name] as PlainObject;
	}
	keys.forEach((key, index) => {
		if (!(key in holder)) return;
		if (mode === 'drop') delete holder[key];
		else if (keys.length === 2 && typeof holder[key] === 'string')
			holder[key] = maskMrzLine(holder[key] as string, index);
		else {
			const masked = maskMrzValue(holder[key]);
			if (masked === undefined) delete holder[key];
			else holder[key] = masked;
		}
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
	mrz: MrzLocation | string | null,
): IDataObject {
	if (mode === 'none') return json;
	const location = typeof mrz === 'string' ? mrzLocation(mrz) : mrz;
	let out: PlainObject = location ? maskMrzAt(json, location, mode) : { ...json };
	out = maskNamedFields(out, mode, TOP);
	for (const key of Object.keys(out)) {
		if (key === 'extra_info' || key === 'checks') continue;
		if (kindOfKey(key) !== 'mrz') continue; // masking is idempotent: a value masked above stays as it is
		const masked = mode === 'drop' ? undefined : maskMrzValue(out[key]);
		if (masked === undefined) delete out[key];
		else out[key] = masked;
	}
	if (isPlainObject(out.extra_info)) out.extra_info = maskExtra(out.extra_info, mode, 2);
	sweepMrz(out, mode, 3);
	return out as IDataObject;
}
