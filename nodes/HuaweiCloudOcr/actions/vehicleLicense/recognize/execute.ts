import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { VEHICLE_LICENSE_API, VEHICLE_LICENSE_REGIONS } from '../../../helpers/vehicleLicense/api';
import { shapeVehicleLicence } from '../../../helpers/vehicleLicense/vehicleResult';
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
	const image = await prepareImage(this, itemIndex, source, VEHICLE_LICENSE_API);
	const body = imageRequestBody(image);
	if (side) body.side = side;
	for (const { option, flag } of REQUEST_FLAGS) if (options[option] === true) body[flag] = true;
	const reply = await run.client
		.recognize(body, `input item ${itemIndex}`)
		.catch((error: unknown) => {
			throw withServedRegions(error, VEHICLE_LICENSE_API.service, VEHICLE_LICENSE_REGIONS);
		});
	const output = readOutputOptions(options);
	const licence = shapeVehicleLicence(reply.result, {
		masking: output.masking,
		today: run.today,
		request: { side },
	});
	return await documentItem(this, run, licence, output, { noun: 'licence', key: 'licence' });
}

/** Vehicle Licence → Recognize: `POST /v2/{project_id}/ocr/vehicle-license`, one output item per input item. */
export async function recognize(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runItems.call(this, VEHICLE_LICENSE_API, recognizeItem);
}
