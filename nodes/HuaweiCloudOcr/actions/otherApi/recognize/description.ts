import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { OTHER_OCR_APIS } from '../../../helpers/otherApi/apiNames';
import {
	imageSourceProperties,
	optionsCollection,
	personalDataOption,
	sharedOptions,
} from '../../shared/descriptions';
import { pdfPageOptions } from '../../shared/pdfPageOptions';

const show = { resource: ['otherApi'], operation: ['recognize'] };

/** The API list's value that shows the free-text field (no API name has an underscore). */
export const CUSTOM_API = '__custom';

/** The APIs that take no image: the image fields are hidden for them. */
const NO_IMAGE = OTHER_OCR_APIS.filter((a) => a.imageField === 'none').map((a) => a.value);

/** The API list: the SDK's APIs (helpers/otherApi/apiNames.ts), then "Enter a Name". */
const API_OPTIONS: INodePropertyOptions[] = [
	...OTHER_OCR_APIS.map((a) => ({
		name: a.name,
		value: a.value,
		description: `POST /v2/{project_id}/ocr/${a.value}`,
	})),
	{
		name: 'Enter a Name',
		value: CUSTOM_API,
		description: 'An OCR API not in this list (a new one): type the last part of its path',
	},
];

const options: INodeProperties[] = [
	// Bank Receipt, Seal, Smart Document Recognizer and VAT Invoice take a page number (apiNames.ts pageField).
	...pdfPageOptions({ pageNumber: false }),
	...sharedOptions('API'),
	personalDataOption({
		keep: "Output Huawei's answer as it came",
		mask: 'Fields whose key names personal data (names, addresses, birth dates, ID, license, account and phone numbers, plates, VINs, MRZ) masked by kind (张*, 110101********0118...); ID, card and mobile numbers inside any other text masked; images removed',
		drop: 'Fields whose key names personal data removed, and every field that is not a document or transaction field (type, dates, amounts, codes...) or that holds an ID, card or mobile number; images removed',
		description:
			'The node has no model of these APIs: it tells personal data from the field names, failing closed. Applies to the error output too.',
	}),
];

/**
 * The API (a list built from the SDK's API names, helpers/otherApi/apiNames.ts, plus a free-text name: an
 * `options` parameter with an "Enter a Name" value showing a string field, which n8n 1.x and 2.x render the
 * same, with no list-search method), the image, the Request Options (JSON) and the shared options.
 */
export const recognizeDescription: INodeProperties[] = [
	{
		displayName: 'API',
		name: 'api',
		type: 'options',
		options: API_OPTIONS,
		default: 'general-table',
		displayOptions: { show },
		description:
			'The Huawei OCR API to call. Custom-template OCR (offline since 2025-12-31) and ID Document (offline since 2025-11-04) are left out: Huawei retired them.',
	},
	{
		displayName: 'API Name',
		name: 'customApi',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'general-table',
		displayOptions: { show: { ...show, api: [CUSTOM_API] } },
		description:
			'The last part of the path POST /v2/{project_id}/ocr/&lt;name&gt;: lower-case letters, digits and hyphens',
	},
	...imageSourceProperties(show, {
		what: 'image or PDF to read',
		urlPlaceholder: 'https://example.com/document.jpg',
	}).map((property) => ({
		...property,
		displayOptions: { ...property.displayOptions, hide: { api: NO_IMAGE } },
	})),
	{
		displayName: 'Request Options',
		name: 'requestOptions',
		type: 'json',
		default: '{}',
		displayOptions: { show },
		description:
			'The API\'s request fields besides the image, as a JSON object merged into the request body, e.g. {"return_text_location": true}. The node sets the image itself (from the Image Source).',
	},
	optionsCollection(show, options),
];
