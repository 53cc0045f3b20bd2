import type { IDataObject } from 'n8n-workflow';

import type { DocumentRules, ShapedDocument, ShapeSettings } from '../../model/document';
import { isPlainObject } from '../shared/plainObject';
import { maskedJson, orderedFields, takePortrait } from '../shared/resultFields';
import { validPeriodFields } from '../shared/validPeriod';
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
	const images = takePortrait(fields);
	const card = {
		...fields,
		...validPeriodFields(fields),
		checks: checks as unknown as IDataObject,
	};
	const json = maskedJson(card, settings.masking, maskMainlandTravelPermit, [
		...MAINLAND_TRAVEL_PERMIT_FIELDS,
		...DERIVED_FIELDS,
	]);
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
