'use strict';
/**
 * VAT invoices the emulator's `vat-invoice` API knows, by fixture id (embedded in the image, PDF or OFD: ../images.js
 * makeImage / makeOfd `marker`, ./general-text.js makePdf). Each entry is the VatInvoiceResult Huawei would answer
 * with advanced_mode on (its fields and types: ../schemas/vat-invoice.js; the module removes the advanced-only
 * fields when advanced_mode is off), `{ pages: [...] }` for a PDF of several pages, or
 * `{ error }` for a picture Huawei refuses.
 *
 * The companies, people, addresses and accounts are invented. Hand checks:
 *   credit codes (GB 32100-2015; values 0-9, A10 B11 C12 D13 E14 F15 G16 H17 J18 K19 L20 M21 N22 P23 Q24 R25 T26
 *   U27 W28 X29 Y30; weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28; check = 31 − sum mod 31):
 *     91440300MA5D12340D  9+3+36+108+0+78+0+0+420+290+125+169+8+48+30+120+0 = 1444; 1444 mod 31 = 18; 31−18 = 13 'D' ✓
 *     91310115MA1H2468XE  9+3+27+27+0+26+16+85+420+290+25+221+16+96+60+240+812 = 2373; mod 31 = 17; 31−17 = 14 'E' ✓
 *     91310115MA1H2468XF  the second with F (15) instead of E ✗
 *   ID number (GB 11643-1999; weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2; check '10X98765432'[sum mod 11]):
 *     110101199003070118  7+9+0+5+0+4+2+9+54+0+0+27+0+35+0+4+2 = 158; 158 mod 11 = 4 → '8' ✓ (a private buyer)
 *   amounts (fen): special 123456 + 7407 = 130863 ✓; items 100000 + 23456 = 123456 ✓, 6000 + 1407 = 7407 ✓;
 *     electronic 8850 + 1150 = 10000 ✓; fully digital 94340 + 5660 = 100000 ✓ (items 94340, 5660 ✓);
 *     bad-total: 130863 ≠ 130864 ✗ (one fen off)
 *   fully digital number 24442000000123456789: 20 digits, digits 1-2 '24' = issue year 2024 ✓
 */

const SPECIAL = {
	title: '广东增值税专用发票',
	type: 'special',
	invoice_tag: '',
	serial_number: '第二联：抵扣联',
	attribution: '广东',
	supervision_seal: ['全国统一发票监制章', '国家税务总局广东省税务局'],
	code: '4403211130',
	print_code: '4403211130',
	machine_number: '661234567890',
	print_number: '08361025',
	check_code: '',
	number: '08361025',
	issue_date: '2024年05月06日',
	encryption_block: '03*6<+>9/1-+<<2>5*0+46>8/1<4-+*>>3<6*0/+7-2<<41*>9+',
	buyer_name: '深圳市示例云科技有限公司',
	buyer_id: '91440300MA5D12340D',
	buyer_address: '深圳市南山区粤海街道科技南路18号 0755-86001234',
	buyer_bank: '招商银行深圳科技园支行 755912345610101',
	seller_name: '上海示例贸易有限公司',
	seller_id: '91310115MA1H2468XE',
	seller_address: '上海市浦东新区张江路88号3幢501室 021-58001234',
	seller_bank: '中国工商银行上海张江支行 1001234509000123456',
	subtotal_amount: '¥1,234.56',
	subtotal_tax: '¥74.07',
	total: '¥1,308.63',
	total_in_words: '壹仟叁佰零捌圆陆角叁分',
	remarks: '合同号HT-2024-018 联系人手机13912345678',
	receiver: '陈小红',
	reviewer: '王建军',
	issuer: '欧阳明华',
	seller_seal: ['上海示例贸易有限公司', '91310115MA1H2468XE', '发票专用章'],
	item_list: [
		{
			name: '*信息技术服务*软件开发服务',
			specification: 'V2.0',
			unit: '项',
			quantity: '1',
			unit_price: '1000.00',
			amount: '1000.00',
			tax_rate: '6%',
			tax: '60.00',
		},
		{
			name: '*信息技术服务*技术咨询',
			specification: '',
			unit: '次',
			quantity: '2',
			unit_price: '117.28',
			amount: '234.56',
			tax_rate: '6%',
			tax: '14.07',
		},
	],
	province: '广东省',
	city: '深圳市',
	total_pages: '1',
	current_page: '1',
	sales_mark: false,
};

