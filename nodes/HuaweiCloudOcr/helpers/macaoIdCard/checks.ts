/**
 * Local checks of a recognized Macao resident identity card: the `checks` object of an output item.
 *
 *   passed, failures, missing_fields, not_checked, side   always (side: the side Huawei read, else the side
 *                                           asked for, else told from the fields)
 *   number_format                           'macao' (1, 5 or 7, six digits and a digit in parentheses: the
 *                                           format only, ./macaoNumber.ts says why), 'invalid', 'missing'
 *   sex_valid                               男 or 女 (MacaoIdCardResult), M or F; null when absent
 *   birth_date_valid                        a real day, not after today
 *   issue_date_valid                        a real day, not after today, not before the birth date
 *   initial_issue_date_valid                a real day (or month), not after today or the issue date, not before birth
 *   expiry_date_valid                       a real day with a four-digit year
 *   validity_order_valid                    the issue date is before the expiry date
 *   expired                                 today (Asia/Shanghai, Macao's day too) is after the expiry date
 * Required: number, birth_date and expiry_date on the front; the three machine-code lines on the back.
 * A check that cannot be computed is null. `passed` is true when `failures` is empty. Messages never quote
 * the number, the names or the birth date (validity dates are not personal and may appear).
 */

import { pastCardDate, readCardDate, readCardMonth } from '../shared/cardDates';
import type { PlainObject } from '../shared/plainObject';
import { text } from '../shared/text';
import { parseMacaoNumber, type MacaoNumberFormat } from './macaoNumber';

export const FRONT_FIELDS = ['number', 'birth_date', 'expiry_date'] as const;
export const BACK_FIELDS = ['machine_code1', 'machine_code2', 'machine_code3'] as const;
const SEXES = ['男', '女', 'M', 'F'];
export const CHECK_DIGIT_NOT_CHECKED =
	"number check digit: Macao's Identification Services Bureau publishes no rule for it, so only the format is checked";

export type MacaoSide = 'front' | 'back';

export interface MacaoIdCardChecks {
	passed: boolean;
	failures: string[];
	missing_fields: string[];
	not_checked: string[];
	side: MacaoSide;
	number_format: MacaoNumberFormat;
	sex_valid: boolean | null;
	birth_date_valid: boolean | null;
	issue_date_valid: boolean | null;
	initial_issue_date_valid: boolean | null;
	expiry_date_valid: boolean | null;
	validity_order_valid: boolean | null;
	expired: boolean | null;
}

/** The side of a result: Huawei's `side`, else the one requested, else back when only machine codes are read. */
export function macaoSide(result: PlainObject, requested?: unknown): MacaoSide {
	const read = text(result.side);
	if (read === 'front' || read === 'back') return read;
	if (requested === 'front' || requested === 'back') return requested;
	const hasFront = FRONT_FIELDS.some((f) => text(result[f]) !== '');
	const hasBack = BACK_FIELDS.some((f) => text(result[f]) !== '');
	return hasBack && !hasFront ? 'back' : 'front';
}

/** The checks of one Huawei MacaoIdCardResult (or an output item's JSON). `today` is YYYY-MM-DD. */
export function checkMacaoIdCard(
	result: PlainObject,
	options: { today: string; side?: unknown },
): MacaoIdCardChecks {
	const { today } = options;
	const side = macaoSide(result, options.side);
	const failures: string[] = [];
	const notChecked: string[] = [];
	const required = side === 'front' ? FRONT_FIELDS : BACK_FIELDS;
	const missing = required.filter((field) => text(result[field]) === '');
	for (const field of missing) failures.push(`${field} is missing`);

	const number = parseMacaoNumber(text(result.number));
	if (number.format === 'invalid')
		failures.push(
			'number is not a Macao ID number (1, 5 or 7, six digits and a digit in parentheses)',
		);
	else if (number.format === 'macao') notChecked.push(CHECK_DIGIT_NOT_CHECKED);

	const sexText = text(result.sex);
	const sexValid = sexText === '' ? null : SEXES.includes(sexText.toUpperCase());
	if (sexValid === false) failures.push('sex is neither 男 nor 女');

	const birth = pastCardDate('birth_date', text(result.birth_date), today, failures);
	const issue = pastCardDate('issue_date', text(result.issue_date), today, failures);
	if (issue.iso && birth.iso && issue.iso < birth.iso) {
		failures.push('issue_date is before birth_date');
		issue.valid = false;
	}

	let initialValid: boolean | null = null;
	const initialText = text(result.initial_issue_date);
	if (initialText !== '') {
		const day = readCardDate(initialText, today);
		const month = readCardMonth(initialText, today);
		const at = day === 'unreadable' || day === 'invalid' ? month : day;
		initialValid = false;
		if (at === 'unreadable') failures.push('initial_issue_date is not a date (DD-MM-YYYY)');
		else if (at === 'invalid') failures.push('initial_issue_date is not a real date');
		else if (at > today) failures.push('initial_issue_date is in the future');
		else if (issue.iso && at > issue.iso) failures.push('initial_issue_date is after issue_date');
		else if (birth.iso && at < birth.iso.slice(0, at.length))
			failures.push('initial_issue_date is before birth_date');
		else initialValid = true;
	}

	let expiryValid: boolean | null = null;
	let orderValid: boolean | null = null;
	let expired: boolean | null = null;
	const expiryText = text(result.expiry_date);
	if (expiryText !== '') {
		// an end date is in the future when sound: a two-digit year cannot be told (2031 or 1931)
		const expiry = /\d{4}/.test(expiryText) ? readCardDate(expiryText, today) : 'unreadable';
		expiryValid = expiry !== 'unreadable' && expiry !== 'invalid';
		if (expiry === 'unreadable') failures.push('expiry_date is not a date (DD-MM-YYYY)');
		else if (expiry === 'invalid') failures.push('expiry_date is not a real date');
		else {
			if (issue.iso) {
				orderValid = issue.iso < expiry;
				if (!orderValid) failures.push('issue_date is not before expiry_date');
			}
			expired = today > expiry;
			if (expired) failures.push(`card expired: valid to ${expiry}`);
		}
	}

	return {
		passed: failures.length === 0,
		failures,
		missing_fields: missing,
		not_checked: notChecked,
		side,
		number_format: number.format,
		sex_valid: sexValid,
		birth_date_valid: birth.valid,
		issue_date_valid: issue.valid,
		initial_issue_date_valid: initialValid,
		expiry_date_valid: expiryValid,
		validity_order_valid: orderValid,
		expired,
	};
}
