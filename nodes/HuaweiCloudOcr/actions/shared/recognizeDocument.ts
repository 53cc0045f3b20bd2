import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ShapedDocument, ShapeSettings } from '../../model/document';
import { prepareImage, type ImageSource, type PreparedImage } from '../../helpers/imageInput';
import type { OcrApi } from '../../model/ocrApi';
import { withServedRegions } from '../../helpers/servedRegions';
import type { RequestFlag } from './descriptions';
import { documentItem, readOutputOptions, type ChecksFailedWording } from './outputItems';
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
 * The PDF page to read (a whole number), when the PDF Page Number option is given, under the API's field name:
 * `pdf_page_number` for most APIs, `page_num` for the VAT invoice (VatInvoiceRequestBody).
 */
export function setPdfPage(
	body: IDataObject,
	options: IDataObject,
	field: 'pdf_page_number' | 'page_num' = 'pdf_page_number',
): IDataObject {
	if (options.pdfPageNumber !== undefined && options.pdfPageNumber !== '')
		body[field] = Math.trunc(Number(options.pdfPageNumber));
	return body;
}

/**
 * The Recognize operation of a document with one output item per input item: reads the image, calls the API
 * (`POST /v2/{project_id}/ocr/<api.name>`) and outputs the shaped document.
 */
export function recognizeDocument(
	document: DocumentRecognition,
): (this: IExecuteFunctions) => Promise<INodeExecutionData[][]> {
	async function recognizeItem(this: IExecuteFunctions, run: ItemRun): Promise<INodeExecutionData> {
		const { itemIndex } = run;
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const source = this.getNodeParameter('imageSource', itemIndex, 'binary') as ImageSource;
		// No variable keeps the photo: once the client has built the request body, its bytes can be released.
		const body = imageRequestBody(await prepareImage(this, itemIndex, source, document.api));
		const request = document.request?.call(this, itemIndex, body, options);
		const reply = await run.client.recognize(body, run.label).catch((error: unknown) => {
			throw document.servedRegions
				? withServedRegions(error, document.api.service, document.servedRegions)
				: error;
		});
		const output = readOutputOptions(options);
		const shaped = document.shape(reply.result, {
			masking: output.masking,
			today: run.today,
			...(request ? { request } : {}),
		});
		return await documentItem(this, run, shaped, output, document.wording);
	}
	return async function recognize(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runItems.call(this, document.api, recognizeItem);
	};
}
