/**
 * Local checks of a recognized ID card, computed without Huawei: the `checks` object of an output item.
 *
 * Shape (flat; only the keys of the side(s) present):
 *   passed, failures                     always
 *   missing_fields                        always: the card fields of the side(s) present that are empty
 *   number_format, number_valid, check_digit_valid, birth_valid, birth_matches_number,
 *   sex_matches_number                    front
 *   validity_dates_valid, validity_order_valid, validity_period_years, validity_period_valid, long_term,
 *   expired, not_yet_valid                back
 *   validity_period_matches_age           both sides present (double_side)
 *   huawei_disagrees                      only when Huawei sent a `verification_result`
 * A check that cannot be computed (its field missing or unreadable) is null, and the reason is in `failures`.
 * `passed` is true when `failures` is empty. Huawei disagreeing is reported but is not a failure by itself.
 *
 * The failure messages never quote the name, number, birth date or address, so they are safe to keep when the
 * output is masked. Only validity dates (not masked) appear in them.
 *
 * Rules:
 *  - number_valid: 18 characters (GB 11643-1999 shape), correct check character, digits 7-14 a real date
 *    between 1900-01-01 and today. A 15-digit legacy number is never valid (see idNumber.ts).
 *  - birth_valid: the printed birth is a real date between 1900-01-01 and today.
 *  - Validity: a card is valid through its valid_to day included; it has expired when today (Asia/Shanghai)
 *    is after valid_to. 长期 (long-term) never expires. Periods are whole years: 5, 10 or 20, or 长期
 *    (Resident Identity Card Law art. 5). 29 February + N years may end on 28 February or 1 March.
 *  - validity_period_matches_age: the period fits the holder's age when applying (under 16: 5 years, 16-25:
 *    10, 26-45: 20, 46 and over: 长期), taken at valid_from or up to 90 days before it (application time).
 */

import { isPlainObject, type PlainObject } from '../shared/plainObject';
import { BACK_FIELDS, cardSides, FRONT_FIELDS } from './cardFields';
import { addDays, shanghaiToday, splitDate, toIsoDate, wholeYearsBetween } from '../shared/dates';
import { parseIdNumber, type IdNumberFormat } from '../shared/idNumber';
import { isLongTerm, periodYears } from '../shared/periods';
import { text } from '../shared/text';

export { shanghaiToday };

export { FRONT_FIELDS, BACK_FIELDS, type PlainObject };

export const EARLIEST_BIRTH = '1900-01-01';
export const VALIDITY_PERIODS = [5, 10, 20] as const;

export interface FrontChecks {
	number_format: IdNumberFormat;
	number_valid: boolean;
	check_digit_valid: boolean | null;
	birth_valid: boolean | null;
	birth_matches_number: boolean | null;
	sex_matches_number: boolean | null;
}

export interface BackChecks {
	validity_dates_valid: boolean;
	validity_order_valid: boolean | null;
	validity_period_years: number | null;
	validity_period_valid: boolean | null;
	long_term: boolean;
	expired: boolean | null;
	not_yet_valid: boolean | null;
}

export interface CardChecks extends Partial<FrontChecks>, Partial<BackChecks> {
	passed: boolean;
	failures: string[];
	missing_fields: string[];
	validity_period_matches_age?: boolean | null;
	huawei_disagrees?: string[];
}

export interface CheckOptions {
	/** Today in Asia/Shanghai as YYYY-MM-DD (see shanghaiToday). */
	today: string;
	/** The side requested, when known; otherwise the side is read from the fields present. */
	side?: string;
}

interface SideResult<T> {
	checks: T;
	failures: string[];
	missing: string[];
}

function missingFields(fields: PlainObject, names: readonly string[]): string[] {
	return names.filter((name) => text(fields[name]) === '');
}

function dateProblem(label: string, iso: string, today: string): string | undefined {
	if (iso < EARLIEST_BIRTH) return `${label} is before ${EARLIEST_BIRTH}`;
	if (iso > today) return `${label} is in the future`;
	return undefined;
}

