import { checkCard, shanghaiToday } from '../../nodes/HuaweiCloudOcr/helpers/idCard/checks';
import { periodYears } from '../../nodes/HuaweiCloudOcr/helpers/shared/periods';

// Numbers hand-checked in idNumber.test.js.
const GB_EXAMPLE = '11010519491231002X'; // 1949-12-31, female
const MALE_1990 = '110101199003071233'; // 1990-03-07, male
const TODAY = '2025-06-15';

const front = (overrides = {}) => ({
	name: '张三',
	sex: '男',
	ethnicity: '汉',
	birth: '1990-03-07',
	address: '北京市东城区东华门街道南池子大街1号',
	number: MALE_1990,
	...overrides,
});

const back = (overrides = {}) => ({
	issue: '北京市公安局东城分局',
	valid_from: '2015-06-15',
	valid_to: '2035-06-15',
	...overrides,
});

describe('shanghaiToday', () => {
	it('is UTC+8 with no daylight saving', () => {
		expect(shanghaiToday(new Date('2025-06-15T15:59:59Z'))).toBe('2025-06-15');
		expect(shanghaiToday(new Date('2025-06-15T16:00:00Z'))).toBe('2025-06-16');
		expect(shanghaiToday(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01');
		expect(shanghaiToday(new Date('2024-02-28T16:00:00Z'))).toBe('2024-02-29');
	});
});

describe('checkCard: front', () => {
	it('passes a sound front and has only front keys', () => {
		expect(checkCard(front(), { today: TODAY })).toEqual({
			passed: true,
			failures: [],
			missing_fields: [],
			number_format: 'id18',
			number_valid: true,
			check_digit_valid: true,
			birth_valid: true,
			birth_matches_number: true,
			sex_matches_number: true,
		});
	});

	it('passes the GB example with a lower-case x', () => {
		const checks = checkCard(
			front({ number: '11010519491231002x', sex: '女', birth: '1949-12-31' }),
			{
				today: TODAY,
			},
		);
		expect(checks.passed).toBe(true);
	});

	it('fails a wrong check character', () => {
		const checks = checkCard(front({ number: '110101199003071234' }), { today: TODAY });
		expect(checks).toMatchObject({ passed: false, number_valid: false, check_digit_valid: false });
		expect(checks.failures).toEqual(['ID number check character is wrong (GB 11643-1999)']);
	});

	it('fails 30 February in the number and in the printed birth', () => {
		const checks = checkCard(front({ number: '110101199002301236', birth: '1990-02-30' }), {
			today: TODAY,
		});
		expect(checks).toMatchObject({
			number_valid: false,
			check_digit_valid: true,
			birth_valid: false,
			birth_matches_number: true,
		});
		expect(checks.failures).toEqual([
			'birth date in the ID number is not a real date',
			'birth date is not a real date',
		]);
	});

	it('fails a birth in the future', () => {
		const checks = checkCard(front({ number: '110101203001011236', birth: '2030-01-01' }), {
			today: TODAY,
		});
		expect(checks).toMatchObject({
			number_valid: false,
			birth_valid: false,
			birth_matches_number: true,
		});
		expect(checks.failures).toEqual([
			'birth date in the ID number is in the future',
			'birth date is in the future',
		]);
	});

	it('accepts a birth on today, refuses one before 1900', () => {
		expect(checkCard(front({ birth: TODAY }), { today: TODAY }).birth_valid).toBe(true);
		expect(checkCard(front({ birth: '1899-12-31' }), { today: TODAY }).birth_valid).toBe(false);
	});

	it('fails a birth that differs from digits 7-14', () => {
		const checks = checkCard(front({ birth: '1990-03-08' }), { today: TODAY });
		expect(checks).toMatchObject({ passed: false, birth_valid: true, birth_matches_number: false });
		expect(checks.failures).toEqual(['birth date differs from digits 7-14 of the ID number']);
	});

	it('fails a sex that differs from the 17th digit', () => {
		const checks = checkCard(front({ sex: '女' }), { today: TODAY });
		expect(checks.sex_matches_number).toBe(false);
		expect(checks.failures).toEqual([
			'sex differs from the 17th digit of the ID number (odd 男, even 女)',
		]);
		expect(checkCard(front({ sex: 'M' }), { today: TODAY }).failures).toEqual([
			'sex is neither 男 nor 女',
		]);
	});

	it('refuses a 15-digit legacy number but still compares birth and sex with it', () => {
		const checks = checkCard(front({ number: '110105491231002', sex: '女', birth: '1949-12-31' }), {
			today: TODAY,
		});
		expect(checks).toMatchObject({
			passed: false,
			number_format: 'legacy15',
			number_valid: false,
			check_digit_valid: null,
			birth_matches_number: true,
			sex_matches_number: true,
		});
		expect(checks.failures).toHaveLength(1);
		expect(checks.failures[0]).toMatch(/15 digits/);
	});

	it('reports missing and malformed fields with nulls for what cannot be checked', () => {
		const checks = checkCard(front({ name: '', number: undefined, birth: 'unknown' }), {
			today: TODAY,
		});
		expect(checks).toMatchObject({
			number_format: 'missing',
			number_valid: false,
			check_digit_valid: null,
			birth_valid: false,
			birth_matches_number: null,
			sex_matches_number: null,
			missing_fields: ['name', 'number'],
		});
		expect(checks.failures).toEqual([
			'name is missing',
			'number is missing',
			'birth date is not a date (YYYY-MM-DD)',
		]);
	});

	it('never quotes personal data in failures', () => {
		const checks = checkCard(
			front({ number: '110101199003071234', birth: '1990-03-08', sex: '女' }),
			{
				today: TODAY,
			},
		);
		const text = checks.failures.join(' ');
		expect(text).not.toMatch(/1990|110101|张三|东城/);
	});
});

describe('checkCard: back', () => {
	it('passes a sound 20-year card and has only back keys', () => {
		expect(checkCard(back(), { today: TODAY })).toEqual({
			passed: true,
			failures: [],
			missing_fields: [],
			validity_dates_valid: true,
			validity_order_valid: true,
			validity_period_years: 20,
			validity_period_valid: true,
			long_term: false,
			expired: false,
			not_yet_valid: false,
		});
	});

	it.each([
		['2020-06-15', '2025-06-15', 5, true],
		['2015-06-15', '2025-06-15', 10, true],
		['2010-06-15', '2030-06-15', 20, true],
		['2018-06-15', '2025-06-15', 7, false],
		['2024-06-15', '2025-06-15', 1, false],
	])('period %s to %s is %i years, valid %s', (valid_from, valid_to, years, valid) => {
		const checks = checkCard(back({ valid_from, valid_to }), { today: TODAY });
		expect(checks.validity_period_years).toBe(years);
		expect(checks.validity_period_valid).toBe(valid);
	});

	it('names the wrong period in the failures', () => {
		const checks = checkCard(back({ valid_from: '2018-06-15', valid_to: '2025-06-15' }), {
			today: TODAY,
		});
		expect(checks.failures).toEqual([
			'validity period of 7 years is not one ID cards have (5, 10 or 20 years, or 长期)',
		]);
	});

	it('fails a period that is not a whole number of years', () => {
		const checks = checkCard(back({ valid_from: '2015-06-15', valid_to: '2025-06-14' }), {
			today: TODAY,
		});
		expect(checks).toMatchObject({
			validity_period_years: null,
			validity_period_valid: false,
			expired: true,
		});
	});

	it('accepts 29 February + 10 years ending on 28 February or 1 March', () => {
		expect(periodYears('2016-02-29', '2026-02-28')).toBe(10);
		expect(periodYears('2016-02-29', '2026-03-01')).toBe(10);
		expect(periodYears('2016-02-28', '2026-03-01')).toBeNull();
	});

	it('handles 长期 (long-term)', () => {
		const checks = checkCard(back({ valid_from: '2006-01-10', valid_to: '长期' }), {
			today: TODAY,
		});
		expect(checks).toMatchObject({
			passed: true,
			long_term: true,
			validity_period_years: null,
			validity_period_valid: true,
			validity_order_valid: true,
			expired: false,
		});
	});

	it('fails a validity that ends before it starts', () => {
		const checks = checkCard(back({ valid_from: '2035-06-15', valid_to: '2015-06-15' }), {
			today: TODAY,
		});
		expect(checks).toMatchObject({
			validity_order_valid: false,
			validity_period_valid: false,
			not_yet_valid: true,
		});
		expect(checks.failures).toContain('validity starts on or after the day it ends');
	});

	describe('expiry: a card is valid through its valid_to day; expired from the day after', () => {
		const card = back({ valid_from: '2015-06-15', valid_to: '2025-06-15' });
		it('valid_to == today: still valid', () => {
			expect(checkCard(card, { today: '2025-06-15' })).toMatchObject({
				expired: false,
				passed: true,
			});
		});
		it('the day after valid_to: expired', () => {
			const checks = checkCard(card, { today: '2025-06-16' });
			expect(checks).toMatchObject({ expired: true, passed: false });
			expect(checks.failures).toEqual(['card expired: valid to 2025-06-15']);
		});
		it('not valid before valid_from', () => {
			expect(checkCard(card, { today: '2015-06-14' })).toMatchObject({
				not_yet_valid: true,
				expired: false,
			});
			expect(checkCard(card, { today: '2015-06-15' })).toMatchObject({
				not_yet_valid: false,
				passed: true,
			});
		});
	});

	it('fails unreadable dates', () => {
		const checks = checkCard(back({ valid_from: '2015-02-30', valid_to: 'soon' }), {
			today: TODAY,
		});
		expect(checks).toMatchObject({
			validity_dates_valid: false,
			validity_order_valid: null,
			validity_period_valid: null,
			expired: null,
			not_yet_valid: null,
		});
		expect(checks.failures).toEqual([
			'valid_from is not a real date',
			'valid_to is neither a real date nor 长期',
		]);
	});
});

describe('checkCard: double_side', () => {
	const result = (f = {}, b = {}) => ({
		front: front({ number: GB_EXAMPLE, sex: '女', birth: '1949-12-31', ...f }),
		back: back({ valid_from: '2006-01-10', valid_to: '长期', ...b }),
	});

	it('checks both sides, prefixes failures with the side, and checks the period against the age', () => {
		const checks = checkCard(result(), { today: TODAY });
		expect(checks).toMatchObject({
			passed: true,
			number_valid: true,
			long_term: true,
			validity_period_matches_age: true, // 56 at issue → 长期
		});
		const wrong = checkCard(result({ sex: '男' }, { valid_to: '2016-01-10' }), { today: TODAY });
		expect(wrong.failures).toEqual([
			'front: sex differs from the 17th digit of the ID number (odd 男, even 女)',
			'back: card expired: valid to 2016-01-10',
			"validity period does not fit the holder's age when the card was issued",
		]);
		expect(wrong.validity_period_matches_age).toBe(false);
	});

	it('allows the application to have been up to 90 days before valid_from', () => {
		// Born 1990-03-07: 26 on 2016-03-07. Applied at 25 → 10 years, issued just after the birthday.
		const ten = result(
			{ number: MALE_1990, sex: '男', birth: '1990-03-07' },
			{ valid_from: '2016-03-20', valid_to: '2026-03-20' },
		);
		expect(checkCard(ten, { today: TODAY }).validity_period_matches_age).toBe(true);
		const twenty = result(
			{ number: MALE_1990, sex: '男', birth: '1990-03-07' },
			{ valid_from: '2016-03-20', valid_to: '2036-03-20' },
		);
		expect(checkCard(twenty, { today: TODAY }).validity_period_matches_age).toBe(true);
		const five = result(
			{ number: MALE_1990, sex: '男', birth: '1990-03-07' },
			{ valid_from: '2016-03-20', valid_to: '2021-03-20' },
		);
		expect(checkCard(five, { today: TODAY }).validity_period_matches_age).toBe(false);
	});

	it('reports missing sides with side-qualified names', () => {
		const checks = checkCard({ front: front() }, { today: TODAY });
		expect(checks.missing_fields).toEqual(['back.issue', 'back.valid_from', 'back.valid_to']);
	});
});

describe("checkCard: Huawei's verification_result", () => {
	it('says nothing when Huawei agrees, and ignores the other side’s keys (always false there)', () => {
		const checks = checkCard(
			{
				...front(),
				verification_result: {
					valid_number: true,
					valid_birth: true,
					valid_sex: true,
					valid_date: false,
					valid_validity_period: false,
				},
			},
			{ today: TODAY },
		);
		expect(checks.huawei_disagrees).toEqual([]);
	});

	it('lists each disagreement', () => {
		const checks = checkCard(
			{
				...front({ number: '110101199003071234' }),
				verification_result: { valid_number: true, valid_sex: false },
			},
			{ today: TODAY },
		);
		expect(checks.huawei_disagrees).toEqual([
			'valid_number: Huawei says true, the local check says false',
			'valid_sex: Huawei says false, the local check says true',
		]);
	});

	it('compares the back side and each side of a double_side result', () => {
		const expired = back({ valid_from: '2010-01-01', valid_to: '2020-01-01' });
		expect(
			checkCard(
				{ ...expired, verification_result: { valid_date: true, valid_validity_period: true } },
				{ today: TODAY },
			).huawei_disagrees,
		).toEqual(['valid_date: Huawei says true, the local check says false']);
		const checks = checkCard(
			{
				front: { ...front(), verification_result: { valid_birth: false } },
				back: { ...expired, verification_result: { valid_date: true } },
			},
			{ today: TODAY },
		);
		expect(checks.huawei_disagrees).toEqual([
			'front.valid_birth: Huawei says false, the local check says true',
			'back.valid_date: Huawei says true, the local check says false',
		]);
	});

	it('has no huawei_disagrees key without a verification_result', () => {
		expect(checkCard(front(), { today: TODAY })).not.toHaveProperty('huawei_disagrees');
	});
});

describe('checkCard: side detection', () => {
	it('uses the requested side when the fields are absent', () => {
		expect(checkCard({}, { today: TODAY, side: 'back' }).missing_fields).toEqual([
			'issue',
			'valid_from',
			'valid_to',
		]);
		expect(checkCard({}, { today: TODAY }).missing_fields).toEqual([
			'name',
			'sex',
			'ethnicity',
			'birth',
			'address',
			'number',
		]);
	});

	it('ignores the fields lifted to the top level of a double_side item', () => {
		const item = { side: 'double_side', number: 'garbage', front: front(), back: back() };
		expect(checkCard(item, { today: TODAY }).number_valid).toBe(true);
	});
});

describe('cardSides: one reading of the sides for the output, the checks and the derived fields', () => {
	const { cardSides } = require('../../nodes/HuaweiCloudOcr/helpers/idCard/cardFields');
	const front = { name: '张三', sex: '男', birth: '1990-01-01', number: '11010519491231002X' };
	it('a front read with the back fields empty: side front, no back', () => {
		expect(cardSides({ ...front, issue: '', valid_to: '' }, 'auto')).toEqual({
			side: 'front',
			doubleSide: false,
			front: { ...front, issue: '', valid_to: '' },
			back: undefined,
		});
	});
	it('both sides filled at the top level: side front, both sides read', () => {
		const both = { ...front, issue: '北京市公安局', valid_to: '2030-01-01' };
		expect(cardSides(both, 'auto')).toMatchObject({ side: 'front', front: both, back: both });
	});
	it('the side requested wins for the output side', () => {
		expect(cardSides({ issue: '', valid_to: '' }, 'back').side).toBe('back');
	});
	it('front/back objects: double_side; a double_side request answered flat is read as a single side', () => {
		expect(cardSides({ front, back: {} }, 'auto')).toMatchObject({ side: 'double_side', front });
		expect(cardSides(front, 'double_side')).toMatchObject({ side: 'front', doubleSide: false });
	});
});
