/**
 * The emulator's passport API (apis/passport.js) over real HTTP, signed by Huawei's official signer:
 * answers shaped after PassportResult, country_code honoured, refusals with the documented codes.
 */
const { useDocumentApi } = require('./documentApiSuite');
const { FIXTURES, MRZ_FIELDS } = require('./apis/passport');

/** PassportResult's fields, from the one schema (schemas/passport.js cites the SDK model). */
const { FIELDS: MODEL } = require('./schemas/passport');

const api = useDocumentApi('passport', { width: 1200, height: 850 });
const { jpeg, call } = api;

describe('emulator: passport', () => {
	it('answers only PassportResult fields, with the MRZ in extra_info', async () => {
		const r = await call({ image: jpeg('passport-utopia') });
		expect(r.status).toBe(200);
		const { result } = r.json;
		for (const key of Object.keys(result)) expect(MODEL).toContain(key);
		expect(result).toMatchObject(FIXTURES['passport-utopia'].result);
		expect(typeof result.confidence.passport_number).toBe('number');
		expect(api.emu.stats().requests[0].request).toEqual({});
	});
	it('country_code GENERAL keeps what the MRZ holds; CHN reads all fields of a Chinese passport only', async () => {
		const general = await call({ image: jpeg('passport-chn'), country_code: 'GENERAL' });
		expect(Object.keys(general.json.result).sort()).toEqual([...MRZ_FIELDS, 'confidence'].sort());
		expect(api.emu.stats().requests[0].request).toEqual({ country_code: 'GENERAL' });
		const chn = await call({ image: jpeg('passport-chn'), country_code: 'CHN' });
		expect(chn.json.result.date_of_issue).toBe('2021-05-20');
		const foreign = await call({ image: jpeg('passport-utopia'), country_code: 'CHN' });
		expect(foreign.json.error_code).toBe('AIS.0104');
	});
	it.each([
		[{ country_code: 'UTO' }, 'AIS.0101', false],
		[{ url: 'http://127.0.0.1/x.jpg' }, 'AIS.0101', false],
		[{ image: Buffer.from('%PDF-1.7').toString('base64') }, 'AIS.0102', true],
		[{ image: jpeg('passport-utopia', { width: 14, height: 600 }) }, 'AIS.0103', true],
		[{ image: jpeg('not-a-passport') }, 'AIS.0104', true],
		[{ image: jpeg('passport-blurred') }, 'AIS.0105', true],
	])('refuses %j with %s', async (extra, code, replaceImage) => {
		const body = replaceImage ? extra : { image: jpeg('passport-utopia'), ...extra };
		const r = await call(body);
		expect(r.status).toBeGreaterThanOrEqual(400);
		expect(r.json.error_code).toBe(code);
	});
});
