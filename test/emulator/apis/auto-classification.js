'use strict';
/**
 * POST /v2/{project_id}/ocr/auto-classification (智能分类识别), answered after Huawei's SDK models:
 *   request  AutoClassificationRequestBody  huaweicloud-sdk-python-v3 at commit 343a486b
 *            huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/auto_classification_request_body.py
 *   result   list[AutoClassificationResult] (auto_classification_result.py): status (AutoClassificationResultStatus:
 *            error_code, error_msg), content (object), type (str), location (4 corners), seal_mark (with detect_seal)
 * Limits (model docstrings, API page ocr_03_0113): base64 ≤ 10 MB, each side 15–8192 px; JPEG/PNG/BMP/TIFF/PDF
 * and OFD (the request body docstring at commit 6c4df051: "OFD格式数据仅支持增值税发票服务": from an OFD only VAT
 * invoices are read). Huawei serves the API in cn-north-4 only: the emulator answers in any
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
 *     docstring says); it is recorded; only a licence's `side` is interpreted (which page is read);
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
const { FIXTURES: DRIVING_LICENCES } = require('./driver-license.fixtures');
const { FIXTURES: VEHICLE_LICENCES } = require('./vehicle-license.fixtures');
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

/**
 * TransportationLicenseResult fields (transportation_license_result.py, huaweicloud-sdk-python-v3 at commit 0d032bf5):
 * owner_name (业户名称), license_number (道路运输证号), vehicle_number (车辆号牌), vehicle_type, vehicle_weight,
 * vehicle_size, issuing_authority, issue_date, owner_address (业户地址), economic_type, business_certificate
 * (经营许可证号), business_scope. The owner is a person here (个体 carrier).
 */
const TRANSPORTATION_LICENCE = {
	owner_name: '赵六',
	license_number: '110108012345',
	vehicle_number: '京A12345',
	vehicle_type: '重型栏板货车',
	vehicle_weight: '10吨',
	vehicle_size: '9980×2500×3200mm',
	issuing_authority: '北京市交通委员会运输管理局',
	issue_date: '2021-03-15',
	owner_address: '北京市海淀区中关村南大街5号院3号楼201',
	economic_type: '个体',
	business_certificate: '京交运管许可货字110108001234号',
	business_scope: '道路普通货物运输',
};

/**
 * MvsInvoiceResult fields (mvs_invoice_result.py, same commit), a sale to a private buyer: buyer_name,
 * buyer_organization_number (购买方身份证号码/组织机构代码: his ID number), engine_number,
 * vehicle_identification_number (the VIN), seller fields of a dealer.
 */
const MVS_INVOICE = {
	code: '111001924071',
	number: '00412345',
	machine_printed_code: '111001924071',
	machine_printed_number: '00412345',
	issue_date: '2024年06月18日',
	machine_number: '499912345678',
	buyer_name: '孙七',
	buyer_organization_number: makeIdNumber('110105', '1985-11-02', 37),
	buyer_id: '',
	seller_name: '北京某某汽车销售服务有限公司',
	seller_phone: '010-88886666',
	seller_id: '91110105MA01ABCD2X',
	seller_account: '0200001234567890123',
	seller_address: '北京市朝阳区东四环中路9号',
	seller_bank: '中国工商银行北京朝阳支行',
	vehicle_type: '轿车',
	brand_model: '大众汽车牌FV7160FBMBG',
	manufacturing_location: '长春',
	quality_certificate: 'WAC071234567890',
	import_certificate: '',
	inspection_number: '',
	engine_number: 'DJS654321',
	vehicle_identification_number: 'LFV2A21K6G3123456',
	tonnage: '',
	seating_capacity: '5',
	tax_authority: '国家税务总局北京市朝阳区税务局',
	tax_authority_code: '11105000000',
	tax_payment_receipt: '',
	tax_rate: '13%',
	tax: '¥17,256.64',
	tax_exclusive_price: '¥132,743.36',
	total: '¥150,000.00',
	total_chinese: '壹拾伍万元整',
	fiscal_code: '',
};

/**
 * VatInvoiceResult fields (vat_invoice_result.py, same commit) of an e-invoice, the one type Huawei reads from
 * an OFD file here (the request body docstring: "OFD格式数据仅支持增值税发票服务").
 */
