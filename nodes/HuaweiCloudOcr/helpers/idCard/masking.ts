/**
 * Masking of personal data in output items (success and error output alike).
 *
 * Modes: 'none' leaves the item untouched; 'mask' keeps a recognizable but non-identifying form; 'drop' deletes
 * the sensitive fields. Only known card field names are touched, at the top level of the item (where the
 * derived fields are too) and inside its `front` and `back` objects (double_side results); every other field
 * (an error item's input fields, checks, scores, Huawei's verification) is left as it is.
 *
 * | field                          | mask                                             | drop    |
 * |--------------------------------|--------------------------------------------------|---------|
 * | number, number_upgraded        | first 6 (region) + * + last 4: 110101********123X | deleted |
 * | name                           | 张* (2 chars), 王*明 / 欧阳**华 (3+: first and last kept), * (1) | deleted |
 * | address                        | cut after the county level: 北京市东城区…        | deleted |
 * | birth, birth_date_iso          | year only: 1949                                  | deleted |
 * | portrait_image, adjusted_image | deleted (an image cannot be masked in JSON)      | deleted |
 * | text_location                  | entries of the masked fields deleted             | deleted |
 *
 * Kept in both modes, as they are coarse: sex, ethnicity, issue (issuing authority), valid_from, valid_to,
 * age, region (the number's region code, which the masked number shows anyway), portrait_location (pixel
 * coordinates), checks (their messages never quote personal data). The number keeps its region code and
 * its last 4 characters (sequence and check character) but hides the birth date entirely.
 * Masking fails closed: a number is masked as its text (an ID number sent as a JSON number), an array element
 * by element, and a value of any other shape (an object) is deleted ('drop' deletes the key whatever its value). With masking on, the card's
 * images never become binary properties, and the input photo is not passed through (actions/shared/outputItems.ts).
 * Masking is idempotent: masking a masked item changes nothing.
 * Fields the SDK model lacks are handled by the card's shaping after this (shape.ts, maskUnknownFields):
 * dropped in 'drop', masked by their key in 'mask'.
 */

import type { MaskMode } from '../../model/document';
import { maskPagedDocument, type FieldMasks } from '../shared/fieldMasking';
import { maskAddress, maskBirth, maskIdNumber, maskName } from '../personalData';
import { isPlainObject, type PlainObject } from '../shared/plainObject';

export type { MaskMode };
/** The masks of single values are shared with other documents (driver license, auto-classify...). */
export { maskAddress, maskBirth, maskIdNumber, maskName };

export const NUMBER_FIELDS = ['number', 'number_upgraded'] as const;
export const BIRTH_FIELDS = ['birth', 'birth_date_iso'] as const;
export const IMAGE_FIELDS = ['portrait_image', 'adjusted_image'] as const;
/** The card fields whose text_location entries go when they are masked. */
export const LOCATED_FIELDS = ['name', 'number', 'address', 'birth'] as const;

/** The mask of each personal field of a card side (the numbers, birth dates, name and address). */
const MASKS: FieldMasks = {
	...Object.fromEntries(NUMBER_FIELDS.map((key) => [key, maskIdNumber])),
	...Object.fromEntries(BIRTH_FIELDS.map((key) => [key, maskBirth])),
	name: maskName,
	address: maskAddress,
};

/**
 * The item JSON with its personal data masked or dropped according to `mode`, at the top level and inside
 * `front` and `back` (a copy unless mode is 'none').
 */
export function maskResult<T extends PlainObject>(json: T, mode: MaskMode): T {
	if (mode === 'none' || !isPlainObject(json)) return json;
	return maskPagedDocument(json, mode, MASKS, {
		removed: IMAGE_FIELDS,
		located: LOCATED_FIELDS,
	}) as T;
}
