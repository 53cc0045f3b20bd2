import { documentKit } from './documentKit';
import { ACCOUNTS, fileItem, fixtures, useEmulator } from './setup';

const { FIXTURES: CARDS } = require('../emulator/apis/bankcard.fixtures');
const { RESULT: BANKCARD_RESULT } = require('../emulator/schemas/bankcard');
const { inModelOrder } = require('../emulator/schemas/model');

/*
 * Bank Card → Recognize in n8n's real WorkflowExecute against the emulator's `bankcard` API. The card numbers
 * are published test numbers, Luhn-checked by hand in test/emulator/apis/bankcard.fixtures.js.
 */

const kit = documentKit('bankCard', 'bankcard', { width: 1000, height: 630 });
/** An input item holding the photo of a bank-card fixture (1000×630 JPEG unless told). */
const cardItem = kit.item;

const digits = (id) => CARDS[id].card_number.replace(/\s/g, '');
const masked = (id) => {
	const d = digits(id);
	return `${d.slice(0, 6)}${'*'.repeat(d.length - 10)}${d.slice(-4)}`;
};

/** Options are the run's only parameters here. */
const run = (emu, items, options = {}, extra = {}) => kit.run(emu, items, { options }, extra);

describe('Bank Card → Recognize', () => {
	const emu = useEmulator();
	const ocrRequests = () => kit.calls(emu);

	it("calls POST /v2/{project_id}/ocr/bankcard; Huawei's fields at the top level, in the model's order", async () => {
		const result = await run(emu, [cardItem('bankcard-visa-credit')]);
		expect(ocrRequests()).toHaveLength(1);
		expect(ocrRequests()[0].path).toBe(`/v2/${ACCOUNTS.accessKey.projectId}/ocr/bankcard`);
		const json = /** @type {Record<string, any>} */ (result.main[0].json);
		const card = CARDS['bankcard-visa-credit'];
		expect(json).toMatchObject(card);
		// BankcardResult's order (the one schema, test/emulator/schemas/bankcard.js), then `checks`.
		expect(Object.keys(json)).toEqual([
			...inModelOrder(BANKCARD_RESULT, [...Object.keys(card), 'confidence']),
			'checks',
		]);
		expect(typeof json.confidence.card_number).toBe('number');
		expect(json.text_location).toBeUndefined();
		expect(result.main[0].binary?.data).toBeDefined(); // Keep Input Binary is on by default
	});

	it('"Return Text Location" reaches Huawei as return_text_location (off by default)', async () => {
		await run(emu, [cardItem('bankcard-visa-credit')]);
		expect(ocrRequests()[0]).toMatchObject({ flags: {}, bodyKeys: ['image'] });
		emu.current.reset();
		const result = await run(emu, [cardItem('bankcard-visa-credit')], { returnTextLocation: true });
		expect(ocrRequests()[0]).toMatchObject({
			flags: { return_text_location: true },
			bodyKeys: ['image', 'return_text_location'],
		});
		expect(Object.keys(result.main[0].json.text_location)).toEqual(
			expect.arrayContaining(['bank_name', 'card_number', 'expiry_date']),
		);
	});

	it('fields Huawei adds later are passed through', async () => {
		const result = await run(emu, [cardItem('bankcard-future-fields')]);
		expect(result.main[0].json).toMatchObject({ card_level: '白金卡', holder_name: '王小明' });
	});

	describe('local checks', () => {
		it.each([
			['bankcard-unionpay-debit', 'UnionPay', null],
			['bankcard-visa-credit', 'Visa', '2049-12'],
			['bankcard-mastercard', 'Mastercard', '2045-08'],
			['bankcard-amex', 'American Express', '2048-01'],
			['bankcard-jcb', 'JCB', '2047-05'],
			['bankcard-diners', 'Diners Club', '2046-11'],
		])('%s: Luhn and length right for %s, not expired', async (id, scheme, month) => {
			const result = await run(emu, [cardItem(id)]);
			expect(result.main[0].json.checks).toEqual({
				passed: true,
				failures: [],
				missing_fields: [],
				number_format: 'digits',
				scheme,
				luhn_valid: true,
				length_valid: true,
				expiry_month: month,
				expired: month === null ? null : false,
				validity_order_valid: id === 'bankcard-visa-credit' ? true : null,
			});
		});

		it('a wrong Luhn digit, a length the scheme does not issue and an expired card fail, with reasons', async () => {
			const result = await run(emu, [
				cardItem('bankcard-bad-luhn'),
				cardItem('bankcard-bad-length'),
				cardItem('bankcard-expired'),
			]);
			const [luhn, length, expired] = result.main.map((i) => i.json.checks);
			expect(luhn).toMatchObject({ passed: false, luhn_valid: false, length_valid: true });
			expect(luhn.failures).toEqual(['card number fails its Luhn check digit']);
			expect(length).toMatchObject({ passed: false, luhn_valid: true, length_valid: false });
			expect(length.failures).toEqual(['card number has 17 digits; Visa cards have 13, 16 or 19']);
			expect(expired).toMatchObject({ passed: false, expired: true, expiry_month: '2021-08' });
			expect(expired.failures).toEqual(['card expired: valid through 2021-08']);
		});

		it('"Send Failed Checks to Error Output": suspect cards go to the error output, masked', async () => {
			const result = await run(
				emu,
				[
					cardItem('bankcard-visa-credit', { row: 0 }),
					cardItem('bankcard-bad-luhn', { row: 1 }),
					cardItem('bankcard-expired', { row: 2 }),
				],
				{ failedChecksToError: true, personalData: 'mask' },
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main.map((i) => i.pairedItem)).toEqual([{ item: 0 }]);
			expect(result.errors.map((i) => i.json.row)).toEqual([1, 2]);
			const bad = result.errors[0].json;
			expect(bad.message).toMatch(
				/^The bank card of input item 1 failed the local checks: card number fails its Luhn check digit$/,
			);
			expect(bad.error).toMatchObject({ error_code: 'CHECKS_FAILED', api_called: true });
			expect(bad.error.card.card_number).toBe(masked('bankcard-bad-luhn'));
			expect(result.errors[1].json.error.reasons).toEqual(['card expired: valid through 2021-08']);
			const text = JSON.stringify(result.run);
			for (const id of ['bankcard-visa-credit', 'bankcard-bad-luhn', 'bankcard-expired'])
				expect(text).not.toContain(digits(id));
		});

		it('without the option, a card failing its checks stays on the main output', async () => {
			const result = await run(
				emu,
				[cardItem('bankcard-bad-luhn')],
				{},
				{
					onError: 'continueErrorOutput',
				},
			);
			expect(result.main).toHaveLength(1);
			expect(result.errors).toHaveLength(0);
		});
	});

	describe('personal data in the output', () => {
		it('mask: first 6 and last 4 digits, holder name masked, their text location gone, no photo', async () => {
			const result = await run(emu, [cardItem('bankcard-future-fields')], {
				personalData: 'mask',
				returnTextLocation: true,
			});
			const json = result.main[0].json;
			expect(json.card_number).toBe('411111******1111');
			expect(json.holder_name).toBe('王*明');
			expect(json.bank_name).toBe('招商银行');
			expect(json.text_location.card_number).toBeUndefined();
			expect(json.text_location.bank_name).toHaveLength(4);
			expect(json.checks.passed).toBe(true);
			expect(result.main[0].binary).toBeUndefined();
			expect(JSON.stringify(result.run)).not.toContain('4111111111111111');
			expect(JSON.stringify(result.run)).not.toContain('王小明');
		});

		it('drop: card number, holder name and text location removed; the rest stays', async () => {
			const result = await run(emu, [cardItem('bankcard-future-fields')], {
				personalData: 'drop',
				returnTextLocation: true,
			});
			const json = result.main[0].json;
			for (const field of ['card_number', 'holder_name', 'text_location'])
				expect(json[field]).toBeUndefined();
			expect(json).toMatchObject({ bank_name: '招商银行', type: '信用卡', expiry_date: '12/49' });
			expect(json.checks).toMatchObject({ passed: true, scheme: 'Visa' });
			expect(result.main[0].binary).toBeUndefined();
		});
	});

	describe('pre-flight refusals cost no API call', () => {
		it.each(
			/** @type {Array<[string, () => any, string, RegExp]>} name, item, Huawei's code, message */ ([
				[
					'a PDF',
					() => fileItem(Buffer.from('%PDF-1.4\n1 0 obj\n'), {}, 'card.pdf', 'application/pdf'),
					'AIS.0102',
					/Input item 0 is not a JPEG, PNG, BMP or TIFF image/,
				],
				[
					'10×10 pixels',
					() => cardItem('bankcard-visa-credit', {}, { format: 'png', width: 10, height: 10 }),
					'AIS.0103',
					/10×10 pixels; each side must be between 15 and 8192/,
				],
				[
					'9000 pixels wide',
					() => cardItem('bankcard-visa-credit', {}, { width: 9000, height: 600 }),
					'AIS.0103',
					/9000×600 pixels/,
				],
				[
					'over 10 MB once base64-encoded',
					() =>
						fileItem(
							fixtures.makeImage({
								format: 'png',
								width: 1000,
								height: 630,
								marker: 'bankcard-visa-credit',
								padToBytes: 8 * 1024 * 1024,
							}),
							{},
							'huge.png',
							'image/png',
						),
					'ModelArts.4104',
					/Huawei accepts at most 10 MB/,
				],
			]).map(([name, item, code, text]) => ({ name, item, code, text })),
		)('$name → $code', async ({ item, code, text }) => {
			const result = await run(emu, [item()], {}, { onError: 'continueErrorOutput' });
			expect(result.errors).toHaveLength(1);
			const json = result.errors[0].json;
			expect(json.message).toMatch(text);
			expect(json.error).toMatchObject({ error_code: code, api_called: false });
			expect(emu.current.stats().ocrCalls).toBe(0);
		});
	});

	describe('errors', () => {
		it('a photo that is not a bank card: Huawei AIS.0104 → error item { message, error } only', async () => {
			const result = await run(
				emu,
				[cardItem('bankcard-visa-credit'), cardItem('bankcard-unreadable')],
				{},
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main).toHaveLength(1);
			expect(result.errors).toHaveLength(1);
			const { json, pairedItem } = result.errors[0];
			expect(pairedItem).toEqual({ item: 1 });
			expect(Object.keys(json).sort()).toEqual(['error', 'message']);
			expect(json.message).toMatch(/bank card.*input item 1.*AIS\.0104/);
			expect(json.error).toMatchObject({ error_code: 'AIS.0104', api_called: true });
			expect(json.error.description).toMatch(/front of a standard-size bank card/);
		});

		it('without error handling the workflow stops on the first failed item', async () => {
			const result = await run(emu, [
				cardItem('bankcard-visa-credit'),
				cardItem('bankcard-unreadable'),
			]);
			expect(result.error?.message).toMatch(/AIS\.0104/);
		});

		it('ModelArts.4204 (not served or not enabled in the region) names the regions that serve it', async () => {
			emu.current.configure({ unsubscribed: ['cn-north-4'] });
			const result = await run(emu, [cardItem('bankcard-visa-credit')]);
			expect(result.error?.message).toMatch(
				/Bank card OCR is not enabled in region cn-north-4 for this account \(ModelArts\.4204\)/,
			);
			expect(result.error?.description).toMatch(/enable "Bank Card OCR"/);
			expect(result.error?.description).toMatch(
				/Huawei serves Bank Card OCR in cn-north-4 and cn-east-3/,
			);
		});
	});

	it('a batch keeps input order and pairs every output with its input item', async () => {
		const ids = [
			'bankcard-jcb',
			'bankcard-unreadable',
			'bankcard-amex',
			'bankcard-unionpay-debit',
			'bankcard-diners',
			'bankcard-mastercard',
		];
		const result = await run(
			emu,
			ids.map((id, row) => cardItem(id, { row })),
			{ concurrency: 3, includeInputFields: true },
			{ onError: 'continueErrorOutput' },
		);
		expect(result.main.map((i) => i.json.row)).toEqual([0, 2, 3, 4, 5]);
		expect(result.main.map((i) => i.pairedItem)).toEqual([0, 2, 3, 4, 5].map((item) => ({ item })));
		expect(result.main.map((i) => i.json.checks.scheme)).toEqual([
			'JCB',
			'American Express',
			'UnionPay',
			'Diners Club',
			'Mastercard',
		]);
		expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 1 }]);
	});
});
