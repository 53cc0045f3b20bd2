/**
 * Local checks of a recognized Mainland Travel Permit for Hong Kong and Macao residents (港澳居民来往内地通行证,
 * 回乡证) or for Taiwan residents (台湾居民来往大陆通行证, 台胞证): the `checks` object of an output item.
 *
 *   passed, failures, missing_fields, not_checked        always
 *   permit_for                  'hong_kong' | 'macao' | 'taiwan' from `type` and the number, null when unknown
 *   number_format               'hk_macao_card' | 'hk_macao_legacy' | 'taiwan' | 'invalid' | 'missing'
 *   number_valid                the number has one of these formats (null when absent)
 *   number_matches_type         the number's format is the one of the permit `type` names (null unless both)
 *   issue_times_valid           issue_times (换证次数) is one or two digits (null when absent)
 *   front side only (the back prints the identity card, the machine-readable lines and no dates):
 *   birth_date_valid, sex_valid, validity_dates_valid, validity_order_valid, validity_period_years,
 *   validity_period_valid, validity_matches_age, expired, not_yet_valid
 * A check that cannot be computed is null (its reason in `failures`, or in `not_checked` when nothing is
 * wrong). `passed` is true when `failures` is empty. Messages never quote the number, names or birth date.
 *
 * Rules (Ministry of Public Security, Exit and Entry Administration):
 *  - Hong Kong / Macao, the card issued since 2013-01-02: 9 characters, H (first applied for in Hong Kong) or
 *    M (Macao) then 8 digits, one number for life; the issue count is printed apart (issue_times). Valid 10
 *    years for a holder of 18 or over, 5 years under 18 (公安部 2012-12-28 announcement of the new permit:
 *    "号码从原来的11个数字改为9个数字", minors' validity "由3年延长至5年").
 *  - Hong Kong / Macao, the 1999 card: 11 characters, H or M then 10 digits, the last 2 the issue count (00 the
 *    first); valid 10 years at 18 or over, 3 years under 18 (公安部出入境管理局《港澳居民来往内地通行证号码规则》,
 *    2010-03-10). Such a card was last issued in 2012 and has expired since.
 *  - Taiwan: 8 digits, the holder's number for life (since 2008-09-25, "一人一号、终身不变", the issue count
 *    printed apart); the five-year permit (《中国公民往来台湾地区管理办法》: 5-year and single-journey permits;
 *    this API reads the 5-year card) is valid 5 years.
 *  - valid_period (有效期限) is two dates, the last day included (2018.10.09-2028.10.08 or …-2028.10.09 both
 *    count as 10 years); the permit is valid through that day (Asia/Shanghai). The age is taken at the first
 *    day of validity: a 10-year Hong Kong/Macao permit needs a holder of 18 or over then; a 5- or 3-year one a
 *    holder under 18 when applying, taken as up to 92 days before the permit starts.
 */

import { checkPastDate } from '../shared/dateChecks';
import type { PlainObject } from '../shared/plainObject';
import { halfWidth, text } from '../shared/text';
import { checkPermitValidity, type PermitValidityRule } from '../shared/validPeriod';

export type PermitFor = 'hong_kong' | 'macao' | 'taiwan';
export type MainlandPermitNumberFormat =
	| 'hk_macao_card'
	| 'hk_macao_legacy'
	| 'taiwan'
	| 'invalid'
	| 'missing';

export const ADULT_AGE = 18;
export const FRONT_FIELDS = ['number', 'name', 'sex', 'birth_date', 'valid_period'] as const;

type PermitFormat = 'hk_macao_card' | 'hk_macao_legacy' | 'taiwan';

/** Validity periods by number format: [adult, minor] years and the adult age, or one period for all. */
export const VALIDITY_RULES: Record<PermitFormat, PermitValidityRule> = {
	hk_macao_card: { years: [10, 5], adultAge: ADULT_AGE },
	hk_macao_legacy: { years: [10, 3], adultAge: ADULT_AGE },
	taiwan: { years: [5] },
};

export interface MainlandTravelPermitChecks {
	passed: boolean;
	failures: string[];
	missing_fields: string[];
	not_checked: string[];
	permit_for: PermitFor | null;
	number_format: MainlandPermitNumberFormat;
	number_valid: boolean | null;
	number_matches_type: boolean | null;
	issue_times_valid: boolean | null;
	birth_date_valid?: boolean | null;
	sex_valid?: boolean | null;
	validity_dates_valid?: boolean;
	validity_order_valid?: boolean | null;
	validity_period_years?: number | null;
	validity_period_valid?: boolean | null;
	validity_matches_age?: boolean | null;
	expired?: boolean | null;
	not_yet_valid?: boolean | null;
}

