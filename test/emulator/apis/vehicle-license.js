'use strict';
/**
 * `POST /v2/{project_id}/ocr/vehicle-license`, Huawei's Vehicle License OCR, as the SDK models describe it:
 *   request  VehicleLicenseRequestBody { image | url, side?: front|back|double_side,
 *            return_issuing_authority?, return_text_location?, recognize_electronic_license?, alarm?: bool }
 *            huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/vehicle_license_request_body.py
 *            at commit 343a486b5c8ab656611159f314df6e575d0f6398 (Go model_vehicle_license_request_body.go at commit 1cd70eb6,
 *            Node.js VehicleLicenseRequestBody.ts at commit b081640b: the same fields)
 *   result   VehicleLicenseResult: ../schemas/vehicle-license.js (vehicle_license_result.py, vehicle_license_front.py,
 *            vehicle_license_back.py, vehicle_license_alarm_result.py, vehicle_license_alarm_confidence.py, same
 *            commits): `type` normal|electronic, the page fields, `text_location`, `front`, `back`,
 *            `alarm_result`, `alarm_confidence`.
 * side: absent or empty → front (the docstring); double_side → the pages in `front` and `back` (the emulator's
 * reading; undocumented). An electronic licence is read only with recognize_electronic_license (otherwise
 * AIS.0104); alarms only for paper licences with alarm=true.
 * Refusals (ocr_03_0028, ocr_03_0034): AIS.0101 bad side or a flag that is not a boolean, AIS.0102 not
 * JPEG/PNG/BMP/TIFF, AIS.0103 a side outside 100–8192 px, AIS.0104 not a vehicle licence, a fixture's error.
 */
const { FIXTURES } = require('./vehicle-license.fixtures');
const check = require('./requestChecks');
const { textFields } = require('../schemas/model');

const FLAGS = [
	'return_issuing_authority',
	'return_text_location',
	'recognize_electronic_license',
	'alarm',
];
const schema = require('../schemas/vehicle-license');

/** Fields given a text location: the pages' text fields (VehicleLicenseFront, then Back) but the authority. */
const LOCATED = [...new Set([...textFields(schema.FRONT), ...textFields(schema.BACK)])].filter(
	(f) => f !== 'issuing_authority',
);

function alarms(fixture) {
	const a = fixture.alarms || { blocking: false, border: false };
	return {
		alarm_result: {
			detect_blocking_within_border_result: a.blocking,
			detect_border_integrity_result: a.border,
		},
		alarm_confidence: {
			blocking_within_border_score: a.blocking ? 93 : 4,
			border_integrity_score: a.border ? 91 : 3,
		},
	};
}

function page(fields, body, info, fixture) {
	const out = { ...fields };
	if (body.return_issuing_authority !== true) delete out.issuing_authority;
	if (body.return_text_location === true)
		out.text_location = check.textLocation(LOCATED, out, info, {
			top: 0.04,
			step: 0.05,
			rowHeight: 0.04,
		});
	if (body.alarm === true && !fixture.electronic) Object.assign(out, alarms(fixture));
	return out;
}

async function answer(state, ctx, tools) {
	const body = tools.parseBody(ctx);
	check.boolFlags(tools, body, FLAGS);
	const side = check.sideParam(tools, body);
	const bytes = await tools.imageBytes(state, body);
	const info = check.imageSize(tools, bytes, { minSide: 100, maxSide: 8192 });
	ctx.record.request = check.requestFields(body);
	const fixture = check.markedFixture(tools, ctx, bytes, FIXTURES);
	if (fixture.electronic && body.recognize_electronic_license !== true)
		throw new tools.OcrError('AIS.0104');
	const type = fixture.electronic ? 'electronic' : 'normal';
	if (side === 'double_side') {
		if (!fixture.front || !fixture.back) throw new tools.OcrError('AIS.0104');
		return {
			type,
			front: page(fixture.front, body, info, fixture),
			back: page(fixture.back, body, info, fixture),
		};
	}
	const fields = fixture[side];
	if (!fields) throw new tools.OcrError('AIS.0104');
	return { type, ...page(fields, body, info, fixture) };
}

module.exports = {
	name: 'vehicle-license',
	answer,
	check: schema.check,
	FIXTURES,
	FLAGS,
	SIDES: check.LICENCE_SIDES,
};
