'use strict';
/**
 * Huawei's Passport answer (`POST /v2/{project_id}/ocr/passport` → 200 {"result": PassportResult}), used by
 * the emulator (../apis/passport.js builds and checks its answers with it) and by the tests.
 *
 * PassportResult.openapi_types, in order: huaweicloud-sdk-python-v3
 * huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/passport_result.py @ 343a486b5c8ab656611159f314df6e575d0f6398;
 * the same fields, order and types in Go services/ocr/v1/model/model_passport_result.go @ 1cd70eb6 and Node.js
 * services/ocr/v1/model/PassportResult.ts @ b081640b. Types: ./model.js.
 */
const model = require('./model');

/** PassportResult (date_of_issue only for Chinese passports, per the model's docstring). */
const RESULT = {
	passport_type: 'string',
	country_code: 'string',
	passport_number: 'string',
	nationality: 'string',
	surname: 'string',
	given_name: 'string',
	sex: 'string',
	date_of_birth: 'string',
	date_of_expiry: 'string',
	date_of_issue: 'string',
	place_of_birth: 'string',
	place_of_issue: 'string',
	issuing_authority: 'string',
	confidence: 'object',
	extra_info: 'object',
};

/** @param {unknown} result @returns {string[]} the fields of the wrong type (unknown keys pass) */
const check = (result) => model.check(RESULT, result);

module.exports = { RESULT, FIELDS: Object.keys(RESULT), check };
