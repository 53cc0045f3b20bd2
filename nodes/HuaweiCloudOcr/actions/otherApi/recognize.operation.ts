import type {
	INodeProperties,
	INodePropertyOptions,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { OTHER_OCR_APIS } from '../../helpers/otherApi/apiNames';
import {
	imageSourceProperties,
	optionsCollection,
	personalDataOption,
	sharedOptions,
} from '../shared/descriptions';
import { pdfPageOptions, readPdfPagesSetting } from '../shared/pdfPageOptions';
import { prepareImage, type ImageSource, type PreparedImage } from '../../helpers/imageInput';
import { itemLabelSentence } from '../../helpers/itemLabel';
import {
	apiEntry,
	checkApiName,
	otherOcrApi,
	parseRequestOptions,
	reservedFields,
} from '../../helpers/otherApi/api';
import { shapeOtherResult } from '../../helpers/otherApi/shape';
import { OcrCallError } from '../../model/OcrCallError';
import { documentItem, readOutputOptions } from '../shared/outputItems';
import { imageRequestBody } from '../shared/recognizeDocument';
import { isPdfInput, readPdfPages } from '../shared/pdfPages';
import { runItems, type ItemRun } from '../shared/runItems';

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
export const description: INodeProperties[] = [
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

/** The API name an item names: the list's value, or the free text (trimmed) for "Enter a Name". */
function apiNameOf(context: IExecuteFunctions, itemIndex: number): string {
	const listed = String(context.getNodeParameter('api', itemIndex, 'general-table') ?? '');
	if (listed !== CUSTOM_API) return listed;
	return String(context.getNodeParameter('customApi', itemIndex, '') ?? '').trim();
}

/** The image as the API takes it: `image` (the client writes the bytes' base64) or `url`; `data` for four APIs. */
async function imageFields(
	context: IExecuteFunctions,
	itemIndex: number,
	name: string,
): Promise<{ fields: IDataObject; image?: PreparedImage }> {
	const entry = apiEntry(name);
	if (entry.imageField === 'none') return { fields: {} };
	const source = context.getNodeParameter('imageSource', itemIndex, 'binary') as ImageSource;
	const image = await prepareImage(context, itemIndex, source, otherOcrApi(name));
	const fields = imageRequestBody(image);
	if (entry.imageField !== 'data' || fields.image === undefined) return { fields, image };
	// The client writes the photo's base64 under `data` as it does under `image` (transport/requestBody.ts).
	return { fields: { data: fields.image }, image };
}

/** All Pages / Page List on a PDF for an API that reads page 1 only: refused before any call. */
function unpagedPdf(name: string, label: string): OcrCallError {
	return new OcrCallError({
		kind: 'input',
		errorCode: 'INVALID_OPTION',
		errorMsg: `The ${name} API takes no page number`,
		message: `${label} is a PDF, but the ${name} API reads page 1 of a PDF only: PDF Pages cannot read its other pages.`,
		description:
			'Set PDF Pages to Single Page, or split the PDF into one file per page before this node.',
		local: true,
	});
}

async function recognizeItem(
	this: IExecuteFunctions,
	run: ItemRun,
	batchName: string,
): Promise<INodeExecutionData[]> {
	const { itemIndex } = run;
	const label = itemLabelSentence(itemIndex);
	const name = checkApiName(apiNameOf(this, itemIndex), batchName, label);
	const entry = apiEntry(name);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const pages = readPdfPagesSetting(options, run.label);
	const paged = pages.mode !== 'single';
	const reserved = reservedFields(entry);
	if (paged && entry.pageField) reserved.push(entry.pageField);
	const requestOptions = parseRequestOptions(
		this.getNodeParameter('requestOptions', itemIndex, '{}'),
		label,
		reserved,
	);
	const { fields, image } = await imageFields(this, itemIndex, name);
	if (paged && image && isPdfInput(image) && !entry.pageField) throw unpagedPdf(name, label);
	const output = readOutputOptions(options);
	const readPage = async (page: number | undefined, pageLabel: string) => {
		const body: IDataObject = { ...fields, ...requestOptions };
		if (page !== undefined && entry.pageField) body[entry.pageField] = page;
		const reply = await run.client.recognize<object>(body, pageLabel);
		const shaped = shapeOtherResult(reply.result, output.masking);
		const extra = page === undefined ? {} : { page };
		const wording = { noun: `${name} result`, key: 'document' };
		return [await documentItem(this, run, shaped, output, wording, extra)];
	};
	if (!image || !entry.pageField) return await readPage(undefined, run.label);
	return await readPdfPages(run, pages, image, readPage);
}

/**
 * Other OCR API → Recognize: `POST /v2/{project_id}/ocr/<api>` for an API without its own resource, the
 * Request Options merged into the body, Huawei's result passed through (masked as asked); one output item per
 * input item, or per page of a PDF with PDF Pages for the APIs that take a page number (`pageField`). The batch calls item 0's API; an item naming another is refused (checkApiName).
 */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const batchName = apiNameOf(this, 0);
	return await runItems.call(this, otherOcrApi(batchName), async function (run) {
		return await recognizeItem.call(this, run, batchName);
	});
}
