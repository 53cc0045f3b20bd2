import type { IDataObject } from 'n8n-workflow';

import type {
	DocumentRules,
	ReturnedImage,
	ShapedDocument,
	ShapeSettings,
} from '../../model/document';
import { maskUnknownFields } from '../shared/fieldMasking';
import { isPlainObject } from '../shared/plainObject';
import { orderedFields } from '../shared/resultFields';
import { readValidPeriod } from '../shared/validPeriod';
import { checkMainlandTravelPermit, type MainlandTravelPermitChecks } from './checks';
import { maskMainlandTravelPermit } from './masking';

/**
 * MainlandTravelPermitResult's fields in the SDK's order (huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/
 * huaweicloudsdkocr/v1/model/mainland_travel_permit_result.py @ 343a486b): one flat object for the side read
 * (`side` front or back), every value a string except portrait_location (list[list[int]]) and confidence
 * (MainlandTravelPermitConfidence: a number per field).
 */
export const MAINLAND_TRAVEL_PERMIT_FIELDS = [
	'name',
	'name_en',
	'birth_date',
	'sex',
	'valid_period',
	'issuing_authority',
	'number',
	'issue_place',
	'issue_times',
	'id_name',
	'id_number',
	'machine_code1',
	'machine_code2',
	'machine_code3',
	'type',
	'side',
	'portrait_image',
	'portrait_location',
	'confidence',
] as const;

/** The node's own fields after Huawei's: valid_period's two dates as YYYY-MM-DD (null when unreadable). */
export const DERIVED_FIELDS = ['valid_from', 'valid_to'] as const;

export interface ShapedMainlandTravelPermit extends ShapedDocument {
	checks: MainlandTravelPermitChecks;
}

/**
 * The permit as output: Huawei's fields at the top level in the SDK's order, any field Huawei adds, then
 * valid_from/valid_to (front) and `checks`; the portrait taken out for the binary property portrait_image;
 * masked when asked (a field the model lacks passed through in 'none', masked by its key in 'mask', dropped
 * in 'drop').
 */
export function shapeMainlandTravelPermit(
	result: IDataObject,
	settings: ShapeSettings,
): ShapedMainlandTravelPermit {
	const fields = orderedFields(
		isPlainObject(result) ? { ...result } : {},
		MAINLAND_TRAVEL_PERMIT_FIELDS,
	);
	const checks = checkMainlandTravelPermit(fields, settings.today);
	const images: ReturnedImage[] = [];
	if (fields.portrait_image !== undefined)
		images.push({
			binaryName: 'portrait_image',
			fileStem: 'portrait',
			value: fields.portrait_image,
		});
	delete fields.portrait_image;
	const derived: IDataObject = {};
	if (fields.valid_period !== undefined) {
		const period = readValidPeriod(fields.valid_period);
		derived.valid_from = period.from;
		derived.valid_to = period.to;
	}
	const masked = maskMainlandTravelPermit(
		{ ...fields, ...derived, checks: checks as unknown as IDataObject },
		settings.masking,
	);
	const json = maskUnknownFields(masked, settings.masking, [
		...MAINLAND_TRAVEL_PERMIT_FIELDS,
		...DERIVED_FIELDS,
		'checks',
	]) as IDataObject;
	return { json, checks, images };
}

/**
 * The permit's rules. Auto-classification lists no travel permit among the types it reports (the 16 type keys
 * of auto_classification_request_body.py `extended_parameters` @ 343a486b), so no type maps here.
 */
export const mainlandTravelPermitRules: DocumentRules = {
	noun: 'mainland travel permit',
	classifiedAs: [],
	shape: shapeMainlandTravelPermit,
};
