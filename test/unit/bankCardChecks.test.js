import {
	cardDigits,
	checkBankCard,
	luhnValid,
	readMonth,
	schemeOf,
} from '../../nodes/HuaweiCloudOcr/helpers/bankCard/checks';
import { maskBankCard, maskCardNumber } from '../../nodes/HuaweiCloudOcr/helpers/bankCard/masking';

const TODAY = '2026-11-24';

/*
 * Published test card numbers (Visa/Mastercard/Amex/JCB/Diners/UnionPay test numbers of payment processors),
 * each Luhn-checked by hand in test/emulator/apis/bankcard.fixtures.js. 4222222222222 (Visa, 13 digits):
 * places 0..12 from the right, 2s kept at even places 0..10 (6 → 12), 2s doubled at odd places 1..11 (6 → 24),
 * 4 at place 12 kept = 12 + 24 + 4 = 40 ✓.
 */
/** @type {Array<[string, string, number]>} number, scheme, digits */
const VALID = [
	['4111 1111 1111 1111', 'Visa', 16],
	['4222222222222', 'Visa', 13],
	['5555 5555 5555 4444', 'Mastercard', 16],
	['2223 0031 2200 3222', 'Mastercard', 16],
	['3782 822463 10005', 'American Express', 15],
	['3530 1113 3330 0000', 'JCB', 16],
	['3056 9309 0259 04', 'Diners Club', 14],
	['6205 5000 0000 0000 004', 'UnionPay', 19],
	['6200 0000 0000 0005', 'UnionPay', 16],
];

