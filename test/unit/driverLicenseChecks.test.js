import { checkDriverLicense } from '../../nodes/HuaweiCloudOcr/helpers/driverLicense/checks';
import { maskDriverLicense } from '../../nodes/HuaweiCloudOcr/helpers/driverLicense/masking';
import { computeCheckDigit } from '../../nodes/HuaweiCloudOcr/helpers/shared/idNumber';

// Numbers hand-checked in test/emulator/apis/driver-license.fixtures.js (GB 11643-1999).
const {
	FIXTURES,
	MALE,
	MALE_BAD_CHECK,
	GB_EXAMPLE_FEMALE,
} = require('../emulator/apis/driver-license.fixtures');
const TODAY = '2026-11-24';
const front = (id) => FIXTURES[id].front;
const check = (result, side = 'front') => checkDriverLicense(result, { today: TODAY, side });

describe('driver license: the license number (GB 11643)', () => {
	it('the hand-checked numbers agree with the shared GB 11643 helper', () => {
		expect(computeCheckDigit(MALE.slice(0, 17))).toBe('3'); // sum 174, mod 11 = 9 → '3'
		expect(computeCheckDigit(GB_EXAMPLE_FEMALE.slice(0, 17))).toBe('X');
		expect(MALE_BAD_CHECK.slice(-1)).not.toBe('3');
	});
	it('passes a sound main page', () => {
		expect(check(front('dl-zhangsan'))).toEqual({
			passed: true,
			failures: [],
			missing_fields: [],
			not_checked: [],
			number_format: 'id18',
			number_valid: true,
			check_digit_valid: true,
			birth_valid: true,
			birth_matches_number: true,
			sex_matches_number: true,
			validity_dates_valid: true,
			validity_order_valid: true,
			validity_period_years: 10,
			validity_period_valid: true,
			long_term: false,
			expired: false,
			not_yet_valid: false,
			issue_date_valid: true,
			issue_date_not_after_valid_from: true,
			issue_date_age_valid: true,
		});
	});
	it('a wrong check character fails', () => {
		const c = check(front('dl-bad-check-digit'));
		expect(c).toMatchObject({ passed: false, check_digit_valid: false, number_valid: false });
		expect(c.failures).toEqual(['license number check character is wrong (GB 11643-1999)']);
	});
	it('birth and sex are compared with the number', () => {
		expect(check(front('dl-sex-mismatch')).failures).toEqual([
			'sex differs from the 17th digit of the license number (odd 男, even 女)',
		]);
		expect(check(front('dl-birth-mismatch')).failures).toEqual([
			'birth differs from digits 7-14 of the license number',
		]);
	});
	it('a non-ID number is not checked for a foreign holder, but fails for a Chinese one', () => {
		const foreign = check(front('dl-foreign'));
		expect(foreign).toMatchObject({ passed: true, number_format: 'invalid', number_valid: null });
		expect(foreign.not_checked[0]).toMatch(/not a Chinese national/);
		const chinese = check({ ...front('dl-foreign'), nationality: '中国' });
		expect(chinese.failures[0]).toMatch(/not an ID number/);
	});
});

describe('driver license: validity and first issue', () => {
	it('expired after valid_to (6 years is a valid period)', () => {
		const c = check(front('dl-expired'));
		expect(c).toMatchObject({
			expired: true,
			validity_period_years: 6,
			validity_period_valid: true,
		});
		expect(c.failures).toEqual(['license expired: valid to 2016-01-05']);
	});
	it('8 years is not a period licences have', () => {
		expect(check(front('dl-bad-period')).failures).toEqual([
			'validity period of 8 years is not one driver licenses have (6 or 10 years, or 长期)',
		]);
	});
	it('长期 never expires; a "6年" print is read as six years', () => {
		expect(check(front('dl-long-term'))).toMatchObject({
			passed: true,
			long_term: true,
			expired: false,
			sex_matches_number: true,
		});
		expect(
			check({ ...front('dl-zhangsan'), valid_from: '2022-01-10', valid_to: '6年' }),
		).toMatchObject({ passed: true, validity_period_years: 6 });
	});
	it('first issue before the 18th birthday, or after valid_from, fails', () => {
		expect(check(front('dl-too-young')).failures).toEqual([
			"issue_date (first issue) is before the holder's 18th birthday",
		]);
		expect(check(front('dl-issue-after-valid-from')).failures).toEqual([
			'issue_date (first issue) is after valid_from',
		]);
		// The day of the 18th birthday is enough: born 1990-03-07.
		expect(check({ ...front('dl-zhangsan'), issue_date: '2008-03-07' }).issue_date_age_valid).toBe(
			true,
		);
		expect(check({ ...front('dl-zhangsan'), issue_date: '2008-03-06' }).issue_date_age_valid).toBe(
			false,
		);
	});
	it('validity ending before it starts, and a future first issue, fail', () => {
		const c = check({
			...front('dl-zhangsan'),
			valid_from: '2028-06-15',
			valid_to: '2018-06-15',
			issue_date: '2030-01-01',
		});
		expect(c.failures).toContain('validity starts on or after the day it ends');
		expect(c.failures).toContain('issue_date (first issue) is in the future');
	});
});

describe('driver license: pages', () => {
	it('the back page checks the number only; both pages must carry the same number', () => {
		const back = check(FIXTURES['dl-zhangsan'].back, 'back');
		expect(back).toMatchObject({ passed: true, number_valid: true });
		expect(back).not.toHaveProperty('birth_matches_number');
		const both = check(
			{ front: FIXTURES['dl-zhangsan'].front, back: FIXTURES['dl-zhangsan'].back },
			'double_side',
		);
		expect(both).toMatchObject({ passed: true, sides_match: true });
		const differ = check(
			{ front: FIXTURES['dl-pages-differ'].front, back: FIXTURES['dl-pages-differ'].back },
			'double_side',
		);
		expect(differ.failures).toEqual(['the two pages carry different license numbers']);
	});
	it('missing fields are failures', () => {
		expect(check({ number: MALE }).missing_fields).toEqual([
			'name',
			'sex',
			'birth',
			'issue_date',
			'class',
			'valid_from',
			'valid_to',
		]);
	});
});

describe('driver license: masking', () => {
	const json = {
		...FIXTURES['dl-zhangsan'].front,
		front: FIXTURES['dl-zhangsan'].front,
		back: FIXTURES['dl-zhangsan'].back,
		text_location: { number: [[0, 0]], class: [[1, 1]] },
	};
	it('masks number, name, address, birth and file number, at the top and in the pages', () => {
		const m = /** @type {Record<string, any>} */ (maskDriverLicense(json, 'mask'));
		expect(m).toMatchObject({
			number: '110101********1233',
			name: '张*',
			address: '北京市东城区…',
			birth: '1990',
			class: 'C1',
			text_location: { class: [[1, 1]] },
		});
		expect(m.back.file_number).toBe('********3456');
		expect(m.front.number).toBe('110101********1233');
		expect(maskDriverLicense(m, 'mask')).toEqual(m);
	});
	it('drops them', () => {
		const d = maskDriverLicense(json, 'drop');
		for (const key of ['number', 'name', 'address', 'birth', 'text_location'])
			expect(d).not.toHaveProperty(key);
		expect(d.back).not.toHaveProperty('file_number');
		expect(d.valid_to).toBe('2028-06-15');
	});
});
