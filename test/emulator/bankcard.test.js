/**
 * The emulator's bankcard API (apis/bankcard.js) over real HTTP, requests signed by Huawei's official signer:
 * answers shaped after BankcardResult, return_text_location honoured, refusals with the documented codes.
 */
const { useDocumentApi } = require('./documentApiSuite');
const { makeImage } = require('./images');
const { FIXTURES } = require('./apis/bankcard.fixtures');

/** BankcardResult's fields and text fields, from the one schema (schemas/bankcard.js cites the SDK model). */
const { FIELDS: MODEL_FIELDS, TEXT_FIELDS } = require('./schemas/bankcard');

const api = useDocumentApi('bankcard', { width: 1000, height: 630 });
const { jpeg, call } = api;

describe('emulator: bankcard', () => {
	it('answers the fixture as a BankcardResult with a confidence per field, no text_location by default', async () => {
		const r = await call({ image: jpeg('bankcard-visa-credit') });
		expect(r.status).toBe(200);
		const { result } = r.json;
		expect(result).toMatchObject(FIXTURES['bankcard-visa-credit']);
		for (const key of Object.keys(result)) expect(MODEL_FIELDS).toContain(key);
		expect(Object.keys(result.confidence)).toEqual(TEXT_FIELDS);
		expect(result).not.toHaveProperty('text_location');
		expect(api.emu.stats().requests[0]).toMatchObject({
			fixture: 'bankcard-visa-credit',
			flags: {},
			bodyKeys: ['image'],
		});
	});

	it('return_text_location adds four corner points for every field read', async () => {
		const r = await call({ image: jpeg('bankcard-unionpay-debit'), return_text_location: true });
		const { text_location: location } = r.json.result;
		// The debit card has no issue or expiry date printed: no location for them.
		expect(Object.keys(location)).toEqual(['bank_name', 'card_number', 'type']);
		for (const points of Object.values(location)) expect(points).toHaveLength(4);
	});

	it('reads PNG, BMP and TIFF too, and a URL', async () => {
		for (const format of ['png', 'bmp', 'tiff']) {
			const image = makeImage({ format, width: 800, height: 500, marker: 'bankcard-amex' });
			const r = await call({ image: image.toString('base64') });
			expect(r.json.result.card_number).toBe(FIXTURES['bankcard-amex'].card_number);
		}
		api.emu.registerImage('card.jpg', makeImage({ marker: 'bankcard-jcb' }), 'image/jpeg');
		const r = await call({ url: `${api.emu.url}/images/card.jpg` });
		expect(r.json.result.card_number).toBe(FIXTURES['bankcard-jcb'].card_number);
	});

	it.each([
		[
			'image and url both',
			() => ({ image: jpeg('bankcard-jcb'), url: 'http://127.0.0.1/x.jpg' }),
			'AIS.0101',
		],
		['neither image nor url', () => ({}), 'AIS.0101'],
		[
			'return_text_location not a boolean',
			() => ({ image: jpeg('bankcard-jcb'), return_text_location: 'true' }),
			'AIS.0101',
		],
		['not an image', () => ({ image: Buffer.from('GIF89a....').toString('base64') }), 'AIS.0102'],
		['not base64', () => ({ image: '@@@@' }), 'AIS.0102'],
		['14 pixels high', () => ({ image: jpeg('bankcard-jcb', { height: 14 }) }), 'AIS.0103'],
		['8193 pixels wide', () => ({ image: jpeg('bankcard-jcb', { width: 8193 }) }), 'AIS.0103'],
		['not a bank card (no fixture)', () => ({ image: jpeg(undefined) }), 'AIS.0104'],
		['a fixture Huawei cannot read', () => ({ image: jpeg('bankcard-unreadable') }), 'AIS.0104'],
		['an ID card photo', () => ({ image: jpeg('front-zhangsan') }), 'AIS.0104'],
	])('%s → %s', async (_name, body, code) => {
		const r = await call(body());
		expect(r.status).toBe(400);
		expect(r.json.error_code).toBe(code);
		expect(typeof r.json.error_msg).toBe('string');
	});
});
