/**
 * The emulator's exit-entry-permit API (apis/exit-entry-permit.js) over real HTTP, requests signed by Huawei's
 * official signer: answers shaped after ExitEntryPermitResult (three endorsement objects), the portrait flags
 * honoured, refusals with the documented codes.
 */
const { useDocumentApi } = require('./documentApiSuite');
const { FIXTURES } = require('./apis/exit-entry-permit.fixtures');

/** ExitEntryPermitResult (huaweicloud-sdk-python-v3 .../model/exit_entry_permit_result.py @ 343a486b). */
const STRING_FIELDS = [
	'name',
	'name_en',
	'sex',
	'birth_date',
	'number',
	'issuing_authority',
	'issue_place',
	'valid_period',
	'machine_code',
	'portrait_image',
	'type',
	'side',
];
const ENDORSEMENTS = ['endorsement_info_hk', 'endorsement_info_mo', 'endorsement_info_tw'];
/** ExitEntryPermitEndorsementInfo (exit_entry_permit_endorsement_info.py, same commit). */
const ENDORSEMENT_FIELDS = [
	'endorsement_type',
	'valid_round_trips',
	'endorsement_valid_period',
	'remark',
	'issue_info',
];
const MODEL_FIELDS = [...STRING_FIELDS, 'portrait_location', ...ENDORSEMENTS, 'confidence'];

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
			for (const key of Object.keys(result)) expect(MODEL_FIELDS).toContain(key);
			for (const key of STRING_FIELDS.filter((k) => k in result))
				expect(typeof result[key]).toBe('string');
			for (const key of ENDORSEMENTS) {
				expect(Object.keys(result[key])).toEqual(ENDORSEMENT_FIELDS);
				for (const value of Object.values(result[key])) expect(typeof value).toBe('string');
			}
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
