'use strict';
/**
 * `POST /v2/{project_id}/ocr/business-license`, Huawei's Business License OCR, as the SDK models describe it:
 *   request  BusinessLicenseRequestBody { image | url } and nothing else
 *            huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/business_license_request_body.py
 *            at commit 343a486b5c8ab656611159f314df6e575d0f6398 (Go model_business_license_request_body.go at commit 1cd70eb6,
 *            Node.js BusinessLicenseRequestBody.ts at commit b081640b: the same fields)
 *   result   BusinessLicenseResult: ../schemas/business-license.js (business_license_result.py, same commits)
 * Formats: JPEG, PNG, BMP, TIFF and PDF (a multi-page PDF is read on page 1). Refusals (ocr_03_0028, ocr_03_0105):
 * AIS.0101 image and url both or neither, AIS.0102 another format, AIS.0103 a side outside 15-8192 pixels,
 * AIS.0104 not a business licence (no fixture) or a fixture that says so.
 */
const { FIXTURES } = require('./business-license.fixtures');
const check = require('./requestChecks');
const schema = require('../schemas/business-license');

function isPdf(bytes) {
	return bytes.length >= 5 && bytes.toString('latin1', 0, 5) === '%PDF-';
}

async function answer(state, ctx, tools) {
	const body = tools.parseBody(ctx);
	const bytes = await tools.imageBytes(state, body);
	if (!isPdf(bytes)) {
		check.imageSize(tools, bytes, { minSide: 15, maxSide: 8192 });
	}
	// A multi-page PDF: page 1 only. The marker stands for what page 1 shows.
	ctx.record.pdf = isPdf(bytes);
	ctx.record.bodyKeys = Object.keys(body).sort();
	const fixture = check.markedFixture(tools, ctx, bytes, FIXTURES);
	// Confidence of every field returned (free-form object in the SDK; 0-1 per the API page).
	return { ...fixture, confidence: check.confidences(fixture, 0.995, 0.005) };
}

module.exports = { name: 'business-license', answer, check: schema.check, FIXTURES };
