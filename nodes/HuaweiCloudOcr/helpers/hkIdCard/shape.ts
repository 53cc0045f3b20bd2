import type { IDataObject } from 'n8n-workflow';

import type { DocumentRules, ShapedDocument, ShapeSettings } from '../../model/document';
import { isPlainObject } from '../shared/plainObject';
import { maskedJson, orderedFields, takePortrait } from '../shared/resultFields';
import { cardDateIso } from '../shared/cardDates';
import { checkHkIdCard, type HkIdCardChecks } from './checks';
import { maskHkIdCard } from './masking';

/**
 * HkIdCardResult's fields in the SDK's order (huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/
 * v1/model/hk_id_card_result.py @ 343a486b): name, name_en, sex, birth_date, number, symbols,
 * name_telegraph_code, initial_issue_date, issue_date (str), permanent (bool), portrait_location (int[][]),
 * portrait_image (str, base64), confidence (object). Go services/ocr/v1/model/model_hk_id_card_result.go
 * @ 1cff3dd1: the same fields and types.
 */
export const HK_ID_CARD_FIELDS = [
	'name',
	'name_en',
	'sex',
	'birth_date',
	'number',
	'symbols',
	'name_telegraph_code',
	'permanent',
	'initial_issue_date',
	'issue_date',
	'portrait_location',
	'portrait_image',
	'confidence',
] as const;

/** The node's own fields after Huawei's: the dates as YYYY-MM-DD (null when unreadable), then `checks`. */
export const DERIVED_FIELDS = ['birth_date_iso', 'issue_date_iso'] as const;

export interface ShapedHkIdCard extends ShapedDocument {
	checks: HkIdCardChecks;
}

/**
 * One Huawei HkIdCardResult as output: Huawei's fields at the top level in the SDK's order, then any field
 * Huawei adds (as sent), the derived dates and `checks`; masked when asked. The portrait (return_portrait_image)
 * leaves the JSON and becomes the binary property `portrait_image` when the output is not masked.
 */
export function shapeHkIdCard(result: IDataObject, settings: ShapeSettings): ShapedHkIdCard {
	const fields = orderedFields(isPlainObject(result) ? { ...result } : {}, HK_ID_CARD_FIELDS);
	const checks = checkHkIdCard(fields, settings.today);
	const images = takePortrait(fields);
	const card: IDataObject = {
		...fields,
		birth_date_iso: cardDateIso(fields.birth_date, settings.today),
		issue_date_iso: cardDateIso(fields.issue_date, settings.today),
		checks: checks as unknown as IDataObject,
	};
	const json = maskedJson(card, settings.masking, maskHkIdCard, [
		...HK_ID_CARD_FIELDS,
		...DERIVED_FIELDS,
	]);
	return { json, checks, images };
}

/**
 * The Hong Kong ID card's rules. Auto-Classify (auto-classification) has no type for it: the types of
 * auto_classification_request_body.py @ 343a486b do not include Hong Kong or Macao ID cards.
 */
export const hkIdCardRules: DocumentRules = {
	noun: 'Hong Kong ID card',
	classifiedAs: [],
	shape: shapeHkIdCard,
};
