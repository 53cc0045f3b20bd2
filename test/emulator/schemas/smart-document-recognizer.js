'use strict';
/**
 * Huawei's Smart Document Recognizer answer (`POST /v2/{project_id}/ocr/smart-document-recognizer` → 200
 * {"result": list[SmartDocumentRecognizerResult]}), used by the emulator (../apis/smart-document-recognizer.js
 * checks its answers with it) and by the tests.
 *
 * The .openapi_types, in order, of huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 * smart_document_recognizer_{result, ocr_result, words_block_list, char_list, kv_result, kv_block,
 * kv_words_block, table_result, table_block, table_words_block, layout_result, layout_block, form_result,
 * formula_result, formula_block}.py @ 343a486b5c8ab656611159f314df6e575d0f6398 (the list:
 * recognize_smart_document_recognizer_response.py); the same fields, order and types in the Go models
 * services/ocr/v1/model/model_smart_document_recognizer_*.go @ 1cd70eb6 and the Node.js
 * SmartDocumentRecognizer*.ts @ b081640b. Types: ./model.js.
 */
const model = require('./model');

/** SmartDocumentRecognizerCharList (with character_mode). */
const CHAR = { char: 'string', char_confidence: 'float', char_location: 'points' };

/** SmartDocumentRecognizerWordsBlockList. */
const WORDS_BLOCK = { words: 'string', location: 'points', confidence: 'float', char_list: [CHAR] };

/** SmartDocumentRecognizerOcrResult. */
const OCR_RESULT = {
	direction: 'float',
	words_block_count: 'int',
	words_block_list: [WORDS_BLOCK],
};

/** SmartDocumentRecognizerKVWordsBlock. */
const KV_WORDS_BLOCK = { words: 'string', location: 'points', type: 'string' };

/** SmartDocumentRecognizerKVBlock. */
const KV_BLOCK = {
	key: 'string',
	value: 'string',
	words_block_count: 'int',
	words_block_list: [KV_WORDS_BLOCK],
};

/** SmartDocumentRecognizerKvResult. */
const KV_RESULT = { kv_block_count: 'int', kv_block_list: [KV_BLOCK] };

/** SmartDocumentRecognizerTableWordsBlock. */
const TABLE_WORDS_BLOCK = { words: 'string', rows: 'int[]', columns: 'int[]' };

/** SmartDocumentRecognizerTableBlock (a table, or a form: excel only with return_excel). */
const TABLE_BLOCK = {
	location: 'points',
	words_block_count: 'int',
	words_block_list: [TABLE_WORDS_BLOCK],
	excel: 'string',
};

/** SmartDocumentRecognizerTableResult. */
const TABLE_RESULT = { table_count: 'int', table_list: [TABLE_BLOCK] };

/** SmartDocumentRecognizerLayoutBlock. */
const LAYOUT_BLOCK = {
	location: 'points',
	type: 'string',
	text: 'string',
	words_ids: 'int[]',
	table_id: 'int',
	form_id: 'int',
	formula_id: 'int',
};

/** SmartDocumentRecognizerLayoutResult. */
const LAYOUT_RESULT = { layout_block_count: 'int', layout_block_list: [LAYOUT_BLOCK] };

/** SmartDocumentRecognizerFormResult. */
const FORM_RESULT = { form_count: 'int', form_list: [TABLE_BLOCK] };

/** SmartDocumentRecognizerFormulaBlock. */
const FORMULA_BLOCK = { formula: 'string', location: 'points', type: 'string' };

/** SmartDocumentRecognizerFormulaResult. */
const FORMULA_RESULT = { formula_count: 'int', formula_list: [FORMULA_BLOCK] };

/** SmartDocumentRecognizerResult: one entry of the list (ocr_result always, each other part when asked). */
const RESULT = {
	ocr_result: OCR_RESULT,
	kv_result: KV_RESULT,
	table_result: TABLE_RESULT,
	layout_result: LAYOUT_RESULT,
	form_result: FORM_RESULT,
	formula_result: FORMULA_RESULT,
};

/** @param {unknown} result @returns {string[]} where the list breaks the model (unknown keys pass) */
const check = (result) =>
	Array.isArray(result)
		? result.flatMap((entry, i) => model.check(RESULT, entry, `result[${i}]`))
		: ['result should be a list of SmartDocumentRecognizerResult'];

module.exports = {
	RESULT,
	OCR_RESULT,
	WORDS_BLOCK,
	CHAR,
	KV_RESULT,
	KV_BLOCK,
	KV_WORDS_BLOCK,
	TABLE_RESULT,
	TABLE_BLOCK,
	TABLE_WORDS_BLOCK,
	LAYOUT_RESULT,
	LAYOUT_BLOCK,
	FORM_RESULT,
	FORMULA_RESULT,
	FORMULA_BLOCK,
	FIELDS: Object.keys(RESULT),
	check,
};
