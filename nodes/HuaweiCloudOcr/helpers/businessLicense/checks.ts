/**
 * Local checks of a recognized business license, computed without Huawei: the `checks` object of an output item.
 *
 * Shape:
 *   passed, failures, missing_fields      always (missing_fields: registration_number, name, found_date when empty)
 *   code_format                           'uscc18': 18 characters of the GB 32100-2015 alphabet (the unified social
 *                                         credit code of licenses issued since 2015); 'registration15': a 15-digit
 *                                         registration number of an old license; 'invalid'; 'missing'
 *   check_character_valid                 GB 32100-2015 check character (18th); null unless uscc18
 *   organization_code_valid               characters 9-17 are an organization code (GB 11714-1997) with a right
 *                                         check character; null unless uscc18
 *   found_date_valid                      found_date is a real calendar date, not in the future; null when absent
 *   issue_date_valid                      issue_date is a real date, not in the future, not before found_date
 *   business_term_valid                   business_term reads as start 至 end with start ≤ end, or ends 长期 (or
 *                                         永久 / 不约定期限 / 无固定期限), and does not start before found_date;
 *                                         null when absent
 *   long_term                             the term has no end
 *   term_expired                          the term's end date is before today (Asia/Shanghai); null when unknown
 * `passed` is true when `failures` is empty. The messages never quote the code, the name or the address.
 *
 * GB 32100-2015 (法人和其他组织统一社会信用代码编码规则): 18 characters from 0-9 A-H J-N P-R T-U W-Y (31 symbols,
 * valued 0-30 in that order); the check character is C18 = 31 − (Σ Ci·Wi mod 31) with Wi = 3^(i−1) mod 31 =
 * 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28, and 31 becomes 0. Characters 9-17 are the organization code of
 * GB 11714-1997: C9 = 11 − (Σ Ci·Wi mod 11) with Wi = 3,7,9,10,5,8,4,2 over its first 8 characters (digits, or
 * letters valued A=10 … Z=35), 10 written X and 11 written 0.
 */

import { isUsccShaped, normalizeCode, usccCheckCharacter } from '../shared/creditCode';
import { toIsoDate } from '../shared/dates';
import { text } from '../shared/text';

// The GB 32100-2015 check is shared with the VAT invoice (helpers/shared/creditCode.ts); re-exported here.
export {
	USCC_ALPHABET,
	USCC_WEIGHTS,
	normalizeCode,
	usccCheckCharacter,
} from '../shared/creditCode';

export const ORGANIZATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Ends of a business term that mean "no end". */
const NO_END = /^(长期|永久|不约定期限|无固定期限)/;

export type CodeFormat = 'uscc18' | 'registration15' | 'invalid' | 'missing';

export interface BusinessLicenseChecks {
	passed: boolean;
	failures: string[];
	missing_fields: string[];
	code_format: CodeFormat;
	check_character_valid: boolean | null;
	organization_code_valid: boolean | null;
	found_date_valid: boolean | null;
	issue_date_valid: boolean | null;
	business_term_valid: boolean | null;
	long_term: boolean | null;
	term_expired: boolean | null;
}

