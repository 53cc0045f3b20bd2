import {
	CHECK_DIGIT_NOT_CHECKED,
	checkMacaoIdCard,
	macaoSide,
} from '../../nodes/HuaweiCloudOcr/helpers/macaoIdCard/checks';
import { parseMacaoNumber } from '../../nodes/HuaweiCloudOcr/helpers/macaoIdCard/macaoNumber';
import {
	maskMacaoIdCard,
	maskMacaoNumber,
} from '../../nodes/HuaweiCloudOcr/helpers/macaoIdCard/masking';

const { FIXTURES } = require('../emulator/apis/macao-id-card.fixtures');

const TODAY = '2026-11-24';

describe('Macao ID number format (helpers/macaoIdCard/macaoNumber.ts)', () => {
	it.each([
		['1234567(8)', '1234567(8)'],
		['5123456(7)', '5123456(7)'],
		['76543210', '7654321(0)'],
		['1/234567/8', '1234567(8)'],
		['１２３４５６７（８）', '1234567(8)'],
		[' 1234567 (8) ', '1234567(8)'],
	])('%j is well formed, printed %s', (raw, printed) => {
		expect(parseMacaoNumber(raw)).toEqual({
			normalized: printed,
			format: 'macao',
			first_digit: printed[0],
		});
	});

	it.each(['2234567(8)', '0234567(8)', '123456(7)', '12345678(9)', '1234567(X)', 'A123456(3)'])(
		'%j is not a Macao ID number',
		(raw) => {
			expect(parseMacaoNumber(raw)).toMatchObject({ format: 'invalid', first_digit: null });
		},
	);

	it('an empty number is missing', () => {
		expect(parseMacaoNumber('').format).toBe('missing');
	});
});

describe('checkMacaoIdCard', () => {
	it.each(['mo-chan', 'mo-five', 'mo-seven'])(
		'%s passes; the check digit is reported as not checked',
		(id) => {
			expect(checkMacaoIdCard(FIXTURES[id], { today: TODAY })).toEqual({
				passed: true,
				failures: [],
				missing_fields: [],
				not_checked: [CHECK_DIGIT_NOT_CHECKED],
				side: 'front',
				number_format: 'macao',
				sex_valid: true,
				birth_date_valid: true,
				issue_date_valid: true,
				initial_issue_date_valid: true,
				expiry_date_valid: true,
				validity_order_valid: true,
				expired: false,
			});
		},
	);

	it('the back needs its three machine-code lines only', () => {
		const back = checkMacaoIdCard(FIXTURES['mo-back'], { today: TODAY });
		expect(back).toMatchObject({ passed: true, side: 'back', number_format: 'missing' });
		const { machine_code2: _gone, ...partial } = FIXTURES['mo-back'];
		expect(checkMacaoIdCard(partial, { today: TODAY }).failures).toEqual([
			'machine_code2 is missing',
		]);
	});

	it('the side: Huawei’s, else the one asked for, else told from the fields', () => {
		expect(macaoSide({ side: 'back' }, 'front')).toBe('back');
		expect(macaoSide({}, 'back')).toBe('back');
		expect(macaoSide({ machine_code1: 'IDMAC' })).toBe('back');
		expect(macaoSide({ number: '1234567(8)' })).toBe('front');
	});

	it('a first digit other than 1, 5 or 7 and a short number fail, without quoting the number', () => {
		for (const id of ['mo-bad-prefix', 'mo-bad-format']) {
			const checks = checkMacaoIdCard(FIXTURES[id], { today: TODAY });
			expect(checks).toMatchObject({ passed: false, number_format: 'invalid', not_checked: [] });
			expect(checks.failures).toEqual([
				'number is not a Macao ID number (1, 5 or 7, six digits and a digit in parentheses)',
			]);
			expect(JSON.stringify(checks)).not.toMatch(/23456/);
		}
	});

	it('an expired card fails: valid through its expiry day', () => {
		const checks = checkMacaoIdCard(FIXTURES['mo-expired'], { today: TODAY });
		expect(checks).toMatchObject({ passed: false, expired: true, validity_order_valid: true });
		expect(checks.failures).toEqual(['card expired: valid to 2015-01-10']);
		const lastDay = { ...FIXTURES['mo-chan'], expiry_date: '24-11-2026' };
		expect(checkMacaoIdCard(lastDay, { today: TODAY }).expired).toBe(false);
		expect(checkMacaoIdCard(lastDay, { today: '2026-11-25' }).expired).toBe(true);
	});

	it('dates that are not real, in the future or out of order fail, with reasons', () => {
		expect(checkMacaoIdCard(FIXTURES['mo-bad-dates'], { today: TODAY })).toMatchObject({
			passed: false,
			birth_date_valid: false,
			issue_date_valid: false,
			expiry_date_valid: false,
			validity_order_valid: null,
			expired: null,
			failures: [
				'birth_date is not a real date',
				'issue_date is in the future',
				'expiry_date is not a real date',
			],
		});
		expect(checkMacaoIdCard(FIXTURES['mo-out-of-order'], { today: TODAY })).toMatchObject({
			passed: false,
			validity_order_valid: false,
			failures: ['issue_date is not before expiry_date', 'card expired: valid to 2020-06-15'],
		});
		const twoDigits = { ...FIXTURES['mo-chan'], expiry_date: '15-06-31' };
		expect(checkMacaoIdCard(twoDigits, { today: TODAY }).failures).toEqual([
			'expiry_date is not a date (DD-MM-YYYY)',
		]);
	});
});

describe('masking', () => {
	it('keeps the first digit of the number', () => {
		expect(maskMacaoNumber('1234567(8)')).toBe('1******(*)');
		expect(maskMacaoNumber(maskMacaoNumber('1234567(8)'))).toBe('1******(*)');
	});

	it('mask: names, number, birth date, height and machine codes masked, portrait removed', () => {
		const front = { ...FIXTURES['mo-chan'], portrait_image: 'abc', birth_date_iso: '1985-02-01' };
		expect(maskMacaoIdCard(front, 'mask')).toEqual({
			...FIXTURES['mo-chan'],
			name: '陳*明',
			name_en: 'C*** S** M***',
			birth_date: '1985',
			birth_date_iso: '1985',
			height: '****',
			number: '1******(*)',
		});
		expect(maskMacaoIdCard(FIXTURES['mo-back'], 'mask').machine_code1).toBe('*'.repeat(30));
	});

	it('drop: the personal fields are deleted', () => {
		const json = { ...FIXTURES['mo-chan'], portrait_image: 'abc' };
		expect(Object.keys(maskMacaoIdCard(json, 'drop'))).toEqual([
			'side',
			'sex',
			'issue_date',
			'expiry_date',
			'initial_issue_date',
			'symbols',
		]);
	});
});
