/**
 * The emulator's general-text API (apis/general-text.js) over real HTTP, requests signed by Huawei's official
 * signer: answers shaped after GeneralTextResult, options honoured, refusals with the documented codes.
 */
const { useDocumentApi } = require('./documentApiSuite');
const generalText = require('./apis/general-text');

const api = useDocumentApi('general-text', { width: 1200, height: 800 });
const { jpeg, call } = api;

describe('emulator: general-text', () => {
	it('answers GeneralTextResult: direction -1, the blocks in reading order, empty char_list', async () => {
		const r = await call({ image: jpeg('text-receipt') });
		expect(r.status).toBe(200);
		const { result } = r.json;
		expect(result.direction).toBe(-1);
		expect(result.words_block_count).toBe(7);
		expect(result.words_block_list[0]).toEqual({
			words: '收款收据',
			location: expect.any(Array),
			confidence: expect.any(Number),
			char_list: [],
		});
		expect(result.words_block_list[0].location).toHaveLength(4);
		expect(result).not.toHaveProperty('markdown_result');
	});

	it('detect_direction, character_mode and return_markdown_result shape the answer; options are recorded', async () => {
		const r = await call({
			image: jpeg('text-rotated'),
			detect_direction: true,
			character_mode: true,
			return_markdown_result: true,
			quick_mode: false,
			single_orientation_mode: true,
			language: 'auto',
		});
		expect(r.status).toBe(200);
		const { result } = r.json;
		expect(result.direction).toBe(90);
		expect(result.words_block_list[0].char_list.map((c) => c.char).join('')).toBe('Hello World');
		expect(result.markdown_result).toBe('Hello World\nSecond line');
		expect(api.emu.stats().requests[0].options).toEqual({
			detect_direction: true,
			character_mode: true,
			return_markdown_result: true,
			quick_mode: false,
			single_orientation_mode: true,
			language: 'auto',
		});
	});

	it('markdown_result joins the blocks of one line with a tab', async () => {
		const r = await call({ image: jpeg('text-receipt'), return_markdown_result: true });
		expect(r.json.result.markdown_result.split('\n')[1]).toBe('付款人：张三\t日期：2024-05-06');
	});

	it('a PDF reads the page asked for (page 1 by default); a page past the end is AIS.0101', async () => {
		const pdf = generalText.makePdf('text-pdf-two-pages', 2).toString('base64');
		expect((await call({ image: pdf })).json.result.words_block_list[0].words).toBe('第一页');
		expect(
			(await call({ image: pdf, pdf_page_number: 2 })).json.result.words_block_list[0].words,
		).toBe('第二页');
		const past = await call({ image: pdf, pdf_page_number: 3 });
		expect(past.status).toBe(400);
		expect(past.json.error_code).toBe('AIS.0101');
	});

	it('unknown fields of a fixture are sent (pass-through tests); an image without text has 0 blocks', async () => {
		expect((await call({ image: jpeg('text-new-field') })).json.result.layout_version).toBe('v3');
		const blank = await call({ image: jpeg(undefined) });
		expect(blank.json.result).toEqual({
			direction: -1,
			words_block_count: 0,
			words_block_list: [],
		});
	});

	it.each([
		[{ detect_direction: 'true' }, 'AIS.0101'],
		[{ language: 'xx' }, 'AIS.0101'],
		[{ pdf_page_number: 0 }, 'AIS.0101'],
		[{ pdf_page_number: 1.5 }, 'AIS.0101'],
	])('refuses %j with %s', async (extra, code) => {
		const r = await call({ image: jpeg('text-receipt'), ...extra });
		expect(r.status).toBe(400);
		expect(r.json.error_code).toBe(code);
	});

	it('refuses a format it does not read (AIS.0102), sides outside 15–30000 and more than 160M pixels (AIS.0103)', async () => {
		expect(
			(await call({ image: Buffer.from('plain text, not an image').toString('base64') })).json
				.error_code,
		).toBe('AIS.0102');
		expect(
			(await call({ image: jpeg('text-receipt', { width: 14, height: 100 }) })).json.error_code,
		).toBe('AIS.0103');
		expect(
			(await call({ image: jpeg('text-receipt', { width: 30001, height: 20 }) })).json.error_code,
		).toBe('AIS.0103');
		// 20000 × 8001 = 160,020,000 pixels (> 160,000,000), each side within 30000
		expect(
			(await call({ image: jpeg('text-receipt', { width: 20000, height: 8001 }) })).json.error_code,
		).toBe('AIS.0103');
		expect((await call({ image: jpeg('text-unreadable') })).json.error_code).toBe('AIS.0104');
	});
});
