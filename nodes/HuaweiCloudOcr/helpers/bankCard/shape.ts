/**
 * A Huawei BankcardResult as an output item, and its masking.
 *
 * Fields (huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/bankcard_result.py @ 343a486b;
 * Go services/ocr/v1/model/model_bankcard_result.go @ 1cd70eb6; Node.js services/ocr/v1/model/BankcardResult.ts
 * @ b081640b): bank_name, card_number, issue_date, expiry_date, type, confidence (object), text_location
 * (object, only with return_text_location). They stay at the top level under these names, in this order, then
 * any field Huawei adds later, then `checks`.
 *
 * Personal data in output:
 * | field                                   | mask                                   | drop    |
 * |-----------------------------------------|----------------------------------------|---------|
 * | card_number                             | first 6 + * + last 4: 621700*********0123 | deleted |
 * | holder name (HOLDER_FIELDS, if present) | 张* / 王*明 (first and last kept)        | deleted |
 * | text_location                           | entries of those fields deleted        | deleted |
 * | confidence                              | kept (numbers only)                    | kept    |
 * The bank, card type and validity months are kept: they are not personal on their own. The BankcardResult
 * model has no holder name today; a name Huawei may add under one of HOLDER_FIELDS is masked too.
 */

import type { IDataObject } from 'n8n-workflow';

import type { DocumentRules, MaskMode, ShapedDocument, ShapeSettings } from '../../model/document';
import { maskNamedFields, maskUnknownFields, type FieldMasks } from '../shared/fieldMasking';
import { maskKeepEnds, maskName } from '../personalData';
import { cardDigits, checkBankCard, type BankCardChecks } from './checks';
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

/** Names a holder name could come under (none in the SDK model today). */
export const HOLDER_FIELDS = ['holder_name', 'card_holder', 'cardholder_name', 'name'] as const;

/** The card number with only the issuer (first 6 digits) and the last 4 left: 621700*********0123. */
export function maskCardNumber(value: string): string {
	const digits = cardDigits(value) ?? value.replace(/\s+/g, '');
	return maskKeepEnds(digits, 6, 4);
}

/** The mask of each personal field: the card number and a holder name under any of HOLDER_FIELDS. */
const MASKS: FieldMasks = {
	card_number: maskCardNumber,
	...Object.fromEntries(HOLDER_FIELDS.map((key) => [key, maskName])),
};

/** The card's JSON with its personal data masked or dropped (a copy unless mode is 'none'). */
export function maskBankCard(json: IDataObject, mode: MaskMode): IDataObject {
	if (mode === 'none') return json;
	return maskNamedFields(json, mode, MASKS) as IDataObject;
}

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
	const card: IDataObject = {};
	for (const key of BANK_CARD_FIELDS) if (fields[key] !== undefined) card[key] = fields[key];
	for (const [key, value] of Object.entries(fields)) if (!(key in card)) card[key] = value;
	card.checks = checks as unknown as IDataObject;
	const json = maskUnknownFields(maskBankCard(card, settings.masking), settings.masking, [
		...BANK_CARD_FIELDS,
		'checks',
	]) as IDataObject;
	return { json, checks, images: [] };
}

/** The bank card's rules, also applied by Auto-Classify to the bank cards it finds (type `bankcard`). */
export const bankCardRules: DocumentRules = {
	noun: 'bank card',
	classifiedAs: ['bankcard'],
	shape: shapeBankCard,
};
