'use strict';
/**
 * Huawei's Hong Kong ID Card answer (`POST /v2/{project_id}/ocr/hk-id-card` → 200 {"result": HkIdCardResult}),
 * used by the emulator (../apis/hk-id-card.js checks its answers with it) and by the tests.
 *
 * HkIdCardResult.openapi_types, in order: huaweicloud-sdk-python-v3
 * huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/hk_id_card_result.py @ 343a486b5c8ab656611159f314df6e575d0f6398;
 * the same fields, order and types in Go services/ocr/v1/model/model_hk_id_card_result.go @ 1cd70eb6 and Node.js
 * services/ocr/v1/model/HkIdCardResult.ts @ b081640b. Types: ./model.js.
 */
const model = require('./model');

/** HkIdCardResult (portrait_location only with return_portrait_location, portrait_image only with return_portrait_image). */
const RESULT = {
	name: 'string',
	name_en: 'string',
	sex: 'string',
	birth_date: 'string',
	number: 'string',
	symbols: 'string',
	name_telegraph_code: 'string',
	permanent: 'boolean',
	initial_issue_date: 'string',
	issue_date: 'string',
	portrait_location: 'points',
	portrait_image: 'string',
	confidence: 'object',
};

/** @param {unknown} result @returns {string[]} the fields of the wrong type (unknown keys pass) */
const check = (result) => model.check(RESULT, result);

module.exports = { RESULT, FIELDS: Object.keys(RESULT), check };
