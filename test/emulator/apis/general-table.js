'use strict';
/**
 * POST /v2/{project_id}/ocr/general-table (表格识别), answered after Huawei's SDK models. This node has no
 * resource for it: it is what a user reaches with the credential in n8n's HTTP Request node.
 *   request  GeneralTableRequestBody  huaweicloud-sdk-python-v3
 *            huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/general_table_request_body.py
 *            (image | url, return_text_location, return_confidence, return_excel: bool)
 *   result   GeneralTableResult, WordsRegionList (words_block_count an int), GeneralTableWordsBlockList:
 *            ../schemas/general-table.js (general_table_result.py, words_region_list.py,
 *            general_table_words_block_list.py, same folder); `excel` is the result's, not a block's.
 * Limits from the request model's docstring: each side 15–8192 px; JPEG/JPG/PNG/BMP/TIFF.
 *
 * Behaviour: the fixture `table-price-list` is a heading and a 2×2 table; any other readable image has no
 * text (0 regions). `location`/`cell_location` only with return_text_location, `confidence` only with
 * return_confidence, `excel` (base64 of a stand-in, not a real xlsx) only with return_excel.
 */
const check = require('./requestChecks');
const schema = require('../schemas/general-table');

const FIXTURES = {
	'table-price-list': {
		heading: '价目表',
		cells: [
			['品名', '单价'],
			['苹果', '5.00'],
		],
	},
};

const box = (x, y, w = 120, h = 40) => [
	[x, y],
	[x + w, y],
	[x + w, y + h],
	[x, y + h],
];

async function answer(state, ctx, tools) {
	const body = tools.parseBody(ctx);
	check.boolFlags(tools, body, ['return_text_location', 'return_confidence', 'return_excel']);
	const bytes = await tools.imageBytes(state, body);
	check.imageSize(tools, bytes, { minSide: 15, maxSide: 8192 });
	ctx.record.options = check.requestFields(body);
	// a readable image without a table fixture: no text found (the service reads what is there)
	const id = tools.findMarker(bytes);
	ctx.record.fixture = id;
	const fixture = id !== undefined ? FIXTURES[id] : undefined;
	if (!fixture) return { words_region_count: 0, words_region_list: [] };

	const located = (block, loc) => ({
		...block,
		...(body.return_text_location === true ? loc : {}),
		...(body.return_confidence === true ? { confidence: 0.9931 } : {}),
	});
	const text = {
		type: 'text',
		words_block_count: 1,
		words_block_list: [located({ words: fixture.heading }, { location: box(200, 20) })],
	};
	const cells = [];
	fixture.cells.forEach((row, r) =>
		row.forEach((words, c) =>
			cells.push(
				located(
					{ words, rows: [r], columns: [c] },
					{
						location: box(40 + c * 140, 100 + r * 50),
						cell_location: box(30 + c * 140, 90 + r * 50, 140, 50),
					},
				),
			),
		),
	);
	const table = {
		type: 'table',
		words_block_count: cells.length,
		words_block_list: cells,
	};
	const result = { words_region_count: 2, words_region_list: [text, table] };
	if (body.return_excel === true)
		return { ...result, excel: Buffer.from(`stand-in xlsx for ${id}`).toString('base64') };
	return result;
}

module.exports = { name: 'general-table', answer, check: schema.check, FIXTURES };
