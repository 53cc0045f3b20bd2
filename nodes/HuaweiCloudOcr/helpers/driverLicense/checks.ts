/**
 * Local checks of a recognized Chinese driver license: the `checks` object of an output item.
 *
 *   passed, failures, missing_fields, not_checked     always
 *   number_format, number_valid, check_digit_valid    the license number is a GB 11643-1999 ID number
 *                                                     (helpers/shared/idNumber.ts, shared with the ID card)
 *   birth_valid, birth_matches_number, sex_matches_number        main page
 *   validity_dates_valid, validity_order_valid, validity_period_years, validity_period_valid, long_term,
 *   expired, not_yet_valid                                       main page
 *   issue_date_valid, issue_date_not_after_valid_from, issue_date_age_valid   main page (first issue)
 *   sides_match                                       double_side: both pages carry the same number
 * A check that cannot be computed is null (its reason in `failures`, or in `not_checked` when nothing is
 * wrong). `passed` is true when `failures` is empty. Messages never quote the number, name, birth or address.
 *
 * Rules (《机动车驾驶证申领和使用规定》, 公安部令第123号 arts. 10–11, kept by 第162号):
 *  - the license number is the holder's identity-document number: for a Chinese national, the 18-character
 *    ID number with its check character; its digits 7–14 are the birth date and its 17th digit the sex
 *    (odd 男, even 女). A license of a holder whose nationality is not 中国 may carry another document's
 *    number: when it is not 18 ID characters it is reported as not checked, not as failed.
 *  - validity: valid_from before valid_to, a period of 6 or 10 whole years, or 长期 (long-term); a license is
 *    valid through its valid_to day (Asia/Shanghai); a print of "6年"/"10年" instead of an end date is read as
 *    that period.
 *  - first issue (issue_date): a real date, not in the future, not after valid_from, and not before the
 *    holder's 18th birthday — 18 is the lowest age any class requires (小型汽车, 小型自动挡汽车, 轻便摩托车…:
 *    "在18周岁以上"); the classes that require more (20–26) are not checked against `class`.
 */

import { checkPastDate } from '../shared/dateChecks';
import { addYears, toIsoDate } from '../shared/dates';
import { parseIdNumber, type IdNumberFormat } from '../shared/idNumber';
import {
	licensePages,
	licenseSide,
	missingPageFields,
	pagesCarrySameNumber,
} from '../shared/licensePages';
import type { PlainObject } from '../shared/plainObject';
import { text } from '../shared/text';
import { isLongTerm, periodYears } from '../shared/periods';

export const MIN_AGE = 18;
export const VALIDITY_PERIODS = [6, 10] as const;
export const FRONT_FIELDS = [
	'number',
	'name',
	'sex',
	'birth',
	'issue_date',
	'class',
	'valid_from',
	'valid_to',
] as const;
export const BACK_FIELDS = ['number', 'name'] as const;

export interface DriverLicenseChecks {
	passed: boolean;
	failures: string[];
	missing_fields: string[];
	not_checked: string[];
	number_format: IdNumberFormat;
	number_valid: boolean | null;
	check_digit_valid: boolean | null;
	birth_valid?: boolean | null;
	birth_matches_number?: boolean | null;
	sex_matches_number?: boolean | null;
	validity_dates_valid?: boolean;
	validity_order_valid?: boolean | null;
	validity_period_years?: number | null;
	validity_period_valid?: boolean | null;
	long_term?: boolean;
	expired?: boolean | null;
	not_yet_valid?: boolean | null;
	issue_date_valid?: boolean | null;
	issue_date_not_after_valid_from?: boolean | null;
	issue_date_age_valid?: boolean | null;
	sides_match?: boolean | null;
}

const CHINESE = ['中国', '中华人民共和国', 'CHN', 'CHINA'];

function isForeign(nationality: unknown): boolean {
	const value = text(nationality).toUpperCase();
	return value !== '' && !CHINESE.includes(value);
}