const VAT_INVOICE = {
	title: '北京增值税电子普通发票',
	type: 'electronic',
	serial_number: '',
	code: '011002100111',
	check_code: '12345678901234567890',
	number: '12345678',
	issue_date: '2024年05月06日',
	buyer_name: '周八',
	buyer_id: '',
	buyer_address: '',
	buyer_bank: '',
	seller_name: '北京某某科技有限公司',
	seller_id: '91110108MA01WXYZ3K',
	seller_address: '北京市海淀区中关村大街1号 010-66668888',
	seller_bank: '招商银行北京分行 110912345610101',
	subtotal_amount: '¥88.50',
	subtotal_tax: '¥11.50',
	total: '¥100.00',
	total_in_words: '壹佰圆整',
	remarks: '',
	receiver: '',
	reviewer: '',
	issuer: '吴九',
	item_list: [],
};

/**
 * A licence whose page Huawei reads follows extended_parameters.<type>.side, as the dedicated API's `side`
 * does (absent → front; double_side → both pages in `front` and `back`). The pages are those of the driving
 * and vehicle licence APIs' fixtures (DriverLicenseBack / VehicleLicenseBack fields).
 */
const LICENCE_PAGES = {
	driver_license: DRIVING_LICENCES['dl-zhangsan'],
	vehicle_license: VEHICLE_LICENCES['vl-zhangsan'],
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
	// a driving and a vehicle licence whose page follows the request (LICENCE_PAGES)
	'licence-pages': {
		pages: [
			[
				{
					type: 'driver_license',
					sides: LICENCE_PAGES.driver_license,
					location: box(40, 40, 880, 600),
				},
				{
					type: 'vehicle_license',
					sides: LICENCE_PAGES.vehicle_license,
					location: box(980, 40, 880, 600),
				},
			],
		],
	},
	// a transportation licence and a vehicle sales invoice of private persons (types without a resource)
	'transport-and-car-sale': {
		pages: [
			[
				{
					type: 'transportation_license',
					content: TRANSPORTATION_LICENCE,
					location: box(40, 40, 900, 620),
				},
				{ type: 'mvs_invoice', content: MVS_INVOICE, location: box(40, 700, 1800, 900) },
			],
		],
	},
	// an e-invoice, sent as an OFD file (makeOfd) or as a photo
	'vat-invoice': {
		pages: [[{ type: 'vat_invoice', content: VAT_INVOICE, location: box(0, 0, 1800, 1100) }]],
	},
};

/** An OFD file: a ZIP (PK\3\4) holding OFD.xml (GB/T 33190), found by its name in the ZIP headers. */
function isOfd(bytes) {
	return bytes.readUInt32BE(0) === 0x504b0304 && bytes.includes(Buffer.from('OFD.xml', 'latin1'));
}

function sniff(tools, bytes) {
	const info = tools.readImageInfo(bytes);
	if (info) return info;
	if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { format: 'pdf' };
	if (bytes.length >= 30 && isOfd(bytes)) return { format: 'ofd' };
	return undefined;
}

/** The fields of a licence document at the side its extended parameters ask for (see LICENCE_PAGES). */
function licenceContent(tools, sides, parameters) {
	const side = parameters && parameters.side !== undefined ? parameters.side : 'front';
	if (!['front', 'back', 'double_side'].includes(side))
		throw new tools.OcrError('AIS.0101', 'The input parameter is invalid: side.');
	if (side === 'double_side')
		return { type: sides.front.type, front: { ...sides.front }, back: { ...sides.back } };
	return { ...sides[side] };
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
	// OFD: VAT invoices only (the request body docstring)
	const documents = fixture.pages[page - 1].filter(
		(d) =>
			(!wanted || wanted.includes(d.type)) && (info.format !== 'ofd' || d.type === 'vat_invoice'),
	);
	if (documents.length === 0) throw new OcrError('AIS.0104');
	const extended = body.extended_parameters || {};
	return documents.map((d) => {
		const content = d.sides ? licenceContent(tools, d.sides, extended[d.type]) : { ...d.content };
		const entry = {
			status: d.status ? { ...d.status } : { ...OK },
			content: d.status ? {} : content,
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
	TRANSPORTATION_LICENCE,
	MVS_INVOICE,
	VAT_INVOICE,
	LICENCE_PAGES,
};
