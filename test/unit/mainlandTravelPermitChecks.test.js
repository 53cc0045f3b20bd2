import { checkMainlandTravelPermit } from '../../nodes/HuaweiCloudOcr/helpers/mainlandTravelPermit/checks';
import { maskMainlandTravelPermit } from '../../nodes/HuaweiCloudOcr/helpers/mainlandTravelPermit/masking';
import {
	permitPeriodYears,
	readValidPeriod,
} from '../../nodes/HuaweiCloudOcr/helpers/shared/validPeriod';

// The fixtures and their hand checks: test/emulator/apis/mainland-travel-permit.fixtures.js.
const { FIXTURES } = require('../emulator/apis/mainland-travel-permit.fixtures');
const TODAY = '2026-12-02';
const check = (id, changes = {}) =>
	checkMainlandTravelPermit({ ...FIXTURES[id], ...changes }, TODAY);

describe('valid_period (shared/validPeriod.ts)', () => {
	it.each([
		['2018.10.09-2028.10.08', '2018-10-09', '2028-10-08'],
		['2018-10-09-2028-10-09', '2018-10-09', '2028-10-09'],
		['2018年10月09日至2028年10月08日', '2018-10-09', '2028-10-08'],
		['20181009 - 20281008', '2018-10-09', '2028-10-08'],
	])('%s reads as %s to %s', (printed, from, to) => {
		expect(readValidPeriod(printed)).toMatchObject({ from, to });
	});
	it('a text that is not two dates reads as none; a day that does not exist as null', () => {
		expect(readValidPeriod('长期')).toEqual({ from: null, to: null, fromText: '', toText: '' });
		expect(readValidPeriod('2025.02.30-2035.02.28')).toMatchObject({
			from: null,
			to: '2035-02-28',
		});
	});
	it.each([
		['2018-10-09', '2028-10-08', 10],
		['2018-10-09', '2028-10-09', 10],
		['2020-01-01', '2029-12-31', 10],
		['2024-02-29', '2029-02-28', 5],
		['2024-02-29', '2029-03-01', 5],
		['2024-02-29', '2029-02-27', 5],
		['2018-10-09', '2028-10-07', null],
		['2018-10-09', '2026-01-01', null],
	])('%s to %s spans %s whole years', (from, to, years) => {
		expect(permitPeriodYears(from, to)).toBe(years);
	});
});

describe('mainland travel permit: number format and type', () => {
	it('a sound Hong Kong card permit (H + 8 digits, 10 years, adult) passes every check', () => {
		expect(check('mtp-hk-front')).toEqual({
			passed: true,
			failures: [],
			missing_fields: [],
			not_checked: [],
			permit_for: 'hong_kong',
			number_format: 'hk_macao_card',
			number_valid: true,
			number_matches_type: true,
			issue_times_valid: true,
			birth_date_valid: true,
			sex_valid: true,
			validity_dates_valid: true,
			validity_order_valid: true,
			validity_period_years: 10,
			validity_period_valid: true,
			validity_matches_age: true,
			expired: false,
			not_yet_valid: false,
		});
	});
	it('Macao (M, minor, 5 years) and Taiwan (8 digits, 5 years) pass', () => {
		expect(check('mtp-macao-minor')).toMatchObject({
			passed: true,
			permit_for: 'macao',
			validity_period_years: 5,
			validity_matches_age: true,
		});
		expect(check('mtp-tw-front')).toMatchObject({
			passed: true,
			permit_for: 'taiwan',
			number_format: 'taiwan',
			validity_period_years: 5,
			validity_matches_age: null,
		});
	});
	it('H + 7 digits fails the format; an H number on a Taiwan permit fails the type', () => {
		expect(check('mtp-bad-number')).toMatchObject({
			passed: false,
			number_format: 'invalid',
			number_valid: false,
			failures: [
				'permit number is not H or M followed by 8 digits (Hong Kong and Macao residents’ permit)',
			],
		});
		expect(check('mtp-type-mismatch')).toMatchObject({
			passed: false,
			number_matches_type: false,
			failures: [
				'the permit type is the Taiwan residents’ permit but the number is a Hong Kong or Macao one',
			],
		});
		expect(check('mtp-tw-front', { number: '0123456' }).failures).toEqual([
			'permit number is not 8 digits (Taiwan residents’ permit)',
		]);
		expect(check('mtp-tw-front', { type: '', number: 'X1234567' }).failures).toEqual([
			'permit number is neither H or M followed by 8 digits (Hong Kong, Macao) nor 8 digits (Taiwan)',
		]);
	});
	it('the 1999 card number (H + 10 digits) is a known format, its 3- or 10-year periods', () => {
		expect(check('mtp-legacy')).toMatchObject({
			number_format: 'hk_macao_legacy',
			number_valid: true,
			validity_period_years: 10,
			validity_period_valid: true,
			expired: true,
			failures: ['permit expired: valid to 2022-01-04'],
		});
	});
	it('issue_times must be one or two digits; a missing field is named', () => {
		expect(check('mtp-hk-front', { issue_times: '第一次' }).failures).toEqual([
			'issue_times is not a number of one or two digits',
		]);
		expect(check('mtp-hk-front', { number: '', birth_date: '' })).toMatchObject({
			missing_fields: ['number', 'birth_date'],
			number_format: 'missing',
			number_valid: null,
			failures: ['number is missing', 'birth_date is missing'],
		});
	});
});

