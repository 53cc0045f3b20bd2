'use strict';
/*
 * The Other OCR API resource in a real n8n: a table photo through `general-table`, an API this node has no
 * resource for (test/e2e/workflows/12-other-ocr-api.json), against the emulator's SDK-model answer.
 */
const { harness } = require('./lib/harness');

let h;
beforeAll(() => {
	h = harness();
});
beforeEach(async () => {
	await h.emulator.reset();
});

test('Other OCR API → general-table: Huawei’s fields at the top level, the request options sent', async () => {
	const r = await h.execute('hwcOcrE2eOther12', '12 other OCR API');
	expect(r.status).toBe('success');
	expect(r.output('Recognize the table', 1)).toHaveLength(0);
	const [item] = r.output('Recognize the table', 0);
	expect(item.json).toMatchObject({
		words_region_count: 2,
		words_region_list: [
			{ type: 'text', words_block_list: [{ words: '价目表', confidence: 0.9931 }] },
			expect.objectContaining({ type: 'table', words_block_count: 4 }),
		],
	});
	const stats = await h.emulator.stats();
	const call = stats.requests.find((q) => q.path.includes('/ocr/general-table'));
	expect(call).toMatchObject({ status: 200, method: 'POST' });
	expect(call.options).toEqual({ return_confidence: true });
});
