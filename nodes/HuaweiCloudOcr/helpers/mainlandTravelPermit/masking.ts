/**
 * Personal data of a Mainland Travel Permit in the output ('none' keeps it):
 *
 * | field                                  | mask                                         | drop    |
 * |----------------------------------------|----------------------------------------------|---------|
 * | number                                 | first 1 and last 2 kept: H******67, 0*****67    | deleted |
 * | name, name_en, id_name                 | first and last character kept (maskName)     | deleted |
 * | id_number (the HK/Macao identity card) | first character kept: A*********             | deleted |
 * | birth_date                             | year only                                    | deleted |
 * | machine_code1, machine_code2, machine_code3 (number, names, birth in the MRZ) | every character * | deleted |
 * | portrait_image                         | deleted (an image cannot be masked in JSON)  | deleted |
 * Kept: sex, valid_period and its valid_from/valid_to, issuing_authority, issue_place, issue_times, type, side,
 * portrait_location (pixel corners), confidence (numbers), checks. A field the SDK model lacks is masked by
 * its key in 'mask' and dropped in 'drop' (shape.ts). Masking is idempotent.
 */

import type { IDataObject } from 'n8n-workflow';

import type { MaskMode } from '../../model/document';
import { maskNamedFields, type FieldMasks } from '../shared/fieldMasking';
import { maskBirth, maskKeepEnds, maskName } from '../personalData';
import { normalizePermitNumber } from './checks';

const maskMrzLine = (value: string) => value.replace(/\S/g, '*');

/** The number's first and last 2 characters kept (the H/M prefix shows which permit it is). */
export function maskPermitNumber(value: string): string {
	return maskKeepEnds(normalizePermitNumber(value), 1, 2);
}

export const MASKS: FieldMasks = {
	number: maskPermitNumber,
	name: maskName,
	name_en: maskName,
	id_name: maskName,
	id_number: (value) => maskKeepEnds(value.replace(/\s/g, ''), 1, 0),
	birth_date: maskBirth,
	machine_code1: maskMrzLine,
	machine_code2: maskMrzLine,
	machine_code3: maskMrzLine,
};

export const IMAGE_FIELDS = ['portrait_image'] as const;

/** The permit's JSON with its personal data masked or dropped (a copy unless mode is 'none'). */
export function maskMainlandTravelPermit(json: IDataObject, mode: MaskMode): IDataObject {
	if (mode === 'none') return json;
	return maskNamedFields(json, mode, MASKS, { removed: IMAGE_FIELDS }) as IDataObject;
}
