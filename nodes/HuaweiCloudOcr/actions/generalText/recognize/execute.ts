import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { GENERAL_TEXT_API, GENERAL_TEXT_REGIONS } from '../../../helpers/generalText/api';
import { shapeGeneralText } from '../../../helpers/generalText/shape';
import { prepareImage, type ImageSource } from '../../../helpers/imageInput';
import { withServedRegions } from '../../../helpers/servedRegions';
import { documentItem, imageRequestBody, readOutputOptions } from '../../shared/output';
import { runItems, type ItemRun } from '../../shared/runItems';
import { GENERAL_TEXT_FLAGS } from './description';

/** The request body: the image, the flags that are on, the language and PDF page when given. */
export function generalTextBody(body: IDataObject, options: IDataObject): IDataObject {
	for (const { option, flag } of GENERAL_TEXT_FLAGS)
		if (options[option] === true) body[flag] = true;
	if (typeof options.language === 'string' && options.language !== '')
		body.language = options.language;
	if (options.pdfPageNumber !== undefined && options.pdfPageNumber !== '')
		body.pdf_page_number = Math.trunc(Number(options.pdfPageNumber));
	return body;
}

async function recognizeItem(this: IExecuteFunctions, run: ItemRun): Promise<INodeExecutionData> {
	const { itemIndex } = run;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const source = this.getNodeParameter('imageSource', itemIndex, 'binary') as ImageSource;
	const image = await prepareImage(this, itemIndex, source, GENERAL_TEXT_API);
	const reply = await run.client
		.recognize(generalTextBody(imageRequestBody(image), options), `input item ${itemIndex}`)
		// ModelArts.4204 / APIG.0101: name the regions that serve General Text OCR.
		.catch((error: unknown) => {
			throw withServedRegions(error, GENERAL_TEXT_API.service, GENERAL_TEXT_REGIONS);
		});
	const output = readOutputOptions(options);
	const text = shapeGeneralText(reply.result, { masking: output.masking, today: run.today });
	return await documentItem(this, run, text, output);
}

/** General Text → Recognize: `POST /v2/{project_id}/ocr/general-text`, one output item per input item. */
export async function recognize(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runItems.call(this, GENERAL_TEXT_API, recognizeItem);
}
