import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ShapedDocument, ShapeSettings } from '../../model/document';
import { prepareImage, type ImageSource, type PreparedImage } from '../../helpers/imageInput';
import type { OcrApi } from '../../model/ocrApi';
import { withServedRegions } from '../../helpers/servedRegions';
import type { RequestFlag } from './descriptions';
import { documentItem, readOutputOptions, type ChecksFailedWording } from './outputItems';
import { readPdfPagesSetting } from './pdfPageOptions';
import { DEFAULT_PAGE_FIELD, readPdfPages } from './pdfPages';
import { runItems, type ItemRun } from './runItems';

/** How one document's Recognize operation calls its API and shapes the answer. */
export interface DocumentRecognition {
	api: OcrApi;
	/**
	 * Regions that serve the API, named in the error when Huawei answers ModelArts.4204 / APIG.0101 (see
	 * helpers/servedRegions.ts). Absent: errors as they are.
	 */
	servedRegions?: readonly string[];
	/**
	 * Adds the document's request fields besides the image (side, flags...) to `body`; returns the request
	 * values the shaping reads (`ShapeSettings.request`).
	 */
	request?(
		this: IExecuteFunctions,
		itemIndex: number,
		body: IDataObject,
		options: IDataObject,
	): IDataObject | undefined;
	shape(result: IDataObject, settings: ShapeSettings): ShapedDocument;
	/** How a checks-failed error item names the document. */
	wording?: ChecksFailedWording;
	/**
	 * The API reads a chosen page of a PDF: the PDF Pages options apply (their descriptions:
	 * `pdfPageOptions()` in actions/shared/pdfPageOptions.ts, in the document's Options). `true`: the page goes
	 * in `pdf_page_number`; `{ field }`: in another request field (VAT Invoice: `page_num`). Absent: one item
	 * per input item, as the API reads it.
	 */
	pdfPages?: true | { field: string };
}

/**
 * `{ image }` or `{ url }`: the two ways every API takes the picture (never both). `image` is the photo's bytes:
 * the client writes their base64 into the request body and then drops them (OcrClient.recognize).
 */
export function imageRequestBody(image: PreparedImage): IDataObject {
	return image.kind === 'url' ? { url: image.url } : { image: image.bytes };
}

/** Sets the request flag of every boolean option that is on (`RequestFlag.option` → `flag: true`). */
export function setRequestFlags(
	body: IDataObject,
	flags: readonly RequestFlag[],
	options: IDataObject,
): IDataObject {
	for (const { option, flag } of flags) if (options[option] === true) body[flag] = true;
	return body;
}

/**
 * The PDF page to read (`pdf_page_number` unless told, a whole number), when the PDF Page Number option is
 * given. With PDF Pages on All Pages or Page List the page loop (actions/shared/pdfPages.ts) overrides it.
 */
export function setPdfPage(
	body: IDataObject,
	options: IDataObject,
	field: string = DEFAULT_PAGE_FIELD,
): IDataObject {
	if (options.pdfPageNumber !== undefined && options.pdfPageNumber !== '')
		body[field] = Math.trunc(Number(options.pdfPageNumber));
	return body;
}

/**
 * The Recognize operation of a document: reads the image, calls the API (`POST /v2/{project_id}/ocr/<api.name>`)
 * and outputs the shaped document, one item per input item, or, with `pdfPages` and the PDF Pages option, one
 * per page of a PDF (each carrying `page`).
 */
export function recognizeDocument(
	document: DocumentRecognition,
): (this: IExecuteFunctions) => Promise<INodeExecutionData[][]> {
	const pageField =
		document.pdfPages === undefined
			? undefined
			: document.pdfPages === true
				? DEFAULT_PAGE_FIELD
				: document.pdfPages.field;
	async function recognizeItem(
		this: IExecuteFunctions,
		run: ItemRun,
	): Promise<INodeExecutionData[]> {
		const { itemIndex } = run;
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const source = this.getNodeParameter('imageSource', itemIndex, 'binary') as ImageSource;
		const pages = pageField ? readPdfPagesSetting(options, run.label) : undefined;
		const output = readOutputOptions(options);
		// Held for the pages of a PDF; each call's body is built afresh (the client drops its copy once sent).
		const image = await prepareImage(this, itemIndex, source, document.api);
		const readPage = async (page: number | undefined, label: string) => {
			const body = imageRequestBody(image);
			const request = document.request?.call(this, itemIndex, body, options);
			if (page !== undefined && pageField) body[pageField] = page;
			const reply = await run.client.recognize(body, label).catch((error: unknown) => {
				throw document.servedRegions
					? withServedRegions(error, document.api.service, document.servedRegions)
					: error;
			});
			const shaped = document.shape(reply.result, {
				masking: output.masking,
				today: run.today,
				...(request ? { request } : {}),
			});
			const extra = page === undefined ? {} : { page };
			return [await documentItem(this, run, shaped, output, document.wording, extra)];
		};
		if (!pages) return await readPage(undefined, run.label);
		return await readPdfPages(run, pages, image, readPage);
	}
	return async function recognize(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runItems.call(this, document.api, recognizeItem);
	};
}
