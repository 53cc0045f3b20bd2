import type { IDataObject } from 'n8n-workflow';

import type { DocumentRules, ShapedDocument, ShapeSettings } from '../../model/document';
import { maskUnknownFields } from '../shared/fieldMasking';
import { licenceSide } from '../shared/licencePages';
import { liftPageFields } from '../shared/resultFields';
import { checkVehicleLicence, type VehicleLicenceChecks } from './vehicleChecks';
import { maskVehicleLicence } from './vehicleMasking';

/**
 * VehicleLicenseResult's fields in the SDK's order (huaweicloudsdkocr/v1/model/vehicle_license_result.py
 * @ 343a486b); `front` (VehicleLicenseFront) and `back` (VehicleLicenseBack) hold the pages' own fields.
 */
export const VEHICLE_LICENCE_FIELDS = [
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

/** The fields a licence item may hold (the model's and the node's own); any other goes in Drop. */
const KNOWN_FIELDS: readonly string[] = ['side', ...VEHICLE_LICENCE_FIELDS, 'checks'];

export interface ShapedVehicleLicence extends ShapedDocument {
	checks: VehicleLicenceChecks;
}

/**
 * The licence as output: `side`, Huawei's fields at the top level in the SDK's order (a field Huawei sent
 * only inside `front`/`back` is also lifted to the top level, the main page's first), any field Huawei adds,
 * then `checks`; masked when asked.
 */
export function shapeVehicleLicence(
	result: IDataObject,
	settings: ShapeSettings,
): ShapedVehicleLicence {
	const side = licenceSide(result, settings.request?.side);
	const fields = liftPageFields(result, VEHICLE_LICENCE_FIELDS, NOT_LIFTED);
	const checks = checkVehicleLicence(result, {
		today: settings.today,
		side: settings.request?.side,
	});
	const masked = maskVehicleLicence(
		{ side, ...fields, checks: checks as unknown as IDataObject },
		settings.masking,
	);
	const json = maskUnknownFields(masked, settings.masking, KNOWN_FIELDS, [
		'front',
		'back',
	]) as IDataObject;
	return { json, checks, images: [] };
}

/** The vehicle licence's rules, also applied by Auto-Classify to the licences it finds. */
export const vehicleLicenceRules: DocumentRules = {
	noun: 'vehicle licence',
	classifiedAs: ['vehicle_license'],
	shape: shapeVehicleLicence,
};
