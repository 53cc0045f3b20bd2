/**
 * A Huawei BusinessLicenseResult as an output item, with its local checks and masking (./masking.ts).
 *
 * Fields (huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/business_license_result.py
 * @ 343a486b; Go services/ocr/v1/model/model_business_license_result.go @ 1cd70eb6; Node.js
 * services/ocr/v1/model/BusinessLicenseResult.ts @ b081640b): registration_number (the unified social credit
 * code, or an old license's registration number), name, type, address, legal_representative,
 * registered_capital, organization_form, found_date, business_term, business_scope, issue_date, confidence
 * (object). They stay at the top level under these names, in this order, then any field Huawei adds later,
 * then `checks`.
 */

import type { IDataObject } from 'n8n-workflow';

import type { DocumentRules, ShapedDocument, ShapeSettings } from '../../model/document';
import { maskedJson, orderedFields } from '../shared/resultFields';
import { checkBusinessLicense, type BusinessLicenseChecks } from './checks';
import { maskBusinessLicense } from './masking';
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
	const license = {
		...orderedFields(fields, BUSINESS_LICENSE_FIELDS),
		checks: checks as unknown as IDataObject,
	};
	const json = maskedJson(license, settings.masking, maskBusinessLicense, BUSINESS_LICENSE_FIELDS);
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
