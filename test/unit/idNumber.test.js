import {
	addDays,
	addYears,
	isRealDate,
	toIsoDate,
	wholeYearsBetween,
} from '../../nodes/HuaweiCloudOcr/helpers/shared/dates';
import {
	computeCheckDigit,
	normalizeIdNumber,
	parseIdNumber,
	upgradeLegacy15,
} from '../../nodes/HuaweiCloudOcr/helpers/shared/idNumber';

/*
 * Hand-checked numbers. Weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; sum mod 11 indexes 1 0 X 9 8 7 6 5 4 3 2.
 *
 * 11010519491231002X, the example of GB 11643-1999 (北京市朝阳区, 1949-12-31, sequence 002 → female):
 *   digits   1 1  0 1 0 5 1 9  4  9 1  2  3 1 0 0 2
 *   products 7 9  0 5 0 20 2 9 24 27 7 18 30 5 0 0 4  → sum 167, 167 mod 11 = 2 → X
 * 110101199003071233 (北京市东城区, 1990-03-07, sequence 123 → male):
 *   digits   1 1  0 1 0 1 1 9  9 0 0  3 0  7 1 2 3
 *   products 7 9  0 5 0 4 2 9 54 0 0 27 0 35 8 8 6  → sum 174, 174 mod 11 = 9 → 3
 * 110101199002301236 (30 February 1990, check character right so only the date is wrong):
 *   products 7 9  0 5 0 4 2 9 54 0 0 18 30 0 8 8 6  → sum 160, 160 mod 11 = 6 → 6
 * 110101203001011236 (born 2030-01-01, in the future):
 *   digits   1 1  0 1 0 1 2 0  3 0 0 1  0 1 1 2 3
 *   products 7 9  0 5 0 4 4 0 18 0 0 9  0 5 8 8 6  → sum 83, 83 mod 11 = 6 → 6
 * 110228198001010016 (historic code 110228 密云县, 1980-01-01, sequence 001 → male):
 *   digits   1 1  0  2  2  8 1 9  8 0 0 1 0 1 0 0 1
 *   products 7 9  0 10 16 32 2 9 48 0 0 9 0 5 0 0 2  → sum 149, 149 mod 11 = 6 → 6
 */
const GB_EXAMPLE = '11010519491231002X';
const MALE_1990 = '110101199003071233';

describe('computeCheckDigit', () => {
	it.each([
		['11010519491231002', 'X'],
		['11010119900307123', '3'],
		['11010119900230123', '6'],
		['11010120300101123', '6'],
		['11022819800101001', '6'],
	])('%s → %s', (first17, expected) => {
		expect(computeCheckDigit(first17)).toBe(expected);
	});

	it('refuses anything but 17 digits', () => {
		expect(() => computeCheckDigit('1101051949123100')).toThrow();
		expect(() => computeCheckDigit('1101051949123100X')).toThrow();
	});
});

