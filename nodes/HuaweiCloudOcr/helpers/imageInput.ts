import type { IExecuteFunctions } from 'n8n-workflow';

import { OcrCallError } from '../model/OcrCallError';
import { formatFile, formatFix, readImageInfo, type ImageInfo } from './imageFormat';
import { formatList, type ImageLimits, type OcrApi } from '../model/ocrApi';
import { itemLabelSentence } from './itemLabel';

export type ImageSource = 'binary' | 'url' | 'base64';

export type PreparedImage =
	/** The photo's bytes; the request body holds their base64 (transport/requestBody.ts), never a string copy. */
	{ kind: 'image'; bytes: Buffer; info?: ImageInfo } | { kind: 'url'; url: string };

/** Huawei's own wording for the codes the node also raises locally. */
const HUAWEI_MESSAGES: Record<string, string> = {
	'AIS.0101': 'The input parameter is invalid.',
	'AIS.0102': 'The image format is not supported.',
	'AIS.0103': 'The image size does not meet the requirements.',
	'ModelArts.4104': 'Invalid Request Content Length.',
};

function refuse(errorCode: string, message: string, description: string): OcrCallError {
	return new OcrCallError({
		kind: 'input',
		errorCode,
		errorMsg: HUAWEI_MESSAGES[errorCode] ?? message,
		message,
		description,
		local: true,
	});
}

/** Checks bytes the way the API will (its format, pixel and size limits), so that a refusal costs no API call. */
export function checkImageBytes(bytes: Buffer, label: string, api: OcrApi): ImageInfo | undefined {
	const limits = api.limits;
	const info = readImageInfo(bytes);
	if (!info || !limits.formats.includes(info.format)) {
		if (!info && limits.acceptUnknownFormats) return checkEncodedSize(bytes, label, limits);
		const head = bytes.subarray(0, 8).toString('hex') || 'nothing';
		const found = info ? formatFile(info.format) : `${bytes.length} bytes starting with ${head}`;
		throw refuse(
			'AIS.0102',
			`${label} is not a ${formatList(limits.formats)} image (${found}).${info ? ` ${formatFix(info.format)}` : ''}`,
			`Huawei ${api.noun} OCR reads ${formatList(limits.formats, 'and')} only. ${formatFix(info?.format)}`,
		);
	}
	const { width, height } = info;
	if (
		width !== undefined &&
		height !== undefined &&
		(Math.min(width, height) < limits.minSide || Math.max(width, height) > limits.maxSide)
	) {
		throw refuse(
			'AIS.0103',
			`${label} is ${width}×${height} pixels; each side must be between ${limits.minSide} and ${limits.maxSide} pixels.`,
			`Resize the image (for example with the Edit Image node) so both sides fit, keeping the ${api.noun} readable.`,
		);
	}
	if (
		width !== undefined &&
		height !== undefined &&
		limits.maxPixels !== undefined &&
		width * height > limits.maxPixels
	) {
		throw refuse(
			'AIS.0103',
			`${label} is ${width}×${height} pixels; Huawei accepts at most ${limits.maxPixels} pixels in all.`,
			'Downscale the image (for example with the Edit Image node), keeping the text readable.',
		);
	}
	checkEncodedSize(bytes, label, limits);
	return info;
}

function checkEncodedSize(bytes: Buffer, label: string, limits: ImageLimits): undefined {
	const encoded = Math.ceil(bytes.length / 3) * 4;
	if (encoded > limits.maxEncodedBytes) {
		throw refuse(
			'ModelArts.4104',
			`${label} is ${(encoded / 1048576).toFixed(1)} MB once base64-encoded; Huawei accepts at most ${limits.maxEncodedBytes / 1048576} MB.`,
			'Compress or downscale the photo (a JPEG of about 1–2 MB reads just as well), or pass a URL instead.',
		);
	}
	return undefined;
}

/** Accepts plain, URL-safe, wrapped and `data:image/...;base64,` prefixed base64. */
export function decodeBase64Image(value: string, label: string): Buffer {
	let text = value.trim();
	const dataUrl = /^data:([\w/+.-]*)?(;[\w=-]+)*;base64,/i.exec(text);
	if (dataUrl) text = text.slice(dataUrl[0].length);
	text = text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
	if (!text) {
		throw refuse(
			'INVALID_INPUT',
			`${label} has an empty base64 image.`,
			"Check the 'Base64 Image' expression: it must resolve to the image's base64 text.",
		);
	}
	if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 === 1) {
		throw refuse(
			'AIS.0102',
			`${label}: the base64 image is not valid base64.`,
			"Pass the image's base64 text only (a data:image/...;base64, prefix is fine). To send a file, use the Binary File source instead.",
		);
	}
	return Buffer.from(text, 'base64');
}

export function checkImageUrl(value: string, label: string): string {
	const text = value.trim();
	const url = URL.canParse(text) ? new URL(text) : undefined;
	if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
		throw refuse(
			'AIS.0101',
			`${label}: "${text.slice(0, 200)}" is not an http(s) URL.`,
			'Huawei downloads the image itself, so give a full public http:// or https:// address (or an authorized OBS URL).',
		);
	}
	// Huawei refuses raw Chinese characters: URL serialization percent-encodes them as UTF-8.
	return url.href;
}

/**
 * Reads the image of one item (only when that item's turn comes: at most Concurrency photos are read at once)
 * according to the chosen source (parameters `imageSource`, `binaryPropertyName`,
 * `imageUrl`, `imageBase64`), refusing locally what the API would refuse.
 */
export async function prepareImage(
	context: IExecuteFunctions,
	itemIndex: number,
	source: ImageSource,
	api: OcrApi,
): Promise<PreparedImage> {
	const label = itemLabelSentence(itemIndex);
	if (source === 'url') {
		const value = String(context.getNodeParameter('imageUrl', itemIndex, '') ?? '');
		if (!value.trim()) {
			throw refuse(
				'INVALID_INPUT',
				`${label} has no image URL.`,
				"Set 'Image URL' to the photo's address.",
			);
		}
		return { kind: 'url', url: checkImageUrl(value, label) };
	}
	let bytes: Buffer;
	if (source === 'base64') {
		const value = context.getNodeParameter('imageBase64', itemIndex, '');
		bytes = decodeBase64Image(typeof value === 'string' ? value : '', label);
	} else {
		const property = String(
			context.getNodeParameter('binaryPropertyName', itemIndex, 'data'),
		).trim();
		const item = context.getInputData()[itemIndex];
		if (!item.binary?.[property]) {
			const available = Object.keys(item.binary ?? {});
			throw refuse(
				'INVALID_INPUT',
				`${label} has no binary property "${property}".`,
				available.length
					? `It has ${available.map((p) => `"${p}"`).join(', ')}: set 'Input Binary Field' to the one that holds the photo.`
					: "It carries no file at all. Read the file first (e.g. Read/Write Files from Disk, HTTP Request with 'File' response, or an email/form trigger), or switch 'Image Source' to URL or Base64.",
			);
		}
		bytes = await context.helpers.getBinaryDataBuffer(itemIndex, property);
	}
	const info = checkImageBytes(bytes, label, api);
	return { kind: 'image', bytes, info };
}
