import { documentKit } from './documentKit';
import { ACCOUNTS, useEmulator } from './setup';

const { FIXTURES } = require('../emulator/apis/mainland-travel-permit.fixtures');
const { RESULT: PERMIT_RESULT } = require('../emulator/schemas/mainland-travel-permit');
const { inModelOrder } = require('../emulator/schemas/model');

/*
 * Mainland Travel Permit → Recognize in n8n's real WorkflowExecute against the emulator's
 * `mainland-travel-permit` API. The numbers, dates and periods are hand-checked in
 * test/emulator/apis/mainland-travel-permit.fixtures.js (the rules: helpers/mainlandTravelPermit/checks.ts).
 */

const kit = documentKit('mainlandTravelPermit', 'mainland-travel-permit', {
	width: 1000,
	height: 630,
});
const permitItem = kit.item;
/** Options are the run's only parameters here. */
const run = (emu, items, options = {}, extra = {}) => kit.run(emu, items, { options }, extra);

/** Every personal value of a fixture (what must not survive Mask or Drop). */
const personal = (id) =>
	[
		'name',
		'name_en',
		'number',
		'id_name',
		'id_number',
		'machine_code1',
		'machine_code2',
		'former_name',
	]
		.map((key) => FIXTURES[id][key])
		.filter((value) => value)
		.concat(FIXTURES[id].birth_date ? [FIXTURES[id].birth_date] : []);

