import type { IDataObject } from 'n8n-workflow';

import type { DocumentRules, ShapedDocument, ShapeSettings } from '../../model/document';
import { shapeLicense } from '../shared/licensePages';
import { checkVehicleLicense, type VehicleLicenseChecks } from './checks';
import { maskVehicleLicense } from './masking';

/**
 * VehicleLicenseResult's fields in the SDK's order (huaweicloudsdkocr/v1/model/vehicle_license_result.py
 * @ 343a486b); `front` (VehicleLicenseFront) and `back` (VehicleLicenseBack) hold the pages' own fields.
 */
export const VEHICLE_LICENSE_FIELDS = [
	'type',
	'number',
	'vehicle_type',
	'name',
	'address',
	'use_character',
	'model',
	'engine_no',
	'vin',
	'register_date',
	'issue_date',
	'issuing_authority',
	'file_no',
	'approved_passengers',
	'gross_mass',
	'unladen_mass',
	'approved_load',
	'dimension',
	'traction_mass',
	'remarks',
	'inspection_record',
	'code_number',
	'text_location',
	'energy_type',
	'color',
	'mandatory_scrapping_date',
	'status',
	'front',
	'back',
	'alarm_result',
	'alarm_confidence',
] as const;

/** Fields that are objects of their own on each page (not lifted to the top level). */
const NOT_LIFTED = ['text_location', 'alarm_result', 'alarm_confidence'];

export interface ShapedVehicleLicense extends ShapedDocument {
	checks: VehicleLicenseChecks;
}

/** The license as output (shapeLicense in helpers/shared/licensePages.ts). */
export function shapeVehicleLicense(
	result: IDataObject,
	settings: ShapeSettings,
): ShapedVehicleLicense {
	return shapeLicense(result, settings, {
		fields: VEHICLE_LICENSE_FIELDS,
		notLifted: NOT_LIFTED,
		check: checkVehicleLicense,
		mask: maskVehicleLicense,
	});
}

/** The vehicle license's rules, also applied by Auto-Classify to the licenses it finds. */
export const vehicleLicenseRules: DocumentRules = {
	noun: 'vehicle license',
	classifiedAs: ['vehicle_license'],
	shape: shapeVehicleLicense,
};