describe('bank card checks', () => {
	it.each(VALID)('%s is a Luhn-valid %s card of %i digits', (number, scheme, length) => {
		const checks = checkBankCard({ card_number: number, expiry_date: '12/49' }, TODAY);
		expect(checks).toMatchObject({
			passed: true,
			failures: [],
			number_format: 'digits',
			scheme,
			luhn_valid: true,
			length_valid: true,
			expired: false,
		});
		expect(cardDigits(number)).toHaveLength(length);
	});

	it('a changed last digit fails the Luhn check (6200 0000 0000 0006: 6 + 2 + 3 = 11)', () => {
		expect(luhnValid('6200000000000006')).toBe(false);
		const checks = checkBankCard({ card_number: '6200 0000 0000 0006' }, TODAY);
		expect(checks).toMatchObject({ passed: false, luhn_valid: false, length_valid: true });
		expect(checks.failures).toEqual(['card number fails its Luhn check digit']);
	});

	it.each([
		['4111 1111 1111 1111 3', 'Visa', '17 digits; Visa cards have 13, 16 or 19'],
		['3782 8224 6310 0011', 'American Express', '16 digits; American Express cards have 15'],
		['6200 0000 0000 000', 'UnionPay', '15 digits; UnionPay cards have 16 to 19'],
		['5555 5555 5555 4444 4', 'Mastercard', 'Mastercard cards have 16'],
	])('%s passes Luhn but has a length %s does not issue', (number, scheme, text) => {
		// Luhn-valid by hand, so that only the length fails: 4111 1111 1111 1111 3 sums 30 (fixture file);
		// 3782 8224 6310 0011: kept 1+0+0+3+4+2+2+7 = 19, doubled 2+0+2+3+4+7+7+6 = 31, 50 ✓;
		// 6200 0000 0000 000: 6 (place 14) + 2·2 (13) = 10 ✓. The Mastercard one fails both.
		expect(luhnValid(cardDigits(number))).toBe(scheme !== 'Mastercard');
		const checks = checkBankCard({ card_number: number }, TODAY);
		expect(checks.scheme).toBe(scheme);
		expect(checks.length_valid).toBe(false);
		expect(checks.failures.join('; ')).toContain(text);
	});

	it('scheme ranges: Mastercard 2221-2720, JCB 3528-3589, Diners 300-305; others take 12-19 digits', () => {
		expect(schemeOf('2221000000000000')?.name).toBe('Mastercard');
		expect(schemeOf('2720990000000000')?.name).toBe('Mastercard');
		expect(schemeOf('2721000000000000')).toBeUndefined();
		expect(schemeOf('3528000000000000')?.name).toBe('JCB');
		expect(schemeOf('3590000000000000')).toBeUndefined();
		expect(schemeOf('30500000000000')?.name).toBe('Diners Club');
		expect(schemeOf('30600000000000')).toBeUndefined();
		expect(schemeOf('5600000000000000')).toBeUndefined();
		// 9558 8000 0000 0000 002 (an old domestic 19-digit layout, no scheme prefix): length is fine.
		const other = checkBankCard({ card_number: '9558800000000000002' }, TODAY);
		expect(other.scheme).toBeNull();
		expect(other.length_valid).toBe(true);
	});

	it('a number that is not 12-19 digits is invalid; an empty one is missing', () => {
		expect(checkBankCard({ card_number: '6217 00XX 1234' }, TODAY)).toMatchObject({
			number_format: 'invalid',
			luhn_valid: null,
		});
		expect(checkBankCard({ card_number: '12345678901' }, TODAY).failures).toContain(
			'card number has 11 digits; card numbers have 12 to 19',
		);
		expect(checkBankCard({ card_number: '' }, TODAY)).toMatchObject({
			number_format: 'missing',
			missing_fields: ['card_number'],
			passed: false,
		});
	});

	describe('expiry', () => {
		it.each([
			['12/49', '2049-12'],
			['08/2030', '2030-08'],
			['2030/08', '2030-08'],
			['2030-08', '2030-08'],
			['2030年08月', '2030-08'],
			['2030-08-31', '2030-08'],
		])('%s reads as %s', (text, month) => {
			const m = readMonth(text);
			expect(m && `${m.year}-${String(m.month).padStart(2, '0')}`).toBe(month);
		});

		it('a card is valid through the last day of its expiry month (Asia/Shanghai today)', () => {
			const card = { card_number: '4111111111111111', expiry_date: '11/26' };
			expect(checkBankCard(card, '2026-11-30').expired).toBe(false);
			const after = checkBankCard(card, '2026-12-01');
			expect(after.expired).toBe(true);
			expect(after.failures).toEqual(['card expired: valid through 2026-11']);
			// February of a leap year ends on the 29th.
			const feb = { card_number: '4111111111111111', expiry_date: '02/28' };
			expect(checkBankCard(feb, '2028-02-29').expired).toBe(false);
			expect(checkBankCard(feb, '2028-03-01').expired).toBe(true);
		});

		it('no expiry printed (many debit cards): not a failure; an unreadable one is', () => {
			expect(checkBankCard({ card_number: '4111111111111111' }, TODAY)).toMatchObject({
				passed: true,
				expired: null,
				expiry_month: null,
			});
			const bad = checkBankCard({ card_number: '4111111111111111', expiry_date: '13/30' }, TODAY);
			expect(bad.failures).toEqual(['expiry_date "13/30" is not a month (MM/YY)']);
		});

		it('issue month after the expiry month fails', () => {
			const checks = checkBankCard(
				{ card_number: '4111111111111111', issue_date: '09/40', expiry_date: '08/40' },
				TODAY,
			);
			expect(checks.validity_order_valid).toBe(false);
			expect(checks.passed).toBe(false);
		});
	});

	it('failure messages never quote the card number', () => {
		for (const number of ['6200 0000 0000 0006', '4111 1111 1111 1111 3', '12345678901'])
			expect(checkBankCard({ card_number: number }, TODAY).failures.join(' ')).not.toContain(
				number.replace(/\s/g, '').slice(4, 12),
			);
	});
});

describe('bank card masking', () => {
	it('keeps the first 6 and last 4 digits', () => {
		expect(maskCardNumber('6205 5000 0000 0000 004')).toBe('620550*********0004');
		expect(maskCardNumber('4111111111111111')).toBe('411111******1111');
		expect(maskCardNumber(maskCardNumber('4111111111111111'))).toBe('411111******1111');
	});

	it('mask: number, holder name and their text location; drop: removed', () => {
		const json = {
			card_number: '4111 1111 1111 1111',
			bank_name: '招商银行',
			holder_name: '王小明',
			text_location: { card_number: [[0, 0]], bank_name: [[1, 1]] },
			checks: { passed: true },
		};
		expect(maskBankCard(json, 'mask')).toEqual({
			card_number: '411111******1111',
			bank_name: '招商银行',
			holder_name: '王*明',
			text_location: { bank_name: [[1, 1]] },
			checks: { passed: true },
		});
		expect(maskBankCard(json, 'drop')).toEqual({ bank_name: '招商银行', checks: { passed: true } });
		expect(maskBankCard(json, 'none')).toBe(json);
	});
});
