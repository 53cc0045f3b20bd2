import { documentKit } from './documentKit';
import { ACCOUNTS, useEmulator } from './setup';

const { FIXTURES: CARDS } = require('../emulator/apis/hk-id-card.fixtures');
const { RESULT: HK_RESULT } = require('../emulator/schemas/hk-id-card');
const { inModelOrder } = require('../emulator/schemas/model');

/*
 * Hong Kong ID Card → Recognize in n8n's real WorkflowExecute against the emulator's `hk-id-card` API. The
 * HKID check digits are worked by hand in test/emulator/apis/hk-id-card.fixtures.js.
 */

const kit = documentKit('hkIdCard', 'hk-id-card', { width: 1000, height: 630 });
const cardItem = kit.item;
/** Options are the run's only parameters here. */
const run = (emu, items, options = {}, extra = {}) => kit.run(emu, items, { options }, extra);

const PERSONAL = [
	'陳大文',
	'CHAN, Tai Man',
	'A123456',
	'7115 1129 2429',
	'01-01-1980',
	'CHEN DAWEN',
	'彌敦道',
];

describe('Hong Kong ID Card → Recognize', () => {
	const emu = useEmulator();
	const calls = () => kit.calls(emu);

	it("calls POST /v2/{project_id}/ocr/hk-id-card; Huawei's fields at the top level in the model's order, then the ISO dates and checks", async () => {
		const result = await run(emu, [cardItem('hk-chan')]);
		expect(calls()).toHaveLength(1);
		expect(calls()[0].path).toBe(`/v2/${ACCOUNTS.accessKey.projectId}/ocr/hk-id-card`);
		expect(calls()[0].bodyKeys).toEqual(['image']);
		const json = /** @type {Record<string, any>} */ (result.main[0].json);
		expect(json).toMatchObject(CARDS['hk-chan']);
		// HkIdCardResult's order (the one schema, test/emulator/schemas/hk-id-card.js), then the node's own keys.
		const sent = [...Object.keys(CARDS['hk-chan']), 'confidence'];
		expect(Object.keys(json)).toEqual([
			...inModelOrder(HK_RESULT, sent),
			'birth_date_iso',
			'issue_date_iso',
			'checks',
		]);
		expect(json).toMatchObject({ birth_date_iso: '1980-01-01', issue_date_iso: '2018-09-15' });
		expect(typeof json.confidence.number).toBe('number');
		expect(json.checks).toMatchObject({ passed: true, check_digit_valid: true });
	});

	it('"Return Portrait Image" and "Return Portrait Location" reach Huawei; the portrait becomes the binary portrait_image', async () => {
		const result = await run(emu, [cardItem('hk-chan')], {
			returnPortraitImage: true,
			returnPortraitLocation: true,
		});
		expect(calls()[0]).toMatchObject({
			request: { return_portrait_image: true, return_portrait_location: true },
			bodyKeys: ['image', 'return_portrait_image', 'return_portrait_location'],
		});
		const item = result.main[0];
		expect(item.json.portrait_image).toBeUndefined();
		expect(item.json.portrait_location).toHaveLength(4);
		// portrait_location where HkIdCardResult has it (portrait_image leaves the JSON for the binary)
		const sent = [...Object.keys(CARDS['hk-chan']), 'portrait_location', 'confidence'];
		expect(Object.keys(item.json).slice(0, sent.length)).toEqual(inModelOrder(HK_RESULT, sent));
		expect(item.binary?.portrait_image).toMatchObject({
			mimeType: 'image/jpeg',
			fileName: 'portrait-item0.jpg',
		});
		expect(item.binary?.data).toBeDefined(); // the input photo, Keep Input Binary being on
	});

	it('fields Huawei adds later are passed through', async () => {
		const result = await run(emu, [cardItem('hk-future-fields')]);
		expect(result.main[0].json).toMatchObject({
			name_pinyin: 'CHEN DAWEN',
			holder_address: '香港九龍彌敦道1號',
			card_version: '2018',
		});
	});

	describe('local checks', () => {
		it.each([
			['hk-chan', 'A123456(3)'],
			['hk-two-letters', 'AB987654(3)'],
			['hk-check-a', 'G123456(A)'],
			['hk-check-0', 'K123456(0)'],
		])('%s: the HKID %s and the dates pass', async (id) => {
			const result = await run(emu, [cardItem(id)]);
			expect(result.main[0].json.checks).toEqual({
				passed: true,
				failures: [],
				missing_fields: [],
				number_format: 'hkid',
				check_digit_valid: true,
				sex_valid: true,
				birth_date_valid: true,
				issue_date_valid: true,
				initial_issue_date_valid: true,
			});
		});

		it('a wrong check digit, a malformed number and impossible dates fail, with reasons', async () => {
			const result = await run(emu, [
				cardItem('hk-bad-check'),
				cardItem('hk-bad-format'),
				cardItem('hk-bad-dates'),
				cardItem('hk-issued-before-birth'),
			]);
			const [check, format, dates, order] = result.main.map((i) => i.json.checks);
			expect(check).toMatchObject({ passed: false, check_digit_valid: false });
			expect(check.failures).toEqual(['number check digit is wrong (HKID modulus 11)']);
			expect(format).toMatchObject({ passed: false, number_format: 'invalid' });
			expect(dates.failures).toEqual([
				'birth_date is not a real date',
				'issue_date is in the future',
				'initial_issue_date is not a real month',
			]);
			expect(order.failures).toEqual([
				'issue_date is before birth_date',
				'initial_issue_date is before birth_date',
			]);
		});

		it('"Send Failed Checks to Error Output": failing cards go to the error output, masked, paired', async () => {
			const result = await run(
				emu,
				[
					cardItem('hk-chan', { row: 0 }),
					cardItem('hk-bad-check', { row: 1 }),
					cardItem('hk-two-letters', { row: 2 }),
					cardItem('hk-bad-dates', { row: 3 }),
				],
				{ failedChecksToError: true, personalData: 'mask' },
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
			expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 1 }, { item: 3 }]);
			expect(result.errors.map((i) => i.json.row)).toEqual([1, 3]);
			const bad = result.errors[0].json;
			expect(bad.message).toBe(
				'The Hong Kong ID card of input item 1 failed the local checks: number check digit is wrong (HKID modulus 11)',
			);
			expect(bad.error).toMatchObject({ error_code: 'CHECKS_FAILED', api_called: true });
			expect(bad.error.card).toMatchObject({ number: 'A******(*)', name_en: 'C***, T** M**' });
			const text = JSON.stringify(result.run);
			for (const value of PERSONAL) expect(text).not.toContain(value);
		});

		it('without the option, a card failing its checks stays on the main output', async () => {
			const result = await run(
				emu,
				[cardItem('hk-bad-check')],
				{},
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main).toHaveLength(1);
			expect(result.main[0].json.checks).toMatchObject({ passed: false, check_digit_valid: false });
			expect(result.errors).toHaveLength(0);
		});
	});

	describe('personal data in the output', () => {
		it('mask: names, number, telegraph code and birth date masked, a key Huawei adds masked by its name, no portrait, no photo', async () => {
			const result = await run(emu, [cardItem('hk-future-fields')], {
				personalData: 'mask',
				returnPortraitImage: true,
				returnPortraitLocation: true,
			});
			const item = result.main[0];
			expect(item.json).toMatchObject({
				name: '陳*文',
				name_en: 'C***, T** M**',
				number: 'A******(*)',
				name_telegraph_code: '**** **** ****',
				birth_date: '1980',
				birth_date_iso: '1980',
				sex: 'M',
				issue_date: '15-09-18',
				card_version: '2018',
			});
			expect(item.json.name_pinyin).not.toBe('CHEN DAWEN');
			expect(item.json.portrait_image).toBeUndefined();
			expect(item.binary).toBeUndefined();
			const text = JSON.stringify(result.run);
			for (const value of PERSONAL) expect(text).not.toContain(value);
		});

		it('drop: every personal field and any field the model lacks removed; sex, symbols and issue dates stay', async () => {
			const result = await run(emu, [cardItem('hk-future-fields')], {
				personalData: 'drop',
				returnPortraitImage: true,
			});
			const item = result.main[0];
			expect(Object.keys(item.json)).toEqual([
				'sex',
				'symbols',
				'permanent',
				'initial_issue_date',
				'issue_date',
				'confidence',
				'issue_date_iso',
				'checks',
			]);
			expect(item.json.checks.passed).toBe(true);
			expect(item.binary).toBeUndefined();
			const text = JSON.stringify(result.run);
			for (const value of PERSONAL) expect(text).not.toContain(value);
		});
	});

	describe('errors', () => {
		it('Huawei AIS.0104 (not a card) and AIS.0105 become error items; N in, N out, in order', async () => {
			const result = await run(
				emu,
				[
					cardItem('hk-chan', { row: 0 }),
					cardItem('not-a-card', { row: 1 }),
					cardItem('hk-two-letters', { row: 2 }),
					cardItem('hk-recognition-failed', { row: 3 }),
				],
				{ includeInputFields: true },
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main.map((i) => [i.json.row, i.pairedItem])).toEqual([
				[0, { item: 0 }],
				[2, { item: 2 }],
			]);
			expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 1 }, { item: 3 }]);
			expect(result.errors[0].json.message).toMatch(/Hong Kong ID card.*input item 1.*AIS\.0104/);
			expect(result.errors[0].json.error.description).toMatch(/front of a Hong Kong identity card/);
			expect(result.errors[1].json.error).toMatchObject({
				error_code: 'AIS.0105',
				api_called: true,
			});
		});

		it('an image under 15 pixels a side is refused before any call (AIS.0103)', async () => {
			const result = await run(
				emu,
				[cardItem('hk-chan', {}, { format: 'png', width: 10, height: 10 })],
				{},
				{ onError: 'continueErrorOutput' },
			);
			expect(result.errors).toHaveLength(1);
			expect(result.errors[0].json.error).toMatchObject({
				error_code: 'AIS.0103',
				api_called: false,
			});
			expect(result.errors[0].json.message).toMatch(
				/10×10 pixels; each side must be between 15 and 8192/,
			);
			expect(emu.current.stats().ocrCalls).toBe(0);
		});
	});
});