/** An e-invoice to a private buyer (张三, with his ID number as the buyer's taxpayer ID). */
const ELECTRONIC_PRIVATE = {
	title: '广东增值税电子普通发票',
	type: 'electronic',
	serial_number: '',
	code: '044032100111',
	machine_number: '661234567891',
	check_code: '12345678901234567890',
	number: '12345678',
	issue_date: '2024年05月06日',
	encryption_block: '',
	buyer_name: '张三',
	buyer_id: '110101199003070118',
	buyer_address: '北京市东城区东华门街道南池子大街5号 13800138000',
	buyer_bank: '',
	seller_name: '上海示例贸易有限公司',
	seller_id: '91310115MA1H2468XE',
	seller_address: '上海市浦东新区张江路88号3幢501室 021-58001234',
	seller_bank: '中国工商银行上海张江支行 1001234509000123456',
	subtotal_amount: '¥88.50',
	subtotal_tax: '¥11.50',
	total: '¥100.00',
	total_in_words: '壹佰圆整',
	remarks: '',
	receiver: '陈小红',
	reviewer: '',
	issuer: '王建军',
	item_list: [
		{
			name: '*日用杂品*收纳箱',
			specification: 'L',
			unit: '个',
			quantity: '1',
			unit_price: '88.50',
			amount: '88.50',
			tax_rate: '13%',
			tax: '11.50',
		},
	],
	province: '广东省',
	city: '深圳市',
	sales_mark: false,
};

/** A fully digital invoice (数电票) for passenger transport: no code, a 20-digit number, the travelers listed. */
const FULLY_DIGITAL = {
	title: '电子发票（普通发票）',
	type: 'fully_digitalized_normal_electronic',
	invoice_tag: '旅客运输服务',
	sum_amount: '¥943.40',
	sum_tax: '¥56.60',
	code: '',
	number: '24442000000123456789',
	issue_date: '2024年11月15日',
	buyer_name: '深圳市示例云科技有限公司',
	buyer_id: '91440300MA5D12340D',
	seller_name: '上海示例贸易有限公司',
	seller_id: '91310115MA1H2468XE',
	subtotal_amount: '¥943.40',
	subtotal_tax: '¥56.60',
	total: '¥1,000.00',
	total_in_words: '壹仟圆整',
	remarks: '',
	issuer: '王建军',
	item_list: [
		{
			name: '*运输服务*客运服务费',
			specification: '',
			unit: '次',
			quantity: '1',
			unit_price: '943.40',
			amount: '943.40',
			tax_rate: '6%',
			tax: '56.60',
		},
	],
	passenger_travel_item_list: [
		{
			traveler_name: '李娜娜',
			id_number: '110101199003070118',
			travel_date: '2024-11-10',
			departure_location: '深圳',
			arrival_location: '上海',
			class: '二等座',
			transportation_type: '火车',
		},
	],
	sales_mark: false,
};

/** A toll e-invoice: the items carry the vehicle's plate and the travel dates (advanced_mode). */
const TOLL = {
	...ELECTRONIC_PRIVATE,
	title: '广东通行费电子普票',
	type: 'toll',
	invoice_tag: '通行费',
	code: '044032100112',
	subtotal_amount: '¥97.09',
	subtotal_tax: '¥2.91',
	total: '¥100.00',
	item_list: [
		{
			name: '*经营租赁*通行费',
			specification: '',
			unit: '次',
			quantity: '1',
			unit_price: '97.09',
			license_plate_number: '粤B12345',
			amount: '97.09',
			tax_rate: '3%',
			tax: '2.91',
			end_date: '20240505',
			start_date: '20240505',
			vehicle_type: '客车',
		},
	],
};

/** A sales list (销货清单) of the special invoice: the belong_* fields. */
const SALES_LIST = {
	belong_buyer_name: '深圳市示例云科技有限公司',
	belong_seller_name: '上海示例贸易有限公司',
	belong_vat_code: '4403211130',
	belong_number: '08361025',
	belong_pages: '1',
	belong_current_page: '1',
	belong_remarks: '',
	belong_issue_date: '2024年05月06日',
	sales_mark: true,
	belong_sum_amount: '¥1,234.56',
	belong_sum_tax: '¥74.07',
	belong_subtotal_amount: '¥1,234.56',
	belong_subtotal_tax: '¥74.07',
	belong_discount_amount: '',
	belong_discount_tax: '',
	belong_item_list: [
		{
			name: '*信息技术服务*软件开发服务',
			item_number: '1',
			specification: 'V2.0',
			unit: '项',
			quantity: '1',
			unit_price: '1000.00',
			amount: '1000.00',
			tax_rate: '6%',
			tax: '60.00',
		},
	],
};

