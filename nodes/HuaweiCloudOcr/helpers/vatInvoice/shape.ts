/**
 * A Huawei VatInvoiceResult as an output item.
 *
 * Fields (huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/vat_invoice_result.py
 * @ 343a486b, with item_list.py, belong_item_list.py and passenger_travel_item_list.py): the 57 fields of the
 * model (helpers/vatInvoice/masking.ts VAT_INVOICE_FIELDS) stay at the top level under these names, in this
 * order, item lists nested as Huawei sends them; then any field Huawei adds later; then `checks`
 * (helpers/vatInvoice/checks.ts). Masking: helpers/vatInvoice/masking.ts.
 */

import type { IDataObject } from 'n8n-workflow';

import type { DocumentRules, ShapedDocument, ShapeSettings } from '../../model/document';
import { maskUnknownFields } from '../shared/fieldMasking';
import { isPlainObject } from '../shared/plainObject';
import { orderedFields } from '../shared/resultFields';
import { checkVatInvoice, type VatInvoiceChecks } from './checks';
import { maskVatInvoice, VAT_INVOICE_FIELDS } from './masking';

export interface ShapedVatInvoice extends ShapedDocument {
	checks: VatInvoiceChecks;
}

/**
 * One Huawei VatInvoiceResult as output: Huawei's fields, `checks`, masked when asked; a field the model
 * lacks is passed through in 'none', masked by its key in 'mask', dropped in 'drop' (maskUnknownFields).
 */
export function shapeVatInvoice(result: IDataObject, settings: ShapeSettings): ShapedVatInvoice {
	const fields = isPlainObject(result) ? result : {};
	const checks = checkVatInvoice(fields, settings.today);
	const invoice = orderedFields(fields, VAT_INVOICE_FIELDS);
	invoice.checks = checks as unknown as IDataObject;
	const json = maskUnknownFields(maskVatInvoice(invoice, settings.masking), settings.masking, [
		...VAT_INVOICE_FIELDS,
		'checks',
	]) as IDataObject;
	return { json, checks, images: [] };
}

/**
 * The VAT invoice's rules, also applied by Auto-Classify to a document it reports as `vat_invoice` (the type
 * key of auto_classification_request_body.py `extended_parameters` and the API page's table of types).
 */
export const vatInvoiceRules: DocumentRules = {
	noun: 'VAT invoice',
	classifiedAs: ['vat_invoice'],
	shape: shapeVatInvoice,
};
