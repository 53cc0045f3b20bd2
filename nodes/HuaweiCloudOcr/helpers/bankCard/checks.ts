/**
 * Local checks of a recognized bank card, computed without Huawei: the `checks` object of an output item.
 *
 * Shape:
 *   passed, failures, missing_fields      always (missing_fields: card_number when it is empty)
 *   number_format                         'digits' (12-19 digits once spaces and dashes are removed),
 *                                         'invalid' (anything else), 'missing'
 *   scheme                                the card scheme told by the number's first digits (see SCHEMES), or null
 *   luhn_valid                            the last digit is the Luhn (ISO/IEC 7812-1 annex B) check digit; null when
 *                                         the number is not 12-19 digits
 *   length_valid                          the number of digits is one the scheme issues; null when no number
 *   expiry_month                          expiry_date read as a month, YYYY-MM; null when absent or unreadable
 *   expired                               today (Asia/Shanghai) is after the last day of the expiry month; null
 *                                         when Huawei returned no expiry date (many debit cards print none)
 *   validity_order_valid                  issue_date's month is not after the expiry month; null unless both read
 * `passed` is true when `failures` is empty. A check that cannot be computed is null; when it cannot be computed
 * because its field is unreadable, the reason is in `failures`.
 *
 * The failure messages never quote the card number (they reach the error output even when the output is masked);
 * they name the scheme and count the digits only. Dates of validity are not personal data and may appear.
 *
 * The format of `expiry_date` is not documented: the SDK models (bankcard_result.py: 有效期截止日期, "end date of
 * validity", str) give no example. Cards print MM/YY, so readExpiry accepts MM/YY, MM/YYYY, YYYY/MM, YYYY-MM,
 * YYYY年MM月 and full dates (the month of the date is used); a card is valid through the last day of that month
 * (the "valid thru" convention of card schemes).
 */

import { daysInMonth, splitDate } from '../shared/dates';
import { text } from '../shared/text';

export interface BankCardChecks {
	passed: boolean;
	failures: string[];
	missing_fields: string[];
	number_format: 'digits' | 'invalid' | 'missing';
	scheme: string | null;
	luhn_valid: boolean | null;
	length_valid: boolean | null;
	expiry_month: string | null;
	expired: boolean | null;
	validity_order_valid: boolean | null;
}

interface Scheme {
	name: string;
	/** Inclusive prefix ranges, compared on as many leading digits as the bounds have. */
	ranges: Array<[string, string]>;
	lengths: readonly number[];
}

const range = (from: number, to: number): number[] =>
	Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Card schemes and the lengths they issue (ISO/IEC 7812 issuer identification numbers as the schemes publish
 * them). Order matters: the first match wins, so the narrower ranges come first.
 */
export const SCHEMES: readonly Scheme[] = [
	{
		name: 'American Express',
		ranges: [
			['34', '34'],
			['37', '37'],
		],
		lengths: [15],
	},
	{
		name: 'Diners Club',
		ranges: [
			['300', '305'],
			['36', '36'],
			['38', '38'],
		],
		lengths: [14, 15, 16],
	},
	{ name: 'JCB', ranges: [['3528', '3589']], lengths: range(16, 19) },
	{ name: 'UnionPay', ranges: [['62', '62']], lengths: range(16, 19) },
	{
		name: 'Mastercard',
		ranges: [
			['51', '55'],
			['2221', '2720'],
		],
		lengths: [16],
	},
	{ name: 'Visa', ranges: [['4', '4']], lengths: [13, 16, 19] },
];

/** Any other card: the lengths ISO/IEC 7812 allows for a primary account number this node accepts. */
export const OTHER_LENGTHS: readonly number[] = range(12, 19);

/** The digits of a card number as printed (spaces and dashes between groups removed), or null. */
export function cardDigits(value: unknown): string | null {
	if (typeof value !== 'string' && typeof value !== 'number') return null;
	const text = String(value).replace(/[\s-]/g, '');
	return /^\d+$/.test(text) ? text : null;
}

/** The Luhn check: doubling every second digit from the right, the sum is a multiple of 10. */
export function luhnValid(digits: string): boolean {
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		let d = Number(digits[digits.length - 1 - i]);
		if (i % 2 === 1) {
			d *= 2;
			if (d > 9) d -= 9;
		}
		sum += d;
	}
	return sum % 10 === 0;
}

