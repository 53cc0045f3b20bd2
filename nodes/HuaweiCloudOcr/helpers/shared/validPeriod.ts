/**
 * A validity period printed as one field (有效期限 of the travel permits: `2018.10.09-2028.10.08`), read into
 * its two dates, the whole years it spans, and a permit's validity checks (shared by the Mainland Travel Permit
 * and the Exit-Entry Permit).
 */

import { addDays, addYears, toIsoDate, wholeYearsBetween } from './dates';
import { text } from './text';

export interface ValidPeriod {
	/** The first day, YYYY-MM-DD; null when absent or not a real date. */
	from: string | null;
	/** The last day, YYYY-MM-DD; null when absent or not a real date. */
	to: string | null;
	/** The two halves as printed ('' when the field is not two dates joined by a dash, ~ or 至). */
	fromText: string;
	toText: string;
}

const DATE = String.raw`\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?|\d{8}`;
const PERIOD = new RegExp(String.raw`^(${DATE})\s*(?:-|–|—|~|～|至|到)\s*(${DATE})$`);

/** The period's two dates; both null (and the texts '') when the field is not two dates joined. */
export function readValidPeriod(value: unknown): ValidPeriod {
	const match = PERIOD.exec(text(value));
	if (!match) return { from: null, to: null, fromText: '', toText: '' };
	const clean = (date: string) => date.replace(/\s+/g, '');
	return {
		from: toIsoDate(clean(match[1])),
		to: toIsoDate(clean(match[2])),
		fromText: clean(match[1]),
		toText: clean(match[2]),
	};
}

/**
 * A permit's derived fields: `valid_from` and `valid_to` (YYYY-MM-DD, null when unreadable) from its
 * `valid_period`; none when the result has no valid_period (the back of a card).
 */
export function validPeriodFields(fields: { valid_period?: unknown }): {
	valid_from?: string | null;
	valid_to?: string | null;
} {
	if (fields.valid_period === undefined) return {};
	const period = readValidPeriod(fields.valid_period);
	return { valid_from: period.from, valid_to: period.to };
}

/**
 * Whole years from `from` to `to` when `to` is the same day N years later or the day before it (permits print
 * both: 2018.10.09-2028.10.08); null otherwise (29 February may end on 28 February or 1 March).
 */
export function permitPeriodYears(from: string, to: string): number | null {
	const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
	for (const n of [years, years + 1]) {
		if (n <= 0) continue;
		const end = addYears(from, n);
		if (end === to || addDays(end, -1) === to) return n;
		if (from.slice(5) === '02-29' && to === `${end.slice(0, 4)}-03-01`) return n;
	}
	return null;
}

/** A permit's validity rule: the periods it is issued for, the adult's first, and the age that makes an adult. */
export interface PermitValidityRule {
	/** Whole years: `[adult, minor]` (the minor's period only when the age decides), or one for everyone. */
	years: readonly number[];
	/** The age (at the first day of validity) from which the adult's period is issued, when `years` has two. */
	adultAge?: number;
}

/** Days an application may precede the first day of validity (the age rule is the applicant's). */
export const APPLICATION_LEAD_DAYS = 92;

/** The validity checks of a permit's printed valid_period (see checkPermitValidity). */
export interface PermitValidity {
	validity_dates_valid: boolean;
	validity_order_valid: boolean | null;
	validity_period_years: number | null;
	validity_period_valid: boolean | null;
	validity_matches_age: boolean | null;
	expired: boolean | null;
	not_yet_valid: boolean | null;
}

/**
 * Checks a printed valid_period against `today` (YYYY-MM-DD) and the permit's rule (null: the period's
 * length is not checked): two real dates, in order, a whole number of years the rule allows, the period
 * against the holder's age (`birth`, YYYY-MM-DD, when known: the adult's period needs that age on the first
 * day; the minor's an applicant under it, taken as up to APPLICATION_LEAD_DAYS before the first day), not
 * expired (valid through the last day), not yet valid. Reasons are added to `failures`; they quote the
 * validity dates only.
 */
export function checkPermitValidity(
	printed: string,
	today: string,
	birth: string | null,
	rule: PermitValidityRule | null,
	failures: string[],
): PermitValidity {
	const period = readValidPeriod(printed);
	const { from, to } = period;
	const out: PermitValidity = {
		validity_dates_valid: !!from && !!to,
		validity_order_valid: null,
		validity_period_years: null,
		validity_period_valid: null,
		validity_matches_age: null,
		expired: null,
		not_yet_valid: null,
	};
	if (printed !== '' && period.fromText === '')
		failures.push('valid_period is not two dates (YYYY.MM.DD-YYYY.MM.DD)');
	if (period.fromText !== '' && !from)
		failures.push('valid_period starts on a day that does not exist');
	if (period.toText !== '' && !to) failures.push('valid_period ends on a day that does not exist');
	if (from && to) {
		out.validity_order_valid = from < to;
		if (!out.validity_order_valid) failures.push('validity starts on or after the day it ends');
		else {
			const years = permitPeriodYears(from, to);
			out.validity_period_years = years;
			if (years === null) {
				out.validity_period_valid = false;
				failures.push(`validity ${from} to ${to} is not a whole number of years`);
			} else if (rule) {
				out.validity_period_valid = rule.years.includes(years);
				if (!out.validity_period_valid)
					failures.push(
						`validity period of ${years} years is not one this permit has (${rule.years.join(' or ')} years)`,
					);
				else if (birth && rule.years.length > 1 && rule.adultAge !== undefined)
					out.validity_matches_age = periodMatchesAge(birth, from, years, rule, failures);
			}
		}
	}
	// Reversed dates say nothing about when the permit is valid.
	const ordered = out.validity_order_valid !== false;
	out.expired = to && ordered ? today > to : null;
	if (out.expired) failures.push(`permit expired: valid to ${to}`);
	out.not_yet_valid = from && ordered ? today < from : null;
	if (out.not_yet_valid) failures.push(`permit is not valid before ${from}`);
	return out;
}

function periodMatchesAge(
	birth: string,
	from: string,
	years: number,
	rule: PermitValidityRule,
	failures: string[],
): boolean {
	const age = rule.adultAge as number;
	if (birth > from) {
		failures.push('birth_date is after the first day of validity');
		return false;
	}
	if (years === rule.years[0]) {
		const sound = wholeYearsBetween(birth, from) >= age;
		if (!sound)
			failures.push(
				`a ${years}-year permit is issued at ${age} or over, but the holder was younger when it starts`,
			);
		return sound;
	}
	const sound = wholeYearsBetween(birth, addDays(from, -APPLICATION_LEAD_DAYS)) < age;
	if (!sound)
		failures.push(
			`a ${years}-year permit is issued under ${age}, but the holder was ${age} or over when applying`,
		);
	return sound;
}
