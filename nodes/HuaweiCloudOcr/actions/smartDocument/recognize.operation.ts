import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { SMART_DOCUMENT_API } from '../../helpers/smartDocument/api';
import { kvMapParam } from '../../helpers/smartDocument/kvMap';
import { shapeSmartDocument } from '../../helpers/smartDocument/shape';
import { itemLabelSentence } from '../../helpers/itemLabel';
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
import { recognizeDocument, setPdfPage, setRequestFlags } from '../shared/recognizeDocument';

const show = { resource: ['smartDocument'], operation: ['recognize'] };

/**
 * The boolean request fields of `POST /v2/{project_id}/ocr/smart-document-recognizer` that Huawei turns off
 * when they are not sent, one option each, off by default (SmartDocumentRecognizerRequestBody,
 * huaweicloud-sdk-python-v3 @343a486b, huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 * smart_document_recognizer_request_body.py: data, url, single_orientation_mode, language, kv, table, layout,
 * return_excel, form, formula, image_layout, kv_map, erase_seal, pdf_page_number, character_mode).
 * single_orientation_mode (on when not sent), language, kv_map and pdf_page_number are options of their own.
 */
export const SMART_DOCUMENT_FLAGS: RequestFlag[] = [
	{
		option: 'kv',
		flag: 'kv',
		displayName: 'Key-Value Pairs',
		description:
			'Whether Huawei extracts key-value pairs (kv_result), output as fields too: key → value',
	},
	{
		option: 'table',
		flag: 'table',
		displayName: 'Tables',
		description:
			'Whether Huawei reads logical tables (table_result), output as tables too: each table an array of rows of cell texts',
	},
	{
		option: 'layout',
		flag: 'layout',
		displayName: 'Layout',
		description:
			'Whether Huawei analyzes the layout (layout_result): titles, text, tables, images, headers, footers... with their positions',
	},
	{
		option: 'returnExcel',
		flag: 'return_excel',
		displayName: 'Return Excel',
		description:
			'Whether each table also comes as an Excel file, base64 (excel in table_result). Only with Tables on.',
	},
	{
		option: 'form',
		flag: 'form',
		displayName: 'Wired Forms',
		description:
			'Whether Huawei reads wired forms, whose cells are ruled boxes (form_result), output as forms too: rows of cell texts',
	},
	{
		option: 'formula',
		flag: 'formula',
		displayName: 'Formulas',
		description:
			'Whether Huawei reads math formulas as LaTeX (formula_result); slower, formulas of up to 3 lines',
	},
	{
		option: 'imageLayout',
		flag: 'image_layout',
		displayName: 'Image Layout',
		description:
			'Whether Huawei analyzes the layout inside the images of the document too (image_layout in layout_result)',
	},
	{
		option: 'eraseSeal',
		flag: 'erase_seal',
		displayName: 'Erase Seal',
		description: 'Whether Huawei erases seals (stamps) first, to read the text under them better',
	},
	{
		option: 'characterMode',
		flag: 'character_mode',
		displayName: 'Character Mode',
		description:
			'Whether to add every character with its position and confidence (char_list of each block of ocr_result)',
	},
];

const options: INodeProperties[] = [
	...flagOptions(SMART_DOCUMENT_FLAGS),
	{
		displayName: 'Single Orientation Mode',
		name: 'singleOrientationMode',
		type: 'boolean',
		default: true,
		description:
			'Whether all text in the image runs the same way (single_orientation_mode; Huawei assumes so when the option is not added). Turn off for text in several orientations.',
	},
	{
		displayName: 'Language',
		name: 'language',
		type: 'options',
		options: OCR_LANGUAGES,
		default: 'zh',
		description:
			'The language of the text (language). Without this option Huawei reads Chinese and English.',
	},
	{
		displayName: 'KV Map',
		name: 'kvMap',
		type: 'json',
		default: '{}',
		description:
			'Renames keys of the key-value pairs (kv_map): a JSON object from the key Huawei reads to the key you want, e.g. {"名称": "姓名"}',
	},
	...pdfPageOptions(),
	...sharedOptions('document'),
	personalDataOption({
		keep: 'Output the document as read',
		mask: 'Values of keys naming personal data (姓名, Name, 身份证号, Phone...) masked (张*, 110101********0118) wherever they appear, ID, card and mobile numbers masked in all text, table columns under such headers masked, Excel removed',
		drop: 'Keep only the key-value pairs whose keys name no personal data, and the structure (counts, positions, layout types); all free text, cell texts and Excel removed',
		description:
			'A document may hold personal data. Keys that name personal data mark their values personal. Applies to the error output too.',
	}),
];

export const description: INodeProperties[] = [
	...imageSourceProperties(show, {
		what: 'document image or PDF',
		urlPlaceholder: 'https://example.com/form.pdf',
	}),
	{
		displayName:
			'JPEG, PNG, BMP, GIF, TIFF, WebP or PDF (one page per call, or every page with PDF Pages), 15 to 30,000 pixels a side, 10 MB. Turn on Key-Value Pairs, Tables or Layout in Options to get them.',
		name: 'smartDocumentNotice',
		type: 'notice',
		default: '',
		displayOptions: { show },
	},
	optionsCollection(show, options),
];

/**
 * The request body: the picture in `data` (this API's name for it; `url` stays `url`), the flags that are
 * on, single_orientation_mode when the option is added, language, kv_map (checked locally: bad JSON is refused
 * before any call) and the PDF page. Returns the values the shaping reads (layout).
 */
export function smartDocumentBody(
	body: IDataObject,
	options: IDataObject,
	label: string,
): IDataObject {
	const kvMap = kvMapParam(options.kvMap, label);
	if (body.image !== undefined) {
		// This API names the picture `data`; the client writes the photo's base64 there as under `image`.
		body.data = body.image;
		delete body.image;
	}
	setRequestFlags(body, SMART_DOCUMENT_FLAGS, options);
	if (typeof options.singleOrientationMode === 'boolean')
		body.single_orientation_mode = options.singleOrientationMode;
	if (typeof options.language === 'string' && options.language !== '')
		body.language = options.language;
	if (kvMap !== undefined) body.kv_map = kvMap;
	setPdfPage(body, options);
	return { layout: body.layout === true };
}

/** Smart Document → Recognize: `POST /v2/{project_id}/ocr/smart-document-recognizer`, one output per input. */
export const execute = recognizeDocument({
	api: SMART_DOCUMENT_API,
	request(itemIndex, body, options) {
		return smartDocumentBody(body, options, itemLabelSentence(itemIndex));
	},
	pdfPages: true,
	shape: shapeSmartDocument,
});
