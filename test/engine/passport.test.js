import { documentKit } from './documentKit';
import { ACCOUNTS, fileItem, useEmulator } from './setup';

const { FIXTURES, MRZ1, VALID_MRZ2 } = require('../emulator/apis/passport.fixtures');
const { RESULT: PASSPORT_RESULT } = require('../emulator/schemas/passport');
const { inModelOrder } = require('../emulator/schemas/model');

/*
 * Passport → Recognize in n8n's real WorkflowExecute against the emulator's `passport` API. The MRZs are the
 * ICAO 9303 specimen (ERIKSSON ANNA MARIA, Utopia) and variants whose check digits are worked out by hand in
 * test/emulator/apis/passport.fixtures.js and test/unit/passportChecks.test.js.
 */

const kit = documentKit('passport', 'passport', { width: 1200, height: 850 });
const passportItem = kit.item;

const run = kit.run;

describe('Passport → Recognize', () => {
	const emu = useEmulator();
	const calls = () => kit.calls(emu);

	it("calls POST /v2/{project_id}/ocr/passport; Huawei's fields at the top level, in the model's order", async () => {
		const result = await run(emu, [passportItem('passport-utopia')]);
		expect(calls()).toHaveLength(1);
		expect(calls()[0].path).toBe(`/v2/${ACCOUNTS.accessKey.projectId}/ocr/passport`);
		expect(calls()[0].request).toEqual({}); // Auto-Detect sends no country_code
		const json = /** @type {Record<string, any>} */ (result.main[0].json);
		expect(json).toMatchObject(FIXTURES['passport-utopia'].result);
		// PassportResult's order (the one schema, test/emulator/schemas/passport.js), then `checks`.
		const sent = [...Object.keys(FIXTURES['passport-utopia'].result), 'confidence'];
		expect(Object.keys(json)).toEqual([...inModelOrder(PASSPORT_RESULT, sent), 'checks']);
		expect(result.main[0].pairedItem).toEqual({ item: 0 });
	});

	it('"Country Code" reaches Huawei as country_code (GENERAL: the MRZ fields only; CHN: all fields)', async () => {
		const general = await run(emu, [passportItem('passport-chn')], { countryCode: 'GENERAL' });
		expect(calls()[0].request).toEqual({ country_code: 'GENERAL' });
		expect(general.main[0].json).not.toHaveProperty('date_of_issue');
		const chn = await run(emu, [passportItem('passport-chn')], { countryCode: 'CHN' });
		expect(calls()[1].request).toEqual({ country_code: 'CHN' });
		expect(chn.main[0].json).toMatchObject({
			date_of_issue: '2021-05-20',
			place_of_birth: 'BEIJING',
		});
	});

	it('fields Huawei adds later are passed through', async () => {
		const result = await run(emu, [passportItem('passport-future-fields')]);
		expect(result.main[0].json).toMatchObject({ chip_present: true, page_quality: 'good' });
	});

	describe('local checks', () => {
		it('a sound passport: every ICAO 9303 check digit right, the MRZ agrees, not expired', async () => {
			const result = await run(emu, [passportItem('passport-utopia')]);
			expect(result.main[0].json.checks).toEqual({
				passed: true,
				failures: [],
				missing_fields: [],
				not_checked: [],
				mrz_found: true,
				mrz_source: 'extra_info.machine_code',
				mrz_format_valid: true,
				number_check_digit_valid: true,
				birth_check_digit_valid: true,
				expiry_check_digit_valid: true,
				optional_data_check_digit_valid: true,
				composite_check_digit_valid: true,
				number_matches_mrz: true,
				birth_matches_mrz: true,
				expiry_matches_mrz: true,
				sex_matches_mrz: true,
				birth_valid: true,
				expiry_valid: true,
				expired: false,
			});
		});

		it('a wrong check digit, printed fields that differ from the MRZ, an expired specimen', async () => {
			const result = await run(emu, [
				passportItem('passport-bad-check-digit'),
				passportItem('passport-mrz-mismatch'),
				passportItem('passport-icao-specimen'),
			]);
			const [bad, mismatch, specimen] = result.main.map((i) => i.json.checks);
			expect(bad).toMatchObject({
				passed: false,
				mrz_source: 'extra_info.machine_code1+machine_code2',
				number_check_digit_valid: false,
				composite_check_digit_valid: false,
			});
			expect(bad.failures).toEqual([
				'MRZ check digit of the passport number is wrong (ICAO 9303)',
				'MRZ composite check digit is wrong (ICAO 9303)',
			]);
			expect(mismatch.failures).toEqual([
				'passport_number differs from the MRZ',
				'sex differs from the MRZ',
			]);
			expect(specimen).toMatchObject({ mrz_source: 'extra_info.mrz', expired: true });
			expect(specimen.failures).toEqual(['passport expired on 2012-04-15']);
		});

		it('no MRZ returned (a Chinese passport read in full): MRZ checks not checked, not failed', async () => {
			const result = await run(emu, [passportItem('passport-chn')]);
			const checks = result.main[0].json.checks;
			expect(checks).toMatchObject({ passed: true, mrz_found: false, number_matches_mrz: null });
			expect(checks.not_checked).toEqual([expect.stringMatching(/no machine-readable zone/)]);
		});

		it('"Send Failed Checks to Error Output" routes suspect passports to the error output, masked', async () => {
			const result = await run(
				emu,
				[
					passportItem('passport-utopia', { row: 0 }),
					passportItem('passport-bad-check-digit', { row: 1 }),
				],
				{ options: { failedChecksToError: true, personalData: 'mask', includeInputFields: true } },
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main.map((i) => i.json.row)).toEqual([0]);
			expect(result.errors).toHaveLength(1);
			const { json, pairedItem } =
				/** @type {{ json: Record<string, any>, pairedItem: unknown }} */ (result.errors[0]);
			expect(pairedItem).toEqual({ item: 1 });
			expect(json.row).toBe(1); // n8n's error output keeps the input item's fields
			expect(json.message).toMatch(
				/The passport of input item 1 failed the local checks: MRZ check digit/,
			);
			expect(json.error).toMatchObject({ error_code: 'CHECKS_FAILED', api_called: true });
			expect(json.error.passport.passport_number).toBe('L8*****C3');
			expect(JSON.stringify(result.errors)).not.toContain('ERIKSSON');
		});
	});

	describe('personal data in the output', () => {
		it('mask: number, names, birth year, the MRZ hidden after the issuing state; no photo', async () => {
			const result = await run(emu, [passportItem('passport-utopia')], {
				options: { personalData: 'mask' },
			});
			const { json, binary } = /** @type {{ json: Record<string, any>, binary: unknown }} */ (
				result.main[0]
			);
			expect(json).toMatchObject({
				passport_number: 'L8*****C3',
				surname: 'E******N',
				given_name: 'A********A',
				date_of_birth: '1974',
				date_of_expiry: '2034-04-15',
				nationality: 'UTO',
			});
			expect(json.extra_info.machine_code).toEqual([`P<UTO${'*'.repeat(39)}`, '*'.repeat(44)]);
			expect(binary).toBeUndefined();
			const text = JSON.stringify(result.run);
			for (const secret of ['L898902C3', 'ERIKSSON', '1974-08-12', MRZ1, VALID_MRZ2])
				expect(text).not.toContain(secret);
		});

		it('drop: number, names, birth and MRZ removed; the rest stays', async () => {
			const result = await run(emu, [passportItem('passport-chn')], {
				options: { personalData: 'drop' },
			});
			const json = /** @type {Record<string, any>} */ (result.main[0].json);
			for (const key of ['passport_number', 'surname', 'given_name', 'date_of_birth'])
				expect(json).not.toHaveProperty(key);
			expect(json.extra_info.CHN).toEqual({
				sex: '男',
				place_of_birth: '北京',
				place_of_issue: '北京',
			});
			expect(json).toMatchObject({ date_of_expiry: '2031-05-19', sex: 'M' });
		});
	});

	describe('pre-flight and errors', () => {
		it.each([
			[
				'a PDF',
				() => fileItem(Buffer.from('%PDF-1.7\n1 0 obj'), {}, 'p.pdf', 'application/pdf'),
				'AIS.0102',
			],
			[
				'10×10 pixels',
				() => passportItem('passport-utopia', {}, { width: 10, height: 10 }),
				'AIS.0103',
			],
			[
				'9000 pixels wide',
				() => passportItem('passport-utopia', {}, { width: 9000, height: 600 }),
				'AIS.0103',
			],
		])('%s is refused locally, costing no call (%s)', async (_name, item, code) => {
			const result = await run(emu, [item()], {}, { onError: 'continueErrorOutput' });
			expect(result.errors[0].json.error).toMatchObject({ error_code: code, api_called: false });
			expect(emu.current.stats().ocrCalls).toBe(0);
		});

		it('not a passport: AIS.0104 → error item { message, error } with the passport wording', async () => {
			const result = await run(
				emu,
				[passportItem('passport-utopia'), passportItem('a-cat-photo')],
				{},
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main).toHaveLength(1);
			const { json, pairedItem } =
				/** @type {{ json: Record<string, any>, pairedItem: unknown }} */ (result.errors[0]);
			expect(pairedItem).toEqual({ item: 1 });
			expect(Object.keys(json).sort()).toEqual(['error', 'message']);
			expect(json.message).toMatch(/passport.*input item 1.*AIS\.0104/);
			expect(json.error.description).toMatch(/data page of a passport/);
		});

		it('ModelArts.4204 names the regions that serve Passport OCR', async () => {
			emu.current.configure({ unsubscribed: ['cn-north-4'] });
			const result = await run(emu, [passportItem('passport-utopia')]);
			expect(result.error?.message).toMatch(/Passport OCR is not enabled in region cn-north-4/);
			expect(result.error?.description).toMatch(
				/Huawei serves Passport OCR in cn-north-4 and ap-southeast-1 and ap-southeast-2/,
			);
		});
	});

	it('a batch keeps input order and pairs every output with its input item', async () => {
		const ids = ['passport-chn', 'passport-blurred', 'passport-utopia', 'passport-icao-specimen'];
		const result = await run(
			emu,
			ids.map((id, row) => passportItem(id, { row })),
			{ options: { concurrency: 3, includeInputFields: true } },
			{ onError: 'continueErrorOutput' },
		);
		expect(result.main.map((i) => i.json.row)).toEqual([0, 2, 3]);
		expect(result.main.map((i) => i.pairedItem)).toEqual([0, 2, 3].map((item) => ({ item })));
		expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 1 }]);
		expect(result.errors[0].json.error.error_code).toBe('AIS.0105');
	});
});
