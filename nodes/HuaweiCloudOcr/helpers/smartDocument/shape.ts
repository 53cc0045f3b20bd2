/**
 * A Smart Document Recognizer answer as an output item, and its rules.
 *
 * Huawei answers `result: list[SmartDocumentRecognizerResult]` (recognize_smart_document_recognizer_response.py);
 * each entry holds ocr_result, kv_result, table_result, layout_result, form_result and formula_result, each
 * present when its request option asked for it (ocr_result always). Models: huaweicloud-sdk-python-v3
 * @343a486b, huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/smart_document_recognizer_*.py (result, ocr_result,
 * words_block_list, char_list, kv_result, kv_block, kv_words_block, table_result, table_block,
 * table_words_block, layout_result, layout_block, form_result, formula_result, formula_block).
 *
 * Output: the first entry's fields at the top level under Huawei's names, nested as the SDK nests them, in
 * the model's order, then any field Huawei adds; `layout_result` only when the Layout option was on; then the
 * derived fields:
 * - `fields` (when kv_result is there): key → value of every key-value pair, in Huawei's order. A key Huawei
 *   returns more than once maps to an array of its values in Huawei's order (nothing is lost; a key seen once
 *   is a plain string). A key such as `__proto__` is an ordinary key.
 * - `tables` (when table_result is there) and `forms` (when form_result is there): each table as an array of
 *   rows, each row an array of cell texts (helpers/smartDocument/tables.ts: a merged cell fills every
 *   position it spans).
 * A second entry in `result` (the API reads one page per call; none is documented) is kept, shaped the same
 * way, in `additional_results`. No local checks: no `checks`. Masking: ./masking.ts.
 */

import type { IDataObject } from 'n8n-workflow';

import type { DocumentRules, ShapedDocument, ShapeSettings } from '../../model/document';
import { maskUnknownFields } from '../shared/fieldMasking';
import { isPlainObject, type PlainObject } from '../shared/plainObject';
import { maskSmartDocumentResult } from './masking';
import { tablesOf } from './tables';

/** SmartDocumentRecognizerResult's fields, in the model's order. */
export const RESULT_FIELDS = [
	'ocr_result',
	'kv_result',
	'table_result',
	'layout_result',
	'form_result',
	'formula_result',
] as const;
/** The fields this node derives. */
export const DERIVED_FIELDS = ['fields', 'tables', 'forms', 'additional_results'] as const;

function setField(out: PlainObject, key: string, value: unknown): void {
	Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The arrays kvFields made for repeated keys (a value that is itself an array is not one). */
const repeated = new WeakSet<object>();

/** key → value of the key-value pairs (`kv_result.kv_block_list`); a repeated key → its values in order. */
export function kvFields(kvResult: unknown): IDataObject {
	const out: PlainObject = {};
	const blocks = isPlainObject(kvResult) ? kvResult.kv_block_list : undefined;
	for (const block of Array.isArray(blocks) ? blocks : []) {
		if (!isPlainObject(block)) continue;
		const key = typeof block.key === 'string' ? block.key : String(block.key ?? '');
		const value = block.value ?? '';
		if (!Object.prototype.hasOwnProperty.call(out, key)) setField(out, key, value);
		else if (Array.isArray(out[key]) && repeated.has(out[key])) (out[key] as unknown[]).push(value);
		else {
			const values = [out[key], value];
			repeated.add(values);
			setField(out, key, values);
		}
	}
	return out as IDataObject;
}

function shapeEntry(entry: PlainObject, settings: ShapeSettings): IDataObject {
	const masked = maskSmartDocumentResult(entry, settings.masking);
	const json: PlainObject = {};
	for (const key of RESULT_FIELDS) if (masked[key] !== undefined) json[key] = masked[key];
	for (const [key, value] of Object.entries(masked))
		if (!(key in json) && !(DERIVED_FIELDS as readonly string[]).includes(key)) json[key] = value;
	if (settings.request?.layout !== true) delete json.layout_result;
	const drop = settings.masking === 'drop';
	if (json.kv_result !== undefined) json.fields = kvFields(json.kv_result);
	if (json.table_result !== undefined && !drop)
		json.tables = tablesOf(json.table_result, 'table_list');
	if (json.form_result !== undefined && !drop) json.forms = tablesOf(json.form_result, 'form_list');
	const known = [...RESULT_FIELDS, ...DERIVED_FIELDS];
	return maskUnknownFields(json, settings.masking, known) as IDataObject;
}

/** The entries of Huawei's `result`: a list (as documented) or a single object. */
function entries(result: unknown): PlainObject[] {
	if (Array.isArray(result)) return result.filter(isPlainObject);
	return isPlainObject(result) ? [result] : [];
}

export function shapeSmartDocument(result: IDataObject, settings: ShapeSettings): ShapedDocument {
	const [first, ...more] = entries(result);
	const json = shapeEntry(first ?? {}, settings);
	if (more.length > 0) json.additional_results = more.map((e) => shapeEntry(e, settings));
	return { json, images: [] };
}

/**
 * The smart document's rules. Auto-classification reports no smart-document type (the types of
 * auto_classification_request_body.py), so none maps here; the rules are the resource's shaping.
 */
export const smartDocumentRules: DocumentRules = {
	noun: 'document',
	classifiedAs: [],
	shape: shapeSmartDocument,
};
