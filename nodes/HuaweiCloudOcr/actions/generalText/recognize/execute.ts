import type { IDataObject } from 'n8n-workflow';

import { GENERAL_TEXT_API, GENERAL_TEXT_REGIONS } from '../../../helpers/generalText/api';
import { shapeGeneralText } from '../../../helpers/generalText/shape';
import { recognizeDocument, setPdfPage, setRequestFlags } from '../../shared/recognizeDocument';
import { GENERAL_TEXT_FLAGS } from './description';

/** The request body: the image, the flags that are on, the language and PDF page when given. */
export function generalTextBody(body: IDataObject, options: IDataObject): IDataObject {
	setRequestFlags(body, GENERAL_TEXT_FLAGS, options);
	if (typeof options.language === 'string' && options.language !== '')
		body.language = options.language;
	setPdfPage(body, options);
	return body;
}

/** General Text → Recognize: `POST /v2/{project_id}/ocr/general-text`, one output item per input item (per page of a PDF with PDF Pages). */
export const recognize = recognizeDocument({
	api: GENERAL_TEXT_API,
	// ModelArts.4204 / APIG.0101: name the regions that serve General Text OCR.
	servedRegions: GENERAL_TEXT_REGIONS,
	request(_itemIndex, body, options) {
		generalTextBody(body, options);
		return undefined;
	},
	shape: shapeGeneralText,
	pdfPages: true,
});
