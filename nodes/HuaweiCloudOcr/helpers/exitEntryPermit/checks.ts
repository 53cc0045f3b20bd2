/**
 * Local checks of a recognized Exit-Entry Permit of a mainland resident: for Travelling to and from Hong Kong
 * and Macao (往来港澳通行证) or Taiwan (往来台湾通行证). The `checks` object of an output item:
 *
 *   passed, failures, missing_fields, not_checked        always
 *   permit_for                  'hong_kong_macao' | 'taiwan' from `type` and the number, null when unknown
 *   number_format               'hong_kong_macao' | 'taiwan' | 'invalid' | 'missing'
 *   number_valid                the number has one of these formats (null when absent)
 *   number_matches_type         the number's format is the one of the permit `type` names (null unless both)
 *   front side: birth_date_valid, sex_valid, validity_dates_valid, validity_order_valid, validity_period_years,
 *               validity_period_valid, validity_matches_age, expired, not_yet_valid (shared/validPeriod.ts)
 *   back side:  endorsements   per endorsement read (hk, mo, tw): { valid_to, dates_valid, expired }
 * A check that cannot be computed is null (its reason in `failures`, or in `not_checked` when nothing is
 * wrong). `passed` is true when `failures` is empty. Messages never quote the number, names or birth date.
 *
 * Rules:
 *  - Hong Kong and Macao, the electronic card issued since May 2014: 9 characters, C then 8 digits; once that
 *    range was used up, C, a letter (not I or O) and 7 digits (国家移民管理局, 2018-12-10, 电子往来港澳通行证号码
 *    编制规则调整: "前缀字母C保持不变，第二位改为顺序使用英文字母（I、O除外），第三位起仍然为阿拉伯数字，总位数仍为9位").
 *  - Taiwan, the electronic card issued since 2016-12-26: L then 8 digits (the format the card prints; no
 *    published numbering rule was found to cite).
 *  - both cards: valid 10 years for a holder of 16 or over, 5 years under 16 (公安部, the electronic permits'
 *    announcements of 2014 and 2016-12: "成人电子往来台湾通行证有效期延长为10年，对未满16周岁的仍签发5年有效通行证";
 *    the same for the Hong Kong and Macao card). The period's last day is the anniversary or the day before;
 *    the age rule as in shared/validPeriod.ts (16 on the first day for 10 years; under 16 when applying for 5).
 *  - An endorsement (签注) is valid through the last date of endorsement_valid_period; an expired endorsement
 *    is reported (`endorsements.<region>.expired`), not a failure: the permit itself stays valid. A date in it
 *    that does not exist is a failure.
 */

import { checkPastDate } from '../shared/dateChecks';
import { toIsoDate } from '../shared/dates';
import { isPlainObject, type PlainObject } from '../shared/plainObject';
import { halfWidth, text } from '../shared/text';
import {
	checkPermitValidity,
	readValidPeriod,
	type PermitValidityRule,
} from '../shared/validPeriod';

export type ExitEntryPermitFor = 'hong_kong_macao' | 'taiwan';
export type ExitEntryNumberFormat = ExitEntryPermitFor | 'invalid' | 'missing';

export const ADULT_AGE = 16;
export const VALIDITY_RULE: PermitValidityRule = { years: [10, 5], adultAge: ADULT_AGE };
export const FRONT_FIELDS = ['number', 'name', 'sex', 'birth_date', 'valid_period'] as const;
/** The endorsement objects of ExitEntryPermitResult, by the short name `checks.endorsements` uses. */
export const ENDORSEMENTS = {
	hk: 'endorsement_info_hk',
	mo: 'endorsement_info_mo',
	tw: 'endorsement_info_tw',
} as const;

export interface EndorsementCheck {
	/** The last day of the endorsement, YYYY-MM-DD; null when unreadable. */
	valid_to: string | null;
	/** endorsement_valid_period names real days (null when it names none). */
	dates_valid: boolean | null;
	expired: boolean | null;
}

export interface ExitEntryPermitChecks {
	passed: boolean;
	failures: string[];
	missing_fields: string[];
	not_checked: string[];
	permit_for: ExitEntryPermitFor | null;
	number_format: ExitEntryNumberFormat;
	number_valid: boolean | null;
	number_matches_type: boolean | null;
	birth_date_valid?: boolean | null;
	sex_valid?: boolean | null;
	validity_dates_valid?: boolean;
	validity_order_valid?: boolean | null;
	validity_period_years?: number | null;
	validity_period_valid?: boolean | null;
	validity_matches_age?: boolean | null;
	expired?: boolean | null;
	not_yet_valid?: boolean | null;
	endorsements?: Partial<Record<keyof typeof ENDORSEMENTS, EndorsementCheck>>;
}

/** The permit number without white space, upper-cased (full-width letters and digits made ASCII). */
export function normalizeExitEntryNumber(value: unknown): string {
	return halfWidth(text(value)).replace(/\s+/g, '').toUpperCase();
}

