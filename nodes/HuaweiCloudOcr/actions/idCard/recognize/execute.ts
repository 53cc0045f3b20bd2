import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { ID_CARD_API } from '../../../helpers/idCard/api';
import { shapeIdCard } from '../../../helpers/idCard/resultToItem';
import { prepareImage, type ImageSource } from '../../../helpers/imageInput';
import { documentItem, imageRequestBody, readOutputOptions } from '../../shared/output';
import { runItems, type ItemRun } from '../../shared/runItems';
import { REQUEST_FLAGS } from './description';

function requestBody(body: IDataObject, side: string, options: IDataObject): IDataObject {
	if (side && side !== 'auto') body.side = side;
	for (const { option, flag } of REQUEST_FLAGS) if (options[option] === true) body[flag] = true;
	return body;
}

async function recognizeItem(this: IExecuteFunctions, run: ItemRun): Promise<INodeExecutionData> {
	const { itemIndex } = run;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const source = this.getNodeParameter('imageSource', itemIndex, 'binary') as ImageSource;
	const side = String(this.getNodeParameter('side', itemIndex, 'auto'));
	const image = await prepareImage(this, itemIndex, source, ID_CARD_API);
	const reply = await run.client.recognize(
		requestBody(imageRequestBody(image), side, options),
		run.label,
	);
	const output = readOutputOptions(options);
	const card = shapeIdCard(reply.result, {
		masking: output.masking,
		today: run.today,
		request: { side },
	});
	return await documentItem(this, run, card, output, { noun: 'card', key: 'card' });
}

/** ID Card → Recognize: `POST /v2/{project_id}/ocr/id-card`, one output item per input item. */
export async function recognize(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runItems.call(this, ID_CARD_API, recognizeItem);
}
