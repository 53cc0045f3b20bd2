/**
 * Personal data of a household register in the output ('none' keeps it), in every page's `content`:
 *
 * | field                                                    | mask                              | drop    |
 * |----------------------------------------------------------|-----------------------------------|---------|
 * | name, former_name, householder_name, registrar_signature_seal | 张* / 王*明 (maskName)        | deleted |
 * | id_card_number                                           | 110101********0118                | deleted |
 * | birth_date                                               | year only                         | deleted |
 * | address, other_address, birthplace, origin_place         | cut after the county level        | deleted |
 * | household_number                                         | last 4 kept                       | deleted |
 * | religious_belief, height, blood_type, education, marital_status, military_service_status, work_place, occupation, community, migrated_to_city, migrated_to_address | every character * | deleted |
 * | householder_relationship                                 | kept                              | deleted |
 * | a content field the SDK model lacks                      | masked by its key (fails closed)  | deleted |
 * Kept in both modes: the page `type` and `location`, and in `content` sex, ethnicity, registration_date,
 * household_type, issue_date and police_station (the registration authority). `confidence` keeps numbers only
 * ('drop': only those of the kept fields). A page field the model lacks is masked by its key in 'mask' and
 * dropped in 'drop'; a page that is not an object is masked as a document without rules, or dropped.
 * Masking is idempotent.
 */

import type { IDataObject } from 'n8n-workflow';

import type { MaskMode } from '../../model/document';
import {
	maskNamedFields,
	maskUnknownDocument,
	maskUnknownFields,
	type FieldMasks,
} from '../shared/fieldMasking';
import { isPlainObject, type PlainObject } from '../shared/plainObject';
import { maskAddress, maskBirth, maskIdNumber, maskKeepEnds, maskName } from '../personalData';

/** HouseholdRegisterResult's fields, in the SDK's order (household_register_result.py @ 343a486b). */
export const PAGE_FIELDS = ['type', 'location', 'content', 'confidence'] as const;

/** HouseholdRegisterContent's fields, in the SDK's order (household_register_content.py @ 343a486b). */
export const CONTENT_FIELDS = [
	'name',
	'householder_relationship',
	'former_name',
	'sex',
	'birthplace',
	'ethnicity',
	'origin_place',
	'birth_date',
	'other_address',
	'religious_belief',
	'id_card_number',
	'height',
	'blood_type',
	'education',
	'marital_status',
	'military_service_status',
	'work_place',
	'occupation',
	'migrated_to_city',
	'migrated_to_address',
	'registrar_signature_seal',
	'registration_date',
	'household_type',
	'household_number',
	'householder_name',
	'community',
	'address',
	'issue_date',
	'police_station',
] as const;

const hideAll = (value: string) => maskKeepEnds(value, 0, 0);

const MASKS: FieldMasks = {
	name: maskName,
	former_name: maskName,
	householder_name: maskName,
	registrar_signature_seal: maskName,
	id_card_number: maskIdNumber,
	birth_date: maskBirth,
	address: maskAddress,
	other_address: maskAddress,
	birthplace: maskAddress,
	origin_place: maskAddress,
	household_number: (value) => maskKeepEnds(value, 0, 4),
	religious_belief: hideAll,
	height: hideAll,
	blood_type: hideAll,
	education: hideAll,
	marital_status: hideAll,
	military_service_status: hideAll,
	work_place: hideAll,
	occupation: hideAll,
	community: hideAll,
	migrated_to_city: hideAll,
	migrated_to_address: hideAll,
	// the relation to the householder (户主, 妻, 长子...) names no one: kept in 'mask', gone in 'drop'
	householder_relationship: (value) => value,
};

/** The content fields that stay in 'drop' (the allowlist). */
export const KEPT_WHEN_DROPPING = CONTENT_FIELDS.filter((field) => !(field in MASKS));

function isNumber(value: unknown): boolean {
	return typeof value === 'number' && Number.isFinite(value);
}

/** A confidence object with numbers only ('drop': only those of the kept fields). */
function maskConfidence(value: unknown, mode: 'mask' | 'drop'): PlainObject | undefined {
	if (!isPlainObject(value)) return undefined;
	const out: PlainObject = {};
	for (const [key, score] of Object.entries(value)) {
		if (!isNumber(score)) continue;
		if (mode === 'drop' && !(KEPT_WHEN_DROPPING as readonly string[]).includes(key)) continue;
		out[key] = score;
	}
	return out;
}

/** Corner points: a list of lists of numbers, else nothing. */
function maskLocation(value: unknown): unknown {
	const points =
		Array.isArray(value) && value.every((p) => Array.isArray(p) && p.every((n) => isNumber(n)));
	return points ? value : undefined;
}

function maskPage(page: unknown, mode: 'mask' | 'drop'): unknown {
	if (!isPlainObject(page)) return mode === 'mask' ? maskUnknownDocument(page, mode) : undefined;
	const out: PlainObject = { ...page };
	if ('content' in out) {
		const content = isPlainObject(out.content) ? out.content : {};
		const masked = maskNamedFields(content, mode, MASKS);
		out.content = maskUnknownFields(masked, mode, CONTENT_FIELDS);
	}
	for (const [key, mask] of [
		['confidence', (v: unknown) => maskConfidence(v, mode)],
		['location', maskLocation],
	] as const) {
		if (!(key in out)) continue;
		const masked = mask(out[key]);
		if (masked === undefined) delete out[key];
		else out[key] = masked;
	}
	return maskUnknownFields(out, mode, PAGE_FIELDS);
}

/** The output item's JSON with every page's personal data masked or dropped (a copy unless mode is 'none'). */
export function maskHouseholdRegister(json: IDataObject, mode: MaskMode): IDataObject {
	if (mode === 'none') return json;
	const pages = Array.isArray(json.result) ? json.result : [];
	const result = pages.map((page) => maskPage(page, mode)).filter((page) => page !== undefined);
	return { ...json, result: result as IDataObject[] };
}
