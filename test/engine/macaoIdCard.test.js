import { documentKit } from './documentKit';
import { ACCOUNTS, useEmulator } from './setup';

const { FIXTURES: CARDS } = require('../emulator/apis/macao-id-card.fixtures');
const { RESULT: MACAO_RESULT } = require('../emulator/schemas/macao-id-card');
const { inModelOrder } = require('../emulator/schemas/model');

/*
 * Macao ID Card → Recognize in n8n's real WorkflowExecute against the emulator's `macao-id-card` API. The
 * number's last digit is checked for its format only (Macao publishes no check-digit rule).
 */

const kit = documentKit('macaoIdCard', 'macao-id-card', { width: 1000, height: 630 });
const cardItem = kit.item;
/** Side and options are the run's only parameters here. */
const run = (emu, items, options = {}, extra = {}, side = 'auto') =>
	kit.run(emu, items, { side, options }, extra);

const PERSONAL = [
	'陳小明',
	'CHAN SIU MENG',
	'1234567',
	'01-02-1985',
	'1.72',
	'IDMAC',
	'CHAN<<SIU',
	'新馬路',
];
const NOT_CHECKED = [
	"number check digit: Macao's Identification Services Bureau publishes no rule for it, so only the format is checked",
];

describe('Macao ID Card → Recognize', () => {
	const emu = useEmulator();
	const calls = () => kit.calls(emu);

	it("calls POST /v2/{project_id}/ocr/macao-id-card without a side by default; Huawei's fields at the top level in the model's order, then the ISO dates and checks", async () => {
		const result = await run(emu, [cardItem('mo-chan')]);
		expect(calls()).toHaveLength(1);
		expect(calls()[0].path).toBe(`/v2/${ACCOUNTS.accessKey.projectId}/ocr/macao-id-card`);
		expect(calls()[0].bodyKeys).toEqual(['image']);
		const json = /** @type {Record<string, any>} */ (result.main[0].json);
		expect(json).toMatchObject(CARDS['mo-chan']);
		// MacaoIdCardResult's order (the one schema, test/emulator/schemas/macao-id-card.js), then the node's keys.
		const sent = [...Object.keys(CARDS['mo-chan']), 'confidence'];
		expect(Object.keys(json)).toEqual([
			...inModelOrder(MACAO_RESULT, sent),
			'birth_date_iso',
			'issue_date_iso',
			'expiry_date_iso',
			'checks',
		]);
		expect(json).toMatchObject({
			birth_date_iso: '1985-02-01',
			issue_date_iso: '2021-06-15',
			expiry_date_iso: '2031-06-15',
		});
		expect(typeof json.confidence.number).toBe('number');
	});

	it('Side and "Return Portrait Image" reach Huawei; the portrait becomes the binary portrait_image', async () => {
		const result = await run(
			emu,
			[cardItem('mo-chan')],
			{ returnPortraitImage: true },
			{},
			'front',
		);
		expect(calls()[0]).toMatchObject({
			request: { side: 'front', return_portrait_image: true },
			bodyKeys: ['image', 'return_portrait_image', 'side'],
		});
		const item = result.main[0];
		expect(item.json.portrait_image).toBeUndefined();
		expect(item.binary?.portrait_image).toMatchObject({
			mimeType: 'image/jpeg',
			fileName: 'portrait-item0.jpg',
		});
		emu.current.reset();
		const back = await run(emu, [cardItem('mo-back')], {}, {}, 'back');
		expect(calls()[0].request).toEqual({ side: 'back' });
		expect(back.main[0].json.checks).toMatchObject({ passed: true, side: 'back' });
	});

	it('fields Huawei adds later are passed through', async () => {
		const result = await run(emu, [cardItem('mo-future-fields')]);
		expect(result.main[0].json).toMatchObject({
			name_portuguese: 'CHAN SIU MENG',
			resident_address: '澳門新馬路1號',
			card_series: 'BIRP',
		});
	});

	describe('local checks', () => {
		it.each([
			['mo-chan', '1234567(8)'],
			['mo-five', '5123456(7)'],
			['mo-seven', '76543210'],
		])(
			'%s: the number %s is well formed and the dates pass; its check digit is not checked',
			async (id) => {
				const result = await run(emu, [cardItem(id)]);
				expect(result.main[0].json.checks).toEqual({
					passed: true,
					failures: [],
					missing_fields: [],
					not_checked: NOT_CHECKED,
					side: 'front',
					number_format: 'macao',
					sex_valid: true,
					birth_date_valid: true,
					issue_date_valid: true,
					initial_issue_date_valid: true,
					expiry_date_valid: true,
					validity_order_valid: true,
					expired: false,
				});
			},
		);

		it('a malformed number, an expired card, impossible dates and dates out of order fail, with reasons', async () => {
			const result = await run(emu, [
				cardItem('mo-bad-prefix'),
				cardItem('mo-expired'),
				cardItem('mo-bad-dates'),
				cardItem('mo-out-of-order'),
			]);
			const [number, expired, dates, order] = result.main.map((i) => i.json.checks);
			expect(number).toMatchObject({ passed: false, number_format: 'invalid' });
			expect(number.failures).toEqual([
				'number is not a Macao ID number (1, 5 or 7, six digits and a digit in parentheses)',
			]);
			expect(expired).toMatchObject({ passed: false, expired: true });
			expect(expired.failures).toEqual(['card expired: valid to 2015-01-10']);
			expect(dates.failures).toEqual([
				'birth_date is not a real date',
				'issue_date is in the future',
				'expiry_date is not a real date',
			]);
			expect(order).toMatchObject({ validity_order_valid: false });
			expect(order.failures).toEqual([
				'issue_date is not before expiry_date',
				'card expired: valid to 2020-06-15',
			]);
		});

		it('"Send Failed Checks to Error Output": an expired card goes to the error output, masked, paired', async () => {
			const result = await run(
				emu,
				[
					cardItem('mo-chan', { row: 0 }),
					cardItem('mo-expired', { row: 1 }),
					cardItem('mo-five', { row: 2 }),
				],
				{ failedChecksToError: true, personalData: 'mask' },
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
			expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 1 }]);
			const bad = result.errors[0].json;
			expect(bad.message).toBe(
				'The Macao ID card of input item 1 failed the local checks: card expired: valid to 2015-01-10',
			);
			expect(bad.error).toMatchObject({ error_code: 'CHECKS_FAILED', api_called: true });
			expect(bad.error.card).toMatchObject({ number: '1******(*)', name_en: 'C*** S** M***' });
			const text = JSON.stringify(result.run);
			for (const value of PERSONAL) expect(text).not.toContain(value);
		});

		it('without the option, an expired card stays on the main output', async () => {
			const result = await run(
				emu,
				[cardItem('mo-expired')],
				{},
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main).toHaveLength(1);
			expect(result.main[0].json.checks).toMatchObject({ passed: false, expired: true });
			expect(result.errors).toHaveLength(0);
		});
	});

	describe('personal data in the output', () => {
		it('mask: names, number, birth date and height masked, keys Huawei adds masked by their names, no portrait, no photo', async () => {
			const result = await run(emu, [cardItem('mo-future-fields')], {
				personalData: 'mask',
				returnPortraitImage: true,
			});
			const item = result.main[0];
			expect(item.json).toMatchObject({
				name: '陳*明',
				name_en: 'C*** S** M***',
				number: '1******(*)',
				birth_date: '1985',
				birth_date_iso: '1985',
				height: '****',
				sex: '男',
				expiry_date: '15-06-2031',
				card_series: 'BIRP',
			});
			expect(item.json.portrait_image).toBeUndefined();
			expect(item.binary).toBeUndefined();
			const text = JSON.stringify(result.run);
			for (const value of PERSONAL) expect(text).not.toContain(value);
		});

		it('mask: the back’s machine-code lines are all *', async () => {
			const result = await run(emu, [cardItem('mo-back')], { personalData: 'mask' }, {}, 'back');
			for (const line of ['machine_code1', 'machine_code2', 'machine_code3'])
				expect(result.main[0].json[line]).toBe('*'.repeat(30));
			const text = JSON.stringify(result.run);
			for (const value of PERSONAL) expect(text).not.toContain(value);
		});

		it('drop: every personal field and any field the model lacks removed; side, sex, symbols and validity stay', async () => {
			const result = await run(emu, [cardItem('mo-future-fields')], {
				personalData: 'drop',
				returnPortraitImage: true,
			});
			const item = result.main[0];
			expect(Object.keys(item.json)).toEqual([
				'side',
				'sex',
				'issue_date',
				'expiry_date',
				'initial_issue_date',
				'symbols',
				'confidence',
				'issue_date_iso',
				'expiry_date_iso',
				'checks',
			]);
			expect(item.binary).toBeUndefined();
			const text = JSON.stringify(result.run);
			for (const value of PERSONAL) expect(text).not.toContain(value);
		});
	});

	describe('errors', () => {
		it('Huawei AIS.0104 (not a card, or not the side asked for) and AIS.0105 become error items; N in, N out, in order', async () => {
			const result = await run(
				emu,
				[
					cardItem('mo-chan', { row: 0 }),
					cardItem('not-a-card', { row: 1 }),
					cardItem('mo-five', { row: 2 }),
					cardItem('mo-recognition-failed', { row: 3 }),
				],
				{ includeInputFields: true },
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main.map((i) => [i.json.row, i.pairedItem])).toEqual([
				[0, { item: 0 }],
				[2, { item: 2 }],
			]);
			expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 1 }, { item: 3 }]);
			expect(result.errors[0].json.message).toMatch(/Macao ID card.*input item 1.*AIS\.0104/);
			expect(result.errors[0].json.error.description).toMatch(/Macao resident identity card/);
			expect(result.errors[1].json.error).toMatchObject({
				error_code: 'AIS.0105',
				api_called: true,
			});
			emu.current.reset();
			const wrongSide = await run(
				emu,
				[cardItem('mo-back')],
				{},
				{ onError: 'continueErrorOutput' },
				'front',
			);
			expect(wrongSide.errors[0].json.error).toMatchObject({ error_code: 'AIS.0104' });
		});

		it('an image under 15 pixels a side is refused before any call (AIS.0103)', async () => {
			const result = await run(
				emu,
				[cardItem('mo-chan', {}, { format: 'png', width: 10, height: 10 })],
				{},
				{ onError: 'continueErrorOutput' },
			);
			expect(result.errors[0].json.error).toMatchObject({
				error_code: 'AIS.0103',
				api_called: false,
			});
			expect(emu.current.stats().ocrCalls).toBe(0);
		});
	});
});