/** The permit number without white space, upper-cased (full-width letters and digits made ASCII). */
export function normalizePermitNumber(value: unknown): string {
	return halfWidth(text(value)).replace(/\s+/g, '').toUpperCase();
}

/** The format of a Mainland Travel Permit number (see the rules at the top). */
export function permitNumberFormat(value: unknown): MainlandPermitNumberFormat {
	const number = normalizePermitNumber(value);
	if (number === '') return 'missing';
	if (/^[HM]\d{8}$/.test(number)) return 'hk_macao_card';
	if (/^[HM]\d{10}$/.test(number)) return 'hk_macao_legacy';
	if (/^\d{8}$/.test(number)) return 'taiwan';
	return 'invalid';
}

/** Which permit `type` names: 'hk_macao' (港澳居民来往内地通行证), 'taiwan' (台湾居民来往大陆通行证), else null. */
export function permitTypeOf(type: unknown): 'hk_macao' | 'taiwan' | null {
	const value = text(type);
	if (/台湾|臺灣|台胞/.test(value)) return 'taiwan';
	if (/港澳|香港|澳门|澳門|回乡/.test(value)) return 'hk_macao';
	return null;
}

function permitFor(
	format: MainlandPermitNumberFormat,
	number: string,
	type: 'hk_macao' | 'taiwan' | null,
): PermitFor | null {
	if (format === 'hk_macao_card' || format === 'hk_macao_legacy')
		return number.startsWith('H') ? 'hong_kong' : 'macao';
	if (format === 'taiwan' || type === 'taiwan') return 'taiwan';
	return null;
}

const SEXES = ['男', '女', 'M', 'F', '男/M', '女/F'];

/** The checks of one Huawei MainlandTravelPermitResult (or an output item's JSON); `today` is YYYY-MM-DD. */
export function checkMainlandTravelPermit(
	result: PlainObject,
	today: string,
): MainlandTravelPermitChecks {
	const failures: string[] = [];
	const notChecked: string[] = [];
	const back = text(result.side) === 'back';
	const missing = back ? [] : FRONT_FIELDS.filter((field) => text(result[field]) === '');
	for (const field of missing) failures.push(`${field} is missing`);

	const number = normalizePermitNumber(result.number);
	const format = permitNumberFormat(number);
	const type = permitTypeOf(result.type);
	const out: MainlandTravelPermitChecks = {
		passed: false,
		failures,
		missing_fields: missing,
		not_checked: notChecked,
		permit_for: permitFor(format, number, type),
		number_format: format,
		number_valid: format === 'missing' ? null : format !== 'invalid',
		number_matches_type: null,
		issue_times_valid: null,
	};
	if (format === 'invalid')
		failures.push(
			type === 'taiwan'
				? 'permit number is not 8 digits (Taiwan residents’ permit)'
				: type === 'hk_macao'
					? 'permit number is not H or M followed by 8 digits (Hong Kong and Macao residents’ permit)'
					: 'permit number is neither H or M followed by 8 digits (Hong Kong, Macao) nor 8 digits (Taiwan)',
		);
	if (format !== 'missing' && format !== 'invalid' && type) {
		out.number_matches_type = (format === 'taiwan') === (type === 'taiwan');
		if (!out.number_matches_type)
			failures.push(
				type === 'taiwan'
					? 'the permit type is the Taiwan residents’ permit but the number is a Hong Kong or Macao one'
					: 'the permit type is the Hong Kong and Macao residents’ permit but the number is a Taiwan one',
			);
	}
	const issueTimes = text(result.issue_times);
	if (issueTimes !== '') {
		out.issue_times_valid = /^\d{1,2}$/.test(issueTimes);
		if (!out.issue_times_valid) failures.push('issue_times is not a number of one or two digits');
	}
	if (text(result.id_number) !== '')
		notChecked.push(
			'id_number: the Hong Kong or Macao identity card number on the back is not checked',
		);

	if (back) {
		notChecked.push('validity, birth date and sex: the back of the permit does not print them');
	} else {
		const birth = checkPastDate('birth_date', text(result.birth_date), today, failures);
		out.birth_date_valid = birth.valid;
		const sex = text(result.sex);
		out.sex_valid = sex === '' ? null : SEXES.includes(sex.toUpperCase());
		if (out.sex_valid === false) failures.push('sex is neither 男 nor 女');
		const rule = format in VALIDITY_RULES ? VALIDITY_RULES[format as PermitFormat] : null;
		Object.assign(
			out,
			checkPermitValidity(text(result.valid_period), today, birth.iso, rule, failures),
		);
	}
	out.passed = failures.length === 0;
	return out;
}
