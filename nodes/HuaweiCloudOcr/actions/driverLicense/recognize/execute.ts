import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { DRIVER_LICENSE_API, DRIVER_LICENSE_REGIONS } from '../../../helpers/driverLicense/api';
import { shapeDriverLicence } from '../../../helpers/driverLicense/licenceResult';
import { prepareImage, type ImageSource } from '../../../helpers/imageInput';
import { withServedRegions } from '../../../helpers/servedRegions';
import { documentItem, imageRequestBody, readOutputOptions } from '../../shared/output';
import { runItems, type ItemRun } from '../../shared/runItems';
import { REQUEST_FLAGS } from './description';

async function recognizeItem(this: IExecuteFunctions, run: ItemRun): Promise<INodeExecutionData> {
	const { itemIndex } = run;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const source = this.getNodeParameter('imageSource', itemIndex, 'binary') as ImageSource;
	const side = String(this.getNodeParameter('side', itemIndex, 'front'));
	const image = await prepareImage(this, itemIndex, source, DRIVER_LICENSE_API);
	const body = imageRequestBody(image);
	if (side) body.side = side;
	for (const { option, flag } of REQUEST_FLAGS) if (options[option] === true) body[flag] = true;
	const reply = await run.client
		.recognize(body, `input item ${itemIndex}`)
		.catch((error: unknown) => {
			throw withServedRegions(error, DRIVER_LICENSE_API.service, DRIVER_LICENSE_REGIONS);
		});
	const output = readOutputOptions(options);
	const licence = shapeDriverLicence(reply.result, {
		masking: output.masking,
		today: run.today,
		request: { side },
	});
	return await documentItem(this, run, licence, output, { noun: 'licence', key: 'licence' });
}

/** Driving Licence → Recognize: `POST /v2/{project_id}/ocr/driver-license`, one output item per input item. */
export async function recognize(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runItems.call(this, DRIVER_LICENSE_API, recognizeItem);
}
