import { documentKit } from './documentKit';
import { ACCOUNTS, useEmulator } from './setup';

const { FIXTURES, VIN } = require('../emulator/apis/vehicle-license.fixtures');
const { RESULT: LICENSE_RESULT } = require('../emulator/schemas/vehicle-license');
const { inModelOrder } = require('../emulator/schemas/model');

/*
 * Vehicle Licence → Recognize in n8n's real WorkflowExecute against the emulator's `vehicle-license` API.
 * VINs hand-checked in test/emulator/apis/vehicle-license.fixtures.js: LFV3A23C1E3012345 (sum 276, mod 11 = 1)
 * and the textbook 1M8GDM9AXKP042788 (sum 351, mod 11 = 10 → X); the plates follow GA 36-2018.
 */

const kit = documentKit('vehicleLicense', 'vehicle-license', { width: 1200, height: 800 });
const licenceItem = kit.item;

const run = kit.run;

describe('Vehicle License → Recognize', () => {
	const emu = useEmulator();
	const calls = () => kit.calls(emu);

	it("calls POST /v2/{project_id}/ocr/vehicle-license with side=front; side, then Huawei's fields at the top level in the model's order, then checks", async () => {
		const result = await run(emu, [licenceItem('vl-zhangsan')]);
		expect(calls()[0].path).toBe(`/v2/${ACCOUNTS.accessKey.projectId}/ocr/vehicle-license`);
		expect(calls()[0].request).toEqual({ side: 'front' });
		const { issuing_authority: _notAsked, ...front } = FIXTURES['vl-zhangsan'].front;
		const json = /** @type {Record<string, any>} */ (result.main[0].json);
		expect(json).toMatchObject({ side: 'front', type: 'normal', ...front });
		// `side`, VehicleLicenseResult's order (the one schema, test/emulator/schemas/vehicle-license.js: engine_no
		// before vin, unlike the page VehicleLicenseFront the fixture follows), `checks`.
		expect(Object.keys(json)).toEqual([
			'side',
			...inModelOrder(LICENSE_RESULT, ['type', ...Object.keys(front)]),
			'checks',
		]);
	});

	it('every request option reaches Huawei under its own name (all off by default)', async () => {
		const result = await run(emu, [licenceItem('vl-covered')], {
			options: {
				returnIssuingAuthority: true,
				returnTextLocation: true,
				recognizeElectronicLicense: true,
				alarm: true,
			},
		});
		expect(calls()[0].request).toEqual({
			side: 'front',
			return_issuing_authority: true,
			return_text_location: true,
			recognize_electronic_license: true,
			alarm: true,
		});
		expect(result.main[0].json).toMatchObject({
			issuing_authority: '北京市公安局公安交通管理局',
			alarm_result: { detect_blocking_within_border_result: true },
			alarm_confidence: { blocking_within_border_score: 93 },
		});
		expect(result.main[0].json.text_location.vin).toHaveLength(4);
	});

	it('an electronic license is read with "Recognize Electronic License" only', async () => {
		const off = await run(
			emu,
			[licenceItem('vl-electronic')],
			{},
			{ onError: 'continueErrorOutput' },
		);
		expect(off.errors[0].json.error.error_code).toBe('AIS.0104');
		const on = await run(emu, [licenceItem('vl-electronic')], {
			options: { recognizeElectronicLicense: true },
		});
		expect(on.main[0].json).toMatchObject({ type: 'electronic', status: ['正常'] });
	});

	it('"Side": both pages, their fields lifted to the top level, the plates compared', async () => {
		const both = await run(emu, [licenceItem('vl-zhangsan')], { side: 'double_side' });
		expect(calls()[0].request).toEqual({ side: 'double_side' });
		expect(both.main[0].json).toMatchObject({
			side: 'double_side',
			vin: VIN,
			file_no: '110001234567',
			front: { vin: VIN },
			back: { approved_passengers: '5人' },
		});
		expect(both.main[0].json.checks).toMatchObject({ passed: true, sides_match: true });
		const differ = await run(emu, [licenceItem('vl-pages-differ')], { side: 'double_side' });
		expect(differ.main[0].json.checks.failures).toEqual([
			'the two pages carry different plate numbers',
		]);
	});

	it('fields Huawei adds later are passed through', async () => {
		const result = await run(emu, [licenceItem('vl-future-fields')]);
		expect(result.main[0].json).toMatchObject({ seal_present: true, licence_edition: '2008' });
	});

	describe('local checks', () => {
		it('a sound licence: VIN check digit, plate format and dates pass', async () => {
			const result = await run(emu, [licenceItem('vl-zhangsan'), licenceItem('vl-new-energy')]);
			expect(result.main[0].json.checks).toEqual({
				passed: true,
				failures: [],
				missing_fields: [],
				plate_format_valid: true,
				plate_kind: 'ordinary',
				vin_format_valid: true,
				vin_check_digit_valid: true,
				register_date_valid: true,
				issue_date_valid: true,
				issue_date_not_before_register: true,
			});
			expect(result.main[1].json.checks).toMatchObject({
				passed: true,
				plate_kind: 'new_energy_small',
			});
		});

		it.each([
			['vl-bad-vin', ['VIN check digit (position 9) is wrong (ISO 3779 / GB 16735)']],
			['vl-vin-with-o', ['VIN holds O, letters VINs never use']],
			[
				'vl-bad-plate',
				[
					'plate number has no known Chinese format (province + letter + 5 or 6 characters, or a 挂/学/警/港/澳/领/试/使 plate)',
				],
			],
			['vl-future-dates', ['register_date is in the future', 'issue_date is before register_date']],
		])('%s fails with the reasons', async (id, reasons) => {
			const result = await run(emu, [licenceItem(id)]);
			expect(result.main[0].json.checks).toMatchObject({ passed: false, failures: reasons });
		});

		it('"Send Failed Checks to Error Output" routes suspect licences to the error output, masked', async () => {
			const result = await run(
				emu,
				[licenceItem('vl-zhangsan'), licenceItem('vl-bad-vin')],
				{ options: { failedChecksToError: true, personalData: 'mask' } },
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main.map((i) => i.pairedItem)).toEqual([{ item: 0 }]);
			const { json, pairedItem } =
				/** @type {{ json: Record<string, any>, pairedItem: unknown }} */ (result.errors[0]);
			expect(pairedItem).toEqual({ item: 1 });
			expect(json.message).toMatch(
				/The license of input item 1 failed the local checks: VIN check digit/,
			);
			expect(json.error).toMatchObject({ error_code: 'CHECKS_FAILED', api_called: true });
			expect(json.error.licence.vin).toBe('LFV**********2345');
		});
	});

	describe('personal data in the output', () => {
		it('mask: owner, address, plate, VIN, engine/file/barcode numbers and their locations', async () => {
			const result = await run(emu, [licenceItem('vl-zhangsan')], {
				side: 'double_side',
				options: { personalData: 'mask', returnTextLocation: true },
			});
			const { json, binary } = /** @type {{ json: Record<string, any>, binary: unknown }} */ (
				result.main[0]
			);
			expect(json).toMatchObject({
				name: '张*',
				address: '北京市东城区…',
				number: '京N*****',
				vin: 'LFV**********2345',
				engine_no: '*******56',
				file_no: '********4567',
				model: '大众汽车牌FV7160FBMBG',
				front: { vin: 'LFV**********2345', number: '京N*****' },
				back: { code_number: '**********5678' },
			});
			expect(json.front.text_location).not.toHaveProperty('vin');
			expect(json.front.text_location).toHaveProperty('model');
			expect(binary).toBeUndefined();
			const text = JSON.stringify(result.run);
			for (const secret of [VIN, '京N8P8F8', '南池子大街', 'CFB123456'])
				expect(text).not.toContain(secret);
		});

		it('drop: owner, address, plate, VIN and engine number removed; the rest stays', async () => {
			const result = await run(emu, [licenceItem('vl-zhangsan')], {
				options: { personalData: 'drop' },
			});
			const json = result.main[0].json;
			for (const key of ['name', 'address', 'number', 'vin', 'engine_no'])
				expect(json).not.toHaveProperty(key);
			expect(json).toMatchObject({ vehicle_type: '小型轿车', register_date: '2014-05-20' });
		});
	});

	describe('pre-flight and errors', () => {
		it('a 99-pixel side is refused locally, costing no call', async () => {
			const result = await run(
				emu,
				[licenceItem('vl-zhangsan', {}, { width: 99, height: 800 })],
				{},
				{ onError: 'continueErrorOutput' },
			);
			expect(result.errors[0].json.error).toMatchObject({
				error_code: 'AIS.0103',
				api_called: false,
			});
			expect(emu.current.stats().ocrCalls).toBe(0);
		});

		it('not a vehicle licence: AIS.0104 → error item { message, error }', async () => {
			const result = await run(emu, [licenceItem('a-cat')], {}, { onError: 'continueErrorOutput' });
			const { json } = result.errors[0];
			expect(Object.keys(json).sort()).toEqual(['error', 'message']);
			expect(json.message).toMatch(/vehicle license.*input item 0.*AIS\.0104/);
		});

		it('ModelArts.4204 names the regions that serve Vehicle License OCR', async () => {
			emu.current.configure({ unsubscribed: ['cn-north-4'] });
			const result = await run(emu, [licenceItem('vl-zhangsan')]);
			expect(result.error?.description).toMatch(
				/Huawei serves Vehicle License OCR in cn-north-4 and cn-east-3/,
			);
		});
	});

	it('a batch keeps input order and pairs every output with its input item', async () => {
		const ids = ['vl-trailer', 'vl-blurred', 'vl-zhangsan', 'vl-new-energy'];
		const result = await run(
			emu,
			ids.map((id, row) => licenceItem(id, { row })),
			{ options: { concurrency: 3, includeInputFields: true } },
			{ onError: 'continueErrorOutput' },
		);
		expect(result.main.map((i) => i.json.row)).toEqual([0, 2, 3]);
		expect(result.main.map((i) => i.pairedItem)).toEqual([0, 2, 3].map((item) => ({ item })));
		expect(result.main.map((i) => i.json.checks.plate_kind)).toEqual([
			'trailer',
			'ordinary',
			'new_energy_small',
		]);
		expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 1 }]);
	});
});
