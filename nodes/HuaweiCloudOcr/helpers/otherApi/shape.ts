import type { IDataObject } from 'n8n-workflow';

import type { MaskMode, ShapedDocument } from '../../model/document';
import { maskUnknownDocument } from '../shared/fieldMasking';
import { isPlainObject } from '../shared/plainObject';

/**
 * Huawei's `result` of an API this node has no model for, as output: an object's fields at the top level
 * under Huawei's names, as they came; a list (household-register, auto-id-doc-classification...) under
 * `result`. Masked exactly as Auto-Classify masks a document without rules (helpers/fieldMasking.ts
 * maskUnknownDocument, failing closed):
 * - mask: a key naming personal data (personalKind: names, addresses, birth dates, ID/license/account numbers,
 *   phones, plates, VINs, MRZ...) is masked by its kind; ID, card and mobile numbers inside any other text are
 *   masked; `*_image` fields go;
 * - drop: a personal key goes, and so does every other field whose key is not on the allowlist of document and
 *   transaction fields (keptWhenDropping) or whose value holds such a number; objects and lists are filtered
 *   inside the same way.
 */
export function shapeOtherResult(result: unknown, masking: MaskMode): ShapedDocument {
	const json: IDataObject = isPlainObject<IDataObject>(result)
		? { ...result }
		: { result: result as IDataObject[] };
	return { json: maskUnknownDocument(json, masking) as IDataObject, images: [] };
}
