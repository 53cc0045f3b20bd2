/**
 * Local checks of a recognized Chinese household register (户口本): the `checks` object of an output item.
 * Huawei's `result` is a list of pages (HouseholdRegisterResult): the home page (type 首页: householder,
 * address, issue date, registration authority) and one registration page (type 登记页, 常住人口登记卡) per
 * member. Members are numbered by their position among the registration pages (member 1 is the first
 * registration page of the list, whatever page comes before it); `members[i].page` is the page's position in
 * the list.
 *
 *   passed, failures, missing_fields, not_checked   always
 *   page_count, member_count, home_page             what the list holds
 *   issue_date_valid                                home page: a real date, not in the future
 *   householder_matches                             home page householder_name = name of the member recorded
 *                                                   as 户主 (null when either is absent)
 *   household_numbers_match                         every page that prints a household number prints the same
 *   id_numbers_distinct                             no two members carry the same ID number
 *   members[]: position, page, missing_fields, id_number_format, id_number_valid, check_digit_valid,
 *     birth_date_valid, birth_matches_number, sex_matches_number, registration_date_valid
 * A member's ID number is a GB 11643-1999 number (helpers/shared/idNumber.ts): 18 characters, its check
 * character right, digits 7-14 a real past date equal to the printed birth date, the 17th digit odd for 男 and
 * even for 女. A check that cannot be computed is null. `passed` is true when `failures` is empty. Every
 * member's failure starts with "member N:"; no message quotes a name, number, date or address.
 */

import type { LocalChecks } from '../../model/document';
import { checkPastDate } from '../shared/dateChecks';
import { parseIdNumber, type IdNumberFormat } from '../shared/idNumber';
import { isPlainObject, type PlainObject } from '../shared/plainObject';
import { text } from '../shared/text';

export const HOME_PAGE = '首页';
export const REGISTRATION_PAGE = '登记页';
/** What every registration page prints. */
export const MEMBER_FIELDS = ['name', 'sex', 'birth_date', 'id_card_number'] as const;
/** Fields only a registration page has: a page without a type that holds one is read as a member's. */
const MEMBER_MARKERS = ['name', 'id_card_number', 'birth_date'] as const;

export interface MemberChecks {
	/** 1-based among the registration pages. */
	position: number;
	/** 1-based in Huawei's list. */
	page: number;
	missing_fields: string[];
	id_number_format: IdNumberFormat;
	id_number_valid: boolean | null;
	check_digit_valid: boolean | null;
	birth_date_valid: boolean | null;
	birth_matches_number: boolean | null;
	sex_matches_number: boolean | null;
	registration_date_valid: boolean | null;
}

export interface HouseholdRegisterChecks extends LocalChecks {
	missing_fields: string[];
	not_checked: string[];
	page_count: number;
	member_count: number;
	home_page: boolean;
	issue_date_valid: boolean | null;
	householder_matches: boolean | null;
	household_numbers_match: boolean | null;
	id_numbers_distinct: boolean | null;
	members: MemberChecks[];
}

/** A page's content (its `content` object; {} when absent). */
export function pageContent(entry: unknown): PlainObject {
	return isPlainObject(entry) && isPlainObject(entry.content) ? entry.content : {};
}

/** What a page of the list is: the home page, a member's registration page, or neither. */
export function pageKind(entry: unknown): 'home' | 'member' | 'other' {
	if (!isPlainObject(entry)) return 'other';
	const type = text(entry.type);
	if (type === HOME_PAGE) return 'home';
	if (type === REGISTRATION_PAGE) return 'member';
	const content = pageContent(entry);
	return type === '' && MEMBER_MARKERS.some((f) => text(content[f]) !== '') ? 'member' : 'other';
}

