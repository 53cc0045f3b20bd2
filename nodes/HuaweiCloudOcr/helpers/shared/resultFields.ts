import type { IDataObject } from 'n8n-workflow';

import type { MaskMode, ReturnedImage } from '../../model/document';
import { maskUnknownFields } from './fieldMasking';
import { isPlainObject } from './plainObject';

/** Huawei's fields in the SDK model's order (`order`), then any field Huawei adds, as sent. */
export function orderedFields(result: IDataObject, order: readonly string[]): IDataObject {
	const fields: IDataObject = {};
	for (const key of order) if (result[key] !== undefined) fields[key] = result[key];
	for (const [key, value] of Object.entries(result)) if (!(key in fields)) fields[key] = value;
	return fields;
}

const empty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * A two-page result's fields in the model's order (`orderedFields`), with a field Huawei sent only inside
 * `front`/`back` lifted to the top level too, the main page's first. `notLifted` (objects of each page such
 * as `text_location`) stay inside their page.
 */
export function liftPageFields(
	result: IDataObject,
	order: readonly string[],
	notLifted: readonly string[],
): IDataObject {
	const fields = orderedFields(result, order);
	for (const page of ['front', 'back']) {
		const own = result[page];
		if (!isPlainObject(own)) continue;
		for (const [key, value] of Object.entries(own)) {
			if (notLifted.includes(key) || empty(value) || !empty(fields[key])) continue;
			fields[key] = value as IDataObject[string];
		}
	}
	return fields;
}

/**
 * Takes the portrait Huawei returned (`portrait_image`, base64) out of a card's fields: it becomes the binary
 * property `portrait_image` (when the output is not masked), never JSON. Changes `fields`.
 */
export function takePortrait(fields: IDataObject): ReturnedImage[] {
	const images: ReturnedImage[] = [];
	if (fields.portrait_image !== undefined)
		images.push({
			binaryName: 'portrait_image',
			fileStem: 'portrait',
			value: fields.portrait_image,
		});
	delete fields.portrait_image;
	return images;
}

/**
 * The output JSON of a document: its own masking of the fields it knows (`mask`), then any field its model
 * lacks passed through in 'none', masked by its key in 'mask' and dropped in 'drop' (maskUnknownFields).
 * `known` is the model's fields and the node's derived ones; `checks` is always known.
 */
export function maskedJson(
	json: IDataObject,
	mode: MaskMode,
	mask: (json: IDataObject, mode: MaskMode) => IDataObject,
	known: readonly string[],
): IDataObject {
	return maskUnknownFields(mask(json, mode), mode, [...known, 'checks']) as IDataObject;
}
