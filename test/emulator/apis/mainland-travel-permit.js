'use strict';
/**
 * `POST /v2/{project_id}/ocr/mainland-travel-permit`, Huawei's Mainland Travel Permit OCR (港澳台居民来往内地
 * 通行证识别), as the SDK models describe it:
 *   request  MainlandTravelPermitRequestBody { image | url, return_portrait_image?: bool,
 *            return_portrait_location?: bool }
 *            huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 *            mainland_travel_permit_request_body.py at commit 343a486b5c8ab656611159f314df6e575d0f6398
 *   result   MainlandTravelPermitResult, MainlandTravelPermitConfidence (a float per field):
 *            ../schemas/mainland-travel-permit.js (mainland_travel_permit_result.py,
 *            mainland_travel_permit_confidence.py, same commit)
 * Refusals (error-code page ocr_03_0028 and the API page ocr_03_0141): AIS.0101 a bad parameter (image and
 * url both or neither, a flag that is not a boolean), AIS.0102 not a JPEG/PNG/BMP/TIFF image, AIS.0103 a side
 * outside 15-8192 pixels, AIS.0104 not a permit (no fixture), AIS.0105 a fixture that says so.
 */
const { makeImage } = require('../images');
const { FIXTURES } = require('./mainland-travel-permit.fixtures');
const check = require('./requestChecks');

const FLAGS = ['return_portrait_image', 'return_portrait_location'];
const schema = require('../schemas/mainland-travel-permit');

/** The fields MainlandTravelPermitConfidence scores. */
const SCORED = Object.keys(schema.CONFIDENCE);

let cachedPortrait;
const portraitBase64 = () =>
	(cachedPortrait ??= makeImage({ format: 'jpeg', width: 90, height: 110 }).toString('base64'));

async function answer(state, ctx, tools) {
	const body = tools.parseBody(ctx);
	check.boolFlags(tools, body, FLAGS);
	const bytes = await tools.imageBytes(state, body);
	const { width, height } = check.imageSize(tools, bytes, { minSide: 15, maxSide: 8192 });
	ctx.record.flags = Object.fromEntries(FLAGS.filter((f) => f in body).map((f) => [f, body[f]]));
	ctx.record.bodyKeys = Object.keys(body).sort();
	const permit = { ...check.markedFixture(tools, ctx, bytes, FIXTURES) };
	const front = permit.side !== 'back';
	// The photo is on the front only; Huawei sends the fields it was asked for, empty on the back.
	if (body.return_portrait_image === true) permit.portrait_image = front ? portraitBase64() : '';
	if (body.return_portrait_location === true)
		permit.portrait_location = front
			? [
					[Math.round(width * 0.05), Math.round(height * 0.25)],
					[Math.round(width * 0.3), Math.round(height * 0.25)],
					[Math.round(width * 0.3), Math.round(height * 0.8)],
					[Math.round(width * 0.05), Math.round(height * 0.8)],
				]
			: [];
	const scored = Object.fromEntries(SCORED.filter((f) => f in permit).map((f) => [f, permit[f]]));
	permit.confidence = check.confidences(scored, 0.99, 0.005, (v) => v !== '');
	return permit;
}

module.exports = { name: 'mainland-travel-permit', answer, check: schema.check, FIXTURES, FLAGS };
