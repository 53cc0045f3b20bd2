import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { BACK_FIELDS, FRONT_FIELDS, isObject } from './cardFields';
import { checkCard, type CardChecks } from './cardChecks';
import { deriveFields } from './derivedFields';
import { readImageInfo } from './imageFormat';
import { maskResult, type MaskMode } from './masking';

const CARD_FIELDS: readonly string[] = [...FRONT_FIELDS, ...BACK_FIELDS];

export type CardSide = 'front' | 'back' | 'double_side';

/** The side of a result: Huawei sends `front`/`back` objects for double_side, else the side's fields. */
export function sideOf(result: IDataObject, requested: string): CardSide {
	if (isObject(result.front) || isObject(result.back)) return 'double_side';
	if (requested === 'front' || requested === 'back') return requested;
	if (FRONT_FIELDS.some((f) => result[f] !== undefined)) return 'front';
	return 'back';
}

/** Card fields first (in the order printed on the card), then everything else Huawei sent, unknown fields included. */
function ordered(fields: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const key of CARD_FIELDS) if (fields[key] !== undefined) out[key] = fields[key];
	for (const [key, value] of Object.entries(fields)) if (!(key in out)) out[key] = value;
	return out;
}

interface ImageField {
	json: IDataObject;
	field: string;
	binaryName: string;
	fileStem: string;
}

/** Moves base64 images out of the JSON into binary properties, with a file name and MIME type. */
async function extractImages(
	context: IExecuteFunctions,
	fields: ImageField[],
	itemIndex: number,
): Promise<IBinaryKeyData> {
	const binary: IBinaryKeyData = {};
	for (const { json, field, binaryName, fileStem } of fields) {
		const value = json[field];
		if (value === undefined) continue;
		delete json[field];
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

export interface OutputSettings {
	includeInputFields: boolean;
	passThroughBinary: boolean;
	/** Personal data in the output: kept, masked or dropped (the input photo is then not passed through). */
	masking: MaskMode;
	/** Today in Asia/Shanghai, YYYY-MM-DD: the day against which ages and expiry are computed. */
	today: string;
}

export interface OutputItem {
	item: INodeExecutionData;
	checks: CardChecks;
	/** The card JSON as it would be output (masked), for an error item when the checks fail. */
	card: IDataObject;
}

/**
 * One output item from one Huawei result, paired with its input item: the card's fields, what a builder
 * would compute from them (age, ISO birth date, region, long-term flag), the local `checks`, and the
 * images as binary properties; masked when asked.
 */
export async function resultToItem(
	context: IExecuteFunctions,
	itemIndex: number,
	input: INodeExecutionData,
	result: IDataObject,
	requestedSide: string,
	settings: OutputSettings,
): Promise<OutputItem> {
	const side = sideOf(result, requestedSide);
	const checks = checkCard(result, { today: settings.today, side });
	const derived = deriveFields(result, settings.today, side) as IDataObject;
	let card: IDataObject;
	const images: ImageField[] = [];
	if (side === 'double_side') {
		const front = ordered(isObject(result.front) ? { ...(result.front as IDataObject) } : {});
		const back = ordered(isObject(result.back) ? { ...(result.back as IDataObject) } : {});
		const rest = { ...result };
		delete rest.front;
		delete rest.back;
		// The card's fields also at the top level, so a spreadsheet row needs no extra mapping.
		const lifted: IDataObject = {};
		for (const key of FRONT_FIELDS) if (front[key] !== undefined) lifted[key] = front[key];
		for (const key of BACK_FIELDS) if (back[key] !== undefined) lifted[key] = back[key];
		card = { side, ...lifted, ...rest, front, back };
		images.push(
			{ json: front, field: 'portrait_image', binaryName: 'portrait_image', fileStem: 'portrait' },
			{
				json: front,
				field: 'adjusted_image',
				binaryName: 'front_adjusted_image',
				fileStem: 'front-adjusted',
			},
			{
				json: back,
				field: 'portrait_image',
				binaryName: 'back_portrait_image',
				fileStem: 'back-portrait',
			},
			{
				json: back,
				field: 'adjusted_image',
				binaryName: 'back_adjusted_image',
				fileStem: 'back-adjusted',
			},
		);
	} else {
		card = { side, ...ordered({ ...result }) };
	}
	images.push(
		{ json: card, field: 'portrait_image', binaryName: 'portrait_image', fileStem: 'portrait' },
		{ json: card, field: 'adjusted_image', binaryName: 'adjusted_image', fileStem: 'adjusted' },
	);
	const masked = settings.masking !== 'none';
	// Masked output carries no picture of the card: neither Huawei's crops nor the input photo.
	const newBinary = masked ? {} : await extractImages(context, images, itemIndex);
	for (const { json, field } of images) delete json[field];
	const output = maskResult(
		{ ...card, ...derived, checks: checks as unknown as IDataObject },
		settings.masking,
	);
	const json = settings.includeInputFields ? { ...input.json, ...output } : output;
	const binary = { ...(settings.passThroughBinary && !masked ? input.binary : {}), ...newBinary };
	const item: INodeExecutionData = { json, pairedItem: { item: itemIndex } };
	if (Object.keys(binary).length > 0) item.binary = binary;
	return { item, checks, card: output };
}
