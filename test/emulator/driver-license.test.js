/**
 * The emulator's driving-licence API (apis/driver-license.js) over real HTTP, signed by Huawei's official
 * signer: answers shaped after DriverLicenseResult, options honoured, refusals with the documented codes.
 */
const { useDocumentApi } = require('./documentApiSuite');
const { FIXTURES } = require('./apis/driver-license');

/** DriverLicenseResult's fields, from the one schema (schemas/driver-license.js cites the SDK models). */
const { FIELDS: RESULT } = require('./schemas/driver-license');

const api = useDocumentApi('driver-license', { width: 1200, height: 800 });
const { jpeg, call } = api;

describe('emulator: driver-license', () => {
	it('no side → the main page; issuing_authority and text_location only when asked', async () => {
		const r = await call({ image: jpeg('dl-zhangsan') });
		expect(r.status).toBe(200);
		const { result } = r.json;
		for (const key of Object.keys(result)) expect(RESULT).toContain(key);
		expect(result.number).toBe(FIXTURES['dl-zhangsan'].front.number);
		expect(result).not.toHaveProperty('issuing_authority');
		expect(result).not.toHaveProperty('text_location');
		const asked = await call({
			image: jpeg('dl-zhangsan'),
			return_issuing_authority: true,
			return_text_location: true,
		});
		expect(asked.json.result.issuing_authority).toBe('北京市公安局公安交通管理局');
		expect(asked.json.result.text_location.number).toHaveLength(4);
		expect(api.emu.stats().requests[1].request).toEqual({
			return_issuing_authority: true,
			return_text_location: true,
		});
	});
	it('back and double_side', async () => {
		const back = await call({ image: jpeg('dl-zhangsan'), side: 'back' });
		expect(back.json.result.file_number).toBe('110100123456');
		const both = await call({ image: jpeg('dl-zhangsan'), side: 'double_side' });
		expect(Object.keys(both.json.result)).toEqual(['type', 'front', 'back']);
		const onlyFront = await call({ image: jpeg('dl-zhangsan-front'), side: 'back' });
		expect(onlyFront.json.error_code).toBe('AIS.0104');
	});
	it.each([
		[{ side: 'left' }, 'AIS.0101', false],
		[{ return_text_location: 'true' }, 'AIS.0101', false],
		[{ image: Buffer.from('GIF89a....').toString('base64') }, 'AIS.0102', true],
		[{ image: jpeg('dl-zhangsan', { width: 99, height: 600 }) }, 'AIS.0103', true],
		[{ image: jpeg('not-a-licence') }, 'AIS.0104', true],
		[{ image: jpeg('dl-blurred') }, 'AIS.0105', true],
	])('refuses %j with %s', async (extra, code, replaceImage) => {
		const r = await call(replaceImage ? extra : { image: jpeg('dl-zhangsan'), ...extra });
		expect(r.status).toBeGreaterThanOrEqual(400);
		expect(r.json.error_code).toBe(code);
	});
});