export function checkFront(fields: PlainObject, today: string): SideResult<FrontChecks> {
	const failures: string[] = [];
	const missing = missingFields(fields, FRONT_FIELDS);
	for (const name of missing) failures.push(`${name} is missing`);

	const number = parseIdNumber(fields.number);
	if (number.format === 'legacy15') {
		failures.push(
			'ID number has 15 digits: a first-generation number (invalid since 2013); second-generation cards print 18 characters',
		);
	} else if (number.format === 'invalid') {
		failures.push('ID number is not 17 digits followed by a digit or X');
	}
	if (number.check_digit_valid === false)
		failures.push('ID number check character is wrong (GB 11643-1999)');

	let numberBirthSound = false;
	if (number.format === 'id18' || number.format === 'legacy15') {
		if (!number.birth_digits_real) {
			failures.push('birth date in the ID number is not a real date');
		} else {
			const problem = dateProblem(
				'birth date in the ID number',
				number.birth_digits as string,
				today,
			);
			if (problem) failures.push(problem);
			else numberBirthSound = true;
		}
	}

	let birthValid: boolean | null = null;
	const printedBirth = text(fields.birth);
	const birthParts = splitDate(printedBirth);
	if (printedBirth !== '') {
		const iso = toIsoDate(printedBirth);
		if (!birthParts) {
			failures.push('birth date is not a date (YYYY-MM-DD)');
			birthValid = false;
		} else if (!iso) {
			failures.push('birth date is not a real date');
			birthValid = false;
		} else {
			const problem = dateProblem('birth date', iso, today);
			if (problem) failures.push(problem);
			birthValid = !problem;
		}
	}

	let birthMatches: boolean | null = null;
	if (birthParts && number.birth_digits) {
		const printed = `${String(birthParts.year).padStart(4, '0')}-${String(birthParts.month).padStart(2, '0')}-${String(birthParts.day).padStart(2, '0')}`;
		birthMatches = printed === number.birth_digits;
		if (!birthMatches) failures.push('birth date differs from digits 7-14 of the ID number');
	}

	let sexMatches: boolean | null = null;
	const sex = text(fields.sex);
	if (sex !== '' && sex !== '男' && sex !== '女') {
		failures.push('sex is neither 男 nor 女');
		sexMatches = number.sex ? false : null;
	} else if (sex !== '' && number.sex) {
		sexMatches = sex === number.sex;
		if (!sexMatches)
			failures.push('sex differs from the 17th digit of the ID number (odd 男, even 女)');
	}

	return {
		checks: {
			number_format: number.format,
			number_valid:
				number.format === 'id18' && number.check_digit_valid === true && numberBirthSound,
			check_digit_valid: number.check_digit_valid,
			birth_valid: birthValid,
			birth_matches_number: birthMatches,
			sex_matches_number: sexMatches,
		},
		failures,
		missing,
	};
}

export function checkBack(fields: PlainObject, today: string): SideResult<BackChecks> {
	const failures: string[] = [];
	const missing = missingFields(fields, BACK_FIELDS);
	for (const name of missing) failures.push(`${name} is missing`);

	const fromText = text(fields.valid_from);
	const toText = text(fields.valid_to);
	const from = toIsoDate(fromText);
	const longTerm = isLongTerm(toText);
	const to = longTerm ? null : toIsoDate(toText);
	if (fromText !== '' && !from) failures.push('valid_from is not a real date');
	if (toText !== '' && !longTerm && !to) failures.push('valid_to is neither a real date nor 长期');

	let order: boolean | null = null;
	let years: number | null = null;
	let periodValid: boolean | null = null;
	if (from && (to || longTerm)) {
		order = longTerm || from < (to as string);
		if (!order) failures.push('validity starts on or after the day it ends');
		if (longTerm) {
			periodValid = true;
		} else if (order) {
			years = periodYears(from, to as string);
			periodValid = years !== null && (VALIDITY_PERIODS as readonly number[]).includes(years);
			if (years === null) failures.push(`validity ${from} to ${to} is not a whole number of years`);
			else if (!periodValid)
				failures.push(
					`validity period of ${years} years is not one ID cards have (5, 10 or 20 years, or 长期)`,
				);
		} else {
			periodValid = false;
		}
	}

	let expired: boolean | null = null;
	if (longTerm) expired = false;
	else if (to) {
		expired = today > to;
		if (expired) failures.push(`card expired: valid to ${to}`);
	}
	let notYetValid: boolean | null = null;
	if (from) {
		notYetValid = today < from;
		if (notYetValid) failures.push(`card is not valid before ${from}`);
	}

	return {
		checks: {
			validity_dates_valid: !!from && (longTerm || !!to),
			validity_order_valid: order,
			validity_period_years: years,
			validity_period_valid: periodValid,
			long_term: longTerm,
			expired,
			not_yet_valid: notYetValid,
		},
		failures,
		missing,
	};
}

/** The period, in years (0 = 长期), the law gives someone of this age when applying. */
export function periodForAge(age: number): number {
	if (age < 16) return 5;
	if (age <= 25) return 10;
	if (age <= 45) return 20;
	return 0;
}

