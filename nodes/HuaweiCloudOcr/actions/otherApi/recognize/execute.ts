import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { prepareImage, type ImageSource } from '../../../helpers/imageInput';
import { itemLabelSentence } from '../../../helpers/itemLabel';
import {
	apiEntry,
	checkApiName,
	otherOcrApi,
	parseRequestOptions,
	reservedFields,
} from '../../../helpers/otherApi/api';
import { shapeOtherResult } from '../../../helpers/otherApi/shape';
import { documentItem, readOutputOptions } from '../../shared/outputItems';
import { imageRequestBody } from '../../shared/recognizeDocument';
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
): Promise<IDataObject> {
	const entry = apiEntry(name);
	if (entry.imageField === 'none') return {};
	const source = context.getNodeParameter('imageSource', itemIndex, 'binary') as ImageSource;
	const image = imageRequestBody(await prepareImage(context, itemIndex, source, otherOcrApi(name)));
	if (entry.imageField !== 'data' || !Buffer.isBuffer(image.image)) return image;
	return { data: image.image.toString('base64') };
}

async function recognizeItem(
	this: IExecuteFunctions,
	run: ItemRun,
	batchName: string,
): Promise<INodeExecutionData> {
	const { itemIndex } = run;
	const label = itemLabelSentence(itemIndex);
	const name = checkApiName(apiNameOf(this, itemIndex), batchName, label);
	const requestOptions = parseRequestOptions(
		this.getNodeParameter('requestOptions', itemIndex, '{}'),
		label,
		reservedFields(apiEntry(name)),
	);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const body: IDataObject = { ...(await imageFields(this, itemIndex, name)), ...requestOptions };
	const reply = await run.client.recognize<object>(body, run.label);
	const output = readOutputOptions(options);
	return await documentItem(this, run, shapeOtherResult(reply.result, output.masking), output, {
		noun: `${name} result`,
		key: 'document',
	});
}

/**
 * Other OCR API → Recognize: `POST /v2/{project_id}/ocr/<api>` for an API without its own resource, the
 * Request Options merged into the body, Huawei's result passed through (masked as asked); one output item per
 * input item. The batch calls item 0's API; an item naming another is refused (checkApiName).
 */
export async function recognize(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const batchName = apiNameOf(this, 0);
	return await runItems.call(this, otherOcrApi(batchName), async function (run) {
		return await recognizeItem.call(this, run, batchName);
	});
}
