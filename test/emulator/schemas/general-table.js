'use strict';
/**
 * Huawei's General Table answer (`POST /v2/{project_id}/ocr/general-table` → 200 {"result":
 * GeneralTableResult}), used by the emulator (../apis/general-table.js checks its answers with it) and by the
 * tests.
 *
 * openapi_types, in order, of huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 * general_table_result.py (GeneralTableResult), words_region_list.py (WordsRegionList: words_block_count is
 * an int), general_table_words_block_list.py (GeneralTableWordsBlockList), words_list_item.py (WordsListItem)
 * and char_list_item.py (CharListItem) @ 343a486b5c8ab656611159f314df6e575d0f6398; the same fields, order and
 * types in Go services/ocr/v1/model/model_general_table_result.go, model_words_region_list.go (int32),
 * model_general_table_words_block_list.go @ 1cd70eb6 and Node.js GeneralTableResult.ts, WordsRegionList.ts,
 * GeneralTableWordsBlockList.ts @ b081640b. `excel` belongs to the result, not to a block. Types: ./model.js.
 */
const model = require('./model');

/** CharListItem */
const CHAR = { char: 'string', char_confidence: 'float', char_location: 'points' };

/** WordsListItem (a cell's text lines, with return_text_location) */
const WORDS = { words: 'string', confidence: 'float', location: 'points', char_list: [CHAR] };

/** GeneralTableWordsBlockList */
const BLOCK = {
	words: 'string',
	confidence: 'float',
	location: 'points',
	words_list: [WORDS],
	rows: 'int[]',
	columns: 'int[]',
	cell_location: 'points',
};

/** WordsRegionList: type "text" | "table". */
const REGION = { type: 'string', words_block_count: 'int', words_block_list: [BLOCK] };

/** GeneralTableResult (excel only with return_excel). */
const RESULT = { words_region_count: 'int', words_region_list: [REGION], excel: 'string' };

/** @param {unknown} result @returns {string[]} the fields of the wrong type (unknown keys pass) */
const check = (result) => model.check(RESULT, result);

module.exports = { RESULT, REGION, BLOCK, WORDS, CHAR, FIELDS: Object.keys(RESULT), check };
