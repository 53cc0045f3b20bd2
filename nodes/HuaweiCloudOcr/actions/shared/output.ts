import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { MaskMode, ShapedDocument } from '../../model/document';
import type { PreparedImage } from '../../helpers/imageInput';
import { toOutputItem, type OutputSettings } from '../../helpers/outputItem';
import { checksFailedItem, type ChecksFailedWording, type ItemRun } from './runItems';

/** The options every document shares (see sharedOptions / personalDataOption / failedChecksOption). */
export interface DocumentOutputOptions extends OutputSettings {
	failedChecksToError: boolean;
}

export function readOutputOptions(options: IDataObject): DocumentOutputOptions {
	return {
		includeInputFields: options.includeInputFields === true,
		passThroughBinary: options.passThroughBinary !== false,
		masking: (options.personalData as MaskMode) ?? 'none',
		failedChecksToError: options.failedChecksToError === true,
	};
}

/**
 * `{ image }` or `{ url }`: the two ways every API takes the picture (never both). `image` is the photo's bytes:
 * the client writes their base64 into the request body and then drops them (OcrClient.recognize).
 */
export function imageRequestBody(image: PreparedImage): IDataObject {
	return image.kind === 'url' ? { url: image.url } : { image: image.bytes };
}

/**
 * The output item for one shaped document: a checks-failed error item when asked and the checks failed,
 * otherwise the document with the input's fields/binary as the options say. `extra` goes first in the JSON.
 */
export async function documentItem(
	context: IExecuteFunctions,
	run: ItemRun,
	document: ShapedDocument,
	options: DocumentOutputOptions,
	wording?: ChecksFailedWording,
	extra: IDataObject = {},
): Promise<INodeExecutionData> {
	if (options.failedChecksToError && document.checks && !document.checks.passed) {
		return checksFailedItem(
			{ ...extra, ...document.json },
			document.checks.failures,
			run.itemIndex,
			wording,
		);
	}
	return await toOutputItem(context, run.itemIndex, run.input, document, options, extra);
}
