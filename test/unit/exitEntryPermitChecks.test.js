import { checkExitEntryPermit } from '../../nodes/HuaweiCloudOcr/helpers/exitEntryPermit/checks';
import { maskExitEntryPermit } from '../../nodes/HuaweiCloudOcr/helpers/exitEntryPermit/masking';

// The fixtures and their hand checks: test/emulator/apis/exit-entry-permit.fixtures.js.
const { FIXTURES } = require('../emulator/apis/exit-entry-permit.fixtures');
const TODAY = '2026-12-02';
const check = (id, changes = {}) => checkExitEntryPermit({ ...FIXTURES[id], ...changes }, TODAY);

describe('exit-entry permit: number format and type', () => {
	it('a sound Hong Kong and Macao permit (C + 8 digits, 10 years, 16 or over) passes every check', () => {
		expect(check('eep-hkmo-front')).toEqual({
			passed: true,
			failures: [],
			missing_fields: [],
			not_checked: [],
			permit_for: 'hong_kong_macao',
			number_format: 'hong_kong_macao',
			number_valid: true,
			number_matches_type: true,
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
	it('the 2018 series (C, letter, 7 digits), Taiwan (L + 8 digits) and a minor’s 5-year permit pass', () => {
		expect(check('eep-hkmo-letter')).toMatchObject({ passed: true, number_valid: true });
		expect(check('eep-tw-front')).toMatchObject({
			passed: true,
			permit_for: 'taiwan',
			number_format: 'taiwan',
		});
		expect(check('eep-minor')).toMatchObject({
			passed: true,
			validity_period_years: 5,
			validity_matches_age: true,
		});
	});
	it('C + 7 digits, C + I + 7 digits, L + 7 digits and a number of the other permit fail, with reasons', () => {
		const hkmo =
			'permit number is not C followed by 8 digits, or by a letter (not I or O) and 7 digits (Hong Kong and Macao permit)';
		expect(check('eep-bad-number')).toMatchObject({
			passed: false,
			number_format: 'invalid',
			number_valid: false,
			failures: [hkmo],
		});
		expect(check('eep-bad-letter').failures).toEqual([hkmo]);
		expect(check('eep-tw-front', { number: 'L0123456' }).failures).toEqual([
			'permit number is not L followed by 8 digits (Taiwan permit)',
		]);
		expect(check('eep-hkmo-front', { type: '', number: 'W01234567' }).failures).toEqual([
			'permit number is neither C followed by 8 characters (Hong Kong and Macao) nor L followed by 8 digits (Taiwan)',
		]);
		expect(check('eep-type-mismatch')).toMatchObject({
			number_matches_type: false,
			failures: [
				'the permit type is the Taiwan permit but the number is a Hong Kong and Macao one',
			],
		});
	});
});

describe('exit-entry permit: validity and endorsements', () => {
	it('expired, a month 13, a 7-year period, a 10-year permit of a 12-year-old fail, with reasons', () => {
		expect(check('eep-expired')).toMatchObject({
			expired: true,
			failures: ['permit expired: valid to 2022-04-30'],
		});
		expect(check('eep-bad-dates')).toMatchObject({
			validity_dates_valid: false,
			failures: ['valid_period starts on a day that does not exist'],
		});
		expect(check('eep-bad-period').failures).toEqual([
			'validity period of 7 years is not one this permit has (10 or 5 years)',
		]);
		expect(check('eep-minor-ten').failures).toEqual([
			'a 10-year permit is issued at 16 or over, but the holder was younger when it starts',
		]);
		expect(
			check('eep-hkmo-front', { birth_date: '1990.03.07', valid_period: '2024.06.01-2029.05.31' })
				.failures,
		).toEqual(['a 5-year permit is issued under 16, but the holder was 16 or over when applying']);
	});
	it('the back: an expired endorsement is reported, not a failure; a day that does not exist fails', () => {
		expect(check('eep-hkmo-back')).toEqual({
			passed: true,
			failures: [],
			missing_fields: [],
			not_checked: ['validity, birth date and sex: the back of the permit does not print them'],
			permit_for: 'hong_kong_macao',
			number_format: 'missing',
			number_valid: null,
			number_matches_type: null,
			endorsements: { hk: { valid_to: '2023-05-31', dates_valid: true, expired: true } },
		});
		expect(check('eep-bad-endorsement')).toMatchObject({
			passed: false,
			endorsements: { mo: { valid_to: null, dates_valid: false, expired: null } },
			failures: ['endorsement_info_mo.endorsement_valid_period names a day that does not exist'],
		});
		const until = { endorsement_type: '探亲(T)', endorsement_valid_period: '有效期至2099.01.01' };
		expect(check('eep-hkmo-back', { endorsement_info_tw: until }).endorsements.tw).toEqual({
			valid_to: '2099-01-01',
			dates_valid: true,
			expired: false,
		});
	});
	it('no failure message quotes the number, a name or the birth date', () => {
		for (const id of Object.keys(FIXTURES).filter((k) => !FIXTURES[k].error)) {
			const text = check(id).failures.join(' ');
			for (const key of ['number', 'name', 'name_en'])
				if (FIXTURES[id][key]) expect(text).not.toContain(FIXTURES[id][key]);
			if (FIXTURES[id].birth_date)
				expect(text).not.toContain(FIXTURES[id].birth_date.replace(/\./g, '-'));
		}
	});
});

describe('exit-entry permit: masking', () => {
	it('mask: number, names, birth year, machine code; endorsement fields kept, an added one masked', () => {
		const json = maskExitEntryPermit(
			{ ...FIXTURES['eep-future-fields'], portrait_image: 'AAAA' },
			'mask',
		);
		expect(json).toMatchObject({
			number: 'C******67',
			name: '张*',
			name_en: 'Z********N',
			birth_date: '1990',
			machine_code: '*'.repeat(FIXTURES['eep-hkmo-front'].machine_code.length),
			sex: '男',
			issue_place: '广东',
			endorsement_info_hk: { holder_name: '张*', endorsement_type: '' },
		});
		expect(json.portrait_image).toBeUndefined();
		expect(maskExitEntryPermit(json, 'mask')).toEqual(json); // idempotent
	});
	it('drop: the personal fields and an endorsement field the model lacks are gone; the endorsement stays', () => {
		const json = maskExitEntryPermit(
			{ ...FIXTURES['eep-future-fields'], portrait_image: 'AAAA' },
			'drop',
		);
		for (const key of ['number', 'name', 'name_en', 'birth_date', 'machine_code', 'portrait_image'])
			expect(json[key]).toBeUndefined();
		expect(json.endorsement_info_hk).toEqual({
			endorsement_type: '',
			valid_round_trips: '',
			endorsement_valid_period: '',
			remark: '',
			issue_info: '',
		});
		expect(maskExitEntryPermit({ endorsement_info_mo: '张三 2024' }, 'drop')).toEqual({});
	});
});
