import {
	checkDigitMatches,
	findMrz,
	mrzCheckDigit,
	readTd3,
} from '../../nodes/HuaweiCloudOcr/helpers/passport/mrz';
import {
	checkPassport,
	passportDate,
	passportSex,
} from '../../nodes/HuaweiCloudOcr/helpers/passport/checks';
import { maskPassport } from '../../nodes/HuaweiCloudOcr/helpers/passport/masking';

const {
	MRZ1,
	SPECIMEN_MRZ2,
	VALID_MRZ2,
	BAD_CHECK_MRZ2,
} = require('../emulator/apis/passport.fixtures');

const TODAY = '2026-11-24';

/*
 * ICAO Doc 9303 part 4 Appendix A specimen (Utopia, ERIKSSON ANNA MARIA), line 2:
 *   L898902C3 6 UTO 740812 2 F 120415 9 ZE184226B<<<<< 1 0
 * By hand (values: digits as such, A=10 … Z=35, < = 0; weights 7 3 1 repeated; sum mod 10):
 *   L898902C3: 21·7+8·3+9·1+8·7+9·3+0·1+2·7+12·3+3·1 = 147+24+9+56+27+0+14+36+3 = 316 → 6
 *   740812:    7·7+4·3+0·1+8·7+1·3+2·1 = 49+12+0+56+3+2 = 122 → 2
 *   120415:    1·7+2·3+0·1+4·7+1·3+5·1 = 7+6+0+28+3+5 = 49 → 9
 *   ZE184226B<<<<<: 35·7+14·3+1·1+8·7+4·3+2·1+2·7+6·3+11·1 = 245+42+1+56+12+2+14+18+11 = 401 → 1
 *   composite over "L898902C36"+"7408122"+"1204159ZE184226B<<<<<1": 880 → 0
 */
describe('ICAO 9303 check digits', () => {
	it('computes the specimen digits worked out by hand above', () => {
		expect(mrzCheckDigit('L898902C3')).toBe(6);
		expect(mrzCheckDigit('740812')).toBe(2);
		expect(mrzCheckDigit('120415')).toBe(9);
		expect(mrzCheckDigit('ZE184226B<<<<<')).toBe(1);
		expect(mrzCheckDigit('L898902C36' + '7408122' + '1204159ZE184226B<<<<<1')).toBe(0);
		expect(mrzCheckDigit('340415')).toBe(9); // 21+12+0+28+3+5 = 69
		expect(mrzCheckDigit('L898902C36' + '7408122' + '3404159ZE184226B<<<<<1')).toBe(6); // 896
	});
	it('refuses characters the MRZ cannot hold, and a filler only where allowed', () => {
		expect(mrzCheckDigit('L8989-2C3')).toBeNull();
		expect(checkDigitMatches('<<<<<<<<<<<<<<', '<', true)).toBe(true);
		expect(checkDigitMatches('<<<<<<<<<<<<<<', '<')).toBe(false);
		expect(checkDigitMatches('L898902C3', '7')).toBe(false);
	});
	it('reads the specimen: every check digit right', () => {
		const { fields, checks } = readTd3(MRZ1, SPECIMEN_MRZ2);
		expect(fields).toMatchObject({
			documentCode: 'P',
			issuingState: 'UTO',
			surname: 'ERIKSSON',
			givenNames: 'ANNA MARIA',
			number: 'L898902C3',
			birth: '740812',
			sex: 'F',
			expiry: '120415',
			optionalData: 'ZE184226B',
		});
		expect(Object.values(checks).every(Boolean)).toBe(true);
	});
	it('a wrong number check digit fails the number and the composite', () => {
		const { checks } = readTd3(MRZ1, BAD_CHECK_MRZ2);
		expect(checks).toMatchObject({
			number_check_digit_valid: false,
			birth_check_digit_valid: true,
			expiry_check_digit_valid: true,
			composite_check_digit_valid: false,
		});
	});
});

describe('findMrz', () => {
	it('finds the MRZ as an array, as two rows, as two keys, or anywhere in extra_info', () => {
		expect(findMrz({ extra_info: { machine_code: [MRZ1, VALID_MRZ2] } })).toMatchObject({
			source: 'extra_info.machine_code',
			line2: VALID_MRZ2,
		});
		expect(findMrz({ mrz: `${MRZ1}\n${VALID_MRZ2}` })?.source).toBe('mrz');
		expect(
			findMrz({ extra_info: { machine_code1: MRZ1, machine_code2: VALID_MRZ2 } })?.source,
		).toBe('extra_info.machine_code1+machine_code2');
		expect(findMrz({ extra_info: { x: { a: MRZ1, b: VALID_MRZ2 } } })?.source).toBe(
			'extra_info.x.a+b',
		);
		expect(findMrz({ passport_number: 'E12345678', extra_info: {} })).toBeNull();
	});
});

