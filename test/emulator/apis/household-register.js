'use strict';
/**
 * POST /v2/{project_id}/ocr/household-register (户口本识别), answered after Huawei's SDK models (the node's
 * Household Register resource; Other OCR API reaches it too):
 *   request  HouseholdRegisterRequestBody { image | url } (no other field)  huaweicloud-sdk-python-v3 at commit
 *            343a486b huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/household_register_request_body.py
 *   result   list[HouseholdRegisterResult] (recognize_household_register_response.py), HouseholdRegisterResult
 *            and HouseholdRegisterContent: ../schemas/household-register.js (household_register_result.py,
 *            household_register_content.py; the last five content fields only on the home page, 首页).
 * Limits from the request model's docstring and the API page ocr_03_0171: each side 15–8192 px;
 * JPEG/JPG/PNG/BMP/TIFF; several pages in one image ("支持多页同时识别") → one entry each, side by side.
 * Refusals (error-code page ocr_03_0028): AIS.0102 not a readable image, AIS.0103 a side outside 15–8192 px,
 * AIS.0104 no household register (no fixture), a fixture's own error (AIS.0105...).
 *
 * Fixtures: ./household-register.fixtures.js (`household-page` is one registration page; `hr-family` a home
 * page and three members...).
 */
const { FIXTURES } = require('./household-register.fixtures');
const check = require('./requestChecks');
const schema = require('../schemas/household-register');

/** The pages side by side across the image, each with its four corners. */
function location(index, count, { width, height }) {
	const w = Math.floor(width / count);
	const x0 = index * w + Math.round(w * 0.03);
	const x1 = (index + 1) * w - Math.round(w * 0.03);
	const y0 = Math.round(height * 0.03);
	const y1 = height - y0;
	return [
		[x0, y0],
		[x1, y0],
		[x1, y1],
		[x0, y1],
	];
}

async function answer(state, ctx, tools) {
	const body = tools.parseBody(ctx);
	const bytes = await tools.imageBytes(state, body);
	const info = check.imageSize(tools, bytes, { minSide: 15, maxSide: 8192 });
	ctx.record.options = check.requestFields(body);
	ctx.record.bodyKeys = Object.keys(body).sort();
	const fixture = check.markedFixture(tools, ctx, bytes, FIXTURES);
	return fixture.pages.map((page, index) => {
		const { type, content, ...extra } = page;
		return {
			type,
			location: location(index, fixture.pages.length, info),
			content: { ...content },
			// a confidence for every field read (the model: dict(str, float), 0-1)
			confidence: check.confidences(content, 0.98, 0.01, (value) => value !== ''),
			...extra,
		};
	});
}

module.exports = { name: 'household-register', answer, check: schema.check, FIXTURES };
