'use strict';
/**
 * Huawei's Exit-Entry Permit answer (`POST /v2/{project_id}/ocr/exit-entry-permit` → 200 {"result":
 * ExitEntryPermitResult}), used by the emulator (../apis/exit-entry-permit.js builds and checks its answers
 * with it) and by the tests.
 *
 * ExitEntryPermitResult, ExitEntryPermitEndorsementInfo and ExitEntryPermitConfidence .openapi_types, in
 * order: huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/exit_entry_permit_result.py,
 * exit_entry_permit_endorsement_info.py and exit_entry_permit_confidence.py @
 * 343a486b5c8ab656611159f314df6e575d0f6398; the same fields, order and types in Go services/ocr/v1/model/
 * model_exit_entry_permit_{result,endorsement_info,confidence}.go @ 1cd70eb6 and Node.js ExitEntryPermitResult.ts,
 * ExitEntryPermitEndorsementInfo.ts, ExitEntryPermitConfidence.ts @ b081640b. Types: ./model.js.
 */
const model = require('./model');

/** ExitEntryPermitEndorsementInfo: one endorsement (Hong Kong, Macao or Taiwan). */
const ENDORSEMENT = {
	endorsement_type: 'string',
	valid_round_trips: 'string',
	endorsement_valid_period: 'string',
	remark: 'string',
	issue_info: 'string',
};

/** ExitEntryPermitConfidence: a float per text field, an object per endorsement (its own order). */
const CONFIDENCE = {
	name: 'float',
	name_en: 'float',
	birth_date: 'float',
	sex: 'float',
	number: 'float',
	valid_period: 'float',
	issuing_authority: 'float',
	issue_place: 'float',
	machine_code: 'float',
	type: 'float',
	side: 'float',
	endorsement_info_hk: 'object',
	endorsement_info_mo: 'object',
	endorsement_info_tw: 'object',
};

/** ExitEntryPermitResult (portrait_image and portrait_location only with their flags). */
const RESULT = {
	name: 'string',
	name_en: 'string',
	sex: 'string',
	birth_date: 'string',
	number: 'string',
	issuing_authority: 'string',
	issue_place: 'string',
	valid_period: 'string',
	machine_code: 'string',
	portrait_image: 'string',
	portrait_location: 'points',
	type: 'string',
	side: 'string',
	endorsement_info_hk: ENDORSEMENT,
	endorsement_info_mo: ENDORSEMENT,
	endorsement_info_tw: ENDORSEMENT,
	confidence: CONFIDENCE,
};

/** The three endorsement fields of ExitEntryPermitResult, in its order. */
const ENDORSEMENTS = Object.keys(RESULT).filter((key) => RESULT[key] === ENDORSEMENT);

/** @param {unknown} result @returns {string[]} the fields of the wrong type (unknown keys pass) */
const check = (result) => model.check(RESULT, result);

module.exports = {
	RESULT,
	ENDORSEMENT,
	ENDORSEMENTS,
	CONFIDENCE,
	FIELDS: Object.keys(RESULT),
	check,
};
