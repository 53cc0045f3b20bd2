'use strict';
/**
 * POST /v2/{project_id}/ocr/auto-classification (智能分类识别), answered after Huawei's SDK models:
 *   request  AutoClassificationRequestBody  huaweicloud-sdk-python-v3 at commit 343a486b
 *            huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/auto_classification_request_body.py
 *   result   list[AutoClassificationResult] (auto_classification_result.py): status (AutoClassificationResultStatus:
 *            error_code, error_msg), content (object), type (str), location (4 corners), seal_mark (with detect_seal)
 * Limits (model docstrings, API page ocr_03_0113): base64 ≤ 10 MB, each side 15–8192 px; JPEG/PNG/BMP/TIFF/PDF
 * (OFD: VAT invoices only; not emulated). Huawei serves the API in cn-north-4 only: the emulator answers in any
 * region of its accounts (the node refuses other regions itself unless the credential sets an OCR endpoint).
 *
 * Behaviour:
 *   - one photo → the fixture's documents, in its order; a document Huawei could not read keeps its place with
 *     its own status (error_code/error_msg) and an empty content, inside a 200 answer (billing counts only the
 *     others, per the SDK method docstring);
 *   - status of a read document: { error_code: '0', error_msg: 'success' } — the success values are not
 *     documented anywhere found (the node treats a missing, '0' or 'AIS.0000' code as success);
 *   - type_list keeps only those types (a type not in Huawei's list → AIS.0101); nothing left → AIS.0104;
 *   - extended_parameters must be an object keyed by known types, each an object (else AIS.0101, as the
 *     docstring says); it is recorded, not interpreted;
 *   - detect_seal adds seal_mark to every document;
 *   - a PDF reads page pdf_page_number (1 by default) of its fixture; past the end → AIS.0101;
 *   - an image without a known fixture → AIS.0104 (no document found);
 *   - the request's options (everything but image/url) are recorded (stats().requests[i].options).
 *
 * `content` is an untyped object in the SDK; the emulator fills it with the dedicated API's result fields
 * (IdCardResult, BankcardResult, DriverLicenseResult), which is what the node assumes.
 * Business licences are NOT among the types Huawei documents for this API (the 16 keys of the
 * extended_parameters docstring, the 17 kinds of the API page's table 1), so the emulator never returns one:
 * the supplier-onboarding photos (fixture ids of ./business-license.fixtures.js, so that the business-license
 * API reads the licence in the same file) only yield the legal representative's ID card here.
 */
const { FIXTURES: ID_CARDS } = require('../fixtures');
const { makeIdNumber, withWrongCheck } = require('../idnumber');
const check = require('./requestChecks');

/** The 16 type keys of the extended_parameters docstring (auto_classification_request_body.py). */
const TYPES = [
	'vat_invoice',
	'quota_invoice',
	'taxi_invoice',
	'train_ticket',
	'flight_itinerary',
	'toll_invoice',
	'mvs_invoice',
	'id_card',
	'passport',
	'driver_license',
	'vehicle_license',
	'transportation_license',
	'bankcard',
	'bus_ship_ticket',
	'ride_hailing_itinerary',
	'machine_printed_invoice',
];
const OK = { error_code: '0', error_msg: 'success' };

function box(x, y, w, h) {
	return [
		[x, y],
		[x + w, y],
		[x + w, y + h],
		[x, y + h],
	];
}

const ZHANGSAN = ID_CARDS['front-zhangsan'].front;
const LINA = ID_CARDS['front-lina-x'].front;
const WANGWU = ID_CARDS['front-bad-checksum'].front;

/** BankcardResult fields (bankcard_result.py). 6222021234567890128: Luhn check digit 8 (see the tests). */
const BANK_CARD = {
	bank_name: '中国工商银行',
	card_number: '6222021234567890128',
	issue_date: '',
	expiry_date: '12/29',
	type: '借记卡',
};

/** DriverLicenseResult fields (driver_license_result.py); the number is 李娜娜's ID number. */
const DRIVING_LICENCE = {
	type: 'normal',
	number: LINA.number,
	name: LINA.name,
	sex: LINA.sex,
	nationality: '中国',
	address: LINA.address,
	birth: LINA.birth,
	issue_date: '2015-08-10',
	class: 'C1',
	valid_from: '2021-08-10',
	valid_to: '2031-08-10',
	issuing_authority: '北京市公安局公安交通管理局',
};

/**
 * The legal representatives of the licences of ./business-license.fixtures.js, as their ID cards read
 * (IdCardResult front fields). 李建国: 440305 (Shenzhen Nanshan) 1975-04-12, sequence 031 (odd: a man), check
 * character computed (GB 11643; verified in test/emulator/auto-classification.test.js). 欧阳明华: the same rule
 * with sequence 053, then the check character deliberately wrong.
 */
const REPRESENTATIVES = {
	'licence-company': {
		name: '李建国',
		sex: '男',
		birth: '1975-04-12',
		ethnicity: '汉',
		address: '广东省深圳市南山区科技南路18号',
		number: makeIdNumber('440305', '1975-04-12', 31),
	},
	'licence-fixed-term': {
		name: '欧阳明华',
		sex: '男',
		birth: '1968-09-23',
		ethnicity: '汉',
		address: '上海市浦东新区张江路88号',
		number: withWrongCheck(makeIdNumber('310115', '1968-09-23', 53)),
	},
};

