/**
 * The emulator's vehicle-licence API (apis/vehicle-license.js) over real HTTP, signed by Huawei's official
 * signer: answers shaped after VehicleLicenseResult, options honoured, refusals with the documented codes.
 */
const { useDocumentApi } = require('./documentApiSuite');

/** VehicleLicenseResult's fields, from the one schema (schemas/vehicle-license.js cites the SDK models). */
const { FIELDS: RESULT } = require('./schemas/vehicle-license');

const api = useDocumentApi('vehicle-license', { width: 1200, height: 800 });
const { jpeg, call } = api;

describe('emulator: vehicle-license', () => {
	it('the main page by default; every flag shapes the answer and is recorded', async () => {
		const plain = await call({ image: jpeg('vl-zhangsan') });
		expect(plain.status).toBe(200);
		for (const key of Object.keys(plain.json.result)) expect(RESULT).toContain(key);
		expect(plain.json.result).toMatchObject({ type: 'normal', vin: 'LFV3A23C1E3012345' });
		expect(plain.json.result).not.toHaveProperty('issuing_authority');
		expect(plain.json.result).not.toHaveProperty('alarm_result');
		const all = await call({
			image: jpeg('vl-covered'),
			return_issuing_authority: true,
			return_text_location: true,
			recognize_electronic_license: true,
			alarm: true,
		});
		expect(all.json.result).toMatchObject({
			issuing_authority: '北京市公安局公安交通管理局',
			alarm_result: {
				detect_blocking_within_border_result: true,
				detect_border_integrity_result: false,
			},
			alarm_confidence: { blocking_within_border_score: 93, border_integrity_score: 3 },
		});
		expect(all.json.result.text_location.vin).toHaveLength(4);
		expect(api.emu.stats().requests[1].request).toEqual({
			return_issuing_authority: true,
			return_text_location: true,
			recognize_electronic_license: true,
			alarm: true,
		});
	});
	it('an electronic licence needs recognize_electronic_license', async () => {
		expect((await call({ image: jpeg('vl-electronic') })).json.error_code).toBe('AIS.0104');
		const r = await call({ image: jpeg('vl-electronic'), recognize_electronic_license: true });
		expect(r.json.result.type).toBe('electronic');
	});
	it('double_side puts the pages in front and back', async () => {
		const r = await call({ image: jpeg('vl-zhangsan'), side: 'double_side' });
		expect(Object.keys(r.json.result)).toEqual(['type', 'front', 'back']);
		expect(r.json.result.back.file_no).toBe('110001234567');
	});
	it.each([
		[{ side: 'top' }, 'AIS.0101', false],
		[{ alarm: 1 }, 'AIS.0101', false],
		[{ image: Buffer.from('RIFF....WEBP').toString('base64') }, 'AIS.0102', true],
		[{ image: jpeg('vl-zhangsan', { width: 8200, height: 600 }) }, 'AIS.0103', true],
		[{ image: jpeg('not-a-licence') }, 'AIS.0104', true],
		[{ image: jpeg('vl-blurred') }, 'AIS.0105', true],
	])('refuses %j with %s', async (extra, code, replaceImage) => {
		const r = await call(replaceImage ? extra : { image: jpeg('vl-zhangsan'), ...extra });
		expect(r.status).toBeGreaterThanOrEqual(400);
		expect(r.json.error_code).toBe(code);
	});
});