describe('Mainland Travel Permit → Recognize', () => {
	const emu = useEmulator();
	const calls = () => kit.calls(emu);

	it("calls POST /v2/{project_id}/ocr/mainland-travel-permit with the image only; Huawei's fields at the top level in the model's order, then valid_from, valid_to, checks", async () => {
		const result = await run(emu, [permitItem('mtp-hk-front')]);
		expect(calls()).toHaveLength(1);
		expect(calls()[0].path).toBe(`/v2/${ACCOUNTS.accessKey.projectId}/ocr/mainland-travel-permit`);
		expect(calls()[0]).toMatchObject({ flags: {}, bodyKeys: ['image'] });
		const json = /** @type {Record<string, any>} */ (result.main[0].json);
		expect(json).toMatchObject({
			...FIXTURES['mtp-hk-front'],
			valid_from: '2025-03-10',
			valid_to: '2035-03-09',
		});
		// MainlandTravelPermitResult's order (the one schema, test/emulator/schemas/mainland-travel-permit.js)
		const sent = [...Object.keys(FIXTURES['mtp-hk-front']), 'confidence'];
		expect(Object.keys(json)).toEqual([
			...inModelOrder(PERMIT_RESULT, sent),
			'valid_from',
			'valid_to',
			'checks',
		]);
		expect(typeof json.confidence.number).toBe('number');
		expect(json.portrait_image).toBeUndefined();
		expect(result.main[0].binary?.data).toBeDefined(); // Keep Input Binary is on by default
	});

	it('"Return Portrait Image" and "Return Portrait Location" reach Huawei; the photo becomes the binary portrait_image, not JSON', async () => {
		const result = await run(emu, [permitItem('mtp-hk-front')], {
			returnPortraitImage: true,
			returnPortraitLocation: true,
		});
		expect(calls()[0]).toMatchObject({
			flags: { return_portrait_image: true, return_portrait_location: true },
			bodyKeys: ['image', 'return_portrait_image', 'return_portrait_location'],
		});
		const item = result.main[0];
		expect(item.json.portrait_image).toBeUndefined();
		expect(item.json.portrait_location).toHaveLength(4);
		expect(item.binary?.portrait_image).toMatchObject({
			mimeType: 'image/jpeg',
			fileName: 'portrait-item0.jpg',
		});
	});

	it('fields Huawei adds later are passed through with Keep', async () => {
		const result = await run(emu, [permitItem('mtp-future-fields')]);
		expect(result.main[0].json).toMatchObject({
			former_name: '陈小文',
			card_serial: 'X9988776655',
		});
	});

	describe('local checks', () => {
		it.each([
			['mtp-hk-front', 'hong_kong', 10],
			['mtp-macao-minor', 'macao', 5],
			['mtp-tw-front', 'taiwan', 5],
		])('%s: sound permit (%s, %s years) passes', async (id, permitFor, years) => {
			const result = await run(emu, [permitItem(id)]);
			expect(result.main[0].json.checks).toMatchObject({
				passed: true,
				failures: [],
				permit_for: permitFor,
				number_valid: true,
				number_matches_type: true,
				validity_period_years: years,
				validity_period_valid: true,
				expired: false,
			});
		});

		it('the back passes, its dates not checked', async () => {
			const result = await run(emu, [permitItem('mtp-hk-back')]);
			expect(result.main[0].json.checks).toMatchObject({ passed: true, number_format: 'missing' });
			expect(result.main[0].json.checks.not_checked).toHaveLength(2);
		});

		it('a wrong number, a number of the other permit, an expired permit, an 8-year period and a 10-year permit of a child fail, with reasons', async () => {
			const ids = [
				'mtp-bad-number',
				'mtp-type-mismatch',
				'mtp-expired',
				'mtp-bad-period',
				'mtp-minor-ten',
			];
			const result = await run(
				emu,
				ids.map((id) => permitItem(id)),
			);
			expect(result.main.map((i) => i.json.checks.failures)).toEqual([
				[
					'permit number is not H or M followed by 8 digits (Hong Kong and Macao residents’ permit)',
				],
				[
					'the permit type is the Taiwan residents’ permit but the number is a Hong Kong or Macao one',
				],
				['permit expired: valid to 2022-01-04'],
				['validity period of 8 years is not one this permit has (10 or 5 years)'],
				['a 10-year permit is issued at 18 or over, but the holder was younger when it starts'],
			]);
			expect(result.main.map((i) => i.json.checks.passed)).toEqual(ids.map(() => false));
		});

		it('"Send Failed Checks to Error Output": failing permits go to the error output, masked, every item paired in order', async () => {
			const result = await run(
				emu,
				[
					permitItem('mtp-hk-front', { row: 0 }),
					permitItem('mtp-expired', { row: 1 }),
					permitItem('mtp-tw-front', { row: 2 }),
					permitItem('mtp-bad-number', { row: 3 }),
				],
				{ failedChecksToError: true, personalData: 'mask', includeInputFields: true },
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main.map((i) => [i.json.row, i.pairedItem])).toEqual([
				[0, { item: 0 }],
				[2, { item: 2 }],
			]);
			expect(result.errors.map((i) => [i.json.row, i.pairedItem])).toEqual([
				[1, { item: 1 }],
				[3, { item: 3 }],
			]);
			const bad = result.errors[0].json;
			expect(bad.message).toBe(
				'The mainland travel permit of input item 1 failed the local checks: permit expired: valid to 2022-01-04',
			);
			expect(bad.error).toMatchObject({ error_code: 'CHECKS_FAILED', api_called: true });
			expect(bad.error.permit).toMatchObject({ number: 'H******67', name: '陈*文' });
			const text = JSON.stringify(result.run);
			for (const value of personal('mtp-hk-front')) expect(text).not.toContain(value);
		});

		it('without the option, a failing permit stays on the main output', async () => {
			const result = await run(
				emu,
				[permitItem('mtp-expired')],
				{},
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main).toHaveLength(1);
			expect(result.errors).toHaveLength(0);
		});
	});

	describe('personal data in the output', () => {
		it('mask: number, names, birth year, an added personal field masked; no photo, no input binary', async () => {
			const result = await run(emu, [permitItem('mtp-future-fields')], {
				personalData: 'mask',
				returnPortraitImage: true,
			});
			const json = result.main[0].json;
			expect(json).toMatchObject({
				number: 'H******67',
				name: '陈*文',
				name_en: 'C***********N',
				birth_date: '1985',
				former_name: '陈*文',
				sex: '男',
				valid_period: '2025.03.10-2035.03.09',
				issuing_authority: '公安部出入境管理局',
			});
			expect(json.checks.passed).toBe(true);
			expect(result.main[0].binary).toBeUndefined();
			const text = JSON.stringify(result.run);
			for (const value of personal('mtp-future-fields')) expect(text).not.toContain(value);
		});

		it('mask and drop on the back: identity card name and number, machine-readable lines', async () => {
			const masked = await run(emu, [permitItem('mtp-hk-back')], { personalData: 'mask' });
			expect(masked.main[0].json).toMatchObject({ id_name: '陈*文', id_number: 'A*********' });
			expect(masked.main[0].json.machine_code2).toMatch(/^\*+$/);
			const dropped = await run(emu, [permitItem('mtp-hk-back')], { personalData: 'drop' });
			const json = dropped.main[0].json;
			for (const key of ['id_name', 'id_number', 'machine_code1', 'machine_code2', 'machine_code3'])
				expect(json[key]).toBeUndefined();
			for (const run of [masked, dropped]) {
				const text = JSON.stringify(run.run);
				for (const value of personal('mtp-hk-back')) expect(text).not.toContain(value);
			}
		});

		it('drop: the personal fields and an added one are removed; type, validity, checks stay', async () => {
			const result = await run(emu, [permitItem('mtp-future-fields')], {
				personalData: 'drop',
				returnPortraitImage: true,
			});
			const json = result.main[0].json;
			for (const key of [
				'number',
				'name',
				'name_en',
				'birth_date',
				'former_name',
				'card_serial',
				'portrait_image',
			])
				expect(json[key]).toBeUndefined();
			expect(json).toMatchObject({
				type: '港澳居民来往内地通行证',
				valid_period: '2025.03.10-2035.03.09',
				valid_to: '2035-03-09',
				checks: { passed: true },
			});
			expect(result.main[0].binary).toBeUndefined();
			const text = JSON.stringify(result.run);
			for (const value of personal('mtp-future-fields')) expect(text).not.toContain(value);
		});
	});

	describe('pre-flight and errors', () => {
		it('10×10 pixels is refused locally, costing no call', async () => {
			const result = await run(
				emu,
				[permitItem('mtp-hk-front', {}, { format: 'png', width: 10, height: 10 })],
				{},
				{ onError: 'continueErrorOutput' },
			);
			expect(result.errors[0].json.error).toMatchObject({
				error_code: 'AIS.0103',
				api_called: false,
			});
			expect(result.errors[0].json.message).toMatch(/between 15 and 8192 pixels/);
			expect(emu.current.stats().ocrCalls).toBe(0);
		});

		it('not a permit: AIS.0104 → error item { message, error } with the permit wording; AIS.0105 too; the batch stays paired', async () => {
			const result = await run(
				emu,
				[permitItem('mtp-unreadable'), permitItem('mtp-hk-front'), permitItem('mtp-blurred')],
				{},
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main.map((i) => i.pairedItem)).toEqual([{ item: 1 }]);
			expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
			const { json } = result.errors[0];
			expect(Object.keys(json).sort()).toEqual(['error', 'message']);
			expect(json.message).toMatch(/mainland travel permit.*input item 0.*AIS\.0104/);
			expect(json.error.description).toMatch(/Hong Kong, Macao or Taiwan residents/);
			expect(result.errors[1].json.error).toMatchObject({ error_code: 'AIS.0105' });
		});
	});
});
