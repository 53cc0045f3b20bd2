'use strict';
/**
 * Huawei's Vehicle License answer (`POST /v2/{project_id}/ocr/vehicle-license` → 200 {"result":
 * VehicleLicenseResult}), used by the emulator (../apis/vehicle-license.js builds and checks its answers with
 * it) and by the tests.
 *
 * openapi_types, in order, of huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 * vehicle_license_result.py (VehicleLicenseResult), vehicle_license_front.py (VehicleLicenseFront: vin before
 * engine_no, unlike the result), vehicle_license_back.py (VehicleLicenseBack), vehicle_license_alarm_result.py
 * and vehicle_license_alarm_confidence.py @ 343a486b5c8ab656611159f314df6e575d0f6398; the same fields, order
 * and types in Go services/ocr/v1/model/model_vehicle_license_*.go @ 1cd70eb6 (scores int32) and Node.js
 * services/ocr/v1/model/VehicleLicense*.ts @ b081640b. Types: ./model.js.
 */
const model = require('./model');

/** VehicleLicenseAlarmResult */
const ALARM_RESULT = {
	detect_blocking_within_border_result: 'boolean',
	detect_border_integrity_result: 'boolean',
};

/** VehicleLicenseAlarmConfidence */
const ALARM_CONFIDENCE = { blocking_within_border_score: 'int', border_integrity_score: 'int' };

/** VehicleLicenseFront: the main page. */
const FRONT = {
	number: 'string',
	vehicle_type: 'string',
	name: 'string',
	address: 'string',
	use_character: 'string',
	model: 'string',
	vin: 'string',
	engine_no: 'string',
	register_date: 'string',
	issue_date: 'string',
	issuing_authority: 'string',
	text_location: 'object',
	alarm_result: ALARM_RESULT,
	alarm_confidence: ALARM_CONFIDENCE,
};

/** The run file_no … code_number of VehicleLicenseBack and of VehicleLicenseResult (the same in both). */
const BACK_RUN = {
	file_no: 'string',
	approved_passengers: 'string',
	gross_mass: 'string',
	unladen_mass: 'string',
	approved_load: 'string',
	dimension: 'string',
	traction_mass: 'string',
	remarks: 'string',
	inspection_record: 'string',
	code_number: 'string',
};

/** VehicleLicenseBack: the secondary page. */
const BACK = {
	number: 'string',
	...BACK_RUN,
	energy_type: 'string',
	text_location: 'object',
	alarm_result: ALARM_RESULT,
	alarm_confidence: ALARM_CONFIDENCE,
};

/** VehicleLicenseResult: one page's fields at the top level, or (side=double_side) the pages in front/back. */
const RESULT = {
	type: 'string',
	number: 'string',
	vehicle_type: 'string',
	name: 'string',
	address: 'string',
	use_character: 'string',
	model: 'string',
	engine_no: 'string',
	vin: 'string',
	register_date: 'string',
	issue_date: 'string',
	issuing_authority: 'string',
	...BACK_RUN,
	text_location: 'object',
	energy_type: 'string',
	color: 'string',
	mandatory_scrapping_date: 'string',
	status: 'string[]',
	front: FRONT,
	back: BACK,
	alarm_result: ALARM_RESULT,
	alarm_confidence: ALARM_CONFIDENCE,
};

/** @param {unknown} result @returns {string[]} the fields of the wrong type (unknown keys pass) */
const check = (result) => model.check(RESULT, result);

module.exports = {
	RESULT,
	FRONT,
	BACK,
	ALARM_RESULT,
	ALARM_CONFIDENCE,
	FIELDS: Object.keys(RESULT),
	check,
};
