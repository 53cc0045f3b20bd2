/**
 * Masking a document's fields by name: each field's mask (helpers/personalData.ts), the field dropped in
 * 'drop' mode, and its `text_location` entry removed with it.
 */

import type { MaskMode } from '../../model/document';
import { keptWhenDropping, maskNumbersInText, PERSONAL_MASKS, personalKind } from '../personalData';
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

/**
 * A personal field's value masked, failing closed: text is masked, a number is masked as its text, an array
 * element by element; null and booleans (which carry nothing) stay; any other shape (an object...) gives
 * undefined: the field is to be dropped, never passed through.
 */
export function maskPersonalValue(value: unknown, mask: (value: string) => string): unknown {
	if (typeof value === 'string') return mask(value);
	if (typeof value === 'number' || typeof value === 'bigint') return mask(String(value));
	if (value === null || typeof value === 'boolean') return value;
	if (Array.isArray(value))
		return value.map((v) => maskPersonalValue(v, mask)).filter((v) => v !== undefined);
	return undefined;
}

/** Sets `out[key]` to its masked value, or deletes it when its shape cannot be masked. Changes `out`. */
export function maskFieldInPlace(
	out: PlainObject,
	key: string,
	mask: (value: string) => string,
): void {
	const masked = maskPersonalValue(out[key], mask);
	if (masked === undefined) delete out[key];
	else out[key] = masked;
}

/** What `maskNamedFields` does besides masking the named fields. */
export interface NamedFieldsOptions {
	/** Fields that go in both modes (pictures: a picture cannot be masked in JSON). */
	removed?: readonly string[];
	/** The `text_location` entries that go in 'mask' mode; the masked fields' names when absent. */
	located?: readonly string[];
}

/**
 * The one masking of named fields: one object's fields masked (failing closed: maskPersonalValue) or
 * dropped, `removed` fields gone in both modes, `text_location` gone in 'drop' and without the entries of
 * the masked (or `located`) fields in 'mask' (removeLocations). A copy.
 */
export function maskNamedFields(
	fields: PlainObject,
	mode: 'mask' | 'drop',
	masks: FieldMasks,
	options: NamedFieldsOptions = {},
): PlainObject {
	const out: PlainObject = { ...fields };
	for (const [key, mask] of Object.entries(masks)) {
		if (!(key in out)) continue;
		if (mode === 'drop') delete out[key];
		else maskFieldInPlace(out, key, mask);
	}
	for (const key of options.removed ?? []) delete out[key];
	if (mode === 'drop') delete out.text_location;
	else removeLocations(out, options.located ?? Object.keys(masks));
	return out;
}

/** A two-page document masked at the top level and inside `front` and `back` (a copy unless mode is 'none'). */
export function maskPagedDocument<T extends PlainObject>(
	json: T,
	mode: MaskMode,
	masks: FieldMasks,
	options: NamedFieldsOptions = {},
): T {
	if (mode === 'none') return json;
	const out = maskNamedFields(json, mode, masks, options);
	for (const page of ['front', 'back'])
		if (isPlainObject(out[page])) out[page] = maskNamedFields(out[page], mode, masks, options);
	return out as T;
}

/**
 * Fails closed on the fields a document's rules do not know (a field Huawei adds before the SDK model does):
 * applied to a document's output after its own masking, at the top level and inside the page objects named
 * in `pages` (front, back). `known` lists the SDK model's fields and the node's own (side, derived fields,
 * checks); the document's masking has already masked or dropped the personal ones among them.
 * - 'drop': a field not in `known` goes, so only the document's allowlist of non-personal fields stays;
 * - 'mask': a field not in `known` is masked as a field of a document without rules (a personal key by its
 *   kind, ID, card and mobile numbers inside text, images removed); the others stay as they are;
 * - 'none': the document as it is.
 * A copy unless mode is 'none'.
 */
export function maskUnknownFields(
	json: PlainObject,
	mode: MaskMode,
	known: readonly string[],
	pages: readonly string[] = [],
): PlainObject {
	if (mode === 'none') return json;
	const out: PlainObject = {};
	for (const [key, value] of Object.entries(json)) {
		const field = known.includes(key)
			? value
			: mode === 'mask'
				? maskUnknownField(key, value, mode)
				: undefined;
		if (field === undefined) continue;
		out[key] =
			pages.includes(key) && isPlainObject(field) ? maskUnknownFields(field, mode, known) : field;
	}
	return out;
}

/**
 * Masks or drops the personal data of a document this node has no rules for (recursively; a copy), failing
 * closed:
 * - a key naming personal data (personalKind: names, addresses, birth dates, ID/license/account numbers,
 *   phones, plates, VINs, engine numbers, MRZ...) is masked by its kind, a number as its text, an array
 *   element by element, any other shape dropped; in 'drop' mode it goes;
 * - any other text (or number) has the ID, card and mobile numbers in it masked; in 'drop' mode a field stays
 *   only when its key is on the allowlist of document and transaction fields (keptWhenDropping) and its
 *   value holds no such number; objects and arrays (under any key not naming personal data) are filtered the
 *   same way inside;
 * - images (`*_image`) go in both modes.
 */
export function maskUnknownDocument(value: unknown, mode: MaskMode): unknown {
	if (mode === 'none') return value;
	if (Array.isArray(value)) return value.map((v) => maskUnknownDocument(v, mode));
	if (isPlainObject(value)) {
		const out: PlainObject = {};
		for (const [key, field] of Object.entries(value)) {
			const masked = maskUnknownField(key, field, mode);
			if (masked !== undefined) out[key] = masked;
		}
		return out;
	}
	if (typeof value === 'string') return maskNumbersInText(value);
	if (typeof value === 'number' || typeof value === 'bigint') {
		const text = String(value);
		const masked = maskNumbersInText(text);
		return masked === text ? value : masked;
	}
	return value;
}

/** One field of a document without rules, masked or dropped (undefined: the field goes). */
function maskUnknownField(key: string, value: unknown, mode: 'mask' | 'drop'): unknown {
	if (/_image$/i.test(key)) return undefined; // a picture cannot be masked in JSON
	const kind = personalKind(key);
	if (kind) return mode === 'drop' ? undefined : maskPersonalValue(value, PERSONAL_MASKS[kind]);
	const container = typeof value === 'object' && value !== null;
	if (mode === 'drop') {
		// an object or list is filtered inside (only allowlisted fields stay); a value stays when its key is listed
		if (container) return maskUnknownDocument(value, mode);
		if (!keptWhenDropping(key)) return undefined;
		const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
		return maskNumbersInText(text) === text ? value : undefined;
	}
	return maskUnknownDocument(value, mode);
}
