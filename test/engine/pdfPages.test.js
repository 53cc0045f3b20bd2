/**
 * PDF Pages (All Pages / Page List / Max PDF Pages) in n8n's engine against the emulator: General Text
 * (test/emulator/apis/general-text.js), Auto-Classify (auto-classification.js) and Other OCR API on Seal
 * (seal.js), all of which take `pdf_page_number`.
 */
import { countPdfPages } from '../../nodes/HuaweiCloudOcr/helpers/pdfPageCount';
import { runOcrWorkflow } from '../harness/runWorkflow';
import { akCredentials, fileItem, useEmulator } from './setup';

const { makeImage } = require('../emulator/images');
const { makePdf } = require('../emulator/apis/general-text');

const TEXT = { resource: 'generalText', operation: 'recognize', imageSource: 'binary' };
const ERRORS = { onError: 'continueErrorOutput' };

const pdfItem = (marker, pages, json = {}, options = {}) =>
	fileItem(makePdf(marker, pages, options), json, `${marker}.pdf`, 'application/pdf');
const photoItem = (marker, json = {}) =>
	fileItem(
		makeImage({ format: 'jpeg', width: 1200, height: 800, marker }),
		json,
		`${marker}.jpg`,
		'image/jpeg',
	);
const words = (item) => item.json.words_block_list.map((b) => b.words).join(' ');

