/**
 * Personal data of a Macao resident identity card in the output ('none' keeps it):
 *
 * | field                             | mask                                                | drop    |
 * |-----------------------------------|-----------------------------------------------------|---------|
 * | number                            | first digit kept, the rest *: 1******(*)            | deleted |
 * | name (Chinese)                    | 陳* / 陳*明 (maskName)                               | deleted |
 * | name_en                           | first letter of each word: C*** S** M***            | deleted |
 * | birth_date, birth_date_iso        | year only                                           | deleted |
 * | height                            | every character *                                   | deleted |
 * | machine_code1, 2, 3 (back)        | every character * (they repeat number, birth, names) | deleted |
 * | portrait_image                    | never in the JSON (a binary property only without masking) | deleted |
 * Kept: side, sex, symbols, issue_date, expiry_date, initial_issue_date and their ISO forms, confidence
 * (numbers), checks (their messages quote no personal data).
 * Masking fails closed (maskNamedFields); a field the SDK model lacks is masked by its key or dropped
 * afterwards (shape.ts, maskUnknownFields). Masking is idempotent.
 */

import type { IDataObject } from 'n8n-workflow';

import type { MaskMode } from '../../model/document';
import { maskNamedFields, type FieldMasks } from '../shared/fieldMasking';
import { maskLatinName, maskName } from '../personalData';
import { normalizeMacaoNumber } from './macaoNumber';

/** The number with its first digit kept: 1234567(8) → 1******(*). */
export function maskMacaoNumber(value: string): string {
	const normalized = normalizeMacaoNumber(value);
	return normalized.slice(0, 1) + normalized.slice(1).replace(/[^()/]/g, '*');
}

const year = (value: string) => /(\d{4})/.exec(value)?.[1] ?? '****';
const hidden = (value: string) => value.replace(/[^\s]/g, '*');

const MASKS: FieldMasks = {
	number: maskMacaoNumber,
	name: maskName,
	name_en: maskLatinName,
	birth_date: year,
	birth_date_iso: year,
	height: hidden,
	machine_code1: hidden,
	machine_code2: hidden,
	machine_code3: hidden,
};

/** The card's JSON with its personal data masked or dropped (a copy unless mode is 'none'). */
export function maskMacaoIdCard(json: IDataObject, mode: MaskMode): IDataObject {
	if (mode === 'none') return json;
	return maskNamedFields(json, mode, MASKS, { removed: ['portrait_image'] }) as IDataObject;
}
