import * as businessLicense from '../../nodes/HuaweiCloudOcr/helpers/businessLicense/checks';
import * as creditCode from '../../nodes/HuaweiCloudOcr/helpers/shared/creditCode';
import { checkVatInvoice, taxpayerId } from '../../nodes/HuaweiCloudOcr/helpers/vatInvoice/checks';
import {
	isOrganizationName,
	maskAccountDigits,
	maskVatInvoice,
} from '../../nodes/HuaweiCloudOcr/helpers/vatInvoice/masking';
import { formatFen, parseAmountFen } from '../../nodes/HuaweiCloudOcr/helpers/vatInvoice/money';

const { FIXTURES } = require('../emulator/apis/vat-invoice.fixtures');

const TODAY = '2026-11-24';

describe('amounts to the fen (helpers/vatInvoice/money.ts)', () => {
	it.each([
		['¥1,234.56', 123456],
		['￥1,234.56', 123456],
		['1234.56', 123456],
		['¥ 88.5', 8850],
		['100', 10000],
		['100元', 10000],
		['(小写)¥1,000.00', 100000],
		['-¥12.00', -1200],
		['¥-12.00', -1200],
		['－12.30', -1230],
		['１２.３０', 1230],
		['12,345,678.90', 1234567890],
		['0.10', 10],
		['¥3.300', 330],
		[12.5, 1250],
	])('%p is %p fen', (text, fen) => {
		expect(parseAmountFen(text)).toBe(fen);
	});

	it.each([
		['¥1,23.45'],
		['1,2345.00'],
		['12.345'],
		['--12.00'],
		['-¥-12.00'],
		['¥'],
		[''],
		['壹佰圆整'],
		['12.3.4'],
		[null],
		[{}],
		['99999999999999999999.00'],
	])('%p is not an amount to the fen (null, never guessed)', (text) => {
		expect(parseAmountFen(text)).toBeNull();
	});

	it('adds in whole fen: 0.10 + 0.20 = 0.30 and 1.10 + 2.20 = 3.30 exactly, where floats drift', () => {
		expect(0.1 + 0.2 === 0.3).toBe(false);
		expect(1.1 + 2.2 === 3.3).toBe(false);
		expect(parseAmountFen('¥0.10') + parseAmountFen('¥0.20')).toBe(parseAmountFen('¥0.30'));
		expect(parseAmountFen('¥1.10') + parseAmountFen('¥2.20')).toBe(parseAmountFen('¥3.30'));
		const checks = checkVatInvoice(
			{
				...FIXTURES['vat-special'],
				subtotal_amount: '¥1.10',
				subtotal_tax: '¥2.20',
				total: '¥3.30',
				item_list: [],
			},
			TODAY,
		);
		expect(checks.amounts_add_up).toBe(true);
	});

	it('formats fen as yuan for messages', () => {
		expect([formatFen(130863), formatFen(-1200), formatFen(5)]).toEqual([
			'1308.63',
			'-12.00',
			'0.05',
		]);
	});
});

describe('unified social credit codes (GB 32100-2015, helpers/shared/creditCode.ts)', () => {
	/*
	 * Hand checks (values 0-9, A10 B11 C12 D13 E14 F15 G16 H17 J18 K19 L20 M21 N22 P23 Q24 R25 T26 U27 W28 X29
	 * Y30; weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28; check = (31 − sum mod 31) mod 31):
	 *   914403001922038216 (华为技术有限公司, published): 9+3+36+108+0+78+0+0+20+261+50+26+0+72+80+60+28 = 831;
	 *     831 mod 31 = 25; 31 − 25 = 6 → '6' ✓
	 *   91440300MA5D12340D: 9+3+36+108+0+78+0+0+420+290+125+169+8+48+30+120+0 = 1444; 1444 mod 31 = 18; → 13 'D' ✓
	 *   91310115MA1H2468XE: 9+3+27+27+0+26+16+85+420+290+25+221+16+96+60+240+812 = 2373; mod 31 = 17 → 14 'E' ✓
	 *   91110108551385082Q (北京小米科技有限责任公司, published): 9+3+9+27+0+26+0+136+100+145+25+39+64+120+0+240+56
	 *     = 999; 999 mod 31 = 7; 31 − 7 = 24 → 'Q' ✓
	 */
	it.each(['914403001922038216', '91440300MA5D12340D', '91310115MA1H2468XE', '91110108551385082Q'])(
		'%s is valid',
		(code) => {
			expect(creditCode.isValidUscc(code)).toBe(true);
			expect(taxpayerId(code)).toEqual({ format: 'uscc18', valid: true });
		},
	);

	it.each([
		['914403001922038217', 'uscc18', 'last character 7, 6 expected'],
		['91310115MA1H2468XF', 'uscc18', 'F, E expected'],
		['91440300MA5D12340E', 'uscc18', 'E, D expected'],
		['91110108MA01WXYZ3K', 'invalid', 'Z is not in the alphabet'],
		['91440300MA5D1234OD', 'invalid', 'O is not in the alphabet'],
		['9144030019220382', 'invalid', '16 characters'],
		['4403001234567', 'invalid', '13 digits'],
	])('%s is refused as %s (%s)', (code, format) => {
		expect(creditCode.isValidUscc(code)).toBe(false);
		expect(taxpayerId(code)).toEqual({ format, valid: false });
	});

	it('a resident ID number with a right check character is a private party (110101199003070118: 158 mod 11 = 4 → 8)', () => {
		expect(taxpayerId('110101199003070118')).toEqual({ format: 'id_number', valid: true });
		expect(taxpayerId('110101199003070119')).toEqual({ format: 'uscc18', valid: false });
		expect(taxpayerId('')).toEqual({ format: 'missing', valid: null });
	});

	it('the business license and the VAT invoice use the one shared check', () => {
		expect(businessLicense.usccCheckCharacter).toBe(creditCode.usccCheckCharacter);
		expect(businessLicense.normalizeCode).toBe(creditCode.normalizeCode);
		expect(businessLicense.codeFormat('91440300MA5D12340D')).toBe('uscc18');
	});
});

