/**
 * The emulator's mainland-travel-permit API (apis/mainland-travel-permit.js) over real HTTP, requests signed by
 * Huawei's official signer: answers shaped after MainlandTravelPermitResult, the portrait flags honoured,
 * refusals with the documented codes.
 */
const { useDocumentApi } = require('./documentApiSuite');
const { FIXTURES } = require('./apis/mainland-travel-permit.fixtures');

/** MainlandTravelPermitResult, from the one schema (schemas/mainland-travel-permit.js cites the SDK model). */
const { RESULT } = require('./schemas/mainland-travel-permit');
const model = require('./schemas/model');

const api = useDocumentApi('mainland-travel-permit', { width: 1000, height: 630 });
const { jpeg, call } = api;

describe('emulator: mainland-travel-permit', () => {
	it('answers every fixture with the model fields only, strings as strings, a number per confidence', async () => {
		for (const id of Object.keys(FIXTURES).filter(
			(k) => !FIXTURES[k].error && k !== 'mtp-future-fields',
		)) {
			const r = await call({ image: jpeg(id) });
			expect(r.status).toBe(200);
			const { result } = r.json;
			expect(result).toMatchObject(FIXTURES[id]);
			// only the model's keys, each of its type (strings; a float per confidence)
			expect(model.check(RESULT, result, 'result', { strict: true })).toEqual([]);
			expect(result).not.toHaveProperty('portrait_image');
			expect(result).not.toHaveProperty('portrait_location');
		}
	});

	it('return_portrait_image and return_portrait_location: a base64 JPEG and four [x, y] integer points on the front, empty on the back', async () => {
		const flags = { return_portrait_image: true, return_portrait_location: true };
		const front = (await call({ image: jpeg('mtp-hk-front'), ...flags })).json.result;
		expect(Buffer.from(front.portrait_image, 'base64').subarray(0, 2)).toEqual(
			Buffer.from([0xff, 0xd8]),
		);
		expect(front.portrait_location).toHaveLength(4);
		for (const point of front.portrait_location)
			expect(point.every((n) => Number.isInteger(n))).toBe(true);
		const back = (await call({ image: jpeg('mtp-hk-back'), ...flags })).json.result;
		expect(back).toMatchObject({ portrait_image: '', portrait_location: [] });
		expect(api.emu.stats().requests[0]).toMatchObject({ fixture: 'mtp-hk-front', flags });
	});

	it.each([
		[
			'return_portrait_image not a boolean',
			() => ({ image: jpeg('mtp-hk-front'), return_portrait_image: 'true' }),
			'AIS.0101',
		],
		['neither image nor url', () => ({}), 'AIS.0101'],
		['14 pixels high', () => ({ image: jpeg('mtp-hk-front', { height: 14 }) }), 'AIS.0103'],
		['not a permit (no fixture)', () => ({ image: jpeg(undefined) }), 'AIS.0104'],
		['a fixture Huawei cannot read', () => ({ image: jpeg('mtp-blurred') }), 'AIS.0105'],
	])('%s → %s', async (_name, body, code) => {
		const r = await call(body());
		expect(r.status).toBe(400);
		expect(r.json.error_code).toBe(code);
	});
});
