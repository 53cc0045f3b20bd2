/**
 * The emulator's business-license API (apis/business-license.js) over real HTTP, requests signed by Huawei's
 * official signer: answers shaped after BusinessLicenseResult, PDF accepted, refusals with the documented codes.
 */
const { useDocumentApi } = require('./documentApiSuite');
const { makeImage } = require('./images');
const { FIXTURES, makePdf } = require('./apis/business-license.fixtures');

/** BusinessLicenseResult's fields and text fields, from the one schema (schemas/business-license.js). */
const { FIELDS: MODEL_FIELDS, TEXT_FIELDS } = require('./schemas/business-license');

const api = useDocumentApi('business-license', { width: 1400, height: 1000 });
const { jpeg, call } = api;

describe('emulator: business-license', () => {
	it('answers the fixture as a BusinessLicenseResult, every field a string, confidence an object', async () => {
		const r = await call({ image: jpeg('licence-company') });
		expect(r.status).toBe(200);
		const { result } = r.json;
		expect(Object.keys(result)).toEqual(MODEL_FIELDS);
		expect(result).toMatchObject(FIXTURES['licence-company']);
		for (const field of TEXT_FIELDS) expect(typeof result[field]).toBe('string');
		expect(Object.keys(result.confidence)).toEqual(TEXT_FIELDS);
		expect(api.emu.stats().requests[0]).toMatchObject({
			fixture: 'licence-company',
			pdf: false,
			bodyKeys: ['image'],
		});
	});

	it('reads a PDF (page 1 of a multi-page one) and the other image formats', async () => {
		const pdf = makePdf({ marker: 'licence-fixed-term', pages: 3 });
		expect(pdf.toString('latin1', 0, 5)).toBe('%PDF-');
		const r = await call({ image: pdf.toString('base64') });
		expect(r.json.result.registration_number).toBe('91310115MA1H2468XE');
		expect(api.emu.stats().requests[0].pdf).toBe(true);
		for (const format of ['png', 'bmp', 'tiff']) {
			const image = makeImage({ format, width: 700, height: 500, marker: 'licence-company' });
			expect((await call({ image: image.toString('base64') })).status).toBe(200);
		}
	});

	it('passes a field the SDK model does not have yet (a newer Huawei answer)', async () => {
		const r = await call({ image: jpeg('licence-future-fields') });
		expect(r.json.result.registration_authority).toBe('深圳市市场监督管理局');
	});

	it.each([
		[
			'image and url both',
			() => ({ image: jpeg('licence-company'), url: 'http://127.0.0.1/x.jpg' }),
			'AIS.0101',
		],
		['neither image nor url', () => ({}), 'AIS.0101'],
		['a GIF', () => ({ image: Buffer.from('GIF89a....').toString('base64') }), 'AIS.0102'],
		['10 pixels wide', () => ({ image: jpeg('licence-company', { width: 10 }) }), 'AIS.0103'],
		['a PDF of something else', () => ({ image: makePdf({}).toString('base64') }), 'AIS.0104'],
		['a fixture Huawei cannot read', () => ({ image: jpeg('licence-unreadable') }), 'AIS.0104'],
		['a bank card photo', () => ({ image: jpeg('bankcard-visa-credit') }), 'AIS.0104'],
	])('%s → %s', async (_name, body, code) => {
		const r = await call(body());
		expect(r.status).toBe(400);
		expect(r.json.error_code).toBe(code);
	});
});
