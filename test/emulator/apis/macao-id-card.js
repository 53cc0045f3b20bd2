'use strict';
/**
 * `POST /v2/{project_id}/ocr/macao-id-card`, Huawei's Macao ID Card OCR, as the SDK models describe it:
 *   request  MacaoIdCardRequestBody { image | url, side?: front|back, return_portrait_image?: bool }
 *            huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/macao_id_card_request_body.py
 *            at commit 343a486b5c8ab656611159f314df6e575d0f6398
 *   result   MacaoIdCardResult: ../schemas/macao-id-card.js (macao_id_card_result.py, same commit)
 * side: absent or empty → Huawei tells the side (the fixture's); a side the photo does not show → AIS.0104
 * (the emulator's reading; the docs do not say). The portrait is on the front only.
 * Refusals (error-code page ocr_03_0028, API page ocr_03_0139): AIS.0101 a bad side or a flag that is not a
 * boolean, AIS.0102 not a JPEG/PNG/BMP/TIFF image, AIS.0103 a side outside 15-8192 pixels, AIS.0104 not a
 * card (no fixture), a fixture's own error (AIS.0105 recognition failed).
 */
const { FIXTURES } = require('./macao-id-card.fixtures');
const { makeImage } = require('../images');
const check = require('./requestChecks');
const schema = require('../schemas/macao-id-card');

const FLAGS = ['return_portrait_image'];
const SIDES = ['front', 'back'];

let portrait;
const portraitBase64 = () =>
	(portrait ??= makeImage({ format: 'jpeg', width: 120, height: 150 }).toString('base64'));

async function answer(state, ctx, tools) {
	const body = tools.parseBody(ctx);
	check.boolFlags(tools, body, FLAGS);
	if (body.side !== undefined && body.side !== '' && !SIDES.includes(body.side))
		throw new tools.OcrError(
			'AIS.0101',
			'The input parameter is invalid: side must be front or back.',
		);
	const bytes = await tools.imageBytes(state, body);
	check.imageSize(tools, bytes, { minSide: 15, maxSide: 8192 });
	ctx.record.request = check.requestFields(body);
	ctx.record.bodyKeys = Object.keys(body).sort();
	const fixture = check.markedFixture(tools, ctx, bytes, FIXTURES);
	if (body.side && body.side !== fixture.side) throw new tools.OcrError('AIS.0104');
	const result = { ...fixture };
	if (body.return_portrait_image === true && fixture.side === 'front')
		result.portrait_image = portraitBase64();
	const { side: _side, ...fields } = fixture;
	result.confidence = check.confidences(
		fields,
		0.99,
		0.01,
		(value) => typeof value === 'string' && value !== '',
	);
	return result;
}

module.exports = { name: 'macao-id-card', answer, check: schema.check, FIXTURES, FLAGS, SIDES };
