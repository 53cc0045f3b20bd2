import {
	checkBusinessLicense,
	codeFormat,
	organizationCheckCharacter,
	readBusinessTerm,
	usccCheckCharacter,
} from '../../nodes/HuaweiCloudOcr/helpers/businessLicense/checks';
import {
	maskBusinessLicense,
	maskCreditCode,
} from '../../nodes/HuaweiCloudOcr/helpers/businessLicense/masking';
import { shapeBusinessLicense } from '../../nodes/HuaweiCloudOcr/helpers/businessLicense/shape';

const TODAY = '2026-11-24';

/*
 * Real unified social credit codes, as the companies publish them (and the national enterprise credit
 * information system shows them). Hand check of the first one (GB 32100-2015):
 *   9 1 4 4 0 3 0 0 1 9 2 2 0 3 8 2 1 · 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28
 *   = 9+3+36+108+0+78+0+0+20+261+50+26+0+72+80+60+28 = 831; 831 mod 31 = 25; 31 − 25 = 6 → '6' ✓
 *   organisation code 19220382-1 (GB 11714-1997): 1·3+9·7+2·9+2·10+0·5+3·8+8·4+2·2 = 164; 164 mod 11 = 10;
 *   11 − 10 = 1 → '1' ✓
 */
const REAL_CODES = [
	['914403001922038216', 'Huawei Technologies Co., Ltd. (华为技术有限公司)'],
	[
		'91440300708461136T',
		'Shenzhen Tencent Computer Systems Co., Ltd. (深圳市腾讯计算机系统有限公司)',
	],
	['91110108551385082Q', 'Beijing Xiaomi Technology Co., Ltd. (北京小米科技有限责任公司)'],
	['91330100799655058B', 'Alibaba (China) Co., Ltd. (阿里巴巴（中国）有限公司)'],
];

const licence = (extra = {}) => ({
	registration_number: '914403001922038216',
	name: '示例公司',
	found_date: '1987年09月15日',
	business_term: '1987年09月15日至长期',
	issue_date: '2021年06月18日',
	...extra,
});

describe('unified social credit code (GB 32100-2015)', () => {
	it.each(REAL_CODES)('%s (%s) has the right check character and organisation code', (code) => {
		expect(usccCheckCharacter(code)).toBe(code[17]);
		expect(organizationCheckCharacter(code.slice(8, 17))).toBe(code[16]);
		expect(codeFormat(code)).toBe('uscc18');
		const checks = checkBusinessLicense(licence({ registration_number: code }), TODAY);
		expect(checks).toMatchObject({ check_character_valid: true, organization_code_valid: true });
	});

	it('every other check character is refused (914403001922038216 with its last character changed)', () => {
		for (const c of '0123456789ABCDEFGHJKLMNPQRTUWXY'.replace('6', '')) {
			const checks = checkBusinessLicense(
				licence({ registration_number: `91440300192203821${c}` }),
				TODAY,
			);
			expect(checks.check_character_valid).toBe(false);
			expect(checks.failures).toContain(
				'unified social credit code check character is wrong (GB 32100-2015)',
			);
		}
	});

	it('the fixture codes, hand-checked; organisation checks 11 and 10 are written 0 and X', () => {
		// 91440300MA5D12340D is hand-checked in test/emulator/apis/business-license.fixtures.js (sum 1444 → D).
		expect(usccCheckCharacter('91440300MA5D12340D')).toBe('D');
		// Organisation code MA5D1234: 352 mod 11 = 0 → 11 → written '0'.
		expect(organizationCheckCharacter('MA5D1234')).toBe('0');
		// Organisation code MA1H2468: 397 mod 11 = 1 → 10 → written 'X'.
		expect(organizationCheckCharacter('MA1H2468')).toBe('X');
	});

	it('a right USCC check over a wrong organisation code still fails (91440300MA5D12345W)', () => {
		const checks = checkBusinessLicense(
			licence({ registration_number: '91440300MA5D12345W' }),
			TODAY,
		);
		expect(checks).toMatchObject({ check_character_valid: true, organization_code_valid: false });
		expect(checks.passed).toBe(false);
	});

	it('letters I, O, S, V, Z are not in the alphabet; 15 digits is an old registration number', () => {
		expect(codeFormat('91440300MA5D1234OD')).toBe('invalid');
		expect(codeFormat('440301103456789')).toBe('registration15');
		expect(codeFormat('')).toBe('missing');
		const old = checkBusinessLicense(licence({ registration_number: '440301103456789' }), TODAY);
		expect(old.code_format).toBe('registration15');
		expect(old.failures.join(' ')).toMatch(/15-digit registration number of an old license/);
		// Lower case and spaces as OCR may return them are read as the printed code.
		expect(
			checkBusinessLicense(licence({ registration_number: '91440300 1922038216' }), TODAY)
				.check_character_valid,
		).toBe(true);
	});
});

