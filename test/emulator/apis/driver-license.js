'use strict';
/**
 * `POST /v2/{project_id}/ocr/driver-license`, Huawei's Driving License OCR, as the SDK models describe it:
 *   request  DriverLicenseRequestBody { image | url, side?: front|back|double_side,
 *            return_issuing_authority?: bool, return_text_location?: bool }
 *            huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/driver_license_request_body.py
 *            at commit 343a486b5c8ab656611159f314df6e575d0f6398 (Go model_driver_license_request_body.go at commit 1cd70eb6,
 *            Node.js DriverLicenseRequestBody.ts at commit b081640b: the same fields)
 *   result   DriverLicenseResult, DriverLicenseFront, DriverLicenseBack: ../schemas/driver-license.js
 *            (driver_license_result.py, driver_license_front.py, driver_license_back.py, same commits)
 * side: absent or empty → front (the docstring). front/back → the page's fields at the top level;
 * double_side → the pages in `front` and `back` (when each is filled is undocumented: this is the
 * emulator's reading). A page the photo does not show → AIS.0104.
 * Refusals (ocr_03_0028, ocr_03_0033): AIS.0101 bad side or a flag that is not a boolean, AIS.0102 not
 * JPEG/PNG/BMP/TIFF, AIS.0103 a side outside 100–8192 px, AIS.0104 not a driving licence, a fixture's error.
 */
const { FIXTURES } = require('./driver-license.fixtures');
const check = require('./requestChecks');
const { textFields } = require('../schemas/model');

const FLAGS = ['return_issuing_authority', 'return_text_location'];
const schema = require('../schemas/driver-license');

/** Fields given a text location: the model's text fields but the license type, authority, scores and dates. */
const NOT_LOCATED = [
	'type',
	'issuing_authority',
	'accumulated_scores',
	'generation_date',
	'current_time',
];
const LOCATED = textFields(schema.RESULT).filter((f) => !NOT_LOCATED.includes(f));

function page(fields, body, info) {
	const out = { ...fields };
	if (body.return_issuing_authority !== true) delete out.issuing_authority;
	if (body.return_text_location === true)
		out.text_location = check.textLocation(LOCATED, out, info, {
			top: 0.05,
			step: 0.07,
			rowHeight: 0.05,
		});
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
	if (side === 'double_side') {
		if (!fixture.front || !fixture.back) throw new tools.OcrError('AIS.0104');
		const front = page(fixture.front, body, info);
		const back = page(fixture.back, body, info);
		return { type: front.type, front, back };
	}
	const fields = fixture[side];
	if (!fields) throw new tools.OcrError('AIS.0104');
	return page(fields, body, info);
}

module.exports = {
	name: 'driver-license',
	answer,
	check: schema.check,
	FIXTURES,
	FLAGS,
	SIDES: check.LICENCE_SIDES,
};
