import type { IDataObject } from 'n8n-workflow';

import type { DocumentRules, ShapedDocument, ShapeSettings } from '../../model/document';
import { shapeLicence } from '../shared/licencePages';
import { checkDriverLicence, type DriverLicenceChecks } from './licenceChecks';
import { maskDriverLicence } from './licenceMasking';

/**
 * DriverLicenseResult's fields in the SDK's order (huaweicloudsdkocr/v1/model/driver_license_result.py
 * @ 343a486b); `front` (DriverLicenseFront) and `back` (DriverLicenseBack) hold the pages' own fields.
 */
export const DRIVER_LICENCE_FIELDS = [
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

export interface ShapedDriverLicence extends ShapedDocument {
	checks: DriverLicenceChecks;
}

/** The licence as output (shapeLicence in helpers/shared/licencePages.ts). */
export function shapeDriverLicence(
	result: IDataObject,
	settings: ShapeSettings,
): ShapedDriverLicence {
	return shapeLicence(result, settings, {
		fields: DRIVER_LICENCE_FIELDS,
		notLifted: ['text_location'],
		check: checkDriverLicence,
		mask: maskDriverLicence,
	});
}

/** The driving licence's rules, also applied by Auto-Classify to the licences it finds. */
export const driverLicenceRules: DocumentRules = {
	noun: 'driving licence',
	classifiedAs: ['driver_license'],
	shape: shapeDriverLicence,
};
