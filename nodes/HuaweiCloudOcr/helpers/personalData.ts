/**
 * Masks of single personal-data values, shared by every document that carries them (ID card, driving
 * license, passport, business license...). Each document decides which of its fields get which mask
 * (see helpers/idCard/masking.ts).
 */

import { addressPrefix } from './addressPrefix';
import { splitDate } from './shared/dates';
import { normalizeIdNumber } from './shared/idNumber';

/**
 * The first `start` and last `end` characters of the (trimmed) value kept, the others replaced by `*`; all
 * masked when the value is no longer than what would be kept.
 */
export function maskKeepEnds(value: string, start: number, end: number): string {
	const chars = Array.from(value.trim());
	if (chars.length <= start + end) return '*'.repeat(chars.length);
	return (
		chars.slice(0, start).join('') +
		'*'.repeat(chars.length - start - end) +
		(end > 0 ? chars.slice(-end).join('') : '')
	);
}

/** An ID number with its region (first 6) and last 4 characters kept: 110101********0118. */
export function maskIdNumber(value: string): string {
	return maskKeepEnds(normalizeIdNumber(value), 6, 4);
}

export function maskName(value: string): string {
	const chars = Array.from(value.trim());
	if (chars.length <= 1) return '*'.repeat(chars.length);
	if (chars.length === 2) return `${chars[0]}*`;
	return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

export function maskAddress(value: string): string {
	const address = value.trim();
	const { prefix } = addressPrefix(address);
	return prefix === address ? address : `${prefix}…`;
}

/** The year of a birth date, or **** when there is none. */
export function maskBirth(value: string): string {
	const parts = splitDate(value);
	if (parts) return String(parts.year).padStart(4, '0');
	const year = /^\s*(\d{4})/.exec(value);
	return year ? year[1] : '****';
}

/**
 * Masks the numbers that identify a person inside free text (general text, documents without rules), keeping
 * the text's length so that per-character lists still line up:
 * - an ID number (17 digits + digit or X): first 6 and last 4 kept, 110101********0118;
 * - a card number (13–19 digits, spaces or hyphens between groups allowed): first 6 and last 4 digits kept;
 * - a mainland mobile number (1[3-9] + 9 digits): 138****8000.
 * Names and addresses in free text are not recognized. Masking a masked text changes nothing.
 */
export function maskNumbersInText(text: string): string {
	const keepEnds = (run: string, head: number, tail: number) => {
		const digits = run.replace(/[^0-9Xx]/g, '').length;
		let seen = 0;
		return run.replace(/[0-9Xx]/g, (c) => {
			seen++;
			return seen <= head || seen > digits - tail ? c : '*';
		});
	};
	return text
		.replace(/(?<![0-9A-Za-z*])\d{17}[0-9Xx](?![0-9A-Za-z*])/g, (m) => keepEnds(m, 6, 4))
		.replace(/(?<![0-9*])\d(?:[ -]?\d){12,18}(?![0-9*])/g, (m) => keepEnds(m, 6, 4))
		.replace(/(?<![0-9*])1[3-9]\d{9}(?![0-9*])/g, (m) => `${m.slice(0, 3)}****${m.slice(7)}`);
}

/** A plate with its province and issuing letter kept: 京A*****. */
export function maskPlate(value: string): string {
	return maskKeepEnds(value.replace(/[\s·•]/g, ''), 2, 0);
}

/**
 * A VIN with its manufacturer code (first 3) and last 4 kept: LFV**********2345. Never the last 6: traffic
 * look-ups in China take the plate and the VIN's (or engine number's) last 6 characters.
 */
export function maskVin(value: string): string {
	return maskKeepEnds(value.replace(/\s/g, ''), 3, 4);
}

/** The kinds of personal data a field can hold, told from its key (`personalKind`). */
export type PersonalKind =
	| 'mrz'
	| 'birth'
	| 'vin'
	| 'engine'
	| 'plate'
	| 'address'
	| 'phone'
	| 'identifier'
	| 'name';

/**
 * Key patterns of personal fields, first match wins (so `owner_address` is an address, `engine_number` an
 * engine number, `vehicle_identification_number` a VIN). Keys are compared in lower case with any separator;
 * Chinese keys are matched too. Company fields named like these (seller_name...) are masked as well: a
 * masking that errs errs on the closed side.
 */
const PERSONAL_KEYS: Array<[PersonalKind, RegExp]> = [
	['mrz', /mrz|machine_?readable|machine_?code|机读/],
	['birth', /^(?!.*(place|country|city|province)).*(birth|(^|_)dob(_|$)|出生日期|出生年月|生日)/],
	['vin', /(^|_)vin(_|$)|vehicle_?identification|chassis|frame_?(number|no)|车架|识别代号/],
	['engine', /engine|发动机/],
	['plate', /plate|vehicle_?number|car_?number|号牌|车牌/],
	['address', /address|(^|_)addr(_|$)|residence|domicile|住址|地址/],
	['phone', /phone|mobile|(^|_)tel(_|$)|telephone|电话|手机/],
	[
		'identifier',
		/id_?card|id_?(number|no)(_|$)|(^|_)id(_|$)|identity|passport|organization_?number|licen[cs]e_?(number|no)|certificate|permit|account|card_?(number|no)|social_?security|file_?(number|no)|身份证|证号|账号|卡号|档案/,
	],
	[
		'name',
		/name|surname|passenger|owner|holder|(^|_)buyer(_|$)|payer|payee|receiver|reviewer|(^|_)issuer(_|$)|drawer|applicant|driver(_|$)|(^|_)person(_|$)|signature|姓名|名字|姓|名|人/,
	],
];

/** `ownerName`, `owner-name`, `Owner Name` → `owner_name`. */
function normalizeKey(key: string): string {
	return key
		.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
		.toLowerCase()
		.replace(/[^a-z0-9\u4e00-\u9fff]+/g, '_');
}

/** The kind of personal data a field holds, from its key; undefined when the key names none. */
export function personalKind(key: string): PersonalKind | undefined {
	const k = normalizeKey(key);
	for (const [kind, pattern] of PERSONAL_KEYS) if (pattern.test(k)) return kind;
	return undefined;
}

/** An identifier (license, certificate, account...): an ID number keeps its region, others their last 4. */
function maskIdentifier(value: string): string {
	const text = value.trim();
	if (/^\d{17}[\dXx]$|^\d{15}$/.test(text)) return maskIdNumber(text);
	return maskKeepEnds(text.replace(/\s/g, ''), 0, 4);
}

/** The mask of each kind of personal text. */
export const PERSONAL_MASKS: Record<PersonalKind, (value: string) => string> = {
	mrz: (value) => value.replace(/[^\s]/g, '*'),
	birth: maskBirth,
	vin: maskVin,
	engine: (value) => maskKeepEnds(value.replace(/\s/g, ''), 0, 2),
	plate: maskPlate,
	address: maskAddress,
	phone: (value) => maskKeepEnds(value.replace(/\s/g, ''), 3, 2),
	identifier: maskIdentifier,
	name: maskName,
};

/**
 * Fields that stay in 'drop' mode on a document without rules of its own: what the document is and the
 * transaction it records (dates, amounts, invoice codes and numbers, vehicle model, issuing authority...) and
 * the coarse fields every resource keeps (sex, nationality, place of birth or issue).
 * Every other field goes; a personal key (personalKind) goes even when it matches here, and so does a value
 * holding an ID, card or mobile number.
 */
const KEPT_WHEN_DROPPING = [
	/^(type|title|class|category|kind|currency|province|city|attribution|status|side|page|confidence|score)$/,
	/(^|_)(date|time|year|month|day|period|expiry|validity|valid_from|valid_to)(_|$)/,
	// coarse, kept by every resource too (ID card, passport): sex, nationality, a province or city
	/^(sex|gender|nationality|country|country_code|place_of_birth|place_of_issue|passport_type|ethnicity)$/,
	/(^|_)(total|amount|price|fare|fee|tax|tax_rate|sum|subtotal|premium|discount|rate)(_|$)/,
	/(^|_)(code|number|no|serial_number|check_code|invoice_tag)$/,
	/^(vehicle_type|brand_model|model|seating_capacity|tonnage|vehicle_weight|vehicle_size|manufacturing_location|energy_type|color|use_character|economic_type|business_scope|issuing_authority|tax_authority|tax_authority_code)$/,
	/(^|_)(station|departure|arrival|destination|origin|entrance|exit|start|end|seat|seat_category|train|flight|carrier|mileage|distance|items?|item_list)(_|$)/,
];

export function keptWhenDropping(key: string): boolean {
	const k = normalizeKey(key);
	return personalKind(key) === undefined && KEPT_WHEN_DROPPING.some((pattern) => pattern.test(k));
}

/**
 * A name in Latin letters with the first letter of each word kept: `CHAN, Tai Man` → `C***, T** M**` (the
 * separators stay, so the shape of surname and given names still shows). Idempotent.
 */
export function maskLatinName(value: string): string {
	return value.trim().replace(/\p{L}+/gu, (word) => {
		const chars = Array.from(word);
		return chars[0] + '*'.repeat(chars.length - 1);
	});
}
