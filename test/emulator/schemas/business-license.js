'use strict';
/**
 * Huawei's Business License answer (`POST /v2/{project_id}/ocr/business-license` → 200 {"result":
 * BusinessLicenseResult}), used by the emulator (../apis/business-license.js checks its answers with it) and
 * by the tests.
 *
 * BusinessLicenseResult.openapi_types, in order: huaweicloud-sdk-python-v3
 * huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/business_license_result.py at commit
 * 343a486b5c8ab656611159f314df6e575d0f6398; the same fields, order and types in Go
 * services/ocr/v1/model/model_business_license_result.go @ 1cd70eb6 and Node.js
 * services/ocr/v1/model/BusinessLicenseResult.ts @ b081640b. Types: ./model.js.
 */
const model = require('./model');

/** BusinessLicenseResult */
const RESULT = {
	registration_number: 'string',
	name: 'string',
	type: 'string',
	address: 'string',
	legal_representative: 'string',
	registered_capital: 'string',
	organization_form: 'string',
	found_date: 'string',
	business_term: 'string',
	business_scope: 'string',
	issue_date: 'string',
	confidence: 'object',
};

/** @param {unknown} result @returns {string[]} the fields of the wrong type (unknown keys pass) */
const check = (result) => model.check(RESULT, result);

module.exports = {
	RESULT,
	FIELDS: Object.keys(RESULT),
	TEXT_FIELDS: model.textFields(RESULT),
	check,
};