describe('checkVatInvoice', () => {
	it('a classic special invoice: 10-digit code, 8-digit number, amounts and items add up', () => {
		expect(checkVatInvoice(FIXTURES['vat-special'], TODAY)).toEqual({
			passed: true,
			failures: [],
			missing_fields: [],
			kind: 'classic',
			code_valid: true,
			number_valid: true,
			issue_date_valid: true,
			amounts_add_up: true,
			items_add_up: true,
			buyer_id_format: 'uscc18',
			buyer_id_valid: true,
			seller_id_format: 'uscc18',
			seller_id_valid: true,
		});
	});

	it('without a type, a 20-digit number and no code is read as a fully digital invoice', () => {
		const { type, ...rest } = FIXTURES['vat-fully-digital'];
		expect(type).toBeDefined();
		expect(checkVatInvoice(rest, TODAY)).toMatchObject({ passed: true, kind: 'fully_digital' });
	});

	it('a classic invoice without a code fails; a normal invoice to a person needs no buyer ID, a special one does', () => {
		const noCode = checkVatInvoice({ ...FIXTURES['vat-special'], code: '' }, TODAY);
		expect(noCode.failures).toContain(
			'code is missing (a VAT invoice other than a fully digital one has a code)',
		);
		const normal = { ...FIXTURES['vat-electronic-private'], buyer_id: '' };
		expect(checkVatInvoice(normal, TODAY)).toMatchObject({
			passed: true,
			buyer_id_format: 'missing',
		});
		expect(checkVatInvoice({ ...normal, type: 'special_electronic' }, TODAY).failures).toContain(
			'buyer_id is missing',
		);
	});

	it('missing number, issue date, total and seller ID are reported', () => {
		const checks = checkVatInvoice({ type: 'normal', code: '044032100104' }, TODAY);
		expect(checks.missing_fields).toEqual(['number', 'issue_date', 'total', 'seller_id']);
		expect(checks.passed).toBe(false);
	});

	it('a tax-free invoice (*** or 免税 as the tax, of the items and the total) counts zero tax', () => {
		const invoice = {
			...FIXTURES['vat-electronic-private'],
			subtotal_tax: '***',
			total: '¥88.50',
			item_list: [
				{ ...FIXTURES['vat-electronic-private'].item_list[0], tax_rate: '免税', tax: '***' },
			],
		};
		const checks = checkVatInvoice(invoice, TODAY);
		expect(checks).toMatchObject({ passed: true, amounts_add_up: true, items_add_up: true });
	});

	it('the messages never quote names, IDs or addresses', () => {
		const checks = checkVatInvoice(
			{ ...FIXTURES['vat-electronic-private'], buyer_id: '11010119900307011Z', seller_id: 'ABC' },
			TODAY,
		);
		const text = checks.failures.join(' ');
		for (const value of ['11010119900307011Z', 'ABC', '张三', '南池子'])
			expect(text).not.toContain(value);
	});
});

describe('masking helpers', () => {
	it.each([
		['深圳市示例云科技有限公司', true],
		['中国工商银行股份有限公司北京分行', true],
		['北京市海淀区张三小吃店', true],
		['上海示例贸易有限公司（分公司）', true],
		['Huawei Technologies Co., Ltd.', true],
		['张三', false],
		['欧阳明华', false],
		['Marco', false],
		['李店', false],
		['', false],
	])('%p is an organization name: %p', (name, expected) => {
		expect(isOrganizationName(name)).toBe(expected);
	});

	it('bank accounts keep the bank and the last 4 digits', () => {
		expect(maskAccountDigits('招商银行北京分行 110912345610101')).toBe(
			'招商银行北京分行 ***********0101',
		);
		expect(maskAccountDigits('工行 6222 0212 3456 7890')).toBe('工行 **** **** **** 7890');
	});

	it('an item or travel entry that is not an object is removed in mask mode (fails closed)', () => {
		const json = maskVatInvoice(
			{
				item_list: ['粤B12345', { name: 'x', license_plate_number: '粤B12345' }],
				passenger_travel_item_list: 'x',
			},
			'mask',
		);
		expect(json.item_list).toEqual([{ name: 'x', license_plate_number: '粤B*****' }]);
		expect(json.passenger_travel_item_list).toEqual([]);
	});
});
