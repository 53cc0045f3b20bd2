/**
 * Personal data of an Exit-Entry Permit in the output ('none' keeps it):
 *
 * | field                        | mask                                         | drop    |
 * |------------------------------|----------------------------------------------|---------|
 * | number                       | first 1 and last 2 kept: C******67           | deleted |
 * | name, name_en                | first and last character kept (maskName)     | deleted |
 * | birth_date                   | year only                                    | deleted |
 * | machine_code (the MRZ: number, birth date, names) | every character *       | deleted |
 * | portrait_image               | deleted (an image cannot be masked in JSON)  | deleted |
 * | endorsement_info_hk/mo/tw    | their model fields kept (type, trips, period, remark, issue info); a field the model lacks masked by its key (mask) or dropped (drop); a value that is not an object masked as text (mask) or dropped (drop) |
 * Kept: sex, valid_period and its valid_from/valid_to, issuing_authority, issue_place, type, side,
 * portrait_location (pixel corners), confidence (numbers), checks. A top-level field the SDK model lacks is
 * masked by its key in 'mask' and dropped in 'drop' (shape.ts). Masking is idempotent.
 */

import type { IDataObject } from 'n8n-workflow';

import type { MaskMode } from '../../model/document';
import {
	maskNamedFields,
	maskUnknownDocument,
	maskUnknownFields,
	type FieldMasks,
} from '../shared/fieldMasking';
import { isPlainObject } from '../shared/plainObject';
import { maskBirth, maskKeepEnds, maskName } from '../personalData';
import { ENDORSEMENTS, normalizeExitEntryNumber } from './checks';

/** ExitEntryPermitEndorsementInfo's fields (exit_entry_permit_endorsement_info.py @ 343a486b). */
export const ENDORSEMENT_FIELDS = [
	'endorsement_type',
	'valid_round_trips',
	'endorsement_valid_period',
	'remark',
	'issue_info',
] as const;

/** The number's first and last 2 characters kept (the C/L prefix shows which permit it is). */
export function maskExitEntryNumber(value: string): string {
	return maskKeepEnds(normalizeExitEntryNumber(value), 1, 2);
}

export const MASKS: FieldMasks = {
	number: maskExitEntryNumber,
	name: maskName,
	name_en: maskName,
	birth_date: maskBirth,
	machine_code: (value) => value.replace(/\S/g, '*'),
};

export const IMAGE_FIELDS = ['portrait_image'] as const;

/** The permit's JSON with its personal data masked or dropped (a copy unless mode is 'none'). */
export function maskExitEntryPermit(json: IDataObject, mode: MaskMode): IDataObject {
	if (mode === 'none') return json;
	const out = maskNamedFields(json, mode, MASKS, { removed: IMAGE_FIELDS });
	for (const key of Object.values(ENDORSEMENTS)) {
		if (!(key in out)) continue;
		const value = out[key];
		if (isPlainObject(value)) out[key] = maskUnknownFields(value, mode, ENDORSEMENT_FIELDS);
		else if (value === null) continue;
		else if (mode === 'drop') delete out[key];
		else out[key] = maskUnknownDocument(value, 'mask');
	}
	return out as IDataObject;
}
