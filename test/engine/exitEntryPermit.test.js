import { documentKit } from './documentKit';
import { ACCOUNTS, useEmulator } from './setup';

const { FIXTURES } = require('../emulator/apis/exit-entry-permit.fixtures');
const { RESULT: PERMIT_RESULT } = require('../emulator/schemas/exit-entry-permit');
const { inModelOrder } = require('../emulator/schemas/model');

/*
 * Exit-Entry Permit → Recognize in n8n's real WorkflowExecute against the emulator's `exit-entry-permit` API.
 * The numbers, dates and periods are hand-checked in test/emulator/apis/exit-entry-permit.fixtures.js (the
 * rules: helpers/exitEntryPermit/checks.ts).
 */

const kit = documentKit('exitEntryPermit', 'exit-entry-permit', { width: 1000, height: 630 });
const permitItem = kit.item;
/** Options are the run's only parameters here. */
const run = (emu, items, options = {}, extra = {}) => kit.run(emu, items, { options }, extra);

/** Every personal value of a fixture (what must not survive Mask or Drop). */
const personal = (id) =>
	['name', 'name_en', 'number', 'machine_code', 'former_name', 'id_card_number']
		.map((key) => FIXTURES[id][key])
		.concat([FIXTURES[id].birth_date])
		.filter((value) => value);

