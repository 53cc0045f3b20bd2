import type { IDataObject } from 'n8n-workflow';

import type { DocumentRules, ShapedDocument, ShapeSettings } from '../../model/document';
import { maskUnknownFields } from '../shared/fieldMasking';
import { licenceSide } from '../shared/licencePages';
import { liftPageFields } from '../shared/resultFields';
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

/** The fields a licence item may hold (the model's and the node's own); any other goes in Drop. */
const KNOWN_FIELDS: readonly string[] = ['side', ...DRIVER_LICENCE_FIELDS, 'checks'];

export interface ShapedDriverLicence extends ShapedDocument {
	checks: DriverLicenceChecks;
}

/**
 * The licence as output: `side`, Huawei's fields at the top level in the SDK's order (a field Huawei sent
 * only inside `front`/`back` is also lifted to the top level, the main page's first; `text_location` and
 * the page objects stay as sent), any field Huawei adds, then `checks`; masked when asked.
 */
export function shapeDriverLicence(
	result: IDataObject,
	settings: ShapeSettings,
): ShapedDriverLicence {
	const side = licenceSide(result, settings.request?.side);
	const fields = liftPageFields(result, DRIVER_LICENCE_FIELDS, ['text_location']);
	const checks = checkDriverLicence(result, {
		today: settings.today,
		side: settings.request?.side,
	});
	const masked = maskDriverLicence(
		{ side, ...fields, checks: checks as unknown as IDataObject },
		settings.masking,
	);
	const json = maskUnknownFields(masked, settings.masking, KNOWN_FIELDS, [
		'front',
		'back',
	]) as IDataObject;
	return { json, checks, images: [] };
}

/** The driving licence's rules, also applied by Auto-Classify to the licences it finds. */
export const driverLicenceRules: DocumentRules = {
	noun: 'driving licence',
	classifiedAs: ['driver_license'],
	shape: shapeDriverLicence,
};
