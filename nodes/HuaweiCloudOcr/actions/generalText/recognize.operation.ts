import type { INodeProperties, IDataObject } from 'n8n-workflow';

import {
	flagOptions,
	imageSourceProperties,
	optionsCollection,
	personalDataOption,
	sharedOptions,
	type RequestFlag,
} from '../shared/descriptions';
import { OCR_LANGUAGES } from '../shared/languages';
import { pdfPageOptions } from '../shared/pdfPageOptions';
import { GENERAL_TEXT_API, GENERAL_TEXT_REGIONS } from '../../helpers/generalText/api';
import { shapeGeneralText } from '../../helpers/generalText/shape';
import { recognizeDocument, setPdfPage, setRequestFlags } from '../shared/recognizeDocument';

const show = { resource: ['generalText'], operation: ['recognize'] };

/**
 * Boolean request fields of `POST /v2/{project_id}/ocr/general-text`, one option each, off by default as in
 * the API (GeneralTextRequestBody, huaweicloud-sdk-python-v3 @343a486b,
 * huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/general_text_request_body.py).
 */
export const GENERAL_TEXT_FLAGS: RequestFlag[] = [
	{
		option: 'detectDirection',
		flag: 'detect_direction',
		displayName: 'Detect Direction',
		description:
			'Whether Huawei detects how the image is rotated (any angle). The angle comes back in direction (counter-clockwise degrees; -1 when off).',
	},
	{
		option: 'quickMode',
		flag: 'quick_mode',
		displayName: 'Quick Mode',
		description:
			'Whether to answer faster for an image holding a single line of text that fills more than half of it',
	},
	{
		option: 'characterMode',
		flag: 'character_mode',
		displayName: 'Character Mode',
		description:
			'Whether to add every character with its position and confidence (char_list of each block)',
	},
	{
		option: 'singleOrientationMode',
		flag: 'single_orientation_mode',
		displayName: 'Single Orientation Mode',
		description:
			'Whether all text in the image runs the same way (more accurate then). Off reads text in several orientations.',
	},
	{
		option: 'returnMarkdownResult',
		flag: 'return_markdown_result',
		displayName: 'Return Markdown Result',
		description:
			"Whether to add Huawei's own joined text (markdown_result): blocks on one line joined by tabs, lines by newlines",
	},
];

const options: INodeProperties[] = [
	...flagOptions(GENERAL_TEXT_FLAGS),
	{
		displayName: 'Language',
		name: 'language',
		type: 'options',
		options: OCR_LANGUAGES,
		default: 'zh',
		description:
			'The language of the text (language). Without this option Huawei reads Chinese and English.',
	},
	...pdfPageOptions(),
	...sharedOptions('text'),
	personalDataOption({
		keep: 'Output the text as read',
		mask: 'ID, bank card and mobile numbers inside the text masked (110101********0118, 622202*********0128, 138****8000); names and addresses in free text are kept',
		drop: 'Remove the text itself (words_block_list, markdown_result, text); keep the block count and direction',
		description:
			'Free text may hold personal data. Mask hides the numbers that identify a person; Drop removes the text. Applies to the error output too.',
	}),
];

export const description: INodeProperties[] = [
	{
		displayName:
			'Huawei serves General Text OCR in cn-north-4 (Beijing 4), cn-east-3 (Shanghai 1) and ap-southeast-1 (Hong Kong): use a credential for one of these regions',
		name: 'generalTextRegionNotice',
		type: 'notice',
		default: '',
		displayOptions: { show },
	},
	...imageSourceProperties(show, {
		what: 'image or PDF holding the text',
		urlPlaceholder: 'https://example.com/scan.pdf',
	}),
	optionsCollection(show, options),
];

/** The request body: the image, the flags that are on, the language and PDF page when given. */
export function generalTextBody(body: IDataObject, options: IDataObject): IDataObject {
	setRequestFlags(body, GENERAL_TEXT_FLAGS, options);
	if (typeof options.language === 'string' && options.language !== '')
		body.language = options.language;
	setPdfPage(body, options);
	return body;
}

/** General Text → Recognize: `POST /v2/{project_id}/ocr/general-text`, one output item per input item (per page of a PDF with PDF Pages). */
export const execute = recognizeDocument({
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
