import type { IDataObject } from 'n8n-workflow';

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
