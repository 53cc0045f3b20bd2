/**
 * Other OCR API → Recognize in n8n's engine against the emulator: general-table
 * (test/emulator/apis/general-table.js) and household-register (test/emulator/apis/household-register.js),
 * two APIs without a resource of their own.
 */
const { documentKit } = require('./documentKit');
const { useEmulator } = require('./setup');

const table = documentKit('otherApi', 'general-table', { width: 1200, height: 800 });
const household = documentKit('otherApi', 'household-register', { width: 1200, height: 800 });
const HOUSEHOLD = { api: 'household-register' };

describe('Other OCR API → Recognize in the n8n engine against the emulator', () => {
	const emu = useEmulator();

	it("general-table: Huawei's fields at the top level (words_region_count, words_region_list), nothing added", async () => {
		const result = await table.run(emu, [table.item('table-price-list')], {
			api: 'general-table',
		});
		expect(result.error).toBeUndefined();
		const json = result.main[0].json;
		expect(Object.keys(json)).toEqual(['words_region_count', 'words_region_list']);
		expect(json.words_region_count).toBe(2);
		const [text, cells] = /** @type {any[]} */ (json.words_region_list);
		expect(text).toMatchObject({ type: 'text', words_block_list: [{ words: '价目表' }] });
		expect(cells.words_block_list.map((/** @type {any} */ b) => b.words)).toEqual([
			'品名',
			'单价',
			'苹果',
			'5.00',
		]);
	});

	it('the Request Options JSON reaches Huawei as request fields; a typed-in API name is called', async () => {
		const result = await table.run(emu, [table.item('table-price-list')], {
			api: '__custom',
			customApi: 'general-table',
			requestOptions: '{"return_text_location": true, "return_confidence": true}',
		});
		expect(result.error).toBeUndefined();
		expect(table.calls(emu).map((r) => r.options)).toEqual([
			{ return_text_location: true, return_confidence: true },
		]);
		const block = /** @type {any} */ (result.main[0].json.words_region_list)[1].words_block_list[0];
		expect(block).toMatchObject({ confidence: 0.9931 });
		expect(block.location).toHaveLength(4);
	});

	it.each([
		[
			'not JSON',
			{ requestOptions: '{"return_excel": tru' },
			/^Input item 1: Request Options is not valid JSON/,
		],
		[
			'a list',
			{ requestOptions: '[1, 2]' },
			/^Input item 1: Request Options must be a JSON object; it is a list/,
		],
		[
			'setting the image',
			{ requestOptions: '{"url": "https://example.com/a.jpg"}' },
			/^Input item 1: Request Options sets "url", which the node fills from the image input/,
		],
		[
			'a free-text API name that is not a path segment',
			{ api: '__custom', customApi: 'General Table' },
			/^Input item 1: the API name "General Table" is not a Huawei OCR API name/,
		],
	])(
		'Request Options / API name %s: refused locally with no API call, naming the item',
		async (_, parameters, message) => {
			const result = await table.run(
				emu,
				[table.item('table-price-list', { row: 0 }), table.item('table-price-list', { row: 1 })],
				{ api: 'general-table', ...parameters },
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main).toHaveLength(0);
			expect(result.errors.map((i) => i.json.row)).toEqual([0, 1]);
			expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
			const second = result.errors[1].json;
			expect(second.message).toMatch(message);
			expect(second.error).toMatchObject({ error_code: 'INVALID_OPTION', api_called: false });
			expect(emu.current.stats().ocrCalls).toBe(0);
		},
	);

	it('an item naming another API than input item 0 is refused locally (one run calls one API); the others are called', async () => {
		const result = await table.run(
			emu,
			[
				table.item('table-price-list', { api: 'general-table' }),
				table.item('table-price-list', { api: 'household-register' }),
			],
			{ api: '__custom', customApi: '={{ $json.api }}' },
			{ onError: 'continueErrorOutput' },
		);
		expect(result.main.map((i) => i.pairedItem)).toEqual([{ item: 0 }]);
		expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 1 }]);
		expect(result.errors[0].json.message).toMatch(
			/^Input item 1 names the API "household-register", but input item 0 names "general-table": one run of the node calls one API/,
		);
		expect(emu.current.stats().ocrCalls).toBe(1);
	});

	it('household-register with Keep: the list under result, every field as Huawei sent it', async () => {
		const result = await household.run(emu, [household.item('household-page')], HOUSEHOLD);
		expect(result.error).toBeUndefined();
		const [entry] = /** @type {any[]} */ (result.main[0].json.result);
		expect(entry.type).toBe('登记页');
		expect(entry.content).toMatchObject({
			name: '张三',
			id_card_number: '110101199003070118',
			address: '北京市东城区东华门街道1号',
			birth_date: '1990年03月07日',
		});
	});

	it('household-register with Mask: name, ID number, address and birth date masked by their keys', async () => {
		const result = await household.run(emu, [household.item('household-page')], {
			...HOUSEHOLD,
			options: { personalData: 'mask' },
		});
		const [entry] = /** @type {any[]} */ (result.main[0].json.result);
		expect(entry.content).toMatchObject({
			name: '张*',
			id_card_number: '110101********0118',
			address: '北京市东城区…',
			birth_date: '1990',
			sex: '男',
			registration_date: '2010年05月06日',
		});
		expect(JSON.stringify(result.main[0].json)).not.toMatch(/张三|199003070118|东华门/);
	});

	it('household-register with Drop: personal keys gone, only document fields (type, dates, sex...) kept', async () => {
		const result = await household.run(emu, [household.item('household-page')], {
			...HOUSEHOLD,
			options: { personalData: 'drop' },
		});
		const [entry] = /** @type {any[]} */ (result.main[0].json.result);
		expect(entry.type).toBe('登记页');
		expect(entry.content).toEqual({
			sex: '男',
			ethnicity: '汉',
			registration_date: '2010年05月06日',
		});
		expect(JSON.stringify(result.main[0].json)).not.toMatch(/张三|199003070118|东华门|1990/);
	});

	it('a Huawei refusal (AIS.0104, no household register in the image) goes to the error output with its code: 3 in, 3 out, in order, paired', async () => {
		const result = await household.run(
			emu,
			[
				household.item('household-page', { row: 0 }),
				household.item('blank-page', { row: 1 }),
				household.item('household-page', { row: 2 }),
			],
			HOUSEHOLD,
			{ onError: 'continueErrorOutput' },
		);
		expect(result.main.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
		expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 1 }]);
		const bad = result.errors[0].json;
		expect(bad.row).toBe(1);
		expect(bad.message).toMatch(/input item 1 \(AIS\.0104\)/);
		expect(bad.error).toMatchObject({ error_code: 'AIS.0104', api_called: true });
		expect(household.calls(emu)).toHaveLength(3);
	});
});
