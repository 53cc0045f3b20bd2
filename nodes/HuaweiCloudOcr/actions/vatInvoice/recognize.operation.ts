import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { VAT_INVOICE_API, VAT_INVOICE_REGIONS } from '../../helpers/vatInvoice/api';
import { shapeVatInvoice } from '../../helpers/vatInvoice/shape';
import {
	failedChecksOption,
	flagOptions,
	imageSourceProperties,
	optionsCollection,
	personalDataOption,
	sharedOptions,
	type RequestFlag,
} from '../shared/descriptions';
import { pdfPageOptions } from '../shared/pdfPageOptions';
import { recognizeDocument, setPdfPage, setRequestFlags } from '../shared/recognizeDocument';

const show = { resource: ['vatInvoice'], operation: ['recognize'] };

/**
 * Boolean request fields of `POST /v2/{project_id}/ocr/vat-invoice`, all off by default as in the API
 * (VatInvoiceRequestBody, huaweicloud-sdk-python-v3 @ 343a486b, huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 * vat_invoice_request_body.py: image, url, advanced_mode, return_text_location, page_num, ofd_to_image_mode).
 * `page_num` is the PDF Page Number option.
 */
export const VAT_INVOICE_FLAGS: RequestFlag[] = [
	{
		option: 'advancedMode',
		flag: 'advanced_mode',
		displayName: 'Advanced Mode',
		description:
			'Whether Huawei returns more fields (advanced_mode): invoice tag, copy, attribution, seals, machine code and number, amount in words, remarks, payee, reviewer, drawer, confidence, and the toll items’ plates and dates',
	},
	{
		option: 'returnTextLocation',
		flag: 'return_text_location',
		displayName: 'Return Text Location',
		description: 'Whether to add the four corner points of every recognized field (text_location)',
	},
	{
		option: 'ofdToImageMode',
		flag: 'ofd_to_image_mode',
		displayName: 'OFD to Image Mode',
		description:
			'Whether Huawei renders an OFD file to an image and reads that (ofd_to_image_mode): more robust, markedly slower. Off: the OFD file’s own data is parsed.',
	},
];

export const description: INodeProperties[] = [
	...imageSourceProperties(show, {
		what: 'VAT invoice photo, scan, PDF or OFD file',
		urlPlaceholder: 'https://example.com/invoice.pdf',
	}),
	{
		displayName: `Huawei serves VAT Invoice OCR in ${VAT_INVOICE_REGIONS.join(' and ')}: use a credential for one of these regions. JPEG, PNG, BMP, TIFF, PDF or OFD, 100 to 8192 pixels a side, 10 MB.`,
		name: 'vatInvoiceNotice',
		type: 'notice',
		default: '',
		displayOptions: { show },
	},
	optionsCollection(show, [
		...flagOptions(VAT_INVOICE_FLAGS),
		...pdfPageOptions(),
		...sharedOptions('invoice'),
		personalDataOption({
			keep: 'Output the invoice as read',
			mask: 'Payee, reviewer and drawer 张*/王*明, addresses cut after the district, bank accounts to their last 4 digits, a private buyer’s name and ID masked; company names and credit codes kept',
			drop: 'Remove the payee, reviewer, drawer, addresses and phones, bank accounts, remarks and a private party’s name and ID; company names, credit codes, amounts and items stay',
			description:
				'The people named on an invoice (payee, reviewer, drawer, a private buyer, travelers) and the parties’ addresses, phones and bank accounts are personal data under PIPL. Applies to the error output too.',
		}),
		failedChecksOption(
			'Whether an invoice that fails the local checks (code and number formats, amount + tax = total, buyer and seller credit codes, issue date) goes to the error output with the reasons, instead of the main output',
		),
	]),
];

/** The request body: the image, the flags that are on, and the PDF page when given (page_num). */
export function vatInvoiceBody(body: IDataObject, options: IDataObject): IDataObject {
	setRequestFlags(body, VAT_INVOICE_FLAGS, options);
	setPdfPage(body, options, 'page_num');
	return body;
}

/** VAT Invoice → Recognize: `POST /v2/{project_id}/ocr/vat-invoice`, one output item per input item. */
export const execute = recognizeDocument({
	api: VAT_INVOICE_API,
	servedRegions: VAT_INVOICE_REGIONS,
	request(_itemIndex, body, options) {
		vatInvoiceBody(body, options);
		return undefined;
	},
	pdfPages: { field: 'page_num' },
	shape: shapeVatInvoice,
	wording: { noun: 'VAT invoice', key: 'invoice' },
});