function checkPeriodAgainstAge(
	front: PlainObject,
	back: BackChecks,
	backFields: PlainObject,
): boolean | null {
	const number = parseIdNumber(front.number);
	const birth =
		number.check_digit_valid && number.birth_digits_real
			? number.birth_digits
			: toIsoDate(text(front.birth));
	const from = toIsoDate(text(backFields.valid_from));
	if (!birth || !from || back.validity_period_valid !== true || from <= birth) return null;
	const period = back.long_term ? 0 : back.validity_period_years;
	const allowed = [
		wholeYearsBetween(birth, from),
		wholeYearsBetween(birth, addDays(from, -90)),
	].map(periodForAge);
	return allowed.includes(period as number);
}

type Comparison = [huaweiKey: string, local: boolean | null | undefined];

function frontComparisons(checks: FrontChecks): Comparison[] {
	const numberSound =
		checks.number_format === 'id18'
			? checks.check_digit_valid === true
			: checks.number_format === 'missing'
				? null
				: false;
	return [
		['valid_number', numberSound],
		['valid_birth', checks.birth_matches_number],
		['valid_sex', checks.sex_matches_number],
	];
}

function backComparisons(checks: BackChecks): Comparison[] {
	const inDate =
		checks.expired === null || checks.not_yet_valid === null
			? null
			: !checks.expired && !checks.not_yet_valid;
	const period =
		checks.validity_order_valid === null || checks.validity_period_valid === null
			? null
			: checks.validity_order_valid && checks.validity_period_valid;
	return [
		['valid_date', inDate],
		['valid_validity_period', period],
	];
}

function disagreements(verification: unknown, comparisons: Comparison[], label: string): string[] {
	if (!isPlainObject(verification)) return [];
	const out: string[] = [];
	for (const [key, local] of comparisons) {
		const huawei = verification[key];
		if (typeof huawei !== 'boolean' || typeof local !== 'boolean' || huawei === local) continue;
		out.push(`${label}${key}: Huawei says ${huawei}, the local check says ${local}`);
	}
	return out;
}

/**
 * The checks of one Huawei result (or output item JSON): front, back, or double_side with `front` and `back`
 * sub-objects (fields lifted to the top level of a double_side item are ignored in favor of the sub-objects).
 */
export function checkCard(result: PlainObject, options: CheckOptions): CardChecks {
	const today = options.today;
	const { doubleSide, front: frontFields, back: backFields } = cardSides(result, options.side);

	const failures: string[] = [];
	const missing: string[] = [];
	const out: CardChecks = { passed: false, failures, missing_fields: missing };
	const disagree: string[] = [];
	let sawVerification = false;
	const prefix = (side: string) => (doubleSide ? `${side}: ` : '');

	let front: FrontChecks | undefined;
	let back: BackChecks | undefined;
	if (frontFields) {
		const side = checkFront(frontFields, today);
		front = side.checks;
		Object.assign(out, side.checks);
		failures.push(...side.failures.map((f) => prefix('front') + f));
		missing.push(...side.missing.map((m) => (doubleSide ? `front.${m}` : m)));
		if (doubleSide && frontFields.verification_result !== undefined) {
			sawVerification = true;
			disagree.push(
				...disagreements(frontFields.verification_result, frontComparisons(front), 'front.'),
			);
		}
	}
	if (backFields) {
		const side = checkBack(backFields, today);
		back = side.checks;
		Object.assign(out, side.checks);
		failures.push(...side.failures.map((f) => prefix('back') + f));
		missing.push(...side.missing.map((m) => (doubleSide ? `back.${m}` : m)));
		if (doubleSide && backFields.verification_result !== undefined) {
			sawVerification = true;
			disagree.push(
				...disagreements(backFields.verification_result, backComparisons(back), 'back.'),
			);
		}
	}
	if (frontFields && backFields && back) {
		const matches = checkPeriodAgainstAge(frontFields, back, backFields);
		out.validity_period_matches_age = matches;
		if (matches === false)
			failures.push("validity period does not fit the holder's age when the card was issued");
	}
	if (result.verification_result !== undefined) {
		sawVerification = true;
		const comparisons = [
			...(front ? frontComparisons(front) : []),
			...(back ? backComparisons(back) : []),
		];
		disagree.push(...disagreements(result.verification_result, comparisons, ''));
	}

	out.passed = failures.length === 0;
	if (sawVerification) out.huawei_disagrees = disagree;
	return out;
}