const FIXTURES = {
	'vat-special': SPECIAL,
	'vat-electronic-private': ELECTRONIC_PRIVATE,
	'vat-fully-digital': FULLY_DIGITAL,
	'vat-toll': TOLL,
	'vat-sales-list': SALES_LIST,
	'vat-bad-total': { ...SPECIAL, total: '¥1,308.64' },
	'vat-unreadable-amount': { ...SPECIAL, subtotal_amount: '¥1,23.456' },
	'vat-bad-items': { ...SPECIAL, item_list: [SPECIAL.item_list[0]] },
	'vat-bad-seller-code': { ...SPECIAL, seller_id: '91310115MA1H2468XF' },
	'vat-bad-buyer-id': { ...SPECIAL, buyer_id: '4403001234567' },
	'vat-missing-buyer-id': { ...SPECIAL, buyer_id: '' },
	'vat-bad-code': { ...SPECIAL, code: '440321113' },
	'vat-special-12-digit-code': { ...SPECIAL, code: '044032100111' },
	'vat-normal-12-digit-code': {
		...SPECIAL,
		title: '广东增值税普通发票',
		type: 'normal',
		code: '044032100104',
	},
	'vat-bad-number': { ...SPECIAL, number: '0836102' },
	'vat-digital-with-code': { ...FULLY_DIGITAL, code: '044032100111' },
	'vat-digital-wrong-year': { ...FULLY_DIGITAL, number: '23442000000123456789' },
	'vat-digital-short-number': { ...FULLY_DIGITAL, number: '2444200000012345678' },
	// 2023 is not a leap year: no 29 February.
	'vat-unreal-date': { ...SPECIAL, issue_date: '2023年02月29日' },
	'vat-future-date': { ...SPECIAL, issue_date: '2099年01月01日' },
	// A newer answer with fields the SDK model does not have yet.
	'vat-future-fields': {
		...SPECIAL,
		buyer_phone: '13912345678',
		agent_name: '赵六',
		invoice_source: '电子税务局',
	},
	'vat-pdf-two-pages': { pages: [SPECIAL, ELECTRONIC_PRIVATE] },
	'vat-unreadable': { error: 'AIS.0104' },
};

/** Fields Huawei returns only with advanced_mode (the model docstrings), at the top level and in item_list. */
const ADVANCED_FIELDS = [
	'invoice_tag',
	'serial_number',
	'attribution',
	'supervision_seal',
	'print_code',
	'machine_number',
	'print_number',
	'total_in_words',
	'remarks',
	'receiver',
	'reviewer',
	'issuer',
	'seller_seal',
	'confidence',
];
const ADVANCED_ITEM_FIELDS = ['license_plate_number', 'end_date', 'start_date', 'vehicle_type'];

/**
 * The files of e2e workflow 14 (test/e2e/workflows/14-vat-invoices.json): file → fixture; the PDF holds two
 * invoices, one per page (read with PDF Pages: All Pages).
 */
const E2E_FILES = {
	'1-special.jpg': 'vat-special',
	'2-fully-digital.jpg': 'vat-fully-digital',
	'3-bad-total.jpg': 'vat-bad-total',
	'4-two-pages.pdf': 'vat-pdf-two-pages',
};

/** Those files as bytes (JPEG 1600×1000, or a 2-page PDF), for test/e2e/lib/environment.js. */
function e2ePhotos() {
	const { makeImage } = require('../images');
	const { makePdf } = require('./general-text');
	return Object.fromEntries(
		Object.entries(E2E_FILES).map(([file, id]) => [
			file,
			file.endsWith('.pdf')
				? makePdf(id, 2)
				: makeImage({ format: 'jpeg', width: 1600, height: 1000, marker: id }),
		]),
	);
}

module.exports = { FIXTURES, ADVANCED_FIELDS, ADVANCED_ITEM_FIELDS, E2E_FILES, e2ePhotos };
