/**
 * A Huawei BusinessLicenseResult as an output item, and its masking.
 *
 * Fields (huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/business_license_result.py
 * @ 343a486b; Go services/ocr/v1/model/model_business_license_result.go @ 1cd70eb6; Node.js
 * services/ocr/v1/model/BusinessLicenseResult.ts @ b081640b): registration_number (the unified social credit
 * code, or an old license's registration number), name, type, address, legal_representative,
 * registered_capital, organization_form, found_date, business_term, business_scope, issue_date, confidence
 * (object). They stay at the top level under these names, in this order, then any field Huawei adds later,
 * then `checks`.
 *
 * Personal data in output:
 * | field                | mask                                                   | drop                   |
 * |----------------------|--------------------------------------------------------|------------------------|
 * | legal_representative | 张* / 王*明 (first and last character kept)             | deleted                |
 * | address              | cut after the county level: 广东省深圳市龙岗区…          | deleted                |
 * | registration_number  | first 8 (authority, type, region) + * + last 2          | masked as in Mask      |
 * The legal representative (or owner, partner, investor) is a natural person and the address may be a home
 * (individual businesses often register at home): both are personal data. The credit code identifies the
 * company, not a person, and the national registry publishes it; it is masked partially in both modes so that
 * a masked row still shows the region and can be matched by a person, without carrying the full identifier
 * of an individual business out of the workflow. Dropping it would leave the row without the company's key.
 * The company name, type, capital, dates, term and scope are kept: they are public registry facts.
 */

import type { IDataObject } from 'n8n-workflow';

import type { DocumentRules, MaskMode, ShapedDocument, ShapeSettings } from '../../model/document';
import { maskUnknownFields } from '../shared/fieldMasking';
import { maskAddress, maskName } from '../personalData';
import { checkBusinessLicense, normalizeCode, type BusinessLicenseChecks } from './checks';
import { isPlainObject } from '../shared/plainObject';

export const BUSINESS_LICENSE_FIELDS = [
	'registration_number',
	'name',
	'type',
	'address',
	'legal_representative',
	'registered_capital',
	'organization_form',
	'found_date',
	'business_term',
	'business_scope',
	'issue_date',
	'confidence',
] as const;

/**
 * A credit code with its registration authority, entity type and region (first 8 characters) and the last 2
 * kept: 91440300********16. An old 15-digit registration number keeps its first 6 (region) and last 2.
 */
export function maskCreditCode(value: string): string {
	const chars = Array.from(normalizeCode(value));
	if (chars.length <= 10) return '*'.repeat(chars.length);
	const head = chars.length >= 18 ? 8 : 6;
	return (
		chars.slice(0, head).join('') + '*'.repeat(chars.length - head - 2) + chars.slice(-2).join('')
	);
}

/** The license's JSON with its personal data masked or dropped (a copy unless mode is 'none'). */
export function maskBusinessLicense(json: IDataObject, mode: MaskMode): IDataObject {
	if (mode === 'none') return json;
	const out: IDataObject = { ...json };
	if (typeof out.registration_number === 'string')
		out.registration_number = maskCreditCode(out.registration_number);
	if (mode === 'drop') {
		delete out.legal_representative;
		delete out.address;
		return out;
	}
	if (typeof out.legal_representative === 'string')
		out.legal_representative = maskName(out.legal_representative);
	if (typeof out.address === 'string') out.address = maskAddress(out.address);
	return out;
}

export interface ShapedBusinessLicense extends ShapedDocument {
	checks: BusinessLicenseChecks;
}

/**
 * One Huawei BusinessLicenseResult as output: Huawei's fields, `checks`, masked when asked; a field the model
 * lacks is passed through in 'none', masked by its key in 'mask', dropped in 'drop' (maskUnknownFields).
 */
export function shapeBusinessLicense(
	result: IDataObject,
	settings: ShapeSettings,
): ShapedBusinessLicense {
	const fields = isPlainObject(result) ? result : {};
	const checks = checkBusinessLicense(fields, settings.today);
	const license: IDataObject = {};
	for (const key of BUSINESS_LICENSE_FIELDS)
		if (fields[key] !== undefined) license[key] = fields[key];
	for (const [key, value] of Object.entries(fields)) if (!(key in license)) license[key] = value;
	license.checks = checks as unknown as IDataObject;
	const json = maskUnknownFields(maskBusinessLicense(license, settings.masking), settings.masking, [
		...BUSINESS_LICENSE_FIELDS,
		'checks',
	]) as IDataObject;
	return { json, checks, images: [] };
}

/**
 * The business license's rules. Auto-classification lists no business license among the types it reports (the
 * 16 type keys of auto_classification_request_body.py `extended_parameters`), so no type maps here.
 */
export const businessLicenseRules: DocumentRules = {
	noun: 'business license',
	classifiedAs: [],
	shape: shapeBusinessLicense,
};