/** FIXTURES: id → { pages: [[document...], ...] } (one page for images). */
const FIXTURES = {
	// three documents read and one Huawei could not read (the engine test's photo)
	'several-documents': {
		pages: [
			[
				{ type: 'id_card', content: ZHANGSAN, location: box(40, 40, 860, 540), seal: false },
				{ type: 'bankcard', content: BANK_CARD, location: box(980, 40, 860, 540), seal: false },
				{
					type: 'driver_license',
					content: DRIVING_LICENCE,
					location: box(40, 640, 880, 600),
					seal: true,
				},
				{
					type: 'vehicle_license',
					status: {
						error_code: 'AIS.0104',
						error_msg: 'The image is not supported or the image quality is poor.',
					},
					location: box(980, 640, 880, 600),
					seal: false,
				},
			],
		],
	},
	// an ID card whose check character is wrong, with a second valid one
	'two-id-cards': {
		pages: [
			[
				{ type: 'id_card', content: WANGWU, location: box(40, 40, 860, 540) },
				{ type: 'id_card', content: LINA, location: box(980, 40, 860, 540) },
			],
		],
	},
	// a document type the node has no rules for: passed through, with an unknown field
	'taxi-receipt': {
		pages: [
			[
				{
					type: 'taxi_invoice',
					content: {
						code: '111001981234',
						number: '12345678',
						date: '2024-05-06',
						total: '35.00',
						future_field: 'kept',
					},
					location: box(40, 40, 400, 900),
				},
			],
		],
	},
	// supplier onboarding (examples/05): a photo of the business licence 'licence-company' (read by the
	// business-license API) beside its legal representative's ID card (the only document classified here)
	'licence-company': {
		pages: [
			[
				{
					type: 'id_card',
					content: REPRESENTATIVES['licence-company'],
					location: box(1300, 40, 860, 540),
					seal: false,
				},
			],
		],
	},
	// a two-page PDF: page 1 the licence 'licence-fixed-term' (nothing classified), page 2 the ID card
	'licence-fixed-term': {
		pages: [
			[],
			[
				{
					type: 'id_card',
					content: REPRESENTATIVES['licence-fixed-term'],
					location: box(20, 20, 430, 270),
					seal: false,
				},
			],
		],
	},
	'nothing-found': { pages: [[]] },
};

function sniff(tools, bytes) {
	const info = tools.readImageInfo(bytes);
	if (info) return info;
	if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { format: 'pdf' };
	return undefined;
}

function checkOptions(tools, body) {
	const { OcrError } = tools;
	const known = TYPES;
	if (body.type_list !== undefined) {
		if (
			!Array.isArray(body.type_list) ||
			body.type_list.some((t) => typeof t !== 'string' || !known.includes(t))
		)
			throw new OcrError(
				'AIS.0101',
				'The input parameter is invalid: type_list must list supported types.',
			);
	}
	if (body.extended_parameters !== undefined) {
		const ext = body.extended_parameters;
		const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
		if (!isObject(ext) || Object.entries(ext).some(([k, v]) => !known.includes(k) || !isObject(v)))
			throw new OcrError(
				'AIS.0101',
				'The input parameter is invalid: extended_parameters must map supported types to their parameters.',
			);
	}
	check.boolFlags(tools, body, ['detect_seal']);
	check.pdfPageParam(tools, body);
}

async function answer(state, ctx, tools) {
	const { OcrError } = tools;
	const body = tools.parseBody(ctx);
	checkOptions(tools, body);
	const bytes = await tools.imageBytes(state, body);
	const info = sniff(tools, bytes);
	if (!info) throw new OcrError('AIS.0102');
	const { width, height } = info;
	if (
		width !== undefined &&
		height !== undefined &&
		(Math.min(width, height) < 15 || Math.max(width, height) > 8192)
	)
		throw new OcrError('AIS.0103');
	const { image, url, ...options } = body;
	ctx.record.options = options;
	const id = tools.findMarker(bytes);
	ctx.record.fixture = id;
	const fixture = id !== undefined ? FIXTURES[id] : undefined;
	if (!fixture) throw new OcrError('AIS.0104');
	const page = info.format === 'pdf' ? Number(body.pdf_page_number ?? 1) : 1;
	if (page > fixture.pages.length)
		throw new OcrError(
			'AIS.0101',
			`The input parameter is invalid: the PDF has ${fixture.pages.length} page(s).`,
		);
	const wanted = body.type_list && body.type_list.length ? body.type_list : undefined;
	const documents = fixture.pages[page - 1].filter((d) => !wanted || wanted.includes(d.type));
	if (documents.length === 0) throw new OcrError('AIS.0104');
	return documents.map((d) => {
		const entry = {
			status: d.status ? { ...d.status } : { ...OK },
			content: d.status ? {} : { ...d.content },
			type: d.type,
			location: d.location,
		};
		if (body.detect_seal === true) entry.seal_mark = d.seal === true;
		return entry;
	});
}

module.exports = {
	name: 'auto-classification',
	answer,
	FIXTURES,
	TYPES,
	BANK_CARD,
	DRIVING_LICENCE,
	REPRESENTATIVES,
};
