'use strict';
/**
 * Huawei's Mainland Travel Permit answer (`POST /v2/{project_id}/ocr/mainland-travel-permit` → 200 {"result":
 * MainlandTravelPermitResult}), used by the emulator (../apis/mainland-travel-permit.js builds and checks its
 * answers with it) and by the tests.
 *
 * MainlandTravelPermitResult.openapi_types and MainlandTravelPermitConfidence.openapi_types, in order:
 * huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/mainland_travel_permit_result.py and
 * mainland_travel_permit_confidence.py @ 343a486b5c8ab656611159f314df6e575d0f6398; the same fields, order and types in Go
 * services/ocr/v1/model/model_mainland_travel_permit_{result,confidence}.go @ 1cd70eb6 and Node.js
 * MainlandTravelPermitResult.ts, MainlandTravelPermitConfidence.ts @ b081640b. Types: ./model.js.
 */
const model = require('./model');

/** MainlandTravelPermitConfidence: a float per text field (its own order: type and side before id_name). */
const CONFIDENCE = {
	name: 'float',
	name_en: 'float',
	birth_date: 'float',
	sex: 'float',
	valid_period: 'float',
	issuing_authority: 'float',
	number: 'float',
	issue_place: 'float',
	issue_times: 'float',
	type: 'float',
	side: 'float',
	id_name: 'float',
	id_number: 'float',
	machine_code1: 'float',
	machine_code2: 'float',
	machine_code3: 'float',
};

/** MainlandTravelPermitResult (portrait_image and portrait_location only with their flags). */
const RESULT = {
	name: 'string',
	name_en: 'string',
	birth_date: 'string',
	sex: 'string',
	valid_period: 'string',
	issuing_authority: 'string',
	number: 'string',
	issue_place: 'string',
	issue_times: 'string',
	id_name: 'string',
	id_number: 'string',
	machine_code1: 'string',
	machine_code2: 'string',
	machine_code3: 'string',
	type: 'string',
	side: 'string',
	portrait_image: 'string',
	portrait_location: 'points',
	confidence: CONFIDENCE,
};

/** @param {unknown} result @returns {string[]} the fields of the wrong type (unknown keys pass) */
const check = (result) => model.check(RESULT, result);

module.exports = { RESULT, CONFIDENCE, FIELDS: Object.keys(RESULT), check };