/** The checks of one Huawei driving-license result; `side` is the side requested. */
export function checkDriverLicense(
	result: PlainObject,
	options: { today: string; side?: unknown },
): DriverLicenseChecks {
	const today = options.today;
	const side = licenseSide(result, options.side);
	const failures: string[] = [];
	const notChecked: string[] = [];
	const pages = licensePages(result, side);
	const { front, back } = pages;
	const missing = missingPageFields(side, pages, { front: FRONT_FIELDS, back: BACK_FIELDS });
	for (const m of missing) failures.push(`${m} is missing`);

	// The license number: the main page's, else the secondary page's.
	const fields = front ?? (back as PlainObject);
	const numberText = text(fields.number) || text(back?.number);
	const number = parseIdNumber(numberText);
	const out: DriverLicenseChecks = {
		passed: false,
		failures,
		missing_fields: missing,
		not_checked: notChecked,
		number_format: number.format,
		number_valid: null,
		check_digit_valid: number.check_digit_valid,
	};
	const foreign = isForeign(fields.nationality);
	if (number.format === 'missing') {
		// reported as missing above
	} else if (number.format !== 'id18' && foreign) {
		notChecked.push(
			'number: the holder is not a Chinese national and the number is not an 18-character ID number',
		);
	} else if (number.format === 'legacy15') {
		failures.push('license number has 15 digits: licenses carry the 18-character ID number');
		out.number_valid = false;
	} else if (number.format === 'invalid') {
		failures.push('license number is not an ID number (17 digits followed by a digit or X)');
		out.number_valid = false;
	} else {
		const birthSound = number.birth_digits_real && (number.birth_digits as string) <= today;
		if (number.check_digit_valid === false)
			failures.push('license number check character is wrong (GB 11643-1999)');
		if (!birthSound) failures.push('birth date in the license number is not a real past date');
		out.number_valid = number.check_digit_valid === true && birthSound;
	}

	if (front) {
		const birth = checkPastDate('birth', text(front.birth), today, failures);
		out.birth_valid = birth.valid;
		out.birth_matches_number = null;
		if (birth.iso && number.format === 'id18' && number.birth_digits) {
			out.birth_matches_number = birth.iso === number.birth_digits;
			if (!out.birth_matches_number)
				failures.push('birth differs from digits 7-14 of the license number');
		}
		out.sex_matches_number = null;
		const sex = text(front.sex);
		if (sex !== '' && number.format === 'id18' && number.sex) {
			if (sex !== '男' && sex !== '女') {
				failures.push('sex is neither 男 nor 女');
				out.sex_matches_number = false;
			} else {
				out.sex_matches_number = sex === number.sex;
				if (!out.sex_matches_number)
					failures.push('sex differs from the 17th digit of the license number (odd 男, even 女)');
			}
		}
		checkValidity(front, today, failures, out);
		checkFirstIssue(
			front,
			today,
			birth.iso ?? (number.birth_digits_real ? number.birth_digits : null),
			failures,
			out,
		);
	}

	if (side === 'double_side' && front && back) {
		out.sides_match = pagesCarrySameNumber(result, (value) => parseIdNumber(value).normalized);
		if (out.sides_match === false) failures.push('the two pages carry different license numbers');
	}

	out.passed = failures.length === 0;
	return out;
}

function checkValidity(
	front: PlainObject,
	today: string,
	failures: string[],
	out: DriverLicenseChecks,
): void {
	const fromText = text(front.valid_from);
	const toText = text(front.valid_to);
	const from = toIsoDate(fromText);
	const longTerm = isLongTerm(toText);
	const printedYears = /^(\d{1,2})\s*年$/.exec(toText);
	let to = longTerm ? null : toIsoDate(toText);
	if (!to && printedYears && from) to = addYears(from, Number(printedYears[1]));
	if (fromText !== '' && !from) failures.push('valid_from is not a real date');
	if (toText !== '' && !longTerm && !to)
		failures.push('valid_to is neither a real date, a period in years nor 长期');

	out.validity_dates_valid = !!from && (longTerm || !!to);
	out.validity_order_valid = null;
	out.validity_period_years = null;
	out.validity_period_valid = null;
	out.long_term = longTerm;
	if (from && (to || longTerm)) {
		out.validity_order_valid = longTerm || from < (to as string);
		if (!out.validity_order_valid) failures.push('validity starts on or after the day it ends');
		if (longTerm) out.validity_period_valid = true;
		else if (out.validity_order_valid) {
			const years = periodYears(from, to as string);
			out.validity_period_years = years;
			out.validity_period_valid =
				years !== null && (VALIDITY_PERIODS as readonly number[]).includes(years);
			if (years === null) failures.push(`validity ${from} to ${to} is not a whole number of years`);
			else if (!out.validity_period_valid)
				failures.push(
					`validity period of ${years} years is not one driver licenses have (6 or 10 years, or 长期)`,
				);
		} else out.validity_period_valid = false;
	}
	out.expired = longTerm ? false : to ? today > to : null;
	if (out.expired) failures.push(`license expired: valid to ${to}`);
	out.not_yet_valid = from ? today < from : null;
	if (out.not_yet_valid) failures.push(`license is not valid before ${from}`);
}

function checkFirstIssue(
	front: PlainObject,
	today: string,
	birth: string | null,
	failures: string[],
	out: DriverLicenseChecks,
): void {
	const issue = checkPastDate('issue_date (first issue)', text(front.issue_date), today, failures);
	out.issue_date_valid = issue.valid;
	out.issue_date_not_after_valid_from = null;
	out.issue_date_age_valid = null;
	if (!issue.iso) return;
	const from = toIsoDate(text(front.valid_from));
	if (from) {
		out.issue_date_not_after_valid_from = issue.iso <= from;
		if (!out.issue_date_not_after_valid_from)
			failures.push('issue_date (first issue) is after valid_from');
	}
	if (birth) {
		out.issue_date_age_valid = issue.iso >= addYears(birth, MIN_AGE);
		if (!out.issue_date_age_valid)
			failures.push(`issue_date (first issue) is before the holder's ${MIN_AGE}th birthday`);
	}
}
