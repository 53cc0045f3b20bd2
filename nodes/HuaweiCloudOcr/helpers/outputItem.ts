import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import type { MaskMode, ReturnedImage, ShapedDocument } from '../model/document';
import { readImageInfo } from './imageFormat';

export interface OutputSettings {
	includeInputFields: boolean;
	passThroughBinary: boolean;
	/** Masked or dropped output carries no picture: neither Huawei's crops nor the input photo. */
	masking: MaskMode;
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
export async function toOutputItem(
	context: IExecuteFunctions,
	itemIndex: number,
	input: INodeExecutionData,
	document: ShapedDocument,
	settings: OutputSettings,
	extra: IDataObject = {},
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
