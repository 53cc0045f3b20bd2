'use strict';
/**
 * Huawei's Household Register answer (`POST /v2/{project_id}/ocr/household-register` → 200 {"result":
 * list[HouseholdRegisterResult]}, one entry per page), used by the emulator (../apis/household-register.js
 * checks its answers with it) and by the tests.
 *
 * HouseholdRegisterResult and HouseholdRegisterContent .openapi_types, in order: huaweicloud-sdk-python-v3
 * huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/household_register_result.py and
 * household_register_content.py @ 343a486b5c8ab656611159f314df6e575d0f6398 (the list:
 * recognize_household_register_response.py); the same fields, order and types in Go services/ocr/v1/model/
 * model_household_register_{result,content}.go @ 1cd70eb6 (confidence map[string]float32) and Node.js
 * HouseholdRegisterResult.ts, HouseholdRegisterContent.ts @ b081640b. Types: ./model.js.
 */
const model = require('./model');

/** HouseholdRegisterContent (household_type … police_station only on the home page, 首页, per the docstrings). */
const CONTENT = {
	name: 'string',
	householder_relationship: 'string',
	former_name: 'string',
	sex: 'string',
	birthplace: 'string',
	ethnicity: 'string',
	origin_place: 'string',
	birth_date: 'string',
	other_address: 'string',
	religious_belief: 'string',
	id_card_number: 'string',
	height: 'string',
	blood_type: 'string',
	education: 'string',
	marital_status: 'string',
	military_service_status: 'string',
	work_place: 'string',
	occupation: 'string',
	migrated_to_city: 'string',
	migrated_to_address: 'string',
	registrar_signature_seal: 'string',
	registration_date: 'string',
	household_type: 'string',
	household_number: 'string',
	householder_name: 'string',
	community: 'string',
	address: 'string',
	issue_date: 'string',
	police_station: 'string',
};

/** HouseholdRegisterResult: one page (type 首页 or 登记页). */
const PAGE = {
	type: 'string',
	location: 'points',
	content: CONTENT,
	confidence: 'float{}',
};

/** @param {unknown} result @returns {string[]} where the list of pages breaks the model (unknown keys pass) */
const check = (result) =>
	Array.isArray(result)
		? result.flatMap((page, i) => model.check(PAGE, page, `result[${i}]`))
		: ['result should be a list of HouseholdRegisterResult'];

module.exports = { PAGE, CONTENT, FIELDS: Object.keys(PAGE), check };
