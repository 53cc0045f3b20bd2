import { hkidCheckDigit, parseHkid } from '../../nodes/HuaweiCloudOcr/helpers/hkIdCard/hkid';
import { checkHkIdCard } from '../../nodes/HuaweiCloudOcr/helpers/hkIdCard/checks';
import { readCardDate, readCardMonth } from '../../nodes/HuaweiCloudOcr/helpers/shared/cardDates';
import { maskHkIdCard, maskHkid } from '../../nodes/HuaweiCloudOcr/helpers/hkIdCard/masking';
import { maskLatinName } from '../../nodes/HuaweiCloudOcr/helpers/personalData';

const { FIXTURES } = require('../emulator/apis/hk-id-card.fixtures');

const TODAY = '2026-11-24';

/*
 * HKID check digits worked by hand (A=10 … Z=35, a one-letter prefix padded with a space = 36, weights
 * 9 8 7 6 5 4 3 2, check = 11 − (sum mod 11), 10 → A, 11 → 0); 77 = 1·7 + 2·6 + 3·5 + 4·4 + 5·3 + 6·2:
 *   A123456:  36·9 + 10·8 + 77 = 481 = 43·11 + 8  → 11 − 8 = 3
 *   AB987654: 10·9 + 11·8 + 9·7 + 8·6 + 7·5 + 6·4 + 5·3 + 4·2 = 371 = 33·11 + 8 → 3
 *   G123456:  36·9 + 16·8 + 77 = 529 = 48·11 + 1  → 10 → A
 *   K123456:  36·9 + 20·8 + 77 = 561 = 51·11 + 0  → 11 → 0
 *   C000000:  36·9 + 12·8 = 420 = 38·11 + 2        → 9
 *   XA000000: 33·9 + 10·8 = 377 = 34·11 + 3        → 8
 */
describe('HKID check digit (helpers/hkIdCard/hkid.ts)', () => {
	it.each([
		['A', '123456', '3'],
		['AB', '987654', '3'],
		['G', '123456', 'A'],
		['K', '123456', '0'],
		['C', '000000', '9'],
		['XA', '000000', '8'],
	])('%s%s → %s', (prefix, digits, check) => {
		expect(hkidCheckDigit(prefix, digits)).toBe(check);
	});

	it.each([
		['A123456(3)', 'A123456(3)'],
		['a123456 (3)', 'A123456(3)'],
		['A1234563', 'A123456(3)'],
		['G123456（A）', 'G123456(A)'],
		['AB987654(3)', 'AB987654(3)'],
		['K123456(0)', 'K123456(0)'],
	])('%s is a valid HKID, printed %s', (raw, printed) => {
		expect(parseHkid(raw)).toEqual({
			normalized: printed,
			format: 'hkid',
			prefix: printed.replace(/\d.*$/, ''),
			check_digit_valid: true,
		});
	});

	it.each(['A123456(4)', 'AB987654(4)', 'G123456(0)', 'K123456(A)', 'C000000(8)'])(
		'%s has the wrong check digit',
		(raw) => {
			expect(parseHkid(raw)).toMatchObject({ format: 'hkid', check_digit_valid: false });
		},
	);

	it.each(['A12345(3)', 'ABC123456(3)', '1234567(8)', 'A123456(B)', 'A123456(3', ''])(
		'%j is not an HKID',
		(raw) => {
			expect(parseHkid(raw).format).toBe(raw === '' ? 'missing' : 'invalid');
			expect(parseHkid(raw).check_digit_valid).toBeNull();
		},
	);
});

describe('card dates', () => {
	it.each([
		['01-01-1980', '1980-01-01'],
		['1980-01-01', '1980-01-01'],
		['15-09-18', '2018-09-15'],
		['(02-03-97)', '1997-03-02'],
		['29-02-1996', '1996-02-29'],
		['29-02-1997', 'invalid'],
		['31-02-1980', 'invalid'],
		['Jan 1980', 'unreadable'],
	])('readCardDate(%j) → %s', (raw, expected) => {
		expect(readCardDate(raw, TODAY)).toBe(expected);
	});

	it.each([
		['(06-98)', '1998-06'],
		['(03-14)', '2014-03'],
		['06-1998', '1998-06'],
		['(13-98)', 'invalid'],
		['15-09-18', '2018-09'],
		['soon', 'unreadable'],
	])('readCardMonth(%j) → %s', (raw, expected) => {
		expect(readCardMonth(raw, TODAY)).toBe(expected);
	});
});