describe('parseIdNumber', () => {
	it('accepts the GB 11643-1999 example', () => {
		expect(parseIdNumber(GB_EXAMPLE)).toEqual({
			normalized: GB_EXAMPLE,
			format: 'id18',
			well_formed: true,
			check_digit_valid: true,
			birth_digits: '1949-12-31',
			birth_digits_real: true,
			sex: '女',
			region_code: '110105',
		});
	});

	it('reads the sex from the 17th digit (odd male)', () => {
		expect(parseIdNumber(MALE_1990)).toMatchObject({
			check_digit_valid: true,
			sex: '男',
			birth_digits: '1990-03-07',
		});
	});

	it('flags a wrong check character', () => {
		const parsed = parseIdNumber('110101199003071234');
		expect(parsed.format).toBe('id18');
		expect(parsed.well_formed).toBe(true);
		expect(parsed.check_digit_valid).toBe(false);
	});

	it('accepts a lower-case x and normalises it to X', () => {
		const parsed = parseIdNumber('11010519491231002x');
		expect(parsed.normalized).toBe(GB_EXAMPLE);
		expect(parsed.check_digit_valid).toBe(true);
	});

	it('normalises white space and full-width characters', () => {
		expect(normalizeIdNumber(' 110105 19491231 002x ')).toBe(GB_EXAMPLE);
		expect(normalizeIdNumber('１１０１０５１９４９１２３１００２Ｘ')).toBe(GB_EXAMPLE);
	});

	it('keeps a check-correct number whose digits 7-14 are 30 February, and says the date is not real', () => {
		const parsed = parseIdNumber('110101199002301236');
		expect(parsed.check_digit_valid).toBe(true);
		expect(parsed.birth_digits).toBe('1990-02-30');
		expect(parsed.birth_digits_real).toBe(false);
	});

	it('rejects X anywhere but the last place, and wrong lengths', () => {
		expect(parseIdNumber('11010519491231X02X').format).toBe('invalid');
		expect(parseIdNumber('1101051949123100').format).toBe('invalid');
		expect(parseIdNumber('1101051949123100221').format).toBe('invalid');
		expect(parseIdNumber('1101051949123100221')).toMatchObject({
			well_formed: false,
			check_digit_valid: null,
			sex: null,
		});
	});

	it('reports missing numbers', () => {
		expect(parseIdNumber(undefined).format).toBe('missing');
		expect(parseIdNumber('  ').format).toBe('missing');
		expect(parseIdNumber(null).format).toBe('missing');
	});

	describe('15-digit legacy numbers: reported, not accepted, upgraded separately', () => {
		it('parses 110105491231002 as legacy15 and gives the 18-digit form', () => {
			// 110105 + 19 + 491231 + 002 = 11010519491231002, check character X (hand-checked above).
			expect(parseIdNumber('110105491231002')).toEqual({
				normalized: '110105491231002',
				format: 'legacy15',
				well_formed: false,
				check_digit_valid: null,
				birth_digits: '1949-12-31',
				birth_digits_real: true,
				sex: '女', // 15th digit 2
				region_code: '110105',
				upgraded: GB_EXAMPLE,
			});
		});

		it('gives no upgraded form when the birth date is not real', () => {
			const parsed = parseIdNumber('110105490230002');
			expect(parsed.format).toBe('legacy15');
			expect(parsed.birth_digits_real).toBe(false);
			expect(parsed.upgraded).toBeUndefined();
			expect(upgradeLegacy15('110105490230002')).toBeNull();
		});

		it('upgradeLegacy15 refuses anything but 15 digits', () => {
			expect(upgradeLegacy15(GB_EXAMPLE)).toBeNull();
			expect(upgradeLegacy15('11010549123100X')).toBeNull();
		});
	});
});

describe('dates', () => {
	it('knows leap years', () => {
		expect(isRealDate(1992, 2, 29)).toBe(true);
		expect(isRealDate(2000, 2, 29)).toBe(true);
		expect(isRealDate(1900, 2, 29)).toBe(false);
		expect(isRealDate(1990, 2, 30)).toBe(false);
		expect(isRealDate(1990, 4, 31)).toBe(false);
		expect(isRealDate(1990, 13, 1)).toBe(false);
	});

	it('reads the date shapes cards and OCR give', () => {
		expect(toIsoDate('1949-12-31')).toBe('1949-12-31');
		expect(toIsoDate('1949.12.31')).toBe('1949-12-31');
		expect(toIsoDate('19491231')).toBe('1949-12-31');
		expect(toIsoDate('1949年12月31日')).toBe('1949-12-31');
		expect(toIsoDate('1990-02-30')).toBeNull();
		expect(toIsoDate('长期')).toBeNull();
	});

	it('counts whole years, a 29 February birthday being reached on 1 March', () => {
		expect(wholeYearsBetween('1949-12-31', '2025-12-30')).toBe(75);
		expect(wholeYearsBetween('1949-12-31', '2025-12-31')).toBe(76);
		expect(wholeYearsBetween('1992-02-29', '2025-02-28')).toBe(32);
		expect(wholeYearsBetween('1992-02-29', '2025-03-01')).toBe(33);
	});

	it('adds years and days', () => {
		expect(addYears('2016-02-29', 10)).toBe('2026-02-28');
		expect(addYears('2015-06-15', 20)).toBe('2035-06-15');
		expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
		expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
		expect(addDays('0049-01-01', -1)).toBe('0048-12-31');
	});
});
