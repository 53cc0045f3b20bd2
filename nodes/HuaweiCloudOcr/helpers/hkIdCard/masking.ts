/**
 * Personal data of a Hong Kong identity card in the output ('none' keeps it):
 *
 * | field                 | mask                                               | drop    |
 * |-----------------------|----------------------------------------------------|---------|
 * | number                | letter prefix kept, the rest *: A******(*)         | deleted |
 * | name (Chinese)        | 陳* / 陳*文 (maskName)                              | deleted |
 * | name_en               | first letter of each word: C***, T** M**           | deleted |
 * | name_telegraph_code   | every digit * (the codes spell the Chinese name)   | deleted |
 * | birth_date, birth_date_iso | year only                                     | deleted |
 * | portrait_image        | never in the JSON (a binary property only without masking) | deleted |
 * Kept: sex, symbols, permanent, initial_issue_date, issue_date, issue_date_iso, portrait_location (pixel
 * coordinates), confidence (numbers), checks (their messages quote no personal data).
 * Masking fails closed (maskNamedFields): a number is masked as its text, another shape is deleted. A field
 * the SDK model lacks is masked by its key or dropped afterwards (shape.ts, maskUnknownFields).
 * Masking is idempotent.
 */

import type { IDataObject } from 'n8n-workflow';

import type { MaskMode } from '../../model/document';
import { maskNamedFields, type FieldMasks } from '../shared/fieldMasking';
import { maskLatinName, maskName } from '../personalData';
import { normalizeHkid } from './hkid';

/** The HKID with its letter prefix kept: A123456(3) → A******(*). */
export function maskHkid(value: string): string {
	const normalized = normalizeHkid(value);
	const prefix = /^[A-Z]{1,2}/.exec(normalized)?.[0] ?? '';
	return prefix + normalized.slice(prefix.length).replace(/[^()]/g, '*');
}

/** The year of a card date (DD-MM-YYYY, YYYY-MM-DD...): its four digits, or **** when none can be seen. */
export function maskCardBirth(value: string): string {
	return /(\d{4})/.exec(value)?.[1] ?? '****';
}

const MASKS: FieldMasks = {
	number: maskHkid,
	name: maskName,
	name_en: maskLatinName,
	name_telegraph_code: (value) => value.replace(/[^\s]/g, '*'),
	birth_date: maskCardBirth,
	birth_date_iso: maskCardBirth,
};

/** The card's JSON with its personal data masked or dropped (a copy unless mode is 'none'). */
export function maskHkIdCard(json: IDataObject, mode: MaskMode): IDataObject {
	if (mode === 'none') return json;
	return maskNamedFields(json, mode, MASKS, { removed: ['portrait_image'] }) as IDataObject;
}