describe('passport dates and sex', () => {
	it('reads ISO, printed and YYMMDD dates', () => {
		expect(passportDate('1974-08-12', 'birth', TODAY)).toBe('1974-08-12');
		expect(passportDate('12 AUG 1974', 'birth', TODAY)).toBe('1974-08-12');
		expect(passportDate('12 8月/AUG 1974', 'birth', TODAY)).toBe('1974-08-12');
		expect(passportDate('740812', 'birth', TODAY)).toBe('1974-08-12');
		expect(passportDate('100812', 'birth', TODAY)).toBe('2010-08-12');
		expect(passportDate('340415', 'expiry', TODAY)).toBe('2034-04-15');
		expect(passportDate('1974-02-30', 'birth', TODAY)).toBeNull();
	});
	it('reads the sex in English or Chinese', () => {
		expect(passportSex('F')).toBe('F');
		expect(passportSex('男/M')).toBe('M');
		expect(passportSex('FEMALE')).toBe('F');
		expect(passportSex('X')).toBeNull();
	});
});

const anna = (overrides = {}) => ({
	passport_type: 'P',
	country_code: 'UTO',
	passport_number: 'L898902C3',
	nationality: 'UTO',
	surname: 'ERIKSSON',
	given_name: 'ANNA MARIA',
	sex: 'F',
	date_of_birth: '1974-08-12',
	date_of_expiry: '2034-04-15',
	extra_info: { machine_code: [MRZ1, VALID_MRZ2] },
	...overrides,
});

describe('checkPassport', () => {
	it('passes a sound passport whose MRZ agrees with the printed fields', () => {
		const checks = checkPassport(anna(), TODAY);
		expect(checks).toMatchObject({
			passed: true,
			failures: [],
			mrz_found: true,
			mrz_format_valid: true,
			number_check_digit_valid: true,
			composite_check_digit_valid: true,
			number_matches_mrz: true,
			birth_matches_mrz: true,
			expiry_matches_mrz: true,
			sex_matches_mrz: true,
			expired: false,
		});
	});
	it('the ICAO specimen itself has expired (2012-04-15)', () => {
		const checks = checkPassport(
			anna({ date_of_expiry: '2012-04-15', extra_info: { mrz: [MRZ1, SPECIMEN_MRZ2] } }),
			TODAY,
		);
		expect(checks.expired).toBe(true);
		expect(checks.failures).toEqual(['passport expired on 2012-04-15']);
	});
	it('reports printed fields that differ from the MRZ, without quoting them', () => {
		const checks = checkPassport(anna({ passport_number: 'L898902C4', sex: 'M' }), TODAY);
		expect(checks).toMatchObject({
			passed: false,
			number_matches_mrz: false,
			sex_matches_mrz: false,
		});
		expect(checks.failures).toEqual([
			'passport_number differs from the MRZ',
			'sex differs from the MRZ',
		]);
		expect(JSON.stringify(checks)).not.toContain('L898902C4');
	});
	it('without an MRZ, the MRZ checks are not checked (null), not failed', () => {
		const checks = checkPassport(anna({ extra_info: { CHN: { name: '张三' } } }), TODAY);
		expect(checks).toMatchObject({
			passed: true,
			mrz_found: false,
			mrz_source: null,
			mrz_format_valid: null,
			number_matches_mrz: null,
		});
		expect(checks.number_check_digit_valid).toBeUndefined();
		expect(checks.not_checked[0]).toMatch(/no machine-readable zone/);
	});
	it('a malformed MRZ and missing fields fail', () => {
		const checks = checkPassport(
			{ extra_info: { machine_code: [MRZ1, VALID_MRZ2.slice(0, 40)] } },
			TODAY,
		);
		expect(checks.mrz_format_valid).toBe(false);
		expect(checks.missing_fields).toEqual(['passport_number', 'date_of_birth', 'date_of_expiry']);
		expect(checks.passed).toBe(false);
	});
});

describe('maskPassport', () => {
	const json = { ...anna(), checks: { passed: true } };
	it('masks the number, names, birth date and the MRZ', () => {
		const masked = /** @type {Record<string, any>} */ (
			maskPassport(json, 'mask', 'extra_info.machine_code')
		);
		expect(masked).toMatchObject({
			passport_number: 'L8*****C3',
			surname: 'E******N',
			given_name: 'A********A',
			date_of_birth: '1974',
			date_of_expiry: '2034-04-15',
			sex: 'F',
		});
		expect(masked.extra_info.machine_code[0]).toBe(`P<UTO${'*'.repeat(39)}`);
		expect(masked.extra_info.machine_code[1]).toBe('*'.repeat(44));
		expect(maskPassport(masked, 'mask', 'extra_info.machine_code')).toEqual(masked);
		expect(json.passport_number).toBe('L898902C3'); // a copy
	});
	it('drops them', () => {
		const dropped = maskPassport(json, 'drop', 'extra_info.machine_code');
		for (const key of ['passport_number', 'surname', 'given_name', 'date_of_birth'])
			expect(dropped).not.toHaveProperty(key);
		expect(dropped.extra_info).toEqual({});
	});
	it('masks the Chinese name in extra_info and an MRZ under any key', () => {
		const masked = /** @type {Record<string, any>} */ (
			maskPassport(
				{ extra_info: { CHN: { name: '张三', place_of_birth: '北京' }, a: MRZ1, b: VALID_MRZ2 } },
				'mask',
				'extra_info.a+b',
			)
		);
		expect(masked.extra_info.CHN).toEqual({ name: '张*', place_of_birth: '北京' });
		expect(masked.extra_info.b).toBe('*'.repeat(44));
	});
});
