import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import {
	BUSINESS_LICENSE_API,
	BUSINESS_LICENSE_REGIONS,
} from '../../../helpers/businessLicense/api';
import { shapeBusinessLicense } from '../../../helpers/businessLicense/shape';
import { prepareImage, type ImageSource } from '../../../helpers/imageInput';
import { withServedRegions } from '../../../helpers/servedRegions';
import { documentItem, imageRequestBody, readOutputOptions } from '../../shared/output';
import { runItems, type ItemRun } from '../../shared/runItems';

async function recognizeItem(this: IExecuteFunctions, run: ItemRun): Promise<INodeExecutionData> {
	const { itemIndex } = run;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const source = this.getNodeParameter('imageSource', itemIndex, 'binary') as ImageSource;
	const image = await prepareImage(this, itemIndex, source, BUSINESS_LICENSE_API);
	const reply = await run.client
		.recognize(imageRequestBody(image), `input item ${itemIndex}`)
		.catch((error: unknown) => {
			throw withServedRegions(error, BUSINESS_LICENSE_API.service, BUSINESS_LICENSE_REGIONS);
		});
	const output = readOutputOptions(options);
	const licence = shapeBusinessLicense(reply.result, { masking: output.masking, today: run.today });
	return await documentItem(this, run, licence, output, {
		noun: 'business licence',
		key: 'licence',
	});
}

/** Business Licence → Recognize: `POST /v2/{project_id}/ocr/business-license`, one output item per input item. */
export async function recognize(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runItems.call(this, BUSINESS_LICENSE_API, recognizeItem);
}
