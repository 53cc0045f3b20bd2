'use strict';
/**
 * `POST /v2/{project_id}/ocr/bankcard`, Huawei's Bank Card OCR, as the SDK models describe it:
 *   request  BankcardRequestBody  { image | url, return_text_location?: bool }
 *            huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/bankcard_request_body.py
 *            @ 343a486b5c8ab656611159f314df6e575d0f6398 (Go model_bankcard_request_body.go @ 1cd70eb6,
 *            Node.js BankcardRequestBody.ts @ b081640b: the same fields)
 *   result   BankcardResult { bank_name, card_number, issue_date, expiry_date, type: str; confidence,
 *            text_location: object } (bankcard_result.py, same commits)
 * Refusals (error-code page ocr_03_0028 and the API page ocr_03_0104): AIS.0101 a bad parameter (image and url
 * both or neither, a flag that is not a boolean), AIS.0102 not a JPEG/PNG/BMP/TIFF image, AIS.0103 a side
 * outside 15-8192 pixels, AIS.0104 not a bank card (no fixture) or a fixture that says so.
 */
const { FIXTURES } = require('./bankcard.fixtures');

const FIELDS = ['bank_name', 'card_number', 'issue_date', 'expiry_date', 'type'];
const FLAGS = ['return_text_location'];

/** Four corner points per recognised field, laid out down the card (the model only says "object"). */
function textLocation(card, width, height) {
	const out = {};
	FIELDS.filter((f) => card[f]).forEach((field, i) => {
		const top = Math.round(height * (0.15 + 0.15 * i));
		const bottom = top + Math.round(height * 0.1);
		const left = Math.round(width * 0.08);
		const right = Math.round(width * 0.8);
		out[field] = [
			[left, top],
			[right, top],
			[right, bottom],
			[left, bottom],
		];
	});
	return out;
}

/** Confidence of every field returned (0-1 per the API page; typed object in the SDK). */
function confidence(card) {
	const out = {};
	for (const [i, field] of Object.keys(card).entries())
		out[field] = Number((0.99 - i * 0.01).toFixed(4));
	return out;
}

async function answer(state, ctx, tools) {
	const body = tools.parseBody(ctx);
	for (const flag of FLAGS) {
		if (body[flag] !== undefined && typeof body[flag] !== 'boolean')
			throw new tools.OcrError(
				'AIS.0101',
				`The input parameter is invalid: ${flag} must be a boolean.`,
			);
	}
	const bytes = await tools.imageBytes(state, body);
	const info = tools.readImageInfo(bytes);
	if (!info || !info.width || !info.height) throw new tools.OcrError('AIS.0102');
	if (info.width < 15 || info.height < 15 || info.width > 8192 || info.height > 8192)
		throw new tools.OcrError('AIS.0103');
	const id = tools.findMarker(bytes);
	const fixture = id !== undefined ? FIXTURES[id] : undefined;
	ctx.record.fixture = id;
	ctx.record.flags = Object.fromEntries(FLAGS.filter((f) => f in body).map((f) => [f, body[f]]));
	ctx.record.bodyKeys = Object.keys(body).sort();
	if (!fixture) throw new tools.OcrError('AIS.0104');
	if (fixture.error) throw new tools.OcrError(fixture.error);
	const card = { ...fixture };
	const result = { ...card, confidence: confidence(card) };
	if (body.return_text_location === true)
		result.text_location = textLocation(card, info.width, info.height);
	return result;
}

module.exports = { name: 'bankcard', answer, FIXTURES, FIELDS, FLAGS };
