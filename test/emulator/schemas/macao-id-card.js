'use strict';
/**
 * Huawei's Macao ID Card answer (`POST /v2/{project_id}/ocr/macao-id-card` → 200 {"result":
 * MacaoIdCardResult}), used by the emulator (../apis/macao-id-card.js checks its answers with it) and by the
 * tests.
 *
 * MacaoIdCardResult.openapi_types, in order: huaweicloud-sdk-python-v3
 * huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/macao_id_card_result.py @
 * 343a486b5c8ab656611159f314df6e575d0f6398; the same fields, order and types in Go services/ocr/v1/model/
 * model_macao_id_card_result.go @ 1cd70eb6 and Node.js MacaoIdCardResult.ts @ b081640b. Types: ./model.js.
 */
const model = require('./model');

/** MacaoIdCardResult (portrait_image only with return_portrait_image, on the front). */
const RESULT = {
	side: 'string',
	name: 'string',
	name_en: 'string',
	sex: 'string',
	issue_date: 'string',
	expiry_date: 'string',
	birth_date: 'string',
	initial_issue_date: 'string',
	height: 'string',
	number: 'string',
	symbols: 'string',
	machine_code1: 'string',
	machine_code2: 'string',
	machine_code3: 'string',
	portrait_image: 'string',
	confidence: 'object',
};

/** @param {unknown} result @returns {string[]} the fields of the wrong type (unknown keys pass) */
const check = (result) => model.check(RESULT, result);

module.exports = { RESULT, FIELDS: Object.keys(RESULT), check };
