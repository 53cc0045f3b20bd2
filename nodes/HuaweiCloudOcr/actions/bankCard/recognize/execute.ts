import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { BANK_CARD_API, BANK_CARD_REGIONS } from '../../../helpers/bankCard/api';
import { shapeBankCard } from '../../../helpers/bankCard/shape';
import { prepareImage, type ImageSource } from '../../../helpers/imageInput';
import { withServedRegions } from '../../../helpers/servedRegions';
import { documentItem, imageRequestBody, readOutputOptions } from '../../shared/output';
import { runItems, type ItemRun } from '../../shared/runItems';
import { REQUEST_FLAGS } from './description';

async function recognizeItem(this: IExecuteFunctions, run: ItemRun): Promise<INodeExecutionData> {
	const { itemIndex } = run;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const source = this.getNodeParameter('imageSource', itemIndex, 'binary') as ImageSource;
	const image = await prepareImage(this, itemIndex, source, BANK_CARD_API);
	const body = imageRequestBody(image);
	for (const { option, flag } of REQUEST_FLAGS) if (options[option] === true) body[flag] = true;
	const reply = await run.client
		.recognize(body, `input item ${itemIndex}`)
		.catch((error: unknown) => {
			throw withServedRegions(error, BANK_CARD_API.service, BANK_CARD_REGIONS);
		});
	const output = readOutputOptions(options);
	const card = shapeBankCard(reply.result, { masking: output.masking, today: run.today });
	return await documentItem(this, run, card, output, { noun: 'bank card', key: 'card' });
}

/** Bank Card → Recognize: `POST /v2/{project_id}/ocr/bankcard`, one output item per input item. */
export async function recognize(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runItems.call(this, BANK_CARD_API, recognizeItem);
}
