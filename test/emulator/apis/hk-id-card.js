'use strict';
/**
 * `POST /v2/{project_id}/ocr/hk-id-card`, Huawei's Hong Kong ID Card OCR, as the SDK models describe it:
 *   request  HkIdCardRequestBody { image | url, return_portrait_image?: bool, return_portrait_location?: bool }
 *            huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/hk_id_card_request_body.py
 *            at commit 343a486b5c8ab656611159f314df6e575d0f6398
 *   result   HkIdCardResult: ../schemas/hk-id-card.js (hk_id_card_result.py, same commit)
 * Refusals (error-code page ocr_03_0028, API page ocr_03_0138): AIS.0101 a flag that is not a boolean,
 * AIS.0102 not a JPEG/PNG/BMP/TIFF image, AIS.0103 a side outside 15-8192 pixels, AIS.0104 not a card (no
 * fixture), a fixture's own error (AIS.0105 recognition failed).
 */
const { FIXTURES } = require('./hk-id-card.fixtures');
const { makeImage } = require('../images');
const check = require('./requestChecks');
const schema = require('../schemas/hk-id-card');

const FLAGS = ['return_portrait_image', 'return_portrait_location'];

let portrait;
const portraitBase64 = () =>
	(portrait ??= makeImage({ format: 'jpeg', width: 120, height: 150 }).toString('base64'));

async function answer(state, ctx, tools) {
	const body = tools.parseBody(ctx);
	check.boolFlags(tools, body, FLAGS);
	const bytes = await tools.imageBytes(state, body);
	const info = check.imageSize(tools, bytes, { minSide: 15, maxSide: 8192 });
	ctx.record.request = check.requestFields(body);
	ctx.record.bodyKeys = Object.keys(body).sort();
	const fixture = check.markedFixture(tools, ctx, bytes, FIXTURES);
	const result = { ...fixture };
	if (body.return_portrait_location === true) {
		// the photo sits on the card's left, under the header (made-up geometry; the model only says int[][])
		const x0 = Math.round(info.width * 0.06);
		const x1 = Math.round(info.width * 0.36);
		const y0 = Math.round(info.height * 0.3);
		const y1 = Math.round(info.height * 0.9);
		result.portrait_location = [
			[x0, y0],
			[x1, y0],
			[x1, y1],
			[x0, y1],
		];
	}
	if (body.return_portrait_image === true) result.portrait_image = portraitBase64();
	result.confidence = check.confidences(
		fixture,
		0.99,
		0.01,
		(value) => typeof value === 'string' && value !== '',
	);
	return result;
}

module.exports = { name: 'hk-id-card', answer, check: schema.check, FIXTURES, FLAGS };