export function schemeOf(digits: string): Scheme | undefined {
	return SCHEMES.find((scheme) =>
		scheme.ranges.some(([from, to]) => {
			const head = digits.slice(0, from.length);
			return head.length === from.length && head >= from && head <= to;
		}),
	);
}

function lengthList(lengths: readonly number[]): string {
	if (lengths.length > 2 && lengths[lengths.length - 1] - lengths[0] === lengths.length - 1)
		return `${lengths[0]} to ${lengths[lengths.length - 1]}`;
	if (lengths.length === 1) return String(lengths[0]);
	return `${lengths.slice(0, -1).join(', ')} or ${lengths[lengths.length - 1]}`;
}

export interface Month {
	year: number;
	month: number;
}

/** expiry_date (or issue_date) read as a month; null when it is none of the accepted shapes. */
export function readMonth(value: unknown): Month | null {
	if (typeof value !== 'string') return null;
	const text = value.trim().replace(/\s+/g, '');
	let match = /^(\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
	let month: Month | null = null;
	if (match) {
		const year = match[2].length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
		month = { year, month: Number(match[1]) };
	} else if (
		(match = /^(\d{4})[/.-](\d{1,2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月$/.exec(text))
	) {
		month = { year: Number(match[1]), month: Number(match[2]) };
	} else {
		const date = splitDate(text);
		if (date && date.day >= 1 && date.day <= daysInMonth(date.year, date.month))
			month = { year: date.year, month: date.month };
	}
	if (!month || month.month < 1 || month.month > 12 || month.year < 1900) return null;
	return month;
}

function isoMonth(month: Month): string {
	return `${month.year}-${String(month.month).padStart(2, '0')}`;
}

/** The checks of one Huawei BankcardResult (or an output item's JSON). `today` is YYYY-MM-DD. */
export function checkBankCard(result: Record<string, unknown>, today: string): BankCardChecks {
	const failures: string[] = [];
	const missing: string[] = [];
	const checks: BankCardChecks = {
		passed: false,
		failures,
		missing_fields: missing,
		number_format: 'missing',
		scheme: null,
		luhn_valid: null,
		length_valid: null,
		expiry_month: null,
		expired: null,
		validity_order_valid: null,
	};

	const raw = text(result.card_number);
	if (raw === '') {
		missing.push('card_number');
		failures.push('card_number is missing');
	} else {
		const digits = cardDigits(raw);
		if (!digits || digits.length < 12 || digits.length > 19) {
			checks.number_format = 'invalid';
			failures.push(
				digits
					? `card number has ${digits.length} digits; card numbers have 12 to 19`
					: 'card number is not made of digits',
			);
		} else {
			checks.number_format = 'digits';
			checks.luhn_valid = luhnValid(digits);
			if (!checks.luhn_valid) failures.push('card number fails its Luhn check digit');
		}
		if (digits) {
			const scheme = schemeOf(digits);
			checks.scheme = scheme?.name ?? null;
			const lengths = scheme?.lengths ?? OTHER_LENGTHS;
			checks.length_valid = lengths.includes(digits.length);
			if (!checks.length_valid && checks.number_format === 'digits')
				failures.push(
					`card number has ${digits.length} digits; ${scheme ? `${scheme.name} cards have` : 'card numbers have'} ${lengthList(lengths)}`,
				);
		}
	}

	const expiryText = text(result.expiry_date);
	const expiry = readMonth(expiryText);
	if (expiryText !== '' && !expiry)
		failures.push(`expiry_date "${expiryText}" is not a month (MM/YY)`);
	if (expiry) {
		checks.expiry_month = isoMonth(expiry);
		const lastDay = `${checks.expiry_month}-${String(daysInMonth(expiry.year, expiry.month)).padStart(2, '0')}`;
		checks.expired = today > lastDay;
		if (checks.expired) failures.push(`card expired: valid through ${checks.expiry_month}`);
	}

	const issueText = text(result.issue_date);
	const issue = readMonth(issueText);
	if (issueText !== '' && !issue) failures.push(`issue_date "${issueText}" is not a month (MM/YY)`);
	if (issue && expiry) {
		checks.validity_order_valid = isoMonth(issue) <= isoMonth(expiry);
		if (!checks.validity_order_valid)
			failures.push('validity starts after the expiry month (issue_date after expiry_date)');
	}

	checks.passed = failures.length === 0;
	return checks;
}
