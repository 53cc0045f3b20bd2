/**
 * Smart Document → Recognize in n8n's engine against the emulator (test/emulator/apis/
 * smart-document-recognizer.js, fixtures in smart-document-recognizer.fixtures.js).
 */
import { SMART_DOCUMENT_FLAGS } from '../../nodes/HuaweiCloudOcr/actions/smartDocument/recognize.operation';
import { documentKit } from './documentKit';
import { runOcrWorkflow } from '../harness/runWorkflow';
import { akCredentials, fileItem, fixtures, useEmulator } from './setup';

const { makePdf } = require('../emulator/apis/general-text');
const { ID } = require('../emulator/apis/smart-document-recognizer.fixtures');
const { RESULT: SDR_RESULT } = require('../emulator/schemas/smart-document-recognizer');

const kit = documentKit('smartDocument', 'smart-document-recognizer', {
	width: 1200,
	height: 1600,
});
const ALL = { kv: true, table: true, layout: true, form: true, formula: true };

describe('Smart Document → Recognize in the n8n engine against the emulator', () => {
	const emu = useEmulator();

	it("sends the picture as data; Huawei's result fields at the top level in the model's order, then fields, tables and forms; no checks", async () => {
		const result = await kit.run(emu, [kit.item('smart-application')], { options: ALL });
		expect(result.error).toBeUndefined();
		const [call] = kit.calls(emu);
		expect(call.options).toEqual({
			kv: true,
			table: true,
			layout: true,
			form: true,
			formula: true,
		});
		const json = /** @type {any} */ (result.main[0].json);
		// SmartDocumentRecognizerResult's order (the one schema, test/emulator/schemas/smart-document-recognizer.js)
		expect(Object.keys(json)).toEqual([...Object.keys(SDR_RESULT), 'fields', 'tables', 'forms']);
		expect(json.ocr_result.words_block_count).toBe(12);
		expect(json.kv_result.kv_block_list[0]).toMatchObject({ key: '姓名', value: '张三' });
		expect(json.layout_result.layout_block_list[2]).toMatchObject({ type: 'table', table_id: 0 });
		expect(json.formula_result.formula_list[0].formula).toBe('E = mc^2');
		expect(json).not.toHaveProperty('checks');
	});

	it('fields: key → value, a key read twice keeps both values as an array in reading order', async () => {
		const result = await kit.run(emu, [kit.item('smart-application')], { options: { kv: true } });
		expect(result.main[0].json.fields).toEqual({
			姓名: '张三',
			身份证号: ID,
			联系电话: '13800138000',
			申请日期: '2024-05-06',
			金额: '150.00',
			备注: ['见附件', '加急'],
		});
	});

	it('tables: rows of cell texts, a merged cell repeated in every row and column it spans', async () => {
		const result = await kit.run(emu, [kit.item('smart-application')], {
			options: { table: true, form: true },
		});
		const json = /** @type {any} */ (result.main[0].json);
		expect(json.tables[0]).toEqual([
			['项目', '数量', '金额'],
			['办公用品', '10', '100.00'],
			['办公用品', '5', '50.00'],
			['合计', '合计', '150.00'],
		]);
		expect(json.tables[1]).toEqual([
			['姓名', '电话', '部门'],
			['李四', '13912345678', '财务部'],
		]);
		expect(json.forms).toEqual([
			[
				['姓名', '王五'],
				['性别', '男'],
			],
		]);
		expect(json).not.toHaveProperty('layout_result');
		expect(json).not.toHaveProperty('fields');
	});

	it('every request option reaches Huawei under its SDK name and type', async () => {
		const flags = Object.fromEntries(SMART_DOCUMENT_FLAGS.map((f) => [f.option, true]));
		const result = await kit.run(emu, [kit.item('smart-application')], {
			options: {
				...flags,
				singleOrientationMode: false,
				language: 'fr',
				kvMap: '{"姓名": "申请人姓名"}',
				pdfPageNumber: 1,
			},
		});
		expect(result.error).toBeUndefined();
		expect(kit.calls(emu)[0].options).toEqual({
			kv: true,
			table: true,
			layout: true,
			return_excel: true,
			form: true,
			formula: true,
			image_layout: true,
			erase_seal: true,
			character_mode: true,
			single_orientation_mode: false,
			language: 'fr',
			kv_map: '{"姓名":"申请人姓名"}',
			pdf_page_number: 1,
		});
		const json = /** @type {any} */ (result.main[0].json);
		expect(json.fields).toHaveProperty('申请人姓名', '张三');
		expect(json.table_result.table_list[0].excel).toEqual(expect.any(String));
		expect(json.ocr_result.words_block_list[0].char_list).toHaveLength(5);
		expect(json.layout_result.layout_block_list[3].image_layout).toMatchObject({
			layout_block_count: 1,
		});
	});

	it('the picture goes in data from a binary file and from base64 text; a URL goes in url', async () => {
		await kit.run(emu, [kit.item('smart-application')]);
		const image = fixtures.makeImage({ width: 1200, height: 1600, marker: 'smart-application' });
		await kit.run(emu, [{ json: {} }], {
			imageSource: 'base64',
			imageBase64: image.toString('base64'),
		});
		emu.current.registerImage('form.jpg', image);
		const byUrl = await runOcrWorkflow({
			items: [{ json: {} }],
			parameters: {
				resource: 'smartDocument',
				operation: 'recognize',
				imageSource: 'url',
				imageUrl: `${emu.current.url}/images/form.jpg`,
				options: { kv: true },
			},
			credentials: akCredentials(emu.current),
		});
		expect(kit.calls(emu).map((c) => c.fixture)).toEqual([
			'smart-application',
			'smart-application',
			'smart-application',
		]);
		expect(/** @type {any} */ (byUrl.main[0].json).fields['姓名']).toBe('张三');
	});

	it('no option set: nothing but the picture is sent, and no layout is output', async () => {
		const result = await kit.run(emu, [kit.item('smart-application')]);
		expect(kit.calls(emu)[0].options).toEqual({});
		expect(Object.keys(result.main[0].json)).toEqual(['ocr_result']);
	});

	it('KV Map that is not a JSON object is refused for its item with the fix, without an API call; the other items go on', async () => {
		const result = await kit.run(
			emu,
			[kit.item('smart-application', { n: 0 }), kit.item('smart-application', { n: 1 })],
			{ options: { kv: true, kvMap: '={{ $json.n === 1 ? "{姓名: 申请人}" : "{}" }}' } },
			{ onError: 'continueErrorOutput' },
		);
		expect(result.main).toHaveLength(1);
		expect(result.main[0].pairedItem).toEqual({ item: 0 });
		expect(result.errors).toHaveLength(1);
		expect(result.errors[0].pairedItem).toEqual({ item: 1 });
		expect(result.errors[0].json.error).toMatchObject({
			error_code: 'INVALID_OPTION',
			api_called: false,
		});
		expect(result.errors[0].json.message).toMatch(/^Input item 1: KV Map is not valid JSON/);
		expect(result.errors[0].json.error.description).toMatch(/JSON object/);
		expect(kit.calls(emu)).toHaveLength(1);
		for (const bad of ['["a"]', '{"姓名": 1}']) {
			const refused = await kit.run(
				emu,
				[kit.item('smart-application')],
				{ options: { kvMap: bad } },
				{ onError: 'continueErrorOutput' },
			);
			expect(refused.errors[0].json.error).toMatchObject({ api_called: false });
		}
		expect(kit.calls(emu)).toHaveLength(1);
	});

	it('reads page 2 of a PDF with PDF Page Number', async () => {
		const pdf = makePdf('smart-pdf-two-pages', 2);
		const result = await kit.run(emu, [fileItem(pdf, {}, 'scan.pdf', 'application/pdf')], {
			options: { kv: true, pdfPageNumber: 2 },
		});
		expect(result.error).toBeUndefined();
		expect(kit.calls(emu)[0].options).toMatchObject({ pdf_page_number: 2 });
		expect(result.main[0].json.fields).toEqual({ 页码: '2' });
	});

	it('pre-flight: a side under 15 px or over 30000 px costs no call', async () => {
		for (const size of [
			{ width: 14, height: 200 },
			{ width: 30001, height: 20 },
		]) {
			const result = await kit.run(
				emu,
				[kit.item('smart-application', {}, size)],
				{},
				{
					onError: 'continueErrorOutput',
				},
			);
			expect(result.errors[0].json.error).toMatchObject({
				error_code: 'AIS.0103',
				api_called: false,
			});
		}
		expect(kit.calls(emu)).toHaveLength(0);
	});

	it("Huawei's errors (AIS.0104 unreadable, AIS.0105 recognition failed) go to the error output, paired, N in = N out", async () => {
		const result = await kit.run(
			emu,
			[
				kit.item('smart-application', { n: 0 }),
				kit.item('smart-unreadable', { n: 1 }),
				kit.item('smart-recognition-failed', { n: 2 }),
				kit.item('smart-new-field', { n: 3 }),
			],
			{ options: { includeInputFields: true, concurrency: 2 } },
			{ onError: 'continueErrorOutput' },
		);
		expect(result.main.map((i) => [i.json.n, i.pairedItem])).toEqual([
			[0, { item: 0 }],
			[3, { item: 3 }],
		]);
		expect(result.errors.map((i) => [i.json.error.error_code, i.pairedItem])).toEqual([
			['AIS.0104', { item: 1 }],
			['AIS.0105', { item: 2 }],
		]);
		expect(result.errors[0].json.error.api_called).toBe(true);
	});

	it('Personal Data: Mask hides the values of personal keys wherever they appear, numbers in all text, personal table columns; Excel removed', async () => {
		const result = await kit.run(emu, [kit.item('smart-application')], {
			options: { ...ALL, returnExcel: true, characterMode: true, personalData: 'mask' },
		});
		const json = /** @type {any} */ (result.main[0].json);
		const all = JSON.stringify(json);
		for (const secret of ['张三', ID, '13800138000', '李四', '13912345678', '王五'])
			expect(all).not.toContain(secret);
		expect(json.fields).toMatchObject({
			姓名: '张*',
			身份证号: '110101********0118',
			申请日期: '2024-05-06',
			金额: '150.00',
			备注: ['见附件', '加急'],
		});
		expect(json.ocr_result.words_block_list[1].words).toBe('姓名：张*');
		const idBlock = json.ocr_result.words_block_list[2];
		expect(idBlock.char_list.map((c) => c.char).join('')).toBe(idBlock.words);
		expect(json.layout_result.layout_block_list[1].text).toBe('姓名：张*');
		// the people of the table and the form, masked in the page's text as in their cells
		expect(json.ocr_result.words_block_list[10].words).toBe('李* 139******78 财务部');
		expect(json.ocr_result.words_block_list[11].words).toBe('姓名 王*');
		expect(json.tables[1][1]).toEqual(['李*', '139******78', '财务部']);
		expect(json.tables[0][1]).toEqual(['办公用品', '10', '100.00']);
		expect(json.tables[1][0]).toEqual(['姓名', '电话', '部门']);
		expect(json.tables[1][1][2]).toBe('财务部');
		expect(json.forms[0][1]).toEqual(['性别', '男']);
		expect(json.table_result.table_list[0]).not.toHaveProperty('excel');
		expect(result.main[0].binary).toBeUndefined();
	});

	it('Personal Data: Drop keeps only non-personal pairs and the structure; a personal key and a field Huawei might add are gone', async () => {
		const result = await kit.run(
			emu,
			[kit.item('smart-application'), kit.item('smart-new-field')],
			{ options: { ...ALL, personalData: 'drop' } },
		);
		const [json, added] = result.main.map((i) => /** @type {any} */ (i.json));
		const all = JSON.stringify(result.main.map((i) => i.json));
		for (const secret of ['张三', ID, '13800138000', '李四', '13912345678', '王五', '赵六'])
			expect(all).not.toContain(secret);
		expect(json.fields).toEqual({
			申请日期: '2024-05-06',
			金额: '150.00',
			备注: ['见附件', '加急'],
		});
		expect(json.ocr_result).toEqual({ direction: 0, words_block_count: 12 });
		expect(json).not.toHaveProperty('tables');
		expect(json.table_result.table_list[0].words_block_list[3]).toEqual({
			rows: [1, 2],
			columns: [0],
		});
		expect(json.layout_result.layout_block_list[0]).not.toHaveProperty('text');
		expect(json.formula_result.formula_list[0].formula).toBe('E = mc^2');
		// 持有人 (holder) names a person; signature_result and the kv blocks' confidence are not in the SDK model
		expect(added.fields).toEqual({ 编号: 'A12345' });
		expect(added).not.toHaveProperty('signature_result');
		expect(added).not.toHaveProperty('seal_result');
		expect(added.kv_result.kv_block_list[0]).not.toHaveProperty('confidence');
	});

	it('Personal Data: Mask masks a key Huawei might add by its kind and a field the model lacks by its keys', async () => {
		const result = await kit.run(emu, [kit.item('smart-new-field')], {
			options: { kv: true, personalData: 'mask' },
		});
		const json = /** @type {any} */ (result.main[0].json);
		expect(JSON.stringify(json)).not.toContain('赵六');
		expect(JSON.stringify(json)).not.toContain(ID);
		expect(json.fields).toEqual({ 持有人: '赵*', 编号: 'A12345' });
		expect(json).not.toHaveProperty('signature_result'); // its key names a person: an object cannot be masked
		expect(json.seal_result).toEqual({ seal_text: '赵*专用章' });
	});
});
