import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { prepareImage, type ImageSource, type PreparedImage } from '../../../helpers/imageInput';
import { itemLabelSentence } from '../../../helpers/itemLabel';
import {
	apiEntry,
	checkApiName,
	otherOcrApi,
	parseRequestOptions,
	reservedFields,
} from '../../../helpers/otherApi/api';
import { shapeOtherResult } from '../../../helpers/otherApi/shape';
import { OcrCallError } from '../../../model/OcrCallError';
import { documentItem, readOutputOptions } from '../../shared/outputItems';
import { imageRequestBody } from '../../shared/recognizeDocument';
import { readPdfPagesSetting } from '../../shared/pdfPageOptions';
import { isPdfInput, readPdfPages } from '../../shared/pdfPages';
import { runItems, type ItemRun } from '../../shared/runItems';
import { CUSTOM_API } from './description';

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
	if (entry.imageField !== 'data' || !Buffer.isBuffer(fields.image)) return { fields, image };
	return { fields: { data: fields.image.toString('base64') }, image };
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
export async function recognize(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const batchName = apiNameOf(this, 0);
	return await runItems.call(this, otherOcrApi(batchName), async function (run) {
		return await recognizeItem.call(this, run, batchName);
	});
}
