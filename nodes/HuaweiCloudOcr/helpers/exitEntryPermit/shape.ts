import type { IDataObject } from 'n8n-workflow';

import type { DocumentRules, ShapedDocument, ShapeSettings } from '../../model/document';
import { isPlainObject } from '../shared/plainObject';
import { maskedJson, orderedFields, takePortrait } from '../shared/resultFields';
import { validPeriodFields } from '../shared/validPeriod';
import { checkExitEntryPermit, type ExitEntryPermitChecks } from './checks';
import { maskExitEntryPermit } from './masking';

/**
 * ExitEntryPermitResult's fields in the SDK's order (huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/
 * huaweicloudsdkocr/v1/model/exit_entry_permit_result.py @ 343a486b): one flat object for the side read
 * (`side` front or back); strings, except portrait_location (list[list[int]]), endorsement_info_hk/mo/tw
 * (ExitEntryPermitEndorsementInfo objects: the endorsements on the back) and confidence
 * (ExitEntryPermitConfidence).
 */
export const EXIT_ENTRY_PERMIT_FIELDS = [
	'name',
	'name_en',
	'sex',
	'birth_date',
	'number',
	'issuing_authority',
	'issue_place',
	'valid_period',
	'machine_code',
	'portrait_image',
	'portrait_location',
	'type',
	'side',
	'endorsement_info_hk',
	'endorsement_info_mo',
	'endorsement_info_tw',
	'confidence',
] as const;

/** The node's own fields after Huawei's: valid_period's two dates as YYYY-MM-DD (null when unreadable). */
export const DERIVED_FIELDS = ['valid_from', 'valid_to'] as const;

export interface ShapedExitEntryPermit extends ShapedDocument {
	checks: ExitEntryPermitChecks;
}

/**
 * The permit as output: Huawei's fields at the top level in the SDK's order, any field Huawei adds, then
 * valid_from/valid_to and `checks`; the portrait taken out for the binary property portrait_image; masked
 * when asked (a field the model lacks passed through in 'none', masked by its key in 'mask', dropped in
 * 'drop').
 */
export function shapeExitEntryPermit(
	result: IDataObject,
	settings: ShapeSettings,
): ShapedExitEntryPermit {
	const fields = orderedFields(
		isPlainObject(result) ? { ...result } : {},
		EXIT_ENTRY_PERMIT_FIELDS,
	);
	const checks = checkExitEntryPermit(fields, settings.today);
	const images = takePortrait(fields);
	const card = {
		...fields,
		...validPeriodFields(fields),
		checks: checks as unknown as IDataObject,
	};
	const json = maskedJson(card, settings.masking, maskExitEntryPermit, [
		...EXIT_ENTRY_PERMIT_FIELDS,
		...DERIVED_FIELDS,
	]);
	return { json, checks, images };
}

/**
 * The permit's rules. Auto-classification lists no exit-entry permit among the types it reports (the 16 type
 * keys of auto_classification_request_body.py `extended_parameters` @ 343a486b), so no type maps here.
 */
export const exitEntryPermitRules: DocumentRules = {
	noun: 'exit-entry permit',
	classifiedAs: [],
	shape: shapeExitEntryPermit,
};
