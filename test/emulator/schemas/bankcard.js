'use strict';
/**
 * Huawei's Bank Card answer (`POST /v2/{project_id}/ocr/bankcard` → 200 {"result": BankcardResult}), used by
 * the emulator (../apis/bankcard.js builds and checks its answers with it) and by the tests.
 *
 * BankcardResult.openapi_types, in order: huaweicloud-sdk-python-v3
 * huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/bankcard_result.py @ 343a486b5c8ab656611159f314df6e575d0f6398;
 * the same fields, order and types in Go services/ocr/v1/model/model_bankcard_result.go @ 1cd70eb6 and Node.js
 * services/ocr/v1/model/BankcardResult.ts @ b081640b. Types: ./model.js.
 */
const model = require('./model');

/** BankcardResult (text_location only with return_text_location). */
const RESULT = {
	bank_name: 'string',
	card_number: 'string',
	issue_date: 'string',
	expiry_date: 'string',
	type: 'string',
	confidence: 'object',
	text_location: 'object',
};

/** @param {unknown} result @returns {string[]} the fields of the wrong type (unknown keys pass) */
const check = (result) => model.check(RESULT, result);

module.exports = {
	RESULT,
	FIELDS: Object.keys(RESULT),
	TEXT_FIELDS: model.textFields(RESULT),
	check,
};
