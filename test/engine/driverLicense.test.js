import { documentKit } from './documentKit';
import { ACCOUNTS, useEmulator } from './setup';

const { FIXTURES, MALE } = require('../emulator/apis/driver-license.fixtures');
const { RESULT: LICENSE_RESULT } = require('../emulator/schemas/driver-license');
const { inModelOrder } = require('../emulator/schemas/model');

/*
 * Driving Licence → Recognize in n8n's real WorkflowExecute against the emulator's `driver-license` API.
 * The license numbers are GB 11643 ID numbers hand-checked in test/emulator/apis/driver-license.fixtures.js
 * (110101199003071233: sum 174, mod 11 = 9 → '3'; 11010519491231002X: the standard's own example).
 */

const kit = documentKit('driverLicense', 'driver-license', { width: 1200, height: 800 });
const licenceItem = kit.item;

const run = kit.run;

describe('Driver License → Recognize', () => {
	const emu = useEmulator();
	const calls = () => kit.calls(emu);

	it("calls POST /v2/{project_id}/ocr/driver-license with side=front; side, then Huawei's fields at the top level in the model's order, then checks", async () => {
		const result = await run(emu, [licenceItem('dl-zhangsan')]);
		expect(calls()[0].path).toBe(`/v2/${ACCOUNTS.accessKey.projectId}/ocr/driver-license`);
		expect(calls()[0].request).toEqual({ side: 'front' });
		const json = result.main[0].json;
		const { issuing_authority: _notAsked, ...front } = FIXTURES['dl-zhangsan'].front;
		expect(json).toMatchObject({ side: 'front', ...front });
		// `side`, DriverLicenseResult's order (the one schema, test/emulator/schemas/driver-license.js), `checks`.
		expect(Object.keys(json)).toEqual([
			'side',
			...inModelOrder(LICENSE_RESULT, Object.keys(front)),
			'checks',
		]);
	});

	it('"Return Issuing Authority" and "Return Text Location" reach Huawei (off by default)', async () => {
		const result = await run(emu, [licenceItem('dl-zhangsan')], {
			options: { returnIssuingAuthority: true, returnTextLocation: true },
		});
		expect(calls()[0].request).toEqual({
			side: 'front',
			return_issuing_authority: true,
			return_text_location: true,
		});
		expect(result.main[0].json.issuing_authority).toBe('北京市公安局公安交通管理局');
		expect(result.main[0].json.text_location.number).toHaveLength(4);
	});

	it('"Side": back, and both pages (their fields lifted to the top level, the pages compared)', async () => {
		const back = await run(emu, [licenceItem('dl-zhangsan')], { side: 'back' });
		expect(calls()[0].request).toEqual({ side: 'back' });
		expect(back.main[0].json).toMatchObject({ side: 'back', file_number: '110100123456' });
		expect(back.main[0].json.checks).toMatchObject({ passed: true, number_valid: true });
		const both = await run(emu, [licenceItem('dl-zhangsan')], { side: 'double_side' });
		const json = /** @type {Record<string, any>} */ (both.main[0].json);
		expect(json).toMatchObject({
			side: 'double_side',
			number: MALE,
			birth: '1990-03-07',
			file_number: '110100123456',
			front: { class: 'C1' },
			back: { record: expect.any(String) },
		});
		expect(json.checks).toMatchObject({ passed: true, sides_match: true });
		const differ = await run(emu, [licenceItem('dl-pages-differ')], { side: 'double_side' });
		expect(differ.main[0].json.checks.failures).toEqual([
			'the two pages carry different license numbers',
		]);
	});

	it('fields Huawei adds later are passed through', async () => {
		const result = await run(emu, [licenceItem('dl-future-fields')]);
		expect(result.main[0].json).toMatchObject({ photo_present: true, licence_edition: '2022' });
	});

	describe('local checks', () => {
		it('a sound licence passes every check', async () => {
			const result = await run(emu, [licenceItem('dl-zhangsan')]);
			expect(result.main[0].json.checks).toMatchObject({
				passed: true,
				failures: [],
				number_valid: true,
				check_digit_valid: true,
				birth_matches_number: true,
				sex_matches_number: true,
				validity_period_years: 10,
				validity_period_valid: true,
				expired: false,
				issue_date_not_after_valid_from: true,
				issue_date_age_valid: true,
			});
		});

		it.each([
			['dl-bad-check-digit', 'license number check character is wrong (GB 11643-1999)'],
			[
				'dl-sex-mismatch',
				'sex differs from the 17th digit of the license number (odd 男, even 女)',
			],
			['dl-birth-mismatch', 'birth differs from digits 7-14 of the license number'],
			['dl-expired', 'license expired: valid to 2016-01-05'],
			[
				'dl-bad-period',
				'validity period of 8 years is not one driver licenses have (6 or 10 years, or 长期)',
			],
			['dl-too-young', "issue_date (first issue) is before the holder's 18th birthday"],
			['dl-issue-after-valid-from', 'issue_date (first issue) is after valid_from'],
		])('%s fails with the reason', async (id, reason) => {
			const result = await run(emu, [licenceItem(id)]);
			expect(result.main[0].json.checks).toMatchObject({ passed: false, failures: [reason] });
		});

		it('长期 passes; a foreign holder’s non-ID number is not checked', async () => {
			const result = await run(emu, [licenceItem('dl-long-term'), licenceItem('dl-foreign')]);
			expect(result.main[0].json.checks).toMatchObject({ passed: true, long_term: true });
			expect(result.main[1].json.checks).toMatchObject({ passed: true, number_valid: null });
			expect(result.main[1].json.checks.not_checked).toHaveLength(1);
		});

		it('"Send Failed Checks to Error Output" routes suspect licences to the error output, masked', async () => {
			const result = await run(
				emu,
				[licenceItem('dl-zhangsan', { row: 0 }), licenceItem('dl-bad-check-digit', { row: 1 })],
				{ options: { failedChecksToError: true, personalData: 'mask' } },
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main.map((i) => i.pairedItem)).toEqual([{ item: 0 }]);
			const { json, pairedItem } =
				/** @type {{ json: Record<string, any>, pairedItem: unknown }} */ (result.errors[0]);
			expect(pairedItem).toEqual({ item: 1 });
			expect(json.message).toMatch(
				/The license of input item 1 failed the local checks: license number check character/,
			);
			expect(json.error).toMatchObject({ error_code: 'CHECKS_FAILED', api_called: true });
			expect(json.error.licence.number).toBe('110101********1234');
			expect(JSON.stringify(result.errors)).not.toContain('110101199003071234');
		});
	});

	describe('personal data in the output', () => {
		it('mask: number, name, address, birth, file number and their text locations; no photo', async () => {
			const result = await run(emu, [licenceItem('dl-zhangsan')], {
				side: 'double_side',
				options: { personalData: 'mask', returnTextLocation: true },
			});
			const { json, binary } = /** @type {{ json: Record<string, any>, binary: unknown }} */ (
				result.main[0]
			);
			expect(json).toMatchObject({
				number: '110101********1233',
				name: '张*',
				address: '北京市东城区…',
				birth: '1990',
				file_number: '********3456',
				class: 'C1',
				front: { number: '110101********1233', name: '张*', birth: '1990' },
				back: { file_number: '********3456' },
			});
			expect(json.front.text_location).not.toHaveProperty('number');
			expect(json.front.text_location).toHaveProperty('class');
			expect(binary).toBeUndefined();
			const text = JSON.stringify(result.run);
			for (const secret of [MALE, '南池子大街', '1990-03-07', '110100123456'])
				expect(text).not.toContain(secret);
		});

		it('drop: number, name, address, birth and file number removed; the rest stays', async () => {
			const result = await run(emu, [licenceItem('dl-zhangsan')], {
				options: { personalData: 'drop' },
			});
			const json = result.main[0].json;
			for (const key of ['number', 'name', 'address', 'birth'])
				expect(json).not.toHaveProperty(key);
			expect(json).toMatchObject({ sex: '男', class: 'C1', valid_to: '2028-06-15' });
		});
	});

	describe('pre-flight and errors', () => {
		it.each([
			['99 pixels high (the API needs 100)', { width: 800, height: 99 }, 'AIS.0103'],
			['8200 pixels wide', { width: 8200, height: 800 }, 'AIS.0103'],
		])('%s is refused locally, costing no call', async (_name, size, code) => {
			const result = await run(
				emu,
				[licenceItem('dl-zhangsan', {}, size)],
				{},
				{ onError: 'continueErrorOutput' },
			);
			expect(result.errors[0].json.error).toMatchObject({ error_code: code, api_called: false });
			expect(result.errors[0].json.message).toMatch(/between 100 and 8192 pixels/);
			expect(emu.current.stats().ocrCalls).toBe(0);
		});

		it('not a driving licence: AIS.0104 → error item { message, error } with the licence wording', async () => {
			const result = await run(emu, [licenceItem('a-cat')], {}, { onError: 'continueErrorOutput' });
			const { json } = result.errors[0];
			expect(Object.keys(json).sort()).toEqual(['error', 'message']);
			expect(json.message).toMatch(/driver license.*input item 0.*AIS\.0104/);
			expect(json.error.description).toMatch(/Chinese mainland driver license/);
		});

		it('ModelArts.4204 names the regions that serve Driving License OCR', async () => {
			emu.current.configure({ unsubscribed: ['cn-north-4'] });
			const result = await run(emu, [licenceItem('dl-zhangsan')]);
			expect(result.error?.message).toMatch(
				/Driver license OCR is not enabled in region cn-north-4/,
			);
			expect(result.error?.description).toMatch(
				/Huawei serves Driving License OCR in cn-north-4 and cn-east-3/,
			);
		});
	});

	it('a batch keeps input order and pairs every output with its input item', async () => {
		const ids = ['dl-long-term', 'dl-blurred', 'dl-zhangsan', 'dl-expired'];
		const result = await run(
			emu,
			ids.map((id, row) => licenceItem(id, { row })),
			{ options: { concurrency: 3, includeInputFields: true } },
			{ onError: 'continueErrorOutput' },
		);
		expect(result.main.map((i) => i.json.row)).toEqual([0, 2, 3]);
		expect(result.main.map((i) => i.pairedItem)).toEqual([0, 2, 3].map((item) => ({ item })));
		expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 1 }]);
	});
});
