'use strict';
/**
 * Huawei's Driving License answer (`POST /v2/{project_id}/ocr/driver-license` → 200 {"result":
 * DriverLicenseResult}), used by the emulator (../apis/driver-license.js builds and checks its answers with
 * it) and by the tests.
 *
 * openapi_types, in order, of huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 * driver_license_result.py (DriverLicenseResult), driver_license_front.py (DriverLicenseFront) and
 * driver_license_back.py (DriverLicenseBack) @ 343a486b5c8ab656611159f314df6e575d0f6398 (Python's `_class` is
 * the JSON key `class`, its attribute_map); the same fields, order and types in Go
 * services/ocr/v1/model/model_driver_license_{result,front,back}.go @ 1cd70eb6 and Node.js
 * services/ocr/v1/model/DriverLicense{Result,Front,Back}.ts @ b081640b. Types: ./model.js.
 */
const model = require('./model');

/** The first twelve fields of DriverLicenseFront and of DriverLicenseResult (the same in both). */
const HEAD = {
	type: 'string',
	number: 'string',
	name: 'string',
	sex: 'string',
	nationality: 'string',
	address: 'string',
	birth: 'string',
	issue_date: 'string',
	class: 'string',
	valid_from: 'string',
	valid_to: 'string',
	issuing_authority: 'string',
};

/** DriverLicenseFront: the main page. */
const FRONT = {
	...HEAD,
	accumulated_scores: 'string',
	status: 'string[]',
	generation_date: 'string',
	current_time: 'string',
	file_number: 'string',
	text_location: 'object',
};

/** DriverLicenseBack: the secondary page. */
const BACK = {
	type: 'string',
	number: 'string',
	name: 'string',
	issuing_authority: 'string',
	address: 'string',
	file_number: 'string',
	record: 'string',
	text_location: 'object',
};

/** DriverLicenseResult: one page's fields at the top level, or (side=double_side) the pages in front/back. */
const RESULT = {
	...HEAD,
	file_number: 'string',
	record: 'string',
	accumulated_scores: 'string',
	status: 'string[]',
	generation_date: 'string',
	current_time: 'string',
	text_location: 'object',
	front: FRONT,
	back: BACK,
};

/** @param {unknown} result @returns {string[]} the fields of the wrong type (unknown keys pass) */
const check = (result) => model.check(RESULT, result);

module.exports = { RESULT, FRONT, BACK, FIELDS: Object.keys(RESULT), check };
