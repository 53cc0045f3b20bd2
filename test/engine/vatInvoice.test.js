import { runOcrWorkflow } from '../harness/runWorkflow';
import { documentKit } from './documentKit';
import { ACCOUNTS, akCredentials, fileItem, useEmulator } from './setup';

const { FIXTURES: INVOICES } = require('../emulator/apis/vat-invoice.fixtures');
const { makePdf } = require('../emulator/apis/general-text');
const { makeOfd } = require('../emulator/images');
const auto = require('../emulator/apis/auto-classification');

/*
 * VAT Invoice → Recognize in n8n's real WorkflowExecute against the emulator's `vat-invoice` API. The credit
 * codes, ID number and amounts of the fixtures are hand-checked in test/emulator/apis/vat-invoice.fixtures.js;
 * the pure checks in test/unit/vatInvoiceChecks.test.js.
 */

const kit = documentKit('vatInvoice', 'vat-invoice', { width: 1800, height: 1100 });
function invoiceItem(id, json = {}, image = {}) {
	if (image.format === 'pdf')
		return fileItem(makePdf(id, image.pages ?? 1), json, `${id}.pdf`, 'application/pdf');
	if (image.format === 'ofd') return fileItem(makeOfd(id), json, `${id}.ofd`, 'application/ofd');
	return kit.item(id, json, image);
}
const ADVANCED = { advancedMode: true };
/** @param {any} emu @param {any[]} items @param {Record<string, unknown>} [options] @param {object} [extra] */
const run = (emu, items, options = ADVANCED, extra = {}) => kit.run(emu, items, { options }, extra);

/** VatInvoiceResult, from the one schema (test/emulator/schemas/vat-invoice.js cites the SDK models). */
const { RESULT: VAT_RESULT } = require('../emulator/schemas/vat-invoice');
const { inModelOrder } = require('../emulator/schemas/model');

