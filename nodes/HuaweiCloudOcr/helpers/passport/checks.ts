/**
 * Local checks of a recognized passport: the `checks` object of an output item.
 *
 *   passed, failures                      always (`passed` is true when `failures` is empty)
 *   missing_fields                        passport_number, date_of_birth, date_of_expiry when empty
 *   not_checked                           what could not be checked and why (not failures)
 *   mrz_found, mrz_source                 whether Huawei returned the machine-readable zone, and where
 *   mrz_format_valid                      two lines of 44 characters A–Z 0–9 <, line 1 starting with P
 *   number_check_digit_valid, birth_check_digit_valid, expiry_check_digit_valid,
 *   optional_data_check_digit_valid, composite_check_digit_valid        ICAO 9303 check digits (mrz.ts)
 *   number_matches_mrz, birth_matches_mrz, expiry_matches_mrz, sex_matches_mrz
 *                                         the printed fields against the MRZ, when both are present
 *   birth_valid, expiry_valid             the printed dates are real dates (birth not in the future)
 *   expired                               today (Asia/Shanghai, as the ID card) is after the expiry date
 * A check that cannot be computed is null. Without an MRZ every MRZ check is null and `not_checked` says so.
 * The messages never quote the number, the names or the birth date (they reach the error output unmasked);
 * they may quote the expiry date, which is not masked.
 */

import { formatDate, isRealDate, splitDate, toIsoDate } from '../shared/dates';
import { findMrz, isTd3Line, readTd3, type Td3Checks } from './mrz';
import { text } from '../shared/text';

export interface PassportChecks extends Partial<Td3Checks> {
	passed: boolean;
	failures: string[];
	missing_fields: string[];
	not_checked: string[];
	mrz_found: boolean;
	mrz_source: string | null;
	mrz_format_valid: boolean | null;
	number_matches_mrz: boolean | null;
	birth_matches_mrz: boolean | null;
	expiry_matches_mrz: boolean | null;
	sex_matches_mrz: boolean | null;
	birth_valid: boolean | null;
	expiry_valid: boolean | null;
	expired: boolean | null;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** 'birth' reads a 2-digit year as the latest year not after today; 'expiry' as 20YY. */
type Century = 'birth' | 'expiry';

function yearFrom2(yy: number, kind: Century, today: string): number {
	if (kind === 'expiry') return 2000 + yy;
	const thisYear = Number(today.slice(0, 4));
	const year = 2000 + yy;
	return year > thisYear ? year - 100 : year;
}

/**
 * A passport date as YYYY-MM-DD, or null. Reads the ISO-like shapes of dates.ts (2024-08-07, 2024.08.07,
 * 20240807, 2024年8月7日), the printed `07 AUG 2024` (also `07AUG2024`, `07 8月/AUG 2024`) and the MRZ's YYMMDD.
 */
export function passportDate(value: unknown, kind: Century, today: string): string | null {
	const raw = text(value);
	if (raw === '') return null;
	const iso = toIsoDate(raw);
	if (iso) return iso;
	if (splitDate(raw)) return null; // the right shape, but not a real day
	const upper = raw.toUpperCase();
	const printed = /^(\d{1,2})\s*(?:[^A-Z\s]*\/)?\s*([A-Z]{3})[A-Z]*\s*(\d{4})$/.exec(upper);
	if (printed) {
		const month = MONTHS.indexOf(printed[2]) + 1;
		const date = { year: Number(printed[3]), month, day: Number(printed[1]) };
		return month > 0 && isRealDate(date.year, date.month, date.day) ? formatDate(date) : null;
	}
	const yymmdd = /^(\d{2})(\d{2})(\d{2})$/.exec(raw);
	if (yymmdd) {
		const date = {
			year: yearFrom2(Number(yymmdd[1]), kind, today),
			month: Number(yymmdd[2]),
			day: Number(yymmdd[3]),
		};
		return isRealDate(date.year, date.month, date.day) ? formatDate(date) : null;
	}
	return null;
}

/** M, F or null: reads M/F, MALE/FEMALE, 男/女 and bilingual prints such as 男/M. */
export function passportSex(value: unknown): 'M' | 'F' | null {
	const raw = text(value).toUpperCase();
	if (raw === '') return null;
	if (raw.includes('女') || /\bF(EMALE)?\b/.test(raw)) return 'F';
	if (raw.includes('男') || /\bM(ALE)?\b/.test(raw)) return 'M';
	return null;
}

function normalizeNumber(value: unknown): string {
	return text(value).toUpperCase().replace(/[\s<]/g, '');
}

/** YYMMDD of an ISO date. */
function yymmdd(iso: string): string {
	return iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);
}

