import type { IDataObject } from 'n8n-workflow';

import type { DocumentRules, ShapedDocument, ShapeSettings } from '../../model/document';
import { orderedFields } from '../shared/resultFields';
import { maskUnknownFields } from '../shared/fieldMasking';
import { checkPassport, type PassportChecks } from './checks';
import { findMrz } from './mrz';
import { maskPassport } from './masking';

/** PassportResult's fields in the SDK's order (huaweicloudsdkocr/v1/model/passport_result.py @ 343a486b). */
export const PASSPORT_FIELDS = [
	'passport_type',
	'country_code',
	'passport_number',
	'nationality',
	'surname',
	'given_name',
	'sex',
	'date_of_birth',
	'date_of_expiry',
	'date_of_issue',
	'place_of_birth',
	'place_of_issue',
	'issuing_authority',
	'confidence',
	'extra_info',
] as const;

export interface ShapedPassport extends ShapedDocument {
	checks: PassportChecks;
}

/**
 * The passport as output: Huawei's fields at the top level in the SDK's order, then any field Huawei adds
 * (kept as sent), then `checks`; masked when asked. Huawei returns no images for passports.
 */
export function shapePassport(result: IDataObject, settings: ShapeSettings): ShapedPassport {
	const fields = orderedFields(result, PASSPORT_FIELDS);
	const checks = checkPassport(result, settings.today);
	// the MRZ's exact keys (its dotted checks.mrz_source cannot hold keys with `.` or `+`)
	const mrz = findMrz(result);
	const masked = maskPassport(
		{ ...fields, checks: checks as unknown as IDataObject },
		settings.masking,
		mrz,
	);
	// An MRZ found at the top level under a key of its own is masked by maskPassport, not a second time.
	const mrzKeys = mrz && mrz.parent.length === 0 ? mrz.keys : [];
	const json = maskUnknownFields(masked, settings.masking, [
		...PASSPORT_FIELDS,
		...mrzKeys,
		'checks',
	]) as IDataObject;
	return { json, checks, images: [] };
}

/** The passport's rules, also applied by Auto-Classify to the passports it finds. */
export const passportRules: DocumentRules = {
	noun: 'passport',
	classifiedAs: ['passport'],
	shape: shapePassport,
};