describe('Exit-Entry Permit → Recognize', () => {
	const emu = useEmulator();
	const calls = () => kit.calls(emu);

	it("calls POST /v2/{project_id}/ocr/exit-entry-permit with the image only; Huawei's fields at the top level in the model's order, then valid_from, valid_to, checks", async () => {
		const result = await run(emu, [permitItem('eep-hkmo-front')]);
		expect(calls()).toHaveLength(1);
		expect(calls()[0].path).toBe(`/v2/${ACCOUNTS.accessKey.projectId}/ocr/exit-entry-permit`);
		expect(calls()[0]).toMatchObject({ flags: {}, bodyKeys: ['image'] });
		const json = /** @type {Record<string, any>} */ (result.main[0].json);
		expect(json).toMatchObject({
			...FIXTURES['eep-hkmo-front'],
			valid_from: '2024-06-01',
			valid_to: '2034-05-31',
		});
		// ExitEntryPermitResult's order (the one schema, test/emulator/schemas/exit-entry-permit.js)
		const sent = [...Object.keys(FIXTURES['eep-hkmo-front']), 'confidence'];
		expect(Object.keys(json)).toEqual([
			...inModelOrder(PERMIT_RESULT, sent),
			'valid_from',
			'valid_to',
			'checks',
		]);
		expect(typeof json.confidence.number).toBe('number');
		expect(json.portrait_image).toBeUndefined();
	});

	it('"Return Portrait Image" and "Return Portrait Location" reach Huawei; the photo becomes the binary portrait_image, not JSON', async () => {
		const result = await run(emu, [permitItem('eep-tw-front')], {
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
		const result = await run(emu, [permitItem('eep-future-fields')]);
		expect(result.main[0].json).toMatchObject({
			former_name: '张小三',
			endorsement_info_hk: { holder_name: '张三' },
		});
	});

	describe('local checks', () => {
		it.each([
			['eep-hkmo-front', 'hong_kong_macao', 10],
			['eep-hkmo-letter', 'hong_kong_macao', 10],
			['eep-tw-front', 'taiwan', 10],
			['eep-minor', 'hong_kong_macao', 5],
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
				validity_matches_age: true,
				expired: false,
			});
		});

		it('the back: endorsements read, an expired one reported without failing; a day that does not exist fails', async () => {
			const result = await run(emu, [
				permitItem('eep-hkmo-back'),
				permitItem('eep-bad-endorsement'),
			]);
			const [back, bad] = result.main.map((i) => i.json.checks);
			expect(back).toMatchObject({
				passed: true,
				endorsements: { hk: { valid_to: '2023-05-31', expired: true } },
			});
			expect(bad).toMatchObject({
				passed: false,
				failures: ['endorsement_info_mo.endorsement_valid_period names a day that does not exist'],
			});
		});

		it('a wrong number, a number of the other permit, an expired permit, a 7-year period and a 10-year permit of a child fail, with reasons', async () => {
			const ids = [
				'eep-bad-number',
				'eep-type-mismatch',
				'eep-expired',
				'eep-bad-period',
				'eep-minor-ten',
			];
			const result = await run(
				emu,
				ids.map((id) => permitItem(id)),
			);
			expect(result.main.map((i) => i.json.checks.failures)).toEqual([
				[
					'permit number is not C followed by 8 digits, or by a letter (not I or O) and 7 digits (Hong Kong and Macao permit)',
				],
				['the permit type is the Taiwan permit but the number is a Hong Kong and Macao one'],
				['permit expired: valid to 2022-04-30'],
				['validity period of 7 years is not one this permit has (10 or 5 years)'],
				['a 10-year permit is issued at 16 or over, but the holder was younger when it starts'],
			]);
			expect(result.main.map((i) => i.json.checks.passed)).toEqual(ids.map(() => false));
		});

		it('"Send Failed Checks to Error Output": failing permits go to the error output, masked, every item paired in order', async () => {
			const result = await run(
				emu,
				[
					permitItem('eep-hkmo-front', { row: 0 }),
					permitItem('eep-expired', { row: 1 }),
					permitItem('eep-tw-front', { row: 2 }),
					permitItem('eep-bad-number', { row: 3 }),
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
				'The exit-entry permit of input item 1 failed the local checks: permit expired: valid to 2022-04-30',
			);
			expect(bad.error).toMatchObject({ error_code: 'CHECKS_FAILED', api_called: true });
			expect(bad.error.permit).toMatchObject({ number: 'C******67', name: '张*' });
			const text = JSON.stringify(result.run);
			for (const id of ['eep-hkmo-front', 'eep-tw-front'])
				for (const value of personal(id)) expect(text).not.toContain(value);
		});

		it('without the option, a failing permit stays on the main output', async () => {
			const result = await run(
				emu,
				[permitItem('eep-expired')],
				{},
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main).toHaveLength(1);
			expect(result.errors).toHaveLength(0);
		});
	});

	describe('personal data in the output', () => {
		it('mask: number, names, birth year, machine code, added personal fields masked; no photo, no input binary', async () => {
			const result = await run(emu, [permitItem('eep-future-fields')], {
				personalData: 'mask',
				returnPortraitImage: true,
			});
			const json = result.main[0].json;
			expect(json).toMatchObject({
				number: 'C******67',
				name: '张*',
				name_en: 'Z********N',
				birth_date: '1990',
				former_name: '张*三',
				id_card_number: '110101********1233',
				endorsement_info_hk: { holder_name: '张*' },
				sex: '男',
				valid_period: '2024.06.01-2034.05.31',
				issue_place: '广东',
			});
			expect(json.machine_code).toMatch(/^\*+$/);
			expect(json.checks.passed).toBe(true);
			expect(result.main[0].binary).toBeUndefined();
			const text = JSON.stringify(result.run);
			for (const value of personal('eep-future-fields')) expect(text).not.toContain(value);
		});

		it('drop: the personal fields and added ones removed; type, validity, endorsements, checks stay', async () => {
			const result = await run(emu, [permitItem('eep-future-fields')], {
				personalData: 'drop',
				returnPortraitImage: true,
			});
			const json = result.main[0].json;
			for (const key of [
				'number',
				'name',
				'name_en',
				'birth_date',
				'machine_code',
				'former_name',
				'id_card_number',
				'portrait_image',
			])
				expect(json[key]).toBeUndefined();
			expect(json).toMatchObject({
				type: '往来港澳通行证',
				valid_period: '2024.06.01-2034.05.31',
				valid_to: '2034-05-31',
				checks: { passed: true },
			});
			expect(json.endorsement_info_hk).not.toHaveProperty('holder_name');
			expect(result.main[0].binary).toBeUndefined();
			const text = JSON.stringify(result.run);
			for (const value of personal('eep-future-fields')) expect(text).not.toContain(value);
			expect(text).not.toContain('张三');
		});
	});

	describe('pre-flight and errors', () => {
		it('10×10 pixels is refused locally, costing no call', async () => {
			const result = await run(
				emu,
				[permitItem('eep-hkmo-front', {}, { format: 'png', width: 10, height: 10 })],
				{},
				{ onError: 'continueErrorOutput' },
			);
			expect(result.errors[0].json.error).toMatchObject({
				error_code: 'AIS.0103',
				api_called: false,
			});
			expect(emu.current.stats().ocrCalls).toBe(0);
		});

		it('not a permit: AIS.0104 → error item { message, error } with the permit wording; AIS.0105 too; the batch stays paired', async () => {
			const result = await run(
				emu,
				[permitItem('eep-unreadable'), permitItem('eep-hkmo-front'), permitItem('eep-blurred')],
				{},
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main.map((i) => i.pairedItem)).toEqual([{ item: 1 }]);
			expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
			const { json } = result.errors[0];
			expect(Object.keys(json).sort()).toEqual(['error', 'message']);
			expect(json.message).toMatch(/exit-entry permit.*input item 0.*AIS\.0104/);
			expect(json.error.description).toMatch(
				/Travelling to and from Hong Kong and Macao or Taiwan/,
			);
			expect(result.errors[1].json.error).toMatchObject({ error_code: 'AIS.0105' });
		});
	});
});
