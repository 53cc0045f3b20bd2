/**
 * Local checks of a recognized Hong Kong identity card: the `checks` object of an output item.
 *
 *   passed, failures, missing_fields        always (missing: number, name_en, birth_date; the Chinese name is
 *                                           printed only for holders who have one)
 *   number_format, check_digit_valid        the HKID and its modulus-11 check digit (./hkid.ts)
 *   sex_valid                               M or F (HkIdCardResult: 男 M, 女 F); null when absent
 *   birth_date_valid                        a real day, not after today; null when absent
 *   issue_date_valid                        a real day, not after today, not before the birth date
 *   initial_issue_date_valid                a real month (the card prints `(MM-YY)`), not after the issue date's
 *                                           month, not before the birth month
 * A check that cannot be computed is null (its reason in `failures` when the field is unreadable). `passed` is
 * true when `failures` is empty. Messages never quote the number, the names or the birth date.
 *
 * Dates: Huawei's model gives them as text without a format. The card prints the birth date DD-MM-YYYY, the
 * issue date DD-MM-YY and the first issue (MM-YY); helpers/shared/cardDates.ts reads all of these.
 */

import { pastCardDate, readCardMonth } from '../shared/cardDates';
import type { PlainObject } from '../shared/plainObject';
import { text } from '../shared/text';
import { parseHkid, type HkidFormat } from './hkid';

export const REQUIRED_FIELDS = ['number', 'name_en', 'birth_date'] as const;
const SEXES = ['M', 'F', '男', '女', '男M', '女F'];

export interface HkIdCardChecks {
	passed: boolean;
	failures: string[];
	missing_fields: string[];
	number_format: HkidFormat;
	check_digit_valid: boolean | null;
	sex_valid: boolean | null;
	birth_date_valid: boolean | null;
	issue_date_valid: boolean | null;
	initial_issue_date_valid: boolean | null;
}

/** The checks of one Huawei HkIdCardResult (or an output item's JSON). `today` is YYYY-MM-DD. */
export function checkHkIdCard(result: PlainObject, today: string): HkIdCardChecks {
	const failures: string[] = [];
	const missing = REQUIRED_FIELDS.filter((field) => text(result[field]) === '');
	for (const field of missing) failures.push(`${field} is missing`);

	const number = parseHkid(text(result.number));
	if (number.format === 'invalid')
		failures.push(
			'number is not an HKID (1 or 2 letters, 6 digits and a check digit in parentheses)',
		);
	else if (number.check_digit_valid === false)
		failures.push('number check digit is wrong (HKID modulus 11)');

	const sexText = text(result.sex);
	const sexValid = sexText === '' ? null : SEXES.includes(sexText.toUpperCase());
	if (sexValid === false) failures.push('sex is neither M nor F');

	const birth = pastCardDate('birth_date', text(result.birth_date), today, failures);
	const issue = pastCardDate('issue_date', text(result.issue_date), today, failures);
	if (issue.iso && birth.iso && issue.iso < birth.iso) {
		failures.push('issue_date is before birth_date');
		issue.valid = false;
	}

	let initialValid: boolean | null = null;
	const initialText = text(result.initial_issue_date);
	if (initialText !== '') {
		const month = readCardMonth(initialText, today);
		initialValid = false;
		if (month === 'unreadable')
			failures.push('initial_issue_date is not a month ((MM-YY) or a date)');
		else if (month === 'invalid') failures.push('initial_issue_date is not a real month');
		else if (month > today.slice(0, 7)) failures.push('initial_issue_date is in the future');
		else if (issue.iso && month > issue.iso.slice(0, 7))
			failures.push('initial_issue_date is after issue_date');
		else if (birth.iso && month < birth.iso.slice(0, 7))
			failures.push('initial_issue_date is before birth_date');
		else initialValid = true;
	}

	return {
		passed: failures.length === 0,
		failures,
		missing_fields: missing,
		number_format: number.format,
		check_digit_valid: number.check_digit_valid,
		sex_valid: sexValid,
		birth_date_valid: birth.valid,
		issue_date_valid: issue.valid,
		initial_issue_date_valid: initialValid,
	};
}