describe('VAT Invoice → Recognize', () => {
	const emu = useEmulator();
	const calls = () => kit.calls(emu);

	it("calls POST /v2/{project_id}/ocr/vat-invoice; Huawei's fields at the top level in the model's order, items nested, then checks", async () => {
		const result = await run(emu, [invoiceItem('vat-special')]);
		expect(calls().map((r) => r.path)).toEqual([
			`/v2/${ACCOUNTS.accessKey.projectId}/ocr/vat-invoice`,
		]);
		const json = /** @type {Record<string, any>} */ (result.main[0].json);
		expect(json).toMatchObject(INVOICES['vat-special']);
		const keys = Object.keys(json);
		expect(keys[keys.length - 1]).toBe('checks');
		const huawei = keys.slice(0, -1);
		// VatInvoiceResult's order, then checks (confidence after current_page, where the model has it)
		const sent = [...Object.keys(INVOICES['vat-special']), 'confidence'];
		expect(huawei).toEqual(inModelOrder(VAT_RESULT, sent));
		expect(json.item_list[1]).toEqual(INVOICES['vat-special'].item_list[1]);
		expect(typeof json.confidence.number).toBe('number');
	});

	it('no option set: only the image is sent, and the advanced-only fields are absent', async () => {
		const result = await run(emu, [invoiceItem('vat-special')], {});
		expect(calls()[0].options).toEqual({});
		const json = result.main[0].json;
		for (const field of [
			'receiver',
			'reviewer',
			'issuer',
			'remarks',
			'confidence',
			'text_location',
		])
			expect(json).not.toHaveProperty(field);
		expect(json.checks.passed).toBe(true);
	});

	it('every request option reaches Huawei under its SDK name: advanced_mode, return_text_location, ofd_to_image_mode, page_num', async () => {
		const result = await run(
			emu,
			[invoiceItem('vat-pdf-two-pages', {}, { format: 'pdf', pages: 2 })],
			{
				advancedMode: true,
				returnTextLocation: true,
				ofdToImageMode: true,
				pdfPageNumber: 2,
			},
		);
		expect(calls()[0].options).toEqual({
			advanced_mode: true,
			return_text_location: true,
			ofd_to_image_mode: true,
			page_num: 2,
		});
		expect(calls()[0].format).toBe('pdf');
		const json = result.main[0].json;
		// page 2 of the PDF is the e-invoice to the private buyer
		expect(json.number).toBe(INVOICES['vat-electronic-private'].number);
		expect(json.text_location.number).toHaveLength(4);
	});

	it('an OFD e-invoice is sent as it is and read', async () => {
		const result = await run(emu, [invoiceItem('vat-electronic-private', {}, { format: 'ofd' })]);
		expect(calls()[0].format).toBe('ofd');
		expect(result.main[0].json.checks.passed).toBe(true);
	});

	it('fields Huawei adds later are passed through', async () => {
		const result = await run(emu, [invoiceItem('vat-future-fields')]);
		expect(result.main[0].json).toMatchObject({
			buyer_phone: '13912345678',
			invoice_source: '电子税务局',
		});
	});

	describe('local checks', () => {
		it.each([
			['vat-special', 'classic', { buyer_id_format: 'uscc18', items_add_up: true }],
			['vat-electronic-private', 'classic', { buyer_id_format: 'id_number' }],
			['vat-fully-digital', 'fully_digital', { code_valid: null, buyer_id_format: 'uscc18' }],
			['vat-toll', 'classic', { items_add_up: true }],
			['vat-normal-12-digit-code', 'classic', {}],
		])('%s passes every check (%s)', async (id, kind, more) => {
			const result = await run(emu, [invoiceItem(id)]);
			const checks = result.main[0].json.checks;
			expect(checks.failures).toEqual([]);
			expect(checks).toMatchObject({
				passed: true,
				kind,
				number_valid: true,
				issue_date_valid: true,
				amounts_add_up: true,
				seller_id_format: 'uscc18',
				seller_id_valid: true,
				buyer_id_valid: true,
				...more,
			});
		});

		it('a sales list (销货清单) is checked on its belong_* fields', async () => {
			const result = await run(emu, [invoiceItem('vat-sales-list')]);
			expect(result.main[0].json.checks).toMatchObject({
				passed: true,
				kind: 'sales_list',
				code_valid: true,
				number_valid: true,
				issue_date_valid: true,
				amounts_add_up: null,
			});
		});

		it.each([
			[
				'vat-bad-total',
				{ amounts_add_up: false },
				'subtotal_amount + subtotal_tax = 1308.63, not total 1308.64',
			],
			[
				'vat-unreadable-amount',
				{ amounts_add_up: null },
				'subtotal_amount does not read as an amount in yuan and fen',
			],
			[
				'vat-bad-items',
				{ items_add_up: false },
				"the items' amounts add up to 1000.00, not subtotal_amount 1234.56",
			],
			[
				'vat-bad-seller-code',
				{ seller_id_format: 'uscc18', seller_id_valid: false },
				'seller_id check character is wrong (unified social credit code, GB 32100-2015)',
			],
			[
				'vat-bad-buyer-id',
				{ buyer_id_format: 'invalid', buyer_id_valid: false },
				'buyer_id is neither an 18-character unified social credit code (GB 32100-2015) nor a resident ID number',
			],
			['vat-missing-buyer-id', { buyer_id_format: 'missing' }, 'buyer_id is missing'],
			[
				'vat-bad-code',
				{ code_valid: false },
				'code is not 10 digits (the invoice code of a special VAT invoice)',
			],
			[
				'vat-special-12-digit-code',
				{ code_valid: false },
				'code is not 10 digits (the invoice code of a special VAT invoice)',
			],
			['vat-bad-number', { number_valid: false }, 'number is not 8 digits'],
			[
				'vat-digital-with-code',
				{ kind: 'fully_digital', code_valid: false },
				'code is printed, but a fully digital invoice (数电票) has no code',
			],
			[
				'vat-digital-wrong-year',
				{ number_valid: false },
				'digits 1-2 of number are not the last two digits of the issue year (fully digital invoice)',
			],
			[
				'vat-digital-short-number',
				{ number_valid: false },
				'number is not the 20 digits of a fully digital invoice (数电票)',
			],
			['vat-unreal-date', { issue_date_valid: false }, 'issue_date is not a real date'],
			['vat-future-date', { issue_date_valid: false }, 'issue_date is in the future'],
		])('%s fails, with its reason', async (id, expected, reason) => {
			const result = await run(emu, [invoiceItem(id)]);
			const checks = result.main[0].json.checks;
			expect(checks).toMatchObject({ passed: false, ...expected });
			expect(checks.failures).toContainEqual(reason);
		});

		it('"Send Failed Checks to Error Output": a suspect invoice goes to the error output, masked, paired', async () => {
			const result = await run(
				emu,
				[
					invoiceItem('vat-special', { ref: 'R-1' }),
					invoiceItem('vat-bad-total', { ref: 'R-2' }),
					invoiceItem('vat-electronic-private', { ref: 'R-3' }),
				],
				{ ...ADVANCED, failedChecksToError: true, personalData: 'mask' },
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
			expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 1 }]);
			const bad = result.errors[0].json;
			expect(bad.ref).toBe('R-2');
			expect(bad.message).toBe(
				'The VAT invoice of input item 1 failed the local checks: subtotal_amount + subtotal_tax = 1308.63, not total 1308.64',
			);
			expect(bad.error).toMatchObject({ error_code: 'CHECKS_FAILED', api_called: true });
			expect(bad.error.invoice).toMatchObject({ issuer: '欧**华', total: '¥1,308.64' });
			expect(JSON.stringify(result.run)).not.toContain('欧阳明华');
		});
	});

	describe('personal data in the output', () => {
		/** Every personal value of the fixtures, none of which may be left in masked or dropped output. */
		const PERSONAL = [
			'陈小红',
			'王建军',
			'欧阳明华',
			'张三',
			'李娜娜',
			'赵六',
			'110101199003070118',
			'科技南路18号',
			'张江路88号',
			'南池子大街5号',
			'0755-86001234',
			'021-58001234',
			'13800138000',
			'13912345678',
			'755912345610101',
			'1001234509000123456',
			'粤B12345',
		];
		const ids = [
			'vat-special',
			'vat-electronic-private',
			'vat-fully-digital',
			'vat-toll',
			'vat-future-fields',
		];

		it('mask: people, addresses, phones, accounts, a private buyer, travelers and plates masked; companies and credit codes kept', async () => {
			const result = await run(
				emu,
				ids.map((id) => invoiceItem(id)),
				{ ...ADVANCED, personalData: 'mask', returnTextLocation: true },
			);
			const [special, privateBuyer, digital, toll, future] = result.main.map((i) => i.json);
			expect(special).toMatchObject({
				buyer_name: '深圳市示例云科技有限公司',
				buyer_id: '91440300MA5D12340D',
				seller_id: '91310115MA1H2468XE',
				buyer_address: '深圳市南山区…',
				buyer_bank: '招商银行深圳科技园支行 ***********0101',
				receiver: '陈*红',
				reviewer: '王*军',
				issuer: '欧**华',
				remarks: '合同号HT-2024-018 联系人手机139****5678',
				total: '¥1,308.63',
			});
			expect(special.text_location).not.toHaveProperty('issuer');
			expect(special.text_location).toHaveProperty('number');
			expect(privateBuyer).toMatchObject({ buyer_name: '张*', buyer_id: '110101********0118' });
			expect(digital.passenger_travel_item_list[0]).toMatchObject({
				traveler_name: '李*娜',
				id_number: '110101********0118',
				departure_location: '深圳',
			});
			expect(toll.item_list[0].license_plate_number).toBe('粤B*****');
			expect(future).toMatchObject({ buyer_phone: '139******78', agent_name: '赵*' });
			expect(result.main[0].binary).toBeUndefined();
			const text = JSON.stringify(result.run);
			for (const value of PERSONAL) expect(text).not.toContain(value);
		});

		it('drop: personal fields removed (and any field the model lacks); companies, credit codes, amounts and items stay', async () => {
			const result = await run(
				emu,
				ids.map((id) => invoiceItem(id)),
				{ ...ADVANCED, personalData: 'drop', returnTextLocation: true },
			);
			const [special, privateBuyer, digital, toll, future] = result.main.map((i) => i.json);
			for (const field of [
				'buyer_address',
				'seller_address',
				'buyer_bank',
				'seller_bank',
				'receiver',
				'reviewer',
				'issuer',
				'remarks',
				'seller_seal',
				'text_location',
			])
				expect(special).not.toHaveProperty(field);
			expect(special).toMatchObject({
				buyer_name: '深圳市示例云科技有限公司',
				seller_id: '91310115MA1H2468XE',
				subtotal_amount: '¥1,234.56',
				item_list: INVOICES['vat-special'].item_list,
			});
			expect(special.checks.passed).toBe(true);
			expect(privateBuyer).not.toHaveProperty('buyer_name');
			expect(privateBuyer).not.toHaveProperty('buyer_id');
			expect(digital.passenger_travel_item_list[0]).toEqual({
				travel_date: '2024-11-10',
				departure_location: '深圳',
				arrival_location: '上海',
				class: '二等座',
				transportation_type: '火车',
			});
			expect(toll.item_list[0]).not.toHaveProperty('license_plate_number');
			for (const key of ['buyer_phone', 'agent_name', 'invoice_source'])
				expect(future).not.toHaveProperty(key);
			const text = JSON.stringify(result.run);
			for (const value of PERSONAL) expect(text).not.toContain(value);
		});
	});

	describe('pre-flight refusals cost no API call', () => {
		it.each([
			{
				name: 'a GIF',
				item: () => fileItem(Buffer.from('GIF89a\x10\x00\x10\x00'), {}, 'x.gif', 'image/gif'),
				code: 'AIS.0102',
				text: /Input item 0 is not a JPEG, PNG, BMP, TIFF, PDF or OFD image/,
			},
			{
				name: '90×60 pixels',
				item: () => invoiceItem('vat-special', {}, { format: 'png', width: 90, height: 60 }),
				code: 'AIS.0103',
				text: /90×60 pixels; each side must be between 100 and 8192/,
			},
		])('$name → $code', async ({ item, code, text }) => {
			const result = await run(emu, [item()], {}, { onError: 'continueErrorOutput' });
			expect(result.errors).toHaveLength(1);
			expect(result.errors[0].json.message).toMatch(text);
			expect(result.errors[0].json.error).toMatchObject({ error_code: code, api_called: false });
			expect(emu.current.stats().ocrCalls).toBe(0);
		});
	});

	describe('errors', () => {
		it('not an invoice: Huawei AIS.0104 → error item, the next item still read', async () => {
			const result = await run(
				emu,
				[invoiceItem('vat-unreadable'), invoiceItem('vat-special')],
				{},
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main.map((i) => i.pairedItem)).toEqual([{ item: 1 }]);
			const { json, pairedItem } = result.errors[0];
			expect(pairedItem).toEqual({ item: 0 });
			expect(json.message).toMatch(/VAT invoice.*input item 0.*AIS\.0104/);
			expect(json.error.description).toMatch(/增值税发票/);
		});

		it('a PDF page past the end: Huawei AIS.0101', async () => {
			const result = await run(
				emu,
				[invoiceItem('vat-special', {}, { format: 'pdf' })],
				{ pdfPageNumber: 3 },
				{ onError: 'continueErrorOutput' },
			);
			expect(calls()[0].options).toEqual({ page_num: 3 });
			expect(result.errors[0].json.error).toMatchObject({ error_code: 'AIS.0101' });
		});

		it('ModelArts.4204 names the regions that serve VAT Invoice OCR', async () => {
			emu.current.configure({ unsubscribed: ['cn-north-4'] });
			const result = await run(emu, [invoiceItem('vat-special')]);
			expect(result.error?.description).toMatch(
				/enable "VAT Invoice OCR".*Huawei serves VAT Invoice OCR in cn-north-4 and cn-east-3/,
			);
		});
	});

	it('a batch keeps input order and pairs every output with its input item', async () => {
		const order = ['vat-toll', 'vat-unreadable', 'vat-special', 'vat-fully-digital'];
		const result = await run(
			emu,
			order.map((id, row) => invoiceItem(id, { row })),
			{ concurrency: 2, includeInputFields: true },
			{ onError: 'continueErrorOutput' },
		);
		expect(result.main.map((i) => [i.json.row, i.pairedItem])).toEqual([
			[0, { item: 0 }],
			[2, { item: 2 }],
			[3, { item: 3 }],
		]);
		expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 1 }]);
	});

	describe('Auto-Classify applies the VAT invoice rules to a document it reports as vat_invoice', () => {
		const classify = (options) =>
			runOcrWorkflow({
				items: [fileItem(makeOfd('vat-invoice'), {}, 'invoice.ofd', 'application/ofd')],
				parameters: { resource: 'autoClassify', operation: 'recognize', options },
				credentials: akCredentials(emu.current),
				onError: 'continueErrorOutput',
			});

		it('checks: the seller ID 91110108MA01WXYZ3K is refused (Z is not in the GB 32100-2015 alphabet)', async () => {
			const result = await classify({});
			const json = result.main[0].json;
			expect(json.type).toBe('vat_invoice');
			expect(json.content_type).toBe('electronic');
			expect(json.checks).toMatchObject({
				passed: false,
				kind: 'classic',
				code_valid: true,
				number_valid: true,
				amounts_add_up: true,
				seller_id_format: 'invalid',
				seller_id_valid: false,
				buyer_id_format: 'missing',
			});
			expect(json.checks.failures).toEqual([
				'seller_id is neither an 18-character unified social credit code (GB 32100-2015) nor a resident ID number',
			]);
		});

		it('masking: the private buyer and the drawer masked, the address cut, the account to its last 4', async () => {
			const result = await classify({ personalData: 'mask' });
			const json = result.main[0].json;
			expect(json).toMatchObject({
				buyer_name: '周*',
				issuer: '吴*',
				seller_address: '北京市海淀区…',
				seller_bank: '招商银行北京分行 ***********0101',
				seller_name: auto.VAT_INVOICE.seller_name,
			});
			const text = JSON.stringify(result.run);
			for (const value of ['周八', '吴九', '中关村大街1号', '110912345610101'])
				expect(text).not.toContain(value);
		});
	});
});
