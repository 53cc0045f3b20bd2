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
 * issue date DD-MM-YY and the first issue (MM-YY); all of these are read, as are the ISO shapes of
 * helpers/shared/dates.ts. A two-digit year of a date that cannot be in the future is the latest such year
 * not after today (2018 for 18 read in 2026, 1997 for 97).
 */

import { formatDate, isRealDate, splitDate, splitDayFirstDate } from '../shared/dates';
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

/** A full year for a two-digit one, the latest not after today's year. */
function fullYear(twoDigits: string, today: string): number {
	const year = 2000 + Number(twoDigits);
	return year <= Number(today.slice(0, 4)) ? year : year - 100;
}

/**
 * A card date as `YYYY-MM-DD`: `invalid` when it has a date's shape but names no day, `unreadable` when it
 * has none of the shapes read here.
 */
export function readCardDate(raw: string, today: string): string | 'invalid' | 'unreadable' {
	const value = raw.replace(/^\((.*)\)$/, '$1').trim();
	let date = splitDate(value) ?? splitDayFirstDate(value);
	const short = /^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{2})$/.exec(value);
	if (!date && short)
		date = { year: fullYear(short[3], today), month: Number(short[2]), day: Number(short[1]) };
	if (!date) return 'unreadable';
	return isRealDate(date.year, date.month, date.day) ? formatDate(date) : 'invalid';
}

/** The first-issue month as `YYYY-MM` ((MM-YY), MM-YYYY, YYYY-MM or a full date's month). */
export function readCardMonth(raw: string, today: string): string | 'invalid' | 'unreadable' {
	const value = raw.replace(/^\((.*)\)$/, '$1').trim();
	let year: number | undefined;
	let month: number | undefined;
	let match: RegExpExecArray | null;
	if ((match = /^(\d{1,2})[-./ ](\d{2})$/.exec(value))) {
		month = Number(match[1]);
		year = fullYear(match[2], today);
	} else if ((match = /^(\d{1,2})[-./ ](\d{4})$/.exec(value))) {
		month = Number(match[1]);
		year = Number(match[2]);
	} else if (
		(match = /^(\d{4})[-./](\d{1,2})$/.exec(value) ?? /^(\d{4})年(\d{1,2})月$/.exec(value))
	) {
		year = Number(match[1]);
		month = Number(match[2]);
	} else {
		const date = readCardDate(value, today);
		if (date === 'unreadable' || date === 'invalid') return date;
		return date.slice(0, 7);
	}
	if (month < 1 || month > 12 || year < 1) return 'invalid';
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The ISO form of a card date field, or null (what the derived `*_iso` fields hold). */
export function cardDateIso(value: unknown, today: string): string | null {
	const date = readCardDate(text(value), today);
	return date === 'invalid' || date === 'unreadable' ? null : date;
}

/** A date field that must be a real day not after today; its ISO form, or null. Failures named by `label`. */
function pastDate(
	label: string,
	raw: string,
	today: string,
	failures: string[],
): { iso: string | null; valid: boolean | null } {
	if (raw === '') return { iso: null, valid: null };
	const date = readCardDate(raw, today);
	if (date === 'unreadable') {
		failures.push(`${label} is not a date (DD-MM-YYYY)`);
		return { iso: null, valid: false };
	}
	if (date === 'invalid') {
		failures.push(`${label} is not a real date`);
		return { iso: null, valid: false };
	}
	if (date > today) {
		failures.push(`${label} is in the future`);
		return { iso: date, valid: false };
	}
	return { iso: date, valid: true };
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

	const birth = pastDate('birth_date', text(result.birth_date), today, failures);
	const issue = pastDate('issue_date', text(result.issue_date), today, failures);
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
