/**
 * A Huawei BankcardResult as an output item, with its local checks and masking (./masking.ts).
 *
 * Fields (huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/bankcard_result.py @ 343a486b;
 * Go services/ocr/v1/model/model_bankcard_result.go @ 1cd70eb6; Node.js services/ocr/v1/model/BankcardResult.ts
 * @ b081640b): bank_name, card_number, issue_date, expiry_date, type, confidence (object), text_location
 * (object, only with return_text_location). They stay at the top level under these names, in this order, then
 * any field Huawei adds later, then `checks`.
 */

import type { IDataObject } from 'n8n-workflow';

import type { DocumentRules, ShapedDocument, ShapeSettings } from '../../model/document';
import { maskedJson, orderedFields } from '../shared/resultFields';
import { checkBankCard, type BankCardChecks } from './checks';
import { maskBankCard } from './masking';
import { isPlainObject } from '../shared/plainObject';

export const BANK_CARD_FIELDS = [
	'bank_name',
	'card_number',
	'issue_date',
	'expiry_date',
	'type',
	'confidence',
	'text_location',
] as const;

export interface ShapedBankCard extends ShapedDocument {
	checks: BankCardChecks;
}

/**
 * One Huawei BankcardResult as output: Huawei's fields, `checks`, masked when asked; a field the model lacks
 * is passed through in 'none', masked by its key in 'mask' and dropped in 'drop' (maskUnknownFields).
 */
export function shapeBankCard(result: IDataObject, settings: ShapeSettings): ShapedBankCard {
	const fields = isPlainObject(result) ? result : {};
	const checks = checkBankCard(fields, settings.today);
	const card = {
		...orderedFields(fields, BANK_CARD_FIELDS),
		checks: checks as unknown as IDataObject,
	};
	const json = maskedJson(card, settings.masking, maskBankCard, BANK_CARD_FIELDS);
	return { json, checks, images: [] };
}

/** The bank card's rules, also applied by Auto-Classify to the bank cards it finds (type `bankcard`). */
export const bankCardRules: DocumentRules = {
	noun: 'bank card',
	classifiedAs: ['bankcard'],
	shape: shapeBankCard,
};
