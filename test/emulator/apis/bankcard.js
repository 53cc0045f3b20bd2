'use strict';
/**
 * `POST /v2/{project_id}/ocr/bankcard`, Huawei's Bank Card OCR, as the SDK models describe it:
 *   request  BankcardRequestBody  { image | url, return_text_location?: bool }
 *            huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/bankcard_request_body.py
 *            at commit 343a486b5c8ab656611159f314df6e575d0f6398 (Go model_bankcard_request_body.go at commit 1cd70eb6,
 *            Node.js BankcardRequestBody.ts at commit b081640b: the same fields)
 *   result   BankcardResult: ../schemas/bankcard.js (bankcard_result.py, same commits)
 * Refusals (error-code page ocr_03_0028 and the API page ocr_03_0104): AIS.0101 a bad parameter (image and url
 * both or neither, a flag that is not a boolean), AIS.0102 not a JPEG/PNG/BMP/TIFF image, AIS.0103 a side
 * outside 15-8192 pixels, AIS.0104 not a bank card (no fixture) or a fixture that says so.
 */
const { FIXTURES } = require('./bankcard.fixtures');
const check = require('./requestChecks');

const schema = require('../schemas/bankcard');

/** The card's text fields (BankcardResult's strings), each given a confidence and a text location. */
const FIELDS = schema.TEXT_FIELDS;
const FLAGS = ['return_text_location'];

async function answer(state, ctx, tools) {
	const body = tools.parseBody(ctx);
	check.boolFlags(tools, body, FLAGS);
	const bytes = await tools.imageBytes(state, body);
	const info = check.imageSize(tools, bytes, { minSide: 15, maxSide: 8192 });
	ctx.record.flags = Object.fromEntries(FLAGS.filter((f) => f in body).map((f) => [f, body[f]]));
	ctx.record.bodyKeys = Object.keys(body).sort();
	const fixture = check.markedFixture(tools, ctx, bytes, FIXTURES);
	const card = { ...fixture };
	// Confidence of every field returned (0-1 per the API page; typed object in the SDK).
	const result = { ...card, confidence: check.confidences(card, 0.99, 0.01) };
	if (body.return_text_location === true)
		// Four corner points per recognised field, laid out down the card (the model only says "object").
		result.text_location = check.textLocation(FIELDS, card, info, {
			top: 0.15,
			step: 0.15,
			rowHeight: 0.1,
			left: 0.08,
			right: 0.8,
		});
	return result;
}

module.exports = { name: 'bankcard', answer, check: schema.check, FIXTURES, FIELDS, FLAGS };