describe('mainland travel permit: validity', () => {
	it('expired, not yet valid, days that do not exist, reversed dates, a period of 8 years', () => {
		expect(check('mtp-expired')).toMatchObject({
			passed: false,
			expired: true,
			failures: ['permit expired: valid to 2022-01-04'],
		});
		expect(check('mtp-hk-front', { valid_period: '2027.01.01-2036.12.31' })).toMatchObject({
			not_yet_valid: true,
			failures: ['permit is not valid before 2027-01-01'],
		});
		expect(check('mtp-bad-dates')).toMatchObject({
			validity_dates_valid: false,
			failures: [
				'valid_period starts on a day that does not exist',
				'valid_period ends on a day that does not exist',
			],
		});
		expect(check('mtp-order')).toMatchObject({
			validity_order_valid: false,
			expired: null,
			not_yet_valid: null,
			failures: ['validity starts on or after the day it ends'],
		});
		expect(check('mtp-bad-period')).toMatchObject({
			validity_period_years: 8,
			validity_period_valid: false,
			failures: ['validity period of 8 years is not one this permit has (10 or 5 years)'],
		});
		expect(check('mtp-tw-front', { valid_period: '2023.07.01-2033.06.30' }).failures).toEqual([
			'validity period of 10 years is not one this permit has (5 years)',
		]);
		expect(check('mtp-hk-front', { valid_period: '2025年3月10日' }).failures).toEqual([
			'valid_period is not two dates (YYYY.MM.DD-YYYY.MM.DD)',
		]);
	});
	it('the period against the age: 10 years needs 18 at the start, 5 years under 18 when applying', () => {
		expect(check('mtp-minor-ten')).toMatchObject({
			validity_matches_age: false,
			failures: [
				'a 10-year permit is issued at 18 or over, but the holder was younger when it starts',
			],
		});
		expect(check('mtp-adult-five')).toMatchObject({
			validity_matches_age: false,
			failures: ['a 5-year permit is issued under 18, but the holder was 18 or over when applying'],
		});
		// 18 on 2024-01-01, the permit starting 2024-03-01: applied for at 17 (within 92 days) → sound
		expect(
			check('mtp-hk-front', { birth_date: '2006.01.01', valid_period: '2024.03.01-2029.02.28' }),
		).toMatchObject({ passed: true, validity_matches_age: true });
		// 18 exactly on the first day: a 10-year permit is sound
		expect(
			check('mtp-hk-front', { birth_date: '2006.03.01', valid_period: '2024.03.01-2034.02.28' }),
		).toMatchObject({ passed: true, validity_matches_age: true });
	});
	it('the back: no dates to check, said in not_checked', () => {
		expect(check('mtp-hk-back')).toEqual({
			passed: true,
			failures: [],
			missing_fields: [],
			not_checked: [
				'id_number: the Hong Kong or Macao identity card number on the back is not checked',
				'validity, birth date and sex: the back of the permit does not print them',
			],
			permit_for: null,
			number_format: 'missing',
			number_valid: null,
			number_matches_type: null,
			issue_times_valid: null,
		});
	});
	it('no failure message quotes the number, a name or the birth date', () => {
		for (const id of Object.keys(FIXTURES).filter((k) => !FIXTURES[k].error)) {
			const text = check(id).failures.join(' ');
			for (const key of ['number', 'name', 'name_en', 'id_number'])
				if (FIXTURES[id][key]) expect(text).not.toContain(FIXTURES[id][key]);
			expect(text).not.toContain(FIXTURES[id].birth_date.replace(/\./g, '-') || '@');
		}
	});
});

describe('mainland travel permit: masking', () => {
	const back = FIXTURES['mtp-hk-back'];
	it('mask: number, names, identity card number, birth year, machine-readable lines; the rest stays', () => {
		const json = maskMainlandTravelPermit(
			{ ...FIXTURES['mtp-hk-front'], portrait_image: 'AAAA', confidence: { number: 0.9 } },
			'mask',
		);
		expect(json).toMatchObject({
			number: 'H******67',
			name: '陈*文',
			name_en: 'C***********N',
			birth_date: '1985',
			sex: '男',
			valid_period: '2025.03.10-2035.03.09',
			issue_times: '01',
			confidence: { number: 0.9 },
		});
		expect(json.portrait_image).toBeUndefined();
		const masked = maskMainlandTravelPermit({ ...back }, 'mask');
		expect(masked).toMatchObject({ id_name: '陈*文', id_number: 'A*********' });
		expect(masked.machine_code1).toBe('*'.repeat(back.machine_code1.length));
		expect(maskMainlandTravelPermit(masked, 'mask')).toEqual(masked); // idempotent
	});
	it('drop: the personal fields are gone', () => {
		const json = maskMainlandTravelPermit({ ...back, portrait_image: 'AAAA' }, 'drop');
		for (const key of [
			'id_name',
			'id_number',
			'machine_code1',
			'machine_code2',
			'machine_code3',
			'name',
			'number',
			'birth_date',
			'portrait_image',
		])
			expect(json[key]).toBeUndefined();
		expect(json).toMatchObject({ type: '港澳居民来往内地通行证', side: 'back' });
	});
});