describe('PDF Pages in the n8n engine against the emulator', () => {
	const emu = useEmulator();
	const run = async (items, parameters, extra = {}) =>
		await runOcrWorkflow({
			items,
			parameters,
			credentials: akCredentials(emu.current),
			...extra,
		});
	const calls = (api) => emu.current.stats().requests.filter((r) => r.path.endsWith(`/ocr/${api}`));

	it('a 3-page PDF through General Text with All Pages gives 3 items, each with its page, paired to its input, with no call past the end', async () => {
		const result = await run([pdfItem('text-pdf-three-pages', 3)], {
			...TEXT,
			options: { pdfPages: 'all' },
		});
		expect(result.error).toBeUndefined();
		expect(result.main.map((i) => i.json.page)).toEqual([1, 2, 3]);
		expect(result.main.map(words)).toEqual(['Page one', 'Page two', 'Page three']);
		expect(result.main.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 0 }]);
		expect(Object.keys(result.main[0].json)[0]).toBe('page');
		// the page count is read from the PDF: no call for page 4
		expect(calls('general-text').map((r) => r.options.pdf_page_number)).toEqual([1, 2, 3]);
	});

	it('Page List 1-2 reads pages 1 and 2 only', async () => {
		const result = await run([pdfItem('text-pdf-three-pages', 3)], {
			...TEXT,
			options: { pdfPages: 'list', pdfPageList: '1-2' },
		});
		expect(result.error).toBeUndefined();
		expect(result.main.map((i) => [i.json.page, words(i)])).toEqual([
			[1, 'Page one'],
			[2, 'Page two'],
		]);
		expect(calls('general-text').map((r) => r.options.pdf_page_number)).toEqual([1, 2]);
	});

	it('a PDF whose page count cannot be read locally (object stream): one refused call past the end, no error item', async () => {
		const pdf = makePdf('text-pdf-three-pages', 3, { objectStream: true });
		expect(countPdfPages(pdf)).toBeUndefined();
		expect(countPdfPages(makePdf('text-pdf-three-pages', 3))).toBe(3);
		const result = await run(
			[fileItem(pdf, {}, 'scan.pdf', 'application/pdf')],
			{ ...TEXT, options: { pdfPages: 'all' } },
			ERRORS,
		);
		expect(result.error).toBeUndefined();
		expect(result.main.map((i) => i.json.page)).toEqual([1, 2, 3]);
		expect(result.errors).toEqual([]);
		expect(calls('general-text').map((r) => [r.options.pdf_page_number, r.status])).toEqual([
			[1, 200],
			[2, 200],
			[3, 200],
			[4, 400],
		]);
	});

	it('a Page List past the end of a PDF with a known page count sends nothing past it', async () => {
		const result = await run([pdfItem('text-pdf-three-pages', 3)], {
			...TEXT,
			options: { pdfPages: 'list', pdfPageList: '2, 3-9' },
		});
		expect(result.main.map((i) => i.json.page)).toEqual([2, 3]);
		expect(calls('general-text')).toHaveLength(2);
	});

	it('an unreadable middle page goes to the error output with its page number; pages 1 and 3 come through', async () => {
		const result = await run(
			[pdfItem('text-pdf-unreadable-middle', 3, { row: 7 })],
			{ ...TEXT, options: { pdfPages: 'all' } },
			ERRORS,
		);
		expect(result.main.map((i) => [i.json.page, words(i)])).toEqual([
			[1, 'Page one'],
			[3, 'Page three'],
		]);
		expect(result.errors).toHaveLength(1);
		const error = result.errors[0];
		expect(error.json.error).toMatchObject({ error_code: 'AIS.0104', page: 2, api_called: true });
		expect(error.json.message).toContain('page 2 of input item 0');
		expect(error.pairedItem).toEqual({ item: 0 });
	});

	it('Max PDF Pages caps the calls: 2 of 3 pages read, the rest named on the error output', async () => {
		const result = await run(
			[pdfItem('text-pdf-three-pages', 3)],
			{ ...TEXT, options: { pdfPages: 'all', maxPdfPages: 2 } },
			ERRORS,
		);
		expect(result.main.map((i) => i.json.page)).toEqual([1, 2]);
		expect(calls('general-text')).toHaveLength(2);
		expect(result.errors.map((i) => i.json.error)).toEqual([
			expect.objectContaining({ error_code: 'PDF_PAGE_CAP', last_page_read: 2, page_count: 3 }),
		]);
	});

	it('Max PDF Pages without error handling: the node stops before sending anything', async () => {
		const result = await run([pdfItem('text-pdf-three-pages', 3)], {
			...TEXT,
			options: { pdfPages: 'all', maxPdfPages: 2 },
		});
		expect(result.error?.message).toMatch(/more pages to read than Max PDF Pages \(2\)/);
		expect(calls('general-text')).toHaveLength(0);
	});

	it('N inputs mixing PDFs and photos stay paired and in order; a photo gives one item without page', async () => {
		const result = await run(
			[
				pdfItem('text-pdf-two-pages', 2, { row: 0 }),
				photoItem('text-receipt', { row: 1 }),
				pdfItem('text-pdf-three-pages', 3, { row: 2 }),
				photoItem('text-rotated', { row: 3 }),
			],
			{ ...TEXT, options: { pdfPages: 'all', concurrency: 4 } },
		);
		expect(result.error).toBeUndefined();
		expect(result.main.map((i) => [/** @type {any} */ (i.pairedItem).item, i.json.page])).toEqual([
			[0, 1],
			[0, 2],
			[1, undefined],
			[2, 1],
			[2, 2],
			[2, 3],
			[3, undefined],
		]);
		expect('page' in result.main[2].json).toBe(false);
		const photoCalls = calls('general-text').filter((r) => r.fixture === 'text-receipt');
		expect(photoCalls.map((r) => r.options)).toEqual([{}]);
	});

	it('Auto-Classify with All Pages: page 1 (no document) on the error output, the ID card of page 2 on the main one', async () => {
		const result = await run(
			[pdfItem('licence-fixed-term', 2)],
			{
				resource: 'autoClassify',
				operation: 'recognize',
				imageSource: 'binary',
				options: { pdfPages: 'all' },
			},
			ERRORS,
		);
		expect(result.main.map((i) => [i.json.page, i.json.type])).toEqual([[2, 'id_card']]);
		expect(result.errors.map((i) => i.json.error)).toEqual([
			expect.objectContaining({ error_code: 'AIS.0104', page: 1 }),
		]);
		expect(calls('auto-classification').map((r) => r.options.pdf_page_number)).toEqual([1, 2]);
	});

	it('Other OCR API (Seal, pdf_page_number) with All Pages gives one item per page', async () => {
		const result = await run([pdfItem('seal-pages', 3)], {
			resource: 'otherApi',
			operation: 'recognize',
			api: 'seal',
			imageSource: 'binary',
			options: { pdfPages: 'all' },
		});
		expect(result.error).toBeUndefined();
		expect(
			result.main.map((i) => [i.json.page, i.json.seal_list[0].words_block_list[0].words]),
		).toEqual([
			[1, '第一页公司'],
			[2, '第二页公司'],
			[3, '第三页公司'],
		]);
		expect(calls('seal').map((r) => r.options.pdf_page_number)).toEqual([1, 2, 3]);
	});

	it('Other OCR API on an API that reads page 1 only: All Pages on a PDF is refused before any call', async () => {
		const result = await run(
			[pdfItem('seal-pages', 3)],
			{
				resource: 'otherApi',
				operation: 'recognize',
				api: 'peru-id-card',
				imageSource: 'binary',
				options: { pdfPages: 'all' },
			},
			ERRORS,
		);
		expect(result.main).toEqual([]);
		expect(result.errors[0].json.error).toMatchObject({ error_code: 'INVALID_OPTION' });
		expect(result.errors[0].json.message).toMatch(/reads page 1 of a PDF only/);
		expect(calls('peru-id-card')).toHaveLength(0);
	});
	it('Smart Document with All Pages: one item per page of a 2-page PDF, each with its page (pdf_page_number)', async () => {
		const result = await run([pdfItem('smart-pdf-two-pages', 2)], {
			resource: 'smartDocument',
			operation: 'recognize',
			imageSource: 'binary',
			options: { kv: true, pdfPages: 'all' },
		});
		expect(result.error).toBeUndefined();
		expect(result.main.map((i) => [i.json.page, i.json.fields?.['页码']])).toEqual([
			[1, '1'],
			[2, '2'],
		]);
		expect(result.main.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect(calls('smart-document-recognizer').map((r) => r.options.pdf_page_number)).toEqual([
			1, 2,
		]);
	});

	it('VAT Invoice with All Pages: one invoice per page of a 2-page PDF, asked for as page_num', async () => {
		const result = await run([pdfItem('vat-pdf-two-pages', 2)], {
			resource: 'vatInvoice',
			operation: 'recognize',
			imageSource: 'binary',
			options: { pdfPages: 'all' },
		});
		expect(result.error).toBeUndefined();
		expect(result.main.map((i) => [i.json.page, i.json.type])).toEqual([
			[1, 'special'],
			[2, 'electronic'],
		]);
		expect(calls('vat-invoice').map((r) => r.options.page_num)).toEqual([1, 2]);
		expect(calls('vat-invoice').every((r) => r.options.pdf_page_number === undefined)).toBe(true);
	});
});
