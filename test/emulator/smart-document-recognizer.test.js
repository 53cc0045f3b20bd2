/**
 * The emulator's smart-document-recognizer API (apis/smart-document-recognizer.js) over real HTTP, requests
 * signed by Huawei's official signer: `result` a list of SmartDocumentRecognizerResult, each part only when
 * asked, the picture in `data`, refusals with the documented codes.
 */
const { useDocumentApi } = require('./documentApiSuite');
const { makePdf } = require('./apis/general-text');
/** SmartDocumentRecognizerResult and its parts, from the one schema (schemas/smart-document-recognizer.js). */
const SDR = require('./schemas/smart-document-recognizer');

/** A model's keys in its order, `unsent` (the fields sent only with an option) left out. */
const keysOf = (/** @type {object} */ schema, /** @type {string[]} */ ...unsent) =>
	Object.keys(schema).filter((key) => !unsent.includes(key));

const api = useDocumentApi('smart-document-recognizer', { width: 1200, height: 1600 });
const { jpeg, call } = api;

describe('emulator: smart-document-recognizer', () => {
	it('answers a list of one SmartDocumentRecognizerResult: ocr_result always, each other part only when asked', async () => {
		const plain = await call({ data: jpeg('smart-application') });
		expect(plain.status).toBe(200);
		expect(Array.isArray(plain.json.result)).toBe(true);
		expect(Object.keys(plain.json.result[0])).toEqual(['ocr_result']);
		expect(Object.keys(plain.json.result[0].ocr_result)).toEqual(keysOf(SDR.OCR_RESULT));
		expect(Object.keys(plain.json.result[0].ocr_result.words_block_list[0])).toEqual(
			keysOf(SDR.WORDS_BLOCK, 'char_list'),
		);
		const all = await call({
			data: jpeg('smart-application'),
			kv: true,
			table: true,
			layout: true,
			form: true,
			formula: true,
		});
		const [entry] = all.json.result;
		expect(Object.keys(entry)).toEqual(keysOf(SDR.RESULT));
		expect(Object.keys(entry.kv_result.kv_block_list[0])).toEqual(keysOf(SDR.KV_BLOCK));
		expect(Object.keys(entry.table_result.table_list[0])).toEqual(keysOf(SDR.TABLE_BLOCK, 'excel'));
		expect(entry.table_result.table_list[0].words_block_list[3]).toEqual({
			words: '办公用品',
			rows: [1, 2],
			columns: [0],
		});
		expect(entry.layout_result.layout_block_list[2]).toMatchObject({ type: 'table', table_id: 0 });
		expect(entry.formula_result.formula_list[0]).toMatchObject({
			formula: 'E = mc^2',
			type: 'formula',
		});
		expect(api.emu.stats().requests[0].options).toEqual({});
	});

	it('return_excel adds excel to each table, image_layout adds image_layout to image blocks, kv_map renames keys', async () => {
		const r = await call({
			data: jpeg('smart-application'),
			kv: true,
			table: true,
			return_excel: true,
			layout: true,
			image_layout: true,
			kv_map: JSON.stringify({ 姓名: '申请人' }),
		});
		const [entry] = r.json.result;
		expect(typeof entry.table_result.table_list[0].excel).toBe('string');
		expect(entry.layout_result.layout_block_list[3].image_layout.layout_block_count).toBe(1);
		expect(entry.kv_result.kv_block_list[0].key).toBe('申请人');
	});

	it('reads page pdf_page_number of a PDF', async () => {
		const pdf = makePdf('smart-pdf-two-pages', 2).toString('base64');
		const r = await call({ data: pdf, kv: true, pdf_page_number: 2 });
		expect(r.json.result[0].kv_result.kv_block_list[0].value).toBe('2');
	});

	it.each([
		[
			'the picture in image instead of data',
			() => ({ image: jpeg('smart-application') }),
			'AIS.0101',
		],
		[
			'data and url both',
			() => ({ data: jpeg('smart-application'), url: 'http://127.0.0.1/x.jpg' }),
			'AIS.0101',
		],
		['neither data nor url', () => ({}), 'AIS.0101'],
		['kv as a string', () => ({ data: jpeg('smart-application'), kv: 'true' }), 'AIS.0101'],
		[
			'an unknown language',
			() => ({ data: jpeg('smart-application'), language: 'xx' }),
			'AIS.0101',
		],
		[
			'kv_map that is not JSON',
			() => ({ data: jpeg('smart-application'), kv_map: '{a' }),
			'AIS.0101',
		],
		['kv_map as an object', () => ({ data: jpeg('smart-application'), kv_map: {} }), 'AIS.0101'],
		[
			'page 3 of a two-page PDF',
			() => ({
				data: makePdf('smart-pdf-two-pages', 2).toString('base64'),
				pdf_page_number: 3,
			}),
			'AIS.0101',
		],
		['not an image', () => ({ data: Buffer.from('plain text').toString('base64') }), 'AIS.0102'],
		['10 pixels wide', () => ({ data: jpeg('smart-application', { width: 10 }) }), 'AIS.0103'],
		['a fixture Huawei cannot read', () => ({ data: jpeg('smart-unreadable') }), 'AIS.0104'],
		['a recognition failure', () => ({ data: jpeg('smart-recognition-failed') }), 'AIS.0105'],
	])('%s → %s', async (_name, body, code) => {
		const r = await call(body());
		expect(r.status).toBe(400);
		expect(r.json.error_code).toBe(code);
	});
});