/** The GB 11714-1997 check character of an organization code's first 8 characters, or null. */
export function organizationCheckCharacter(code: string): string | null {
	let sum = 0;
	for (let i = 0; i < 8; i++) {
		const c = code[i] ?? '';
		const value = /^[0-9]$/.test(c) ? Number(c) : /^[A-Z]$/.test(c) ? c.charCodeAt(0) - 55 : -1;
		if (value < 0) return null;
		sum += value * ORGANIZATION_CODE_WEIGHTS[i];
	}
	const check = 11 - (sum % 11);
	return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

export function codeFormat(code: string): CodeFormat {
	if (code === '') return 'missing';
	if (isUsccShaped(code)) return 'uscc18';
	if (/^\d{15}$/.test(code)) return 'registration15';
	return 'invalid';
}

export interface BusinessTerm {
	start: string | null;
	end: string | null;
	longTerm: boolean;
}

/**
 * A business term as printed: "2010年01月01日至2030年12月31日", "自2010年1月1日至长期", "2010-01-01 至 长期",
 * "长期". Null when it does not read as one.
 */
export function readBusinessTerm(value: unknown): BusinessTerm | null {
	if (typeof value !== 'string') return null;
	const text = value.replace(/\s+/g, '').replace(/^自/, '');
	if (NO_END.test(text)) return { start: null, end: null, longTerm: true };
	const parts = text.split(/至|到|~|～|—|－/);
	if (parts.length !== 2) return null;
	const start = toIsoDate(parts[0].replace(/起$/, ''));
	if (!start) return null;
	if (NO_END.test(parts[1])) return { start, end: null, longTerm: true };
	const end = toIsoDate(parts[1].replace(/止$/, ''));
	return end ? { start, end, longTerm: false } : null;
}

/** The checks of one Huawei BusinessLicenseResult (or an output item's JSON). `today` is YYYY-MM-DD. */
export function checkBusinessLicense(
	result: Record<string, unknown>,
	today: string,
): BusinessLicenseChecks {
	const failures: string[] = [];
	const missing = ['registration_number', 'name', 'found_date'].filter(
		(f) => text(result[f], { keepNumbers: false }) === '',
	);
	for (const field of missing) failures.push(`${field} is missing`);
	const code = normalizeCode(result.registration_number);
	const checks: BusinessLicenseChecks = {
		passed: false,
		failures,
		missing_fields: missing,
		code_format: codeFormat(code),
		check_character_valid: null,
		organization_code_valid: null,
		found_date_valid: null,
		issue_date_valid: null,
		business_term_valid: null,
		long_term: null,
		term_expired: null,
	};

	if (checks.code_format === 'uscc18') {
		checks.check_character_valid = usccCheckCharacter(code) === code[17];
		if (!checks.check_character_valid)
			failures.push('unified social credit code check character is wrong (GB 32100-2015)');
		const organization = code.slice(8, 17);
		checks.organization_code_valid = organizationCheckCharacter(organization) === organization[8];
		if (!checks.organization_code_valid)
			failures.push(
				'characters 9-17 of the credit code are not an organization code with a right check character (GB 11714-1997)',
			);
	} else if (checks.code_format === 'registration15') {
		failures.push(
			'registration_number is a 15-digit registration number of an old license; licenses issued since 2015 print an 18-character unified social credit code (old licenses were to be replaced by the end of 2017)',
		);
	} else if (checks.code_format === 'invalid') {
		failures.push(
			'registration_number is not an 18-character unified social credit code (0-9 and capital letters except I, O, S, V, Z)',
		);
	}

	const foundText = text(result.found_date, { keepNumbers: false });
	const found = toIsoDate(foundText);
	if (foundText !== '') {
		checks.found_date_valid = !!found && found <= today;
		if (!found) failures.push('found_date is not a real date');
		else if (found > today) failures.push('found_date is in the future');
	}

	const issueText = text(result.issue_date, { keepNumbers: false });
	const issue = toIsoDate(issueText);
	if (issueText !== '') {
		checks.issue_date_valid = !!issue && issue <= today && (!found || issue >= found);
		if (!issue) failures.push('issue_date is not a real date');
		else if (issue > today) failures.push('issue_date is in the future');
		else if (found && issue < found)
			failures.push('issue_date is before found_date (a license is issued on or after founding)');
	}

	const termText = text(result.business_term, { keepNumbers: false });
	if (termText !== '') {
		const term = readBusinessTerm(termText);
		if (!term) {
			checks.business_term_valid = false;
			failures.push(`business_term "${termText}" does not read as start 至 end, or 长期`);
		} else {
			checks.long_term = term.longTerm;
			const ordered = term.longTerm || (term.start as string) <= (term.end as string);
			const afterFounding = !term.start || !found || term.start >= found;
			checks.business_term_valid = ordered && afterFounding;
			if (!ordered) failures.push('business term ends before it starts');
			if (!afterFounding) failures.push('business term starts before found_date');
			if (term.end) {
				checks.term_expired = term.end < today;
				if (checks.term_expired) failures.push(`business term ended on ${term.end}`);
			} else checks.term_expired = false;
		}
	}

	checks.passed = failures.length === 0;
	return checks;
}
