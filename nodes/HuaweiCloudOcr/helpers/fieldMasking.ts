/**
 * Masking a document's fields by name: each field's mask (helpers/personalData.ts), the field dropped in
 * 'drop' mode, and its `text_location` entry removed with it.
 */

import type { IDataObject } from 'n8n-workflow';

import type { MaskMode } from './document';
import { isPlainObject, type PlainObject } from './plainObject';

/** The mask of each personal field, by field name. */
export type FieldMasks = Record<string, (value: string) => string>;

/**
 * `text_location` without the entries of `fields`; a layout that is not an object cannot be masked field by
 * field and is removed (null is kept). Changes `out`.
 */
export function removeLocations(out: PlainObject, fields: readonly string[]): void {
	if (!('text_location' in out)) return;
	const locations = out.text_location;
	if (isPlainObject(locations)) {
		const kept = { ...locations };
		for (const key of fields) delete kept[key];
		out.text_location = kept;
	} else if (locations !== undefined && locations !== null) delete out.text_location;
}

/** One object's fields masked (text only) or dropped, `text_location` with them (a copy). */
export function maskNamedFields(
	fields: PlainObject,
	mode: 'mask' | 'drop',
	masks: FieldMasks,
): PlainObject {
	const out: PlainObject = { ...fields };
	for (const [key, mask] of Object.entries(masks)) {
		if (!(key in out)) continue;
		if (mode === 'drop') delete out[key];
		else if (typeof out[key] === 'string') out[key] = mask(out[key]);
	}
	if (mode === 'drop') delete out.text_location;
	else removeLocations(out, Object.keys(masks));
	return out;
}

/** A two-page document masked at the top level and inside `front` and `back` (a copy unless mode is 'none'). */
export function maskPagedDocument(
	json: IDataObject,
	mode: MaskMode,
	masks: FieldMasks,
): IDataObject {
	if (mode === 'none') return json;
	const out = maskNamedFields(json, mode, masks);
	for (const page of ['front', 'back'])
		if (isPlainObject(out[page])) out[page] = maskNamedFields(out[page], mode, masks);
	return out as IDataObject;
}
