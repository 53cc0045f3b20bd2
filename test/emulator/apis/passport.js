'use strict';
/**
 * `POST /v2/{project_id}/ocr/passport`, Huawei's Passport OCR, as the SDK models describe it:
 *   request  PassportRequestBody { image | url, country_code?: str }
 *            huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/passport_request_body.py
 *            at commit 343a486b5c8ab656611159f314df6e575d0f6398 (Go model_passport_request_body.go at commit 1cd70eb6,
 *            Node.js PassportRequestBody.ts at commit b081640b: the same fields)
 *   result   PassportResult: ../schemas/passport.js (passport_result.py, same commits)
 * country_code: absent → the fixture as it is; GENERAL → only what the machine-readable zone holds (the 7 key
 * fields of the API page ocr_03_0106, and the MRZ); CHN → every field, refused with AIS.0104 for a foreign
 * passport. Other values are refused with AIS.0101 (the SDK documents only these two).
 * date_of_issue is only returned for Chinese passports (the model's docstring).
 * Refusals (ocr_03_0028, ocr_03_0106): AIS.0101 bad parameter, AIS.0102 not JPEG/PNG/BMP/TIFF, AIS.0103 a side
 * outside 15–8192 px, AIS.0104 no passport (unknown image), a fixture's own error code.
 */
const { FIXTURES } = require('./passport.fixtures');
const check = require('./requestChecks');

const schema = require('../schemas/passport');

/** What the machine-readable zone holds: PassportResult's fields up to date_of_expiry (its first nine). */
const MRZ_FIELDS = schema.FIELDS.slice(0, schema.FIELDS.indexOf('date_of_expiry') + 1);
const MODES = ['GENERAL', 'CHN'];

/** The MRZ part of extra_info (keys of the fixture that hold it), for GENERAL mode. */
function mrzOnly(extra) {
	if (!extra) return undefined;
	const out = {};
	for (const [key, value] of Object.entries(extra)) if (/mrz|machine/i.test(key)) out[key] = value;
	return Object.keys(out).length ? out : undefined;
}

async function answer(state, ctx, tools) {
	const body = tools.parseBody(ctx);
	if (body.country_code !== undefined && !MODES.includes(body.country_code))
		throw new tools.OcrError(
			'AIS.0101',
			'The input parameter is invalid: country_code must be GENERAL or CHN.',
		);
	const bytes = await tools.imageBytes(state, body);
	check.imageSize(tools, bytes, { minSide: 15, maxSide: 8192 });
	ctx.record.request = check.requestFields(body);
	const fixture = check.markedFixture(tools, ctx, bytes, FIXTURES);
	let result = { ...fixture.result };
	if (body.country_code === 'CHN' && fixture.foreign) throw new tools.OcrError('AIS.0104');
	if (body.country_code === 'GENERAL') {
		result = Object.fromEntries(MRZ_FIELDS.filter((f) => f in result).map((f) => [f, result[f]]));
		const extra = mrzOnly(fixture.result.extra_info);
		if (extra) result.extra_info = extra;
	}
	const confidence = check.confidences(result, 0.99, 0.005, (value) => typeof value === 'string');
	return { ...result, confidence };
}

module.exports = { name: 'passport', answer, check: schema.check, FIXTURES, MRZ_FIELDS };