describe('checkHkIdCard', () => {
	it.each(['hk-chan', 'hk-two-letters', 'hk-check-a', 'hk-check-0'])('%s passes', (id) => {
		expect(checkHkIdCard(FIXTURES[id], TODAY)).toEqual({
			passed: true,
			failures: [],
			missing_fields: [],
			number_format: 'hkid',
			check_digit_valid: true,
			sex_valid: true,
			birth_date_valid: true,
			issue_date_valid: true,
			initial_issue_date_valid: true,
		});
	});

	it('a wrong check digit and a malformed number fail, without quoting the number', () => {
		const bad = checkHkIdCard(FIXTURES['hk-bad-check'], TODAY);
		expect(bad).toMatchObject({ passed: false, number_format: 'hkid', check_digit_valid: false });
		expect(bad.failures).toEqual(['number check digit is wrong (HKID modulus 11)']);
		const format = checkHkIdCard(FIXTURES['hk-bad-format'], TODAY);
		expect(format).toMatchObject({
			passed: false,
			number_format: 'invalid',
			check_digit_valid: null,
		});
		expect(format.failures).toEqual([
			'number is not an HKID (1 or 2 letters, 6 digits and a check digit in parentheses)',
		]);
		expect(JSON.stringify([bad, format])).not.toMatch(/12345/);
	});

	it('dates that are not real, in the future or out of order fail, with reasons', () => {
		expect(checkHkIdCard(FIXTURES['hk-bad-dates'], TODAY)).toMatchObject({
			passed: false,
			birth_date_valid: false,
			issue_date_valid: false,
			initial_issue_date_valid: false,
			failures: [
				'birth_date is not a real date',
				'issue_date is in the future',
				'initial_issue_date is not a real month',
			],
		});
		expect(checkHkIdCard(FIXTURES['hk-issued-before-birth'], TODAY)).toMatchObject({
			passed: false,
			birth_date_valid: true,
			issue_date_valid: false,
			initial_issue_date_valid: false,
			failures: ['issue_date is before birth_date', 'initial_issue_date is before birth_date'],
		});
	});

	it('missing number, English name and birth date are reported; a Chinese name is optional', () => {
		const checks = checkHkIdCard({ name: '陳大文', sex: 'X' }, TODAY);
		expect(checks.missing_fields).toEqual(['number', 'name_en', 'birth_date']);
		expect(checks.failures).toEqual([
			'number is missing',
			'name_en is missing',
			'birth_date is missing',
			'sex is neither M nor F',
		]);
		expect(checks).toMatchObject({
			number_format: 'missing',
			check_digit_valid: null,
			sex_valid: false,
			birth_date_valid: null,
			issue_date_valid: null,
			initial_issue_date_valid: null,
		});
	});
});

describe('masking', () => {
	it('keeps the HKID letters and hides digits and check digit', () => {
		expect(maskHkid('A123456(3)')).toBe('A******(*)');
		expect(maskHkid('AB987654(3)')).toBe('AB******(*)');
		expect(maskHkid('K1234560')).toBe('K*******');
		expect(maskHkid(maskHkid('A123456(3)'))).toBe('A******(*)');
	});

	it('English names keep the first letter of each word', () => {
		expect(maskLatinName('CHAN, Tai Man')).toBe('C***, T** M**');
		expect(maskLatinName(maskLatinName('CHAN, Tai Man'))).toBe('C***, T** M**');
	});

	it('mask: names, number, telegraph code and birth date masked, portrait removed; the rest kept', () => {
		const json = { ...FIXTURES['hk-chan'], portrait_image: 'abc', birth_date_iso: '1980-01-01' };
		expect(maskHkIdCard(json, 'mask')).toEqual({
			name: '陳*文',
			name_en: 'C***, T** M**',
			sex: 'M',
			birth_date: '1980',
			number: 'A******(*)',
			symbols: '***AZ',
			name_telegraph_code: '**** **** ****',
			permanent: true,
			initial_issue_date: '(06-98)',
			issue_date: '15-09-18',
			birth_date_iso: '1980',
		});
	});

	it('drop: the personal fields are deleted', () => {
		const json = { ...FIXTURES['hk-chan'], portrait_image: 'abc', birth_date_iso: '1980-01-01' };
		expect(maskHkIdCard(json, 'drop')).toEqual({
			sex: 'M',
			symbols: '***AZ',
			permanent: true,
			initial_issue_date: '(06-98)',
			issue_date: '15-09-18',
		});
	});
});
