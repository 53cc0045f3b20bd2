import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { PASSPORT_API, PASSPORT_REGIONS } from '../../../helpers/passport/api';
import { shapePassport } from '../../../helpers/passport/passportResult';
import { prepareImage, type ImageSource } from '../../../helpers/imageInput';
import { withServedRegions } from '../../../helpers/servedRegions';
import { documentItem, imageRequestBody, readOutputOptions } from '../../shared/output';
import { runItems, type ItemRun } from '../../shared/runItems';

async function recognizeItem(this: IExecuteFunctions, run: ItemRun): Promise<INodeExecutionData> {
	const { itemIndex } = run;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const source = this.getNodeParameter('imageSource', itemIndex, 'binary') as ImageSource;
	const countryCode = String(this.getNodeParameter('countryCode', itemIndex, 'auto'));
	const image = await prepareImage(this, itemIndex, source, PASSPORT_API);
	const body = imageRequestBody(image);
	if (countryCode && countryCode !== 'auto') body.country_code = countryCode;
	const reply = await run.client
		.recognize(body, `input item ${itemIndex}`)
		.catch((error: unknown) => {
			throw withServedRegions(error, PASSPORT_API.service, PASSPORT_REGIONS);
		});
	const output = readOutputOptions(options);
	const passport = shapePassport(reply.result, {
		masking: output.masking,
		today: run.today,
		request: { country_code: countryCode },
	});
	return await documentItem(this, run, passport, output, { noun: 'passport', key: 'passport' });
}

/** Passport → Recognize: `POST /v2/{project_id}/ocr/passport`, one output item per input item. */
export async function recognize(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runItems.call(this, PASSPORT_API, recognizeItem);
}
