import type { INodeProperties } from 'n8n-workflow';

import { DOCUMENT_TYPES } from '../../../helpers/autoClassify/api';
import {
	failedChecksOption,
	imageSourceProperties,
	optionsCollection,
	personalDataOption,
	sharedOptions,
} from '../../shared/descriptions';
import { pdfPageOptions } from '../../shared/pdfPageOptions';

const show = { resource: ['autoClassify'], operation: ['recognize'] };

/**
 * Request fields of `POST /v2/{project_id}/ocr/auto-classification` (AutoClassificationRequestBody,
 * huaweicloud-sdk-python-v3 @343a486b, huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 * auto_classification_request_body.py): type_list (Document Types), extended_parameters, detect_seal,
 * pdf_page_number.
 */
const options: INodeProperties[] = [
	{
		displayName: 'Detect Seal',
		name: 'detectSeal',
		type: 'boolean',
		default: false,
		description:
			'Whether to tell for each document whether it bears a seal (seal_mark); the seal itself is not read',
	},
	{
		displayName: 'Extended Parameters (JSON)',
		name: 'extendedParameters',
		type: 'json',
		default: '{}',
		description:
			'Per-type request parameters, as each document\'s own API takes them (extended_parameters), e.g. {"id_card": {"side": "front"}}. Wrong parameters make Huawei refuse that document (AIS.0101).',
	},
	...pdfPageOptions(),
	...sharedOptions('document'),
	personalDataOption({
		keep: 'Output every document as read',
		mask: 'Each document masked as its own resource masks it (ID card: 110101********0118, 张*...); other types: names, addresses, birth dates, ID/license/account/phone numbers, plates, VINs and engine numbers masked, and ID/card/mobile numbers in any text; no images',
		drop: "Each document's personal fields removed as its own resource removes them; other types: only what the document records (type, dates, amounts, invoice codes and numbers, vehicle model, issuing authority...) kept, everything else removed",
		description:
			"Documents of a type this node also reads on its own (ID card...) are masked by that resource's rules. Applies to the error output too.",
	}),
	failedChecksOption(
		"Whether a document that fails its resource's local checks (e.g. an ID card's check digit) goes to the error output with the reasons, instead of the main output",
	),
];

export const recognizeDescription: INodeProperties[] = [
	{
		displayName:
			'Huawei serves Auto Classification OCR in cn-north-4 (Beijing 4) only: the credential must be for cn-north-4. Each document found becomes its own output item; one Huawei could not read goes to the error output.',
		name: 'autoClassifyRegionNotice',
		type: 'notice',
		default: '',
		displayOptions: { show },
	},
	...imageSourceProperties(show, {
		what: 'photo, PDF or OFD e-invoice holding the documents',
		urlPlaceholder: 'https://example.com/documents.jpg',
	}),
	{
		displayName: 'Document Types',
		name: 'typeList',
		type: 'multiOptions',
		options: DOCUMENT_TYPES,
		default: [],
		displayOptions: { show },
		description:
			'Only look for these types (type_list). Leave empty for every type Huawei classifies.',
	},
	optionsCollection(show, options),
];
