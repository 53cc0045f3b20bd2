'use strict';
/**
 * POST /v2/{project_id}/ocr/seal (印章识别), answered after Huawei's SDK models. This node has no resource for
 * it: Other OCR API reaches it, and reads every page of a PDF through its `pdf_page_number`.
 *   request  SealRequestBody (data | url, return_seal_image, return_erased_seal_image: bool, pdf_page_number:
 *            int)  huaweicloud-sdk-python-v3 at commit 343a486b, huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 *            seal_request_body.py
 *   result   SealResult (seal_list: list[SealList], erased_seal_image: str) — seal_result.py; SealList (type,
 *            seal_image: str, confidence: float, location: list[list[int]], words_block_list:
 *            list[SealWordsBlockList]) — seal_list.py; SealWordsBlockList (words: str, words_confidence: float).
 *
 * Behaviour: a PDF reads page `pdf_page_number` (1 by default): past the page tree's count → AIS.0101; the
 * fixture `seal-pages` has one seal per page (makePdf from ./general-text with 3 pages), `seal-photo` one
 * seal on a photo; any other readable file holds no seal (AIS.0104).
 */
const check = require('./requestChecks');

const seal = (words) => ({
	type: 'circle',
	confidence: 0.98,
	location: [
		[100, 100],
		[300, 100],
		[300, 300],
		[100, 300],
	],
	words_block_list: [{ words, words_confidence: 0.97 }],
});

const FIXTURES = {
	'seal-pages': { pages: [[seal('第一页公司')], [seal('第二页公司')], [seal('第三页公司')]] },
	'seal-photo': { pages: [[seal('照片公司')]] },
};

async function answer(state, ctx, tools) {
	const body = tools.parseBody(ctx);
	check.boolFlags(tools, body, ['return_seal_image', 'return_erased_seal_image']);
	check.pdfPageParam(tools, body);
	const bytes = await tools.imageBytes(state, { image: body.data, url: body.url });
	const pdf = bytes.toString('latin1', 0, 5) === '%PDF-';
	if (!pdf) check.imageSize(tools, bytes, { minSide: 15, maxSide: 8192 });
	const { data, ...fields } = body;
	ctx.record.options = check.requestFields(fields);
	const fixture = check.markedFixture(tools, ctx, bytes, FIXTURES);
	const page = pdf ? check.pdfPage(tools, bytes, body, fixture.pages.length) : 1;
	const seals = fixture.pages[page - 1] ?? [];
	if (seals.length === 0) throw new tools.OcrError('AIS.0104');
	return { seal_list: seals.map((s) => ({ ...s })) };
}

module.exports = { name: 'seal', answer, FIXTURES };
