import type {
	INodeProperties,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { DOCUMENT_TYPES, AUTO_CLASSIFY_API } from '../../helpers/autoClassify/api';
import {
	failedChecksOption,
	imageSourceProperties,
	optionsCollection,
	personalDataOption,
	sharedOptions,
} from '../shared/descriptions';
import { pdfPageOptions, readPdfPagesSetting } from '../shared/pdfPageOptions';
import {
	entryExtra,
	failedStatus,
	parseExtendedParameters,
	shapeUnknownDocument,
	withoutClashes,
} from '../../helpers/autoClassify/shape';
import type { DocumentRules } from '../../model/document';
import { prepareImage, type ImageSource } from '../../helpers/imageInput';
import { isPlainObject } from '../../helpers/shared/plainObject';
import { OcrCallError } from '../../model/OcrCallError';
import { itemLabelSentence } from '../../helpers/itemLabel';
import { documentItem, errorItem, readOutputOptions } from '../shared/outputItems';
import { imageRequestBody, setPdfPage } from '../shared/recognizeDocument';
import { readPdfPages } from '../shared/pdfPages';
import { runItems, type ItemRun } from '../shared/runItems';
import type { ResourceDefinition } from '../shared/types';

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

export const description: INodeProperties[] = [
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

/**
 * The rules of every resource that declares the auto-classification types it reads (`rules.classifiedAs`),
 * taken from the registry the router passes (actions/resources.ts): Auto-Classify never imports another
 * document's folder.
 */
function rulesByType(resources: readonly ResourceDefinition[]): Map<string, DocumentRules> {
	const map = new Map<string, DocumentRules>();
	for (const resource of resources)
		for (const type of resource.rules?.classifiedAs ?? [])
			if (resource.rules && !map.has(type)) map.set(type, resource.rules);
	return map;
}

/** The auto-classification types whose documents get a resource's checks and masking (for docs and tests). */
export function wiredTypes(resources: readonly ResourceDefinition[]): string[] {
	return [...rulesByType(resources).keys()];
}

export function autoClassifyBody(
	body: IDataObject,
	typeList: string[],
	options: IDataObject,
	label: string,
): IDataObject {
	if (typeList.length > 0) body.type_list = typeList;
	const extended = parseExtendedParameters(options.extendedParameters, label);
	if (extended) body.extended_parameters = extended;
	if (options.detectSeal === true) body.detect_seal = true;
	setPdfPage(body, options);
	return body;
}

/** The extended_parameters sent (an object keyed by type), or {} when none were. */
function extendedParameters(body: IDataObject): IDataObject {
	return isPlainObject<IDataObject>(body.extended_parameters) ? body.extended_parameters : {};
}

/** The output items of one reply (one page): one per document found, a document Huawei could not read as an error item. */
async function entryItems(
	this: IExecuteFunctions,
	run: ItemRun,
	entries: IDataObject[],
	context: { rules: Map<string, DocumentRules>; body: IDataObject; options: IDataObject },
	label: string,
	page: number | undefined,
): Promise<INodeExecutionData[]> {
	const { itemIndex } = run;
	const { rules, body } = context;
	const output = readOutputOptions(context.options);
	const paged: IDataObject = page === undefined ? {} : { page };
	const items: INodeExecutionData[] = [];
	for (const [index, entry] of entries.entries()) {
		const type = String(entry.type ?? '');
		const failed = failedStatus(entry.status);
		if (failed) {
			const error: IDataObject = {
				error_code: failed.errorCode,
				error_msg: failed.errorMsg,
				type,
				location: entry.location,
				document_index: index,
				...paged,
				api_called: true,
			};
			items.push(
				errorItem(
					`Huawei could not read document ${index + 1} of ${entries.length} (${type || 'unknown type'}) in ${label} (${failed.errorCode})`,
					error,
					itemIndex,
				),
			);
			continue;
		}
		const content = isPlainObject<IDataObject>(entry.content) ? entry.content : {};
		const documentRules = rules.get(type);
		// The type's own request parameters (a license's side...) shape its document as its resource would.
		const request = extendedParameters(body)[type];
		const shaped = documentRules
			? documentRules.shape(
					{ ...content },
					{
						masking: output.masking,
						today: run.today,
						request: isPlainObject<IDataObject>(request) ? request : undefined,
					},
				)
			: shapeUnknownDocument(content, output.masking);
		items.push(
			await documentItem(
				this,
				run,
				{ ...shaped, json: withoutClashes(shaped.json) },
				output,
				{ noun: documentRules?.noun ?? (type || 'document'), key: 'document' },
				{ ...paged, ...entryExtra(entry, output.masking) },
			),
		);
	}
	return items;
}

async function recognizeItem(
	this: IExecuteFunctions,
	run: ItemRun,
	rules: Map<string, DocumentRules>,
): Promise<INodeExecutionData[]> {
	const { itemIndex } = run;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const source = this.getNodeParameter('imageSource', itemIndex, 'binary') as ImageSource;
	const typeList = (this.getNodeParameter('typeList', itemIndex, []) as string[]).filter(Boolean);
	const body = autoClassifyBody({}, typeList, options, itemLabelSentence(itemIndex));
	const pages = readPdfPagesSetting(options, run.label);
	const image = await prepareImage(this, itemIndex, source, AUTO_CLASSIFY_API);
	const readPage = async (page: number | undefined, label: string) => {
		const request = { ...imageRequestBody(image), ...body };
		if (page !== undefined) request.pdf_page_number = page;
		const reply = await run.client.recognize<IDataObject[]>(request, label);
		const entries = Array.isArray(reply.result)
			? reply.result.filter(isPlainObject<IDataObject>)
			: [];
		if (entries.length === 0) {
			throw new OcrCallError({
				kind: 'input',
				errorCode: 'AIS.0104',
				errorMsg: 'No document found.',
				message: `Huawei found no document in ${label}`,
				description: AUTO_CLASSIFY_API.unreadableHint,
			});
		}
		return await entryItems.call(this, run, entries, { rules, body, options }, label, page);
	};
	return await readPdfPages(run, pages, image, readPage);
}

/**
 * Auto-Classify → Recognize: `POST /v2/{project_id}/ocr/auto-classification`, one output item per document
 * found (each paired with its input item; with PDF Pages, per document of each page, carrying `page`); a
 * document Huawei could not read becomes an error item.
 */
export async function execute(
	this: IExecuteFunctions,
	resources: readonly ResourceDefinition[],
): Promise<INodeExecutionData[][]> {
	const rules = rulesByType(resources);
	return await runItems.call(this, AUTO_CLASSIFY_API, async function (run) {
		return await recognizeItem.call(this, run, rules);
	});
}
