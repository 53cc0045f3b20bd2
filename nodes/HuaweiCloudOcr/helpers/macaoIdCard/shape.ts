import type { IDataObject } from 'n8n-workflow';

import type { DocumentRules, ShapedDocument, ShapeSettings } from '../../model/document';
import { cardDateIso } from '../shared/cardDates';
import { isPlainObject } from '../shared/plainObject';
import { maskedJson, orderedFields, takePortrait } from '../shared/resultFields';
import { checkMacaoIdCard, type MacaoIdCardChecks } from './checks';
import { maskMacaoIdCard } from './masking';

/**
 * MacaoIdCardResult's fields in the SDK's order (huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/
 * huaweicloudsdkocr/v1/model/macao_id_card_result.py @ 343a486b): side, name, name_en, sex, issue_date,
 * expiry_date, birth_date, initial_issue_date, height, number, symbols, machine_code1, machine_code2,
 * machine_code3, portrait_image (str, base64) and confidence (object). Go services/ocr/v1/model/
 * model_macao_id_card_result.go @ 262a6993: the same fields and types.
 */
export const MACAO_ID_CARD_FIELDS = [
	'side',
	'name',
	'name_en',
	'sex',
	'issue_date',
	'expiry_date',
	'birth_date',
	'initial_issue_date',
	'height',
	'number',
	'symbols',
	'machine_code1',
	'machine_code2',
	'machine_code3',
	'portrait_image',
	'confidence',
] as const;

/** The node's own fields after Huawei's: the dates as YYYY-MM-DD (null when unreadable), then `checks`. */
export const DERIVED_FIELDS = ['birth_date_iso', 'issue_date_iso', 'expiry_date_iso'] as const;

export interface ShapedMacaoIdCard extends ShapedDocument {
	checks: MacaoIdCardChecks;
}

/**
 * One Huawei MacaoIdCardResult as output: Huawei's fields at the top level in the SDK's order, then any field
 * Huawei adds (as sent), the derived dates and `checks`; masked when asked. The portrait (return_portrait_image)
 * leaves the JSON and becomes the binary property `portrait_image` when the output is not masked.
 */
export function shapeMacaoIdCard(result: IDataObject, settings: ShapeSettings): ShapedMacaoIdCard {
	const fields = orderedFields(isPlainObject(result) ? { ...result } : {}, MACAO_ID_CARD_FIELDS);
	const checks = checkMacaoIdCard(fields, {
		today: settings.today,
		side: settings.request?.side,
	});
	const images = takePortrait(fields);
	const expiry = /\d{4}/.test(String(fields.expiry_date ?? ''))
		? cardDateIso(fields.expiry_date, settings.today)
		: null;
	const card: IDataObject = {
		...fields,
		birth_date_iso: cardDateIso(fields.birth_date, settings.today),
		issue_date_iso: cardDateIso(fields.issue_date, settings.today),
		expiry_date_iso: expiry,
		checks: checks as unknown as IDataObject,
	};
	const json = maskedJson(card, settings.masking, maskMacaoIdCard, [
		...MACAO_ID_CARD_FIELDS,
		...DERIVED_FIELDS,
	]);
	return { json, checks, images };
}

/**
 * The Macao ID card's rules. Auto-Classify (auto-classification) has no type for it: the types of
 * auto_classification_request_body.py @ 343a486b do not include Hong Kong or Macao ID cards.
 */
export const macaoIdCardRules: DocumentRules = {
	noun: 'Macao ID card',
	classifiedAs: [],
	shape: shapeMacaoIdCard,
};