export function checkPassport(result: Record<string, unknown>, today: string): PassportChecks {
	const failures: string[] = [];
	const notChecked: string[] = [];
	const missing = ['passport_number', 'date_of_birth', 'date_of_expiry'].filter(
		(name) => text(result[name]) === '',
	);
	for (const name of missing) failures.push(`${name} is missing`);

	const out: PassportChecks = {
		passed: false,
		failures,
		missing_fields: missing,
		not_checked: notChecked,
		mrz_found: false,
		mrz_source: null,
		mrz_format_valid: null,
		number_matches_mrz: null,
		birth_matches_mrz: null,
		expiry_matches_mrz: null,
		sex_matches_mrz: null,
		birth_valid: null,
		expiry_valid: null,
		expired: null,
	};

	// The printed dates.
	const birthText = text(result.date_of_birth);
	const birth = passportDate(birthText, 'birth', today);
	if (birthText !== '') {
		out.birth_valid = birth !== null && birth <= today;
		if (!birth) failures.push('date_of_birth is not a real date');
		else if (birth > today) failures.push('date_of_birth is in the future');
	}
	const expiryText = text(result.date_of_expiry);
	const expiry = passportDate(expiryText, 'expiry', today);
	if (expiryText !== '') {
		out.expiry_valid = expiry !== null;
		if (!expiry) failures.push('date_of_expiry is not a real date');
	}

	// The MRZ, when Huawei returned it.
	const mrz = findMrz(result);
	let mrzExpiry: string | null = null;
	if (!mrz) {
		notChecked.push(
			'MRZ: Huawei returned no machine-readable zone, so its check digits and its agreement with the printed fields were not checked',
		);
	} else {
		out.mrz_found = true;
		out.mrz_source = mrz.source;
		const shaped = isTd3Line(mrz.line1) && isTd3Line(mrz.line2) && mrz.line1.startsWith('P');
		out.mrz_format_valid = shaped;
		if (!shaped) {
			failures.push(
				'MRZ is not two lines of 44 characters (A-Z, 0-9, <) starting with P (ICAO 9303 TD3)',
			);
		} else {
			const { fields, checks } = readTd3(mrz.line1, mrz.line2);
			Object.assign(out, checks);
			if (!checks.number_check_digit_valid)
				failures.push('MRZ check digit of the passport number is wrong (ICAO 9303)');
			if (!checks.birth_check_digit_valid)
				failures.push('MRZ check digit of the birth date is wrong (ICAO 9303)');
			if (!checks.expiry_check_digit_valid)
				failures.push('MRZ check digit of the expiry date is wrong (ICAO 9303)');
			if (!checks.optional_data_check_digit_valid)
				failures.push(
					'MRZ check digit of the optional data (personal number) is wrong (ICAO 9303)',
				);
			if (!checks.composite_check_digit_valid)
				failures.push('MRZ composite check digit is wrong (ICAO 9303)');

			const printedNumber = normalizeNumber(result.passport_number);
			if (printedNumber !== '') {
				out.number_matches_mrz = printedNumber === fields.number;
				if (!out.number_matches_mrz) failures.push('passport_number differs from the MRZ');
			}
			if (birth) {
				out.birth_matches_mrz = yymmdd(birth) === fields.birth;
				if (!out.birth_matches_mrz) failures.push('date_of_birth differs from the MRZ');
			}
			if (expiry) {
				out.expiry_matches_mrz = yymmdd(expiry) === fields.expiry;
				if (!out.expiry_matches_mrz) failures.push('date_of_expiry differs from the MRZ');
			}
			const printedSex = passportSex(result.sex);
			const mrzSex = fields.sex === 'M' || fields.sex === 'F' ? fields.sex : null;
			if (printedSex && mrzSex) {
				out.sex_matches_mrz = printedSex === mrzSex;
				if (!out.sex_matches_mrz) failures.push('sex differs from the MRZ');
			} else if (text(result.sex) !== '' && !printedSex) {
				notChecked.push('sex: the printed value is neither M nor F');
			}
			if (checks.expiry_check_digit_valid) mrzExpiry = passportDate(fields.expiry, 'expiry', today);
		}
	}

	// Expired: the printed expiry, else the MRZ's.
	const end = expiry ?? mrzExpiry;
	if (end) {
		out.expired = today > end;
		if (out.expired) failures.push(`passport expired on ${end}`);
	} else {
		notChecked.push('expiry: no readable expiry date');
	}

	out.passed = failures.length === 0;
	return out;
}
