/**
 * A bank card's personal data, masked or dropped (Personal Data option).
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

import type { MaskMode } from '../../model/document';
import { maskNamedFields, type FieldMasks } from '../shared/fieldMasking';
import { maskKeepEnds, maskName } from '../personalData';
import { cardDigits } from './checks';

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