describe('dates and business term', () => {
	it('a good licence passes', () => {
		expect(checkBusinessLicense(licence(), TODAY)).toMatchObject({
			passed: true,
			failures: [],
			found_date_valid: true,
			issue_date_valid: true,
			business_term_valid: true,
			long_term: true,
			term_expired: false,
		});
	});

	it('found_date must be a real date, not in the future', () => {
		const unreal = checkBusinessLicense(
			licence({
				found_date: '2019年02月29日',
				business_term: '长期',
				issue_date: '2020年01月06日',
			}),
			TODAY,
		);
		expect(unreal.found_date_valid).toBe(false);
		expect(unreal.failures).toEqual(['found_date is not a real date']);
		const future = checkBusinessLicense(
			licence({ found_date: '2026-11-25', business_term: '长期', issue_date: '' }),
			TODAY,
		);
		expect(future.failures).toEqual(['found_date is in the future']);
		// 2020 is a leap year.
		expect(
			checkBusinessLicense(
				licence({ found_date: '2020年02月29日', business_term: '长期', issue_date: '' }),
				TODAY,
			).found_date_valid,
		).toBe(true);
	});

	it('issue_date: real, not in the future, not before founding', () => {
		expect(checkBusinessLicense(licence({ issue_date: '1980年01月01日' }), TODAY).failures).toEqual(
			['issue_date is before found_date (a license is issued on or after founding)'],
		);
	});

	it.each([
		['2010年05月20日至2040年05月19日', { start: '2010-05-20', end: '2040-05-19', longTerm: false }],
		['自2016年3月8日至长期', { start: '2016-03-08', end: null, longTerm: true }],
		['2016-03-08 至 长期', { start: '2016-03-08', end: null, longTerm: true }],
		['长期', { start: null, end: null, longTerm: true }],
		['2016年03月08日至永久', { start: '2016-03-08', end: null, longTerm: true }],
		['十年', null],
	])('business term %s', (text, term) => {
		expect(readBusinessTerm(text)).toEqual(term);
	});

	it('a term that ends before it starts, or has ended, fails', () => {
		const reversed = checkBusinessLicense(
			licence({
				found_date: '2012年07月01日',
				business_term: '2032年06月30日至2012年07月01日',
				issue_date: '',
			}),
			TODAY,
		);
		expect(reversed.business_term_valid).toBe(false);
		expect(reversed.failures).toContain('business term ends before it starts');
		const ended = checkBusinessLicense(
			licence({
				found_date: '2000年01月01日',
				business_term: '2000年01月01日至2020年12月31日',
				issue_date: '',
			}),
			TODAY,
		);
		expect(ended).toMatchObject({ business_term_valid: true, term_expired: true });
		expect(ended.failures).toEqual(['business term ended on 2020-12-31']);
	});
});

describe('business licence masking', () => {
	it('credit code keeps authority, type, region and the last 2 characters', () => {
		expect(maskCreditCode('914403001922038216')).toBe('91440300********16');
		expect(maskCreditCode('440301103456789')).toBe('440301*******89');
		expect(maskCreditCode(maskCreditCode('914403001922038216'))).toBe('91440300********16');
	});

	it('mask and drop', () => {
		const json = {
			registration_number: '914403001922038216',
			name: '示例公司',
			address: '广东省深圳市南山区科技南路18号',
			legal_representative: '欧阳明华',
		};
		expect(maskBusinessLicense(json, 'mask')).toEqual({
			registration_number: '91440300********16',
			name: '示例公司',
			address: expect.stringMatching(/^广东省深圳市南山区…$/),
			legal_representative: '欧**华',
		});
		expect(maskBusinessLicense(json, 'drop')).toEqual({
			registration_number: '91440300********16',
			name: '示例公司',
		});
	});

	it('the checks are computed on the unmasked licence', () => {
		const shaped = shapeBusinessLicense(licence(), { masking: 'mask', today: TODAY });
		expect(shaped.json.registration_number).toBe('91440300********16');
		expect(shaped.checks.check_character_valid).toBe(true);
		expect(shaped.json.checks).toBe(shaped.checks);
	});
});

describe('business license masking fails closed on odd shapes (maskNamedFields)', () => {
	it('a legal representative or address that is not text is masked as text or removed, never passed', () => {
		const json = {
			registration_number: 440301103456789,
			legal_representative: ['王小明'],
			address: { line: '广东省深圳市龙岗区坂田街道1号' },
		};
		expect(maskBusinessLicense(json, 'mask')).toEqual({
			registration_number: '440301*******89',
			legal_representative: ['王*明'],
		});
		expect(maskBusinessLicense(json, 'drop')).toEqual({ registration_number: '440301*******89' });
	});
});
