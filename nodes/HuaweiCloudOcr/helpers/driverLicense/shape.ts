import type { IDataObject } from 'n8n-workflow';

import type { DocumentRules, ShapedDocument, ShapeSettings } from '../../model/document';
import { shapeLicense } from '../shared/licensePages';
import { checkDriverLicense, type DriverLicenseChecks } from './checks';
import { maskDriverLicense } from './masking';

/**
 * DriverLicenseResult's fields in the SDK's order (huaweicloudsdkocr/v1/model/driver_license_result.py
 * @ 343a486b); `front` (DriverLicenseFront) and `back` (DriverLicenseBack) hold the pages' own fields.
 */
export const DRIVER_LICENSE_FIELDS = [
	'type',
	'number',
	'name',
	'sex',
	'nationality',
	'address',
	'birth',
	'issue_date',
	'class',
	'valid_from',
	'valid_to',
	'issuing_authority',
	'file_number',
	'record',
	'accumulated_scores',
	'status',
	'generation_date',
	'current_time',
	'text_location',
	'front',
	'back',
] as const;

export interface ShapedDriverLicense extends ShapedDocument {
	checks: DriverLicenseChecks;
}

/** The license as output (shapeLicense in helpers/shared/licensePages.ts). */
export function shapeDriverLicense(
	result: IDataObject,
	settings: ShapeSettings,
): ShapedDriverLicense {
	return shapeLicense(result, settings, {
		fields: DRIVER_LICENSE_FIELDS,
		notLifted: ['text_location'],
		check: checkDriverLicense,
		mask: maskDriverLicense,
	});
}

/** The driver license's rules, also applied by Auto-Classify to the licenses it finds. */
export const driverLicenseRules: DocumentRules = {
	noun: 'driver license',
	classifiedAs: ['driver_license'],
	shape: shapeDriverLicense,
};
