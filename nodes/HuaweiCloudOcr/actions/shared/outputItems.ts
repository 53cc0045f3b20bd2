import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import type { MaskMode, ReturnedImage, ShapedDocument } from '../../model/document';
import { readImageInfo } from '../../helpers/imageFormat';
import { itemLabel } from '../../helpers/itemLabel';
import type { ItemRun } from './runItems';

/**
 * Every output item the node builds is built here: a document's item (`documentItem`), an error item
 * (`errorItem`) and a checks-failed error item (`checksFailedItem`).
 */

export interface OutputSettings {
	includeInputFields: boolean;
	passThroughBinary: boolean;
	/** Masked or dropped output carries no picture: neither Huawei's crops nor the input photo. */
	masking: MaskMode;
}

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
 * An error item routes to the error output on every n8n: before about 2.36 the engine moves an item whose
 * JSON has exactly the keys `error` and `message`; later versions move one whose keys are all among
 * `error`, `message` and `details`. So the item has exactly `message` (text) and `error` (an object with
 * Huawei's code and message, the HTTP status, the request id, `api_called`, ...). No `item.error`: the engine
 * would replace the JSON with the message alone.
 */
export function errorItem(
	message: string,
	error: IDataObject,
	itemIndex: number,
): INodeExecutionData {
	return { json: { message, error: { message, ...error } }, pairedItem: { item: itemIndex } };
}

/** How a checks-failed error item names the document: in its message, and the key holding its (masked) JSON. */
export interface ChecksFailedWording {
	noun: string;
	/** The error field that holds the document: public output, so the licenses keep `licence` (error.licence). */
	key: string;
}

/** A document Huawei read but the local checks refused: the reasons and the (masked) document, for a person to review. */
export function checksFailedItem(
	document: IDataObject,
	failures: string[],
	itemIndex: number,
	wording: ChecksFailedWording = { noun: 'document', key: 'document' },
): INodeExecutionData {
	const message = `The ${wording.noun} of ${itemLabel(itemIndex)} failed the local checks: ${failures.join('; ')}`;
	return errorItem(
		message,
		{
			error_code: 'CHECKS_FAILED',
			error_msg: failures.join('; '),
			reasons: failures,
			[wording.key]: document,
			api_called: true,
		},
		itemIndex,
	);
}

/** Turns the base64 images Huawei returned into binary properties, with a file name and MIME type. */
async function imagesToBinary(
	context: IExecuteFunctions,
	images: ReturnedImage[],
	itemIndex: number,
): Promise<IBinaryKeyData> {
	const binary: IBinaryKeyData = {};
	for (const { binaryName, fileStem, value } of images) {
		if (typeof value !== 'string' || value === '') continue;
		const bytes = Buffer.from(value, 'base64');
		const info = readImageInfo(bytes);
		const extension = info?.extension ?? 'jpg';
		binary[binaryName] = await context.helpers.prepareBinaryData(
			bytes,
			`${fileStem}-item${itemIndex}.${extension}`,
			info?.mimeType ?? 'image/jpeg',
		);
	}
	return binary;
}

/**
 * One output item from one shaped document, paired with its input item: the input's JSON first when asked
 * (the document's fields win), the input's binary passed through when asked and not masking, plus the
 * returned images. `extra` goes before the document's fields (Auto-Classify's `type`, `location`).
 */
async function toOutputItem(
	context: IExecuteFunctions,
	itemIndex: number,
	input: INodeExecutionData,
	document: ShapedDocument,
	settings: OutputSettings,
	extra: IDataObject,
): Promise<INodeExecutionData> {
	const masked = settings.masking !== 'none';
	const newBinary = masked ? {} : await imagesToBinary(context, document.images, itemIndex);
	const output = { ...extra, ...document.json };
	const json = settings.includeInputFields ? { ...input.json, ...output } : output;
	const binary = { ...(settings.passThroughBinary && !masked ? input.binary : {}), ...newBinary };
	const item: INodeExecutionData = { json, pairedItem: { item: itemIndex } };
	if (Object.keys(binary).length > 0) item.binary = binary;
	return item;
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
