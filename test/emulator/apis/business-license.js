'use strict';
/**
 * `POST /v2/{project_id}/ocr/business-license`, Huawei's Business License OCR, as the SDK models describe it:
 *   request  BusinessLicenseRequestBody { image | url } and nothing else
 *            huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/business_license_request_body.py
 *            @ 343a486b5c8ab656611159f314df6e575d0f6398 (Go model_business_license_request_body.go @ 1cd70eb6,
 *            Node.js BusinessLicenseRequestBody.ts @ b081640b: the same fields)
 *   result   BusinessLicenseResult { registration_number, name, type, address, legal_representative,
 *            registered_capital, organization_form, found_date, business_term, business_scope, issue_date: str;
 *            confidence: object } (business_license_result.py, same commits)
 * Formats: JPEG, PNG, BMP, TIFF and PDF (a multi-page PDF is read on page 1). Refusals (ocr_03_0028, ocr_03_0105):
 * AIS.0101 image and url both or neither, AIS.0102 another format, AIS.0103 a side outside 15-8192 pixels,
 * AIS.0104 not a business licence (no fixture) or a fixture that says so.
 */
const { FIXTURES } = require('./business-license.fixtures');

function isPdf(bytes) {
	return bytes.length >= 5 && bytes.toString('latin1', 0, 5) === '%PDF-';
}

/** Confidence of every field returned (free-form object in the SDK; 0-1 per the API page). */
function confidence(licence) {
	const out = {};
	for (const [i, field] of Object.keys(licence).entries())
		out[field] = Number((0.995 - i * 0.005).toFixed(4));
	return out;
}

async function answer(state, ctx, tools) {
	const body = tools.parseBody(ctx);
	const bytes = await tools.imageBytes(state, body);
	if (!isPdf(bytes)) {
		const info = tools.readImageInfo(bytes);
		if (!info || !info.width || !info.height) throw new tools.OcrError('AIS.0102');
		if (info.width < 15 || info.height < 15 || info.width > 8192 || info.height > 8192)
			throw new tools.OcrError('AIS.0103');
	}
	// A multi-page PDF: page 1 only. The marker stands for what page 1 shows.
	const id = tools.findMarker(bytes);
	const fixture = id !== undefined ? FIXTURES[id] : undefined;
	ctx.record.fixture = id;
	ctx.record.pdf = isPdf(bytes);
	ctx.record.bodyKeys = Object.keys(body).sort();
	if (!fixture) throw new tools.OcrError('AIS.0104');
	if (fixture.error) throw new tools.OcrError(fixture.error);
	return { ...fixture, confidence: confidence(fixture) };
}

module.exports = { name: 'business-license', answer, FIXTURES };
