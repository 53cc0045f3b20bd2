'use strict';
/**
 * `POST /v2/{project_id}/ocr/vat-invoice`, Huawei's VAT Invoice OCR (增值税发票识别), as the SDK models describe it:
 *   request  VatInvoiceRequestBody { image | url, advanced_mode, return_text_location, page_num,
 *            ofd_to_image_mode } (huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 *            vat_invoice_request_body.py at commit 343a486b5c8ab656611159f314df6e575d0f6398)
 *   result   VatInvoiceResult, ItemList, BelongItemList, PassengerTravelItemList: ../schemas/vat-invoice.js
 *            (vat_invoice_result.py, item_list.py, belong_item_list.py, passenger_travel_item_list.py, same
 *            commit): strings, lists of strings (seals), item lists, sales_mark (bool), confidence and
 *            text_location (objects)
 * Formats (API page ocr_03_0019): JPEG, PNG, BMP, TIFF (each side 100-8192 pixels), PDF (page page_num, 1 by
 * default) and OFD. Refusals (ocr_03_0028): AIS.0101 a flag that is not a boolean, page_num not a positive
 * integer or past the PDF's last page; AIS.0102 another format; AIS.0103 a side out of range; AIS.0104 not an
 * invoice (no fixture) or a fixture that says so.
 * Behaviour: the advanced-only fields (ADVANCED_FIELDS of the fixtures, and the toll items' plate and dates)
 * only with advanced_mode; text_location (4 corners per field) only with return_text_location; the request's
 * options (everything but image/url) and the file's format are recorded (stats().requests[i].options, .format).
 */
const { FIXTURES, ADVANCED_FIELDS, ADVANCED_ITEM_FIELDS } = require('./vat-invoice.fixtures');
const check = require('./requestChecks');
const schema = require('../schemas/vat-invoice');

const BOOLEAN_FIELDS = ['advanced_mode', 'return_text_location', 'ofd_to_image_mode'];

function isOfd(bytes) {
	return bytes.length >= 30 && bytes.readUInt32BE(0) === 0x504b0304 && bytes.includes('OFD.xml');
}

function sniff(tools, bytes) {
	const info = tools.readImageInfo(bytes);
	if (info) return info;
	if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { format: 'pdf' };
	if (isOfd(bytes)) return { format: 'ofd' };
	return undefined;
}

function checkOptions(tools, body) {
	check.boolFlags(tools, body, BOOLEAN_FIELDS);
	if (body.page_num !== undefined && !(Number.isInteger(body.page_num) && body.page_num >= 1))
		throw new tools.OcrError(
			'AIS.0101',
			'The input parameter is invalid: page_num must be a positive integer.',
		);
}

function withoutAdvanced(invoice) {
	const out = { ...invoice };
	for (const field of ADVANCED_FIELDS) delete out[field];
	if (Array.isArray(out.item_list))
		out.item_list = out.item_list.map((item) => {
			const copy = { ...item };
			for (const field of ADVANCED_ITEM_FIELDS) delete copy[field];
			return copy;
		});
	return out;
}

async function answer(state, ctx, tools) {
	const { OcrError } = tools;
	const body = tools.parseBody(ctx);
	checkOptions(tools, body);
	const bytes = await tools.imageBytes(state, body);
	const info = sniff(tools, bytes);
	if (!info || !['jpeg', 'png', 'bmp', 'tiff', 'pdf', 'ofd'].includes(info.format))
		throw new OcrError('AIS.0102');
	let size = { width: 1800, height: 1100 };
	if (info.format !== 'pdf' && info.format !== 'ofd')
		size = check.imageSize(tools, bytes, { minSide: 100, maxSide: 8192 });
	ctx.record.options = check.requestFields(body);
	ctx.record.format = info.format;
	const fixture = check.markedFixture(tools, ctx, bytes, FIXTURES);
	const pages = fixture.pages || [fixture];
	const page = info.format === 'pdf' ? (body.page_num ?? 1) : 1;
	if (page > pages.length)
		throw new OcrError(
			'AIS.0101',
			`The input parameter is invalid: the PDF has ${pages.length} page(s).`,
		);
	const invoice = pages[page - 1];
	let result = { ...invoice };
	if (body.advanced_mode === true)
		result.confidence = check.confidences(
			withoutAdvanced(invoice),
			0.999,
			0.001,
			(v) => typeof v === 'string' && v !== '',
		);
	else result = withoutAdvanced(invoice);
	if (body.return_text_location === true)
		result.text_location = check.textLocation(
			Object.keys(result).filter((k) => typeof result[k] === 'string'),
			result,
			size,
			{ top: 0.02, step: 0.015, rowHeight: 0.012 },
		);
	return result;
}

module.exports = { name: 'vat-invoice', answer, check: schema.check, FIXTURES };