/** The format of an Exit-Entry Permit number (see the rules at the top). */
export function exitEntryNumberFormat(value: unknown): ExitEntryNumberFormat {
	const number = normalizeExitEntryNumber(value);
	if (number === '') return 'missing';
	if (/^C(?:\d{8}|[A-HJ-NP-Z]\d{7})$/.test(number)) return 'hong_kong_macao';
	if (/^L\d{8}$/.test(number)) return 'taiwan';
	return 'invalid';
}

/** Which permit `type` names: 往来港澳通行证 → 'hong_kong_macao', 往来台湾通行证 → 'taiwan', else null. */
export function exitEntryTypeOf(type: unknown): ExitEntryPermitFor | null {
	const value = text(type);
	if (/台湾|臺灣/.test(value)) return 'taiwan';
	if (/港澳|香港|澳门|澳門/.test(value)) return 'hong_kong_macao';
	return null;
}

const SEXES = ['男', '女', 'M', 'F', '男/M', '女/F'];
const DATE_IN_TEXT = /\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?/g;

/** An endorsement's last day: the second date of a period, else the only date in the text ("有效期至…"). */
function checkEndorsement(value: PlainObject, today: string): EndorsementCheck | null {
	const printed = text(value.endorsement_valid_period);
	if (printed === '') return null;
	const period = readValidPeriod(printed);
	const dates =
		period.toText !== '' ? [period.fromText, period.toText] : printed.match(DATE_IN_TEXT);
	if (!dates || dates.length === 0) return { valid_to: null, dates_valid: null, expired: null };
	const isos = dates.map((d) => toIsoDate(d.replace(/\s+/g, '')));
	const validTo = isos[isos.length - 1];
	const datesValid = isos.every((d) => d !== null);
	return { valid_to: validTo, dates_valid: datesValid, expired: validTo ? today > validTo : null };
}

/** The checks of one Huawei ExitEntryPermitResult (or an output item's JSON); `today` is YYYY-MM-DD. */
export function checkExitEntryPermit(result: PlainObject, today: string): ExitEntryPermitChecks {
	const failures: string[] = [];
	const notChecked: string[] = [];
	const back = text(result.side) === 'back';
	const missing = back ? [] : FRONT_FIELDS.filter((field) => text(result[field]) === '');
	for (const field of missing) failures.push(`${field} is missing`);

	const format = exitEntryNumberFormat(result.number);
	const type = exitEntryTypeOf(result.type);
	const known = format === 'hong_kong_macao' || format === 'taiwan';
	const out: ExitEntryPermitChecks = {
		passed: false,
		failures,
		missing_fields: missing,
		not_checked: notChecked,
		permit_for: known ? format : type,
		number_format: format,
		number_valid: format === 'missing' ? null : known,
		number_matches_type: null,
	};
	if (format === 'invalid')
		failures.push(
			type === 'taiwan'
				? 'permit number is not L followed by 8 digits (Taiwan permit)'
				: type === 'hong_kong_macao'
					? 'permit number is not C followed by 8 digits, or by a letter (not I or O) and 7 digits (Hong Kong and Macao permit)'
					: 'permit number is neither C followed by 8 characters (Hong Kong and Macao) nor L followed by 8 digits (Taiwan)',
		);
	if (known && type) {
		out.number_matches_type = format === type;
		if (!out.number_matches_type)
			failures.push(
				type === 'taiwan'
					? 'the permit type is the Taiwan permit but the number is a Hong Kong and Macao one'
					: 'the permit type is the Hong Kong and Macao permit but the number is a Taiwan one',
			);
	}

	if (back) {
		notChecked.push('validity, birth date and sex: the back of the permit does not print them');
	} else {
		const birth = checkPastDate('birth_date', text(result.birth_date), today, failures);
		out.birth_date_valid = birth.valid;
		const sex = text(result.sex);
		out.sex_valid = sex === '' ? null : SEXES.includes(sex.toUpperCase());
		if (out.sex_valid === false) failures.push('sex is neither 男 nor 女');
		Object.assign(
			out,
			checkPermitValidity(text(result.valid_period), today, birth.iso, VALIDITY_RULE, failures),
		);
	}

	const endorsements: NonNullable<ExitEntryPermitChecks['endorsements']> = {};
	for (const [short, key] of Object.entries(ENDORSEMENTS) as Array<
		[keyof typeof ENDORSEMENTS, string]
	>) {
		const value = result[key];
		if (!isPlainObject(value)) continue;
		const check = checkEndorsement(value, today);
		if (!check) continue;
		endorsements[short] = check;
		if (check.dates_valid === false)
			failures.push(`${key}.endorsement_valid_period names a day that does not exist`);
		if (check.dates_valid === null)
			notChecked.push(`${key}.endorsement_valid_period: no date in it`);
	}
	if (Object.keys(endorsements).length > 0) out.endorsements = endorsements;
	out.passed = failures.length === 0;
	return out;
}
