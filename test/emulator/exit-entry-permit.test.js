/**
 * The emulator's exit-entry-permit API (apis/exit-entry-permit.js) over real HTTP, requests signed by Huawei's
 * official signer: answers shaped after ExitEntryPermitResult (three endorsement objects), the portrait flags
 * honoured, refusals with the documented codes.
 */
const { useDocumentApi } = require('./documentApiSuite');
const { FIXTURES } = require('./apis/exit-entry-permit.fixtures');

/** ExitEntryPermitResult, from the one schema (schemas/exit-entry-permit.js cites the SDK models). */
const { RESULT, ENDORSEMENT, ENDORSEMENTS } = require('./schemas/exit-entry-permit');
const model = require('./schemas/model');

const api = useDocumentApi('exit-entry-permit', { width: 1000, height: 630 });
const { jpeg, call } = api;

describe('emulator: exit-entry-permit', () => {
	it('answers every fixture with the model fields only: strings, endorsement objects of strings, confidences', async () => {
		for (const id of Object.keys(FIXTURES).filter(
			(k) => !FIXTURES[k].error && k !== 'eep-future-fields',
		)) {
			const r = await call({ image: jpeg(id) });
			expect(r.status).toBe(200);
			const { result } = r.json;
			expect(result).toMatchObject(FIXTURES[id]);
			// only the model's keys, each of its type; every endorsement whole, in its model's order
			expect(model.check(RESULT, result, 'result', { strict: true })).toEqual([]);
			for (const key of ENDORSEMENTS)
				expect(Object.keys(result[key])).toEqual(Object.keys(ENDORSEMENT));
			expect(typeof result.confidence.type).toBe('number');
		}
	});

	it('return_portrait_image and return_portrait_location: a base64 JPEG and four [x, y] integer points on the front', async () => {
		const flags = { return_portrait_image: true, return_portrait_location: true };
		const front = (await call({ image: jpeg('eep-hkmo-front'), ...flags })).json.result;
		expect(Buffer.from(front.portrait_image, 'base64').subarray(0, 2)).toEqual(
			Buffer.from([0xff, 0xd8]),
		);
		expect(front.portrait_location).toHaveLength(4);
		expect(api.emu.stats().requests[0]).toMatchObject({ fixture: 'eep-hkmo-front', flags });
	});

	it.each([
		[
			'return_portrait_location not a boolean',
			() => ({ image: jpeg('eep-hkmo-front'), return_portrait_location: 1 }),
			'AIS.0101',
		],
		['8193 pixels wide', () => ({ image: jpeg('eep-hkmo-front', { width: 8193 }) }), 'AIS.0103'],
		['not a permit (no fixture)', () => ({ image: jpeg(undefined) }), 'AIS.0104'],
		['a fixture Huawei cannot read', () => ({ image: jpeg('eep-blurred') }), 'AIS.0105'],
	])('%s → %s', async (_name, body, code) => {
		const r = await call(body());
		expect(r.status).toBe(400);
		expect(r.json.error_code).toBe(code);
	});
});
