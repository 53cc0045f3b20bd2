/**
 * General Text → Recognize in n8n's engine against the emulator (test/emulator/apis/general-text.js).
 */
import { GENERAL_TEXT_FLAGS } from '../../nodes/HuaweiCloudOcr/actions/generalText/recognize.operation';
import { runOcrWorkflow } from '../harness/runWorkflow';
import { akCredentials, fileItem, useEmulator } from './setup';

const { makeImage } = require('../emulator/images');
const { makePdf } = require('../emulator/apis/general-text');

const RESOURCE = { resource: 'generalText', operation: 'recognize' };
// The numbers of the 'text-receipt' fixture: 110101199003070118 (GB 11643 check character 8: Σ digit × weight
// = 158, 158 mod 11 = 4 → '8'), 6222 0212 3456 7890 128 (Luhn sum 80), 13800138000 (a mobile number).
const ID = '110101199003070118';

function jpegItem(marker, json = {}, size = { width: 1200, height: 800 }) {
	const bytes = makeImage({ format: 'jpeg', ...size, marker });
	return fileItem(bytes, json, `${marker ?? 'blank'}.jpg`, 'image/jpeg');
}

describe('General Text → Recognize in the n8n engine against the emulator', () => {
	const emu = useEmulator();

	it("Huawei's fields at the top level, text derived from the blocks, unknown fields passed through, no checks", async () => {
		const result = await runOcrWorkflow({
			items: [jpegItem('text-receipt')],
			parameters: RESOURCE,
			credentials: akCredentials(emu.current),
		});
		expect(result.error).toBeUndefined();
		const json = result.main[0].json;
		expect(Object.keys(json)).toEqual([
			'direction',
			'words_block_count',
			'words_block_list',
			'text',
		]);
		expect(json.direction).toBe(-1);
		expect(json.words_block_count).toBe(7);
		expect(String(json.text).split('\n')).toEqual([
			'收款收据',
			'付款人：张三',
			'日期：2024-05-06',
			`身份证号：${ID}`,
			'银行卡号：6222 0212 3456 7890 128',
			'联系电话：13800138000',
			'金额：¥1,280.00',
		]);
		expect(json).not.toHaveProperty('checks');

		const extra = await runOcrWorkflow({
			items: [jpegItem('text-new-field')],
			parameters: RESOURCE,
			credentials: akCredentials(emu.current),
		});
		expect(extra.main[0].json).toMatchObject({ text: 'Plain text', layout_version: 'v3' });
	});

	it('every request option reaches Huawei under its own name', async () => {
		const options = Object.fromEntries(GENERAL_TEXT_FLAGS.map((f) => [f.option, true]));
		const result = await runOcrWorkflow({
			items: [jpegItem('text-rotated')],
			parameters: { ...RESOURCE, options: { ...options, language: 'fr', pdfPageNumber: 1 } },
			credentials: akCredentials(emu.current),
		});
		expect(result.error).toBeUndefined();
		expect(
			emu.current.stats().requests.find((r) => r.path.endsWith('/general-text')).options,
		).toEqual({
			detect_direction: true,
			quick_mode: true,
			character_mode: true,
			single_orientation_mode: true,
			return_markdown_result: true,
			language: 'fr',
			pdf_page_number: 1,
		});
		const json = result.main[0].json;
		expect(json.direction).toBe(90);
		expect(json.markdown_result).toBe('Hello World\nSecond line');
		expect(json.words_block_list[0].char_list).toHaveLength('Hello World'.length);
	});

	it('no option set: nothing but the image is sent (Huawei defaults)', async () => {
		await runOcrWorkflow({
			items: [jpegItem('text-receipt')],
			parameters: RESOURCE,
			credentials: akCredentials(emu.current),
		});
		expect(
			emu.current.stats().requests.find((r) => r.path.endsWith('/general-text')).options,
		).toEqual({});
	});

	it('reads page 2 of a PDF with PDF Page Number', async () => {
		const pdf = makePdf('text-pdf-two-pages', 2);
		const result = await runOcrWorkflow({
			items: [fileItem(pdf, {}, 'scan.pdf', 'application/pdf')],
			parameters: { ...RESOURCE, options: { pdfPageNumber: 2 } },
			credentials: akCredentials(emu.current),
		});
		expect(result.error).toBeUndefined();
		expect(result.main[0].json.text).toBe('第二页\nPage two');
	});

	it('pre-flight: a side under 15 px, a side over 30000 px and more than 160 M pixels cost no call', async () => {
		for (const size of [
			{ width: 14, height: 200 },
			{ width: 30001, height: 20 },
			{ width: 20000, height: 8001 },
		]) {
			const result = await runOcrWorkflow({
				items: [jpegItem('text-receipt', {}, size)],
				parameters: RESOURCE,
				credentials: akCredentials(emu.current),
				onError: 'continueErrorOutput',
			});
			expect(result.errors[0].json.error).toMatchObject({
				error_code: 'AIS.0103',
				api_called: false,
			});
		}
		expect(emu.current.stats().ocrCalls).toBe(0);
	});

	it('a format the node cannot sniff (PCX, ICO, PSD...) is sent as it is, and Huawei judges it', async () => {
		const result = await runOcrWorkflow({
			items: [fileItem(Buffer.from('not an image at all, 0123456789'), {}, 'scan.pcx')],
			parameters: RESOURCE,
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		expect(result.errors[0].json.error).toMatchObject({ error_code: 'AIS.0102', api_called: true });
		expect(emu.current.stats().ocrCalls).toBe(1);
	});

	it('an image Huawei cannot read goes to the error output as { message, error }', async () => {
		const result = await runOcrWorkflow({
			items: [jpegItem('text-receipt', { row: 0 }), jpegItem('text-unreadable', { row: 1 })],
			parameters: RESOURCE,
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		expect(result.main).toHaveLength(1);
		expect(result.errors).toHaveLength(1);
		// n8n's error output keeps the input's fields next to { message, error }
		expect(result.errors[0].json).toMatchObject({ row: 1, message: expect.any(String) });
		expect(result.errors[0].json.error).toMatchObject({ error_code: 'AIS.0104', api_called: true });
		expect(result.errors[0].json.message).toMatch(/no readable text in input item 1/);
		expect(result.errors[0].pairedItem).toEqual({ item: 1 });
	});

	it('region: ModelArts.4204 names the regions that serve General Text OCR', async () => {
		emu.current.configure({ unsubscribed: ['cn-north-4'] });
		const result = await runOcrWorkflow({
			items: [jpegItem('text-receipt')],
			parameters: RESOURCE,
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		expect(result.errors[0].json.error.error_code).toBe('ModelArts.4204');
		expect(result.errors[0].json.error.description).toMatch(
			/cn-north-4.*cn-east-3.*ap-southeast-1/,
		);
	});

	it('Personal Data: Mask hides ID, card and mobile numbers everywhere the text appears', async () => {
		const result = await runOcrWorkflow({
			items: [jpegItem('text-receipt')],
			parameters: {
				...RESOURCE,
				options: { personalData: 'mask', characterMode: true, returnMarkdownResult: true },
			},
			credentials: akCredentials(emu.current),
		});
		const json = result.main[0].json;
		const all = JSON.stringify(json);
		expect(all).not.toContain(ID);
		expect(all).not.toContain('13800138000');
		expect(all).not.toContain('7890 128');
		expect(json.text).toContain('身份证号：110101********0118');
		expect(json.text).toContain('银行卡号：6222 02** **** ***0 128');
		expect(json.text).toContain('联系电话：138****8000');
		expect(json.text).toContain('金额：¥1,280.00'); // amounts and dates are not personal numbers
		expect(json.markdown_result).toContain('110101********0118');
		const idBlock = json.words_block_list[3];
		expect(idBlock.words).toBe('身份证号：110101********0118');
		expect(idBlock.char_list.map((c) => c.char).join('')).toBe(idBlock.words);
		expect(result.main[0].binary).toBeUndefined(); // the input photo is not passed through
	});

	it('Personal Data: Drop removes the text itself, keeping the count and direction', async () => {
		const result = await runOcrWorkflow({
			items: [jpegItem('text-receipt')],
			parameters: { ...RESOURCE, options: { personalData: 'drop', returnMarkdownResult: true } },
			credentials: akCredentials(emu.current),
		});
		expect(result.main[0].json).toEqual({ direction: -1, words_block_count: 7 });
	});

	it('one output per input, in order, each paired with its input', async () => {
		const result = await runOcrWorkflow({
			items: [
				jpegItem('text-rotated', { n: 0 }),
				jpegItem('text-receipt', { n: 1 }),
				jpegItem('text-new-field', { n: 2 }),
			],
			parameters: { ...RESOURCE, options: { includeInputFields: true, concurrency: 3 } },
			credentials: akCredentials(emu.current),
		});
		expect(result.main.map((i) => [i.json.n, i.pairedItem])).toEqual([
			[0, { item: 0 }],
			[1, { item: 1 }],
			[2, { item: 2 }],
		]);
		expect(result.main[0].json.text).toBe('Hello World\nSecond line');
	});
});