function checkMember(
	content: PlainObject,
	position: number,
	page: number,
	today: string,
	failures: string[],
): MemberChecks {
	const who = `member ${position}`;
	const missing = MEMBER_FIELDS.filter((f) => text(content[f]) === '');
	for (const f of missing) failures.push(`${who}: ${f} is missing`);
	const number = parseIdNumber(text(content.id_card_number));
	const out: MemberChecks = {
		position,
		page,
		missing_fields: [...missing],
		id_number_format: number.format,
		id_number_valid: null,
		check_digit_valid: number.check_digit_valid,
		birth_date_valid: null,
		birth_matches_number: null,
		sex_matches_number: null,
		registration_date_valid: null,
	};
	if (number.format === 'legacy15') {
		failures.push(`${who}: ID number has 15 digits: registers carry the 18-character ID number`);
		out.id_number_valid = false;
	} else if (number.format === 'invalid') {
		failures.push(`${who}: ID number is not an ID number (17 digits followed by a digit or X)`);
		out.id_number_valid = false;
	} else if (number.format === 'id18') {
		const birthSound = number.birth_digits_real && (number.birth_digits as string) <= today;
		if (number.check_digit_valid === false)
			failures.push(`${who}: ID number check character is wrong (GB 11643-1999)`);
		if (!birthSound) failures.push(`${who}: birth date in the ID number is not a real past date`);
		out.id_number_valid = number.check_digit_valid === true && birthSound;
	}

	const birth = checkPastDate(`${who}: birth_date`, text(content.birth_date), today, failures);
	out.birth_date_valid = birth.valid;
	if (birth.iso && number.format === 'id18' && number.birth_digits) {
		out.birth_matches_number = birth.iso === number.birth_digits;
		if (!out.birth_matches_number)
			failures.push(`${who}: birth_date differs from digits 7-14 of the ID number`);
	}
	const sex = text(content.sex);
	if (sex !== '' && number.format === 'id18' && number.sex) {
		if (sex !== '男' && sex !== '女') {
			failures.push(`${who}: sex is neither 男 nor 女`);
			out.sex_matches_number = false;
		} else {
			out.sex_matches_number = sex === number.sex;
			if (!out.sex_matches_number)
				failures.push(`${who}: sex differs from the 17th digit of the ID number (odd 男, even 女)`);
		}
	}
	const registered = checkPastDate(
		`${who}: registration_date`,
		text(content.registration_date),
		today,
		failures,
	);
	out.registration_date_valid = registered.valid;
	if (registered.iso && birth.iso && registered.iso < birth.iso) {
		failures.push(`${who}: registration_date is before birth_date`);
		out.registration_date_valid = false;
	}
	return out;
}

/** The checks of one Huawei household-register result (the list of pages). */
export function checkHouseholdRegister(
	pages: readonly unknown[],
	today: string,
): HouseholdRegisterChecks {
	const failures: string[] = [];
	const notChecked: string[] = [];
	const members: MemberChecks[] = [];
	const memberContents: PlainObject[] = [];
	let home: PlainObject | undefined;
	pages.forEach((entry, index) => {
		const kind = pageKind(entry);
		if (kind === 'member') {
			const content = pageContent(entry);
			memberContents.push(content);
			members.push(checkMember(content, members.length + 1, index + 1, today, failures));
		} else if (kind === 'home') home ??= pageContent(entry);
		else
			notChecked.push(
				`page ${index + 1}: neither a home page (首页) nor a registration page (登记页)`,
			);
	});
	if (pages.length === 0) failures.push('the result holds no page of a household register');
	else if (members.length === 0) notChecked.push('members: the image holds no registration page');

	const out: HouseholdRegisterChecks = {
		passed: false,
		failures,
		missing_fields: members.flatMap((m) =>
			m.missing_fields.map((f) => `member ${m.position}.${f}`),
		),
		not_checked: notChecked,
		page_count: pages.length,
		member_count: members.length,
		home_page: home !== undefined,
		issue_date_valid: null,
		householder_matches: null,
		household_numbers_match: null,
		id_numbers_distinct: null,
		members,
	};
	if (home) {
		out.issue_date_valid = checkPastDate(
			'home page: issue_date',
			text(home.issue_date),
			today,
			failures,
		).valid;
		const householder = memberContents.findIndex(
			(c) => text(c.householder_relationship) === '户主',
		);
		const name = text(home.householder_name);
		if (householder >= 0 && name !== '' && text(memberContents[householder].name) !== '') {
			out.householder_matches = name === text(memberContents[householder].name);
			if (!out.householder_matches)
				failures.push(
					`home page: householder_name differs from the name of member ${householder + 1} (户主)`,
				);
		}
	}
	const numbers = pages.map((p) => text(pageContent(p).household_number)).filter((n) => n !== '');
	if (numbers.length > 1) {
		out.household_numbers_match = numbers.every((n) => n === numbers[0]);
		if (!out.household_numbers_match)
			failures.push('the pages print different household numbers (household_number)');
	}
	checkDistinctNumbers(memberContents, failures, out);
	out.passed = failures.length === 0;
	return out;
}

/** No two members carry the same (well-formed) ID number. */
function checkDistinctNumbers(
	contents: PlainObject[],
	failures: string[],
	out: HouseholdRegisterChecks,
): void {
	const seen = new Map<string, number>();
	let distinct: boolean | null = null;
	contents.forEach((content, index) => {
		const number = parseIdNumber(text(content.id_card_number));
		if (number.format !== 'id18') return;
		distinct ??= true;
		const first = seen.get(number.normalized);
		if (first === undefined) seen.set(number.normalized, index + 1);
		else {
			distinct = false;
			failures.push(`members ${first} and ${index + 1} carry the same ID number`);
		}
	});
	out.id_numbers_distinct = distinct;
}
