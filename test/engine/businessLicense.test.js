import { runOcrWorkflow } from '../harness/runWorkflow';
import { documentKit } from './documentKit';
import { ACCOUNTS, akCredentials, fileItem, fixtures, useEmulator } from './setup';

const { FIXTURES: LICENCES, makePdf } = require('../emulator/apis/business-license.fixtures');
const { RESULT: LICENSE_RESULT } = require('../emulator/schemas/business-license');
const { inModelOrder } = require('../emulator/schemas/model');

/*
 * Business Licence → Recognize in n8n's real WorkflowExecute against the emulator's `business-license` API.
 * The fixture credit codes are hand-checked in test/emulator/apis/business-license.fixtures.js; real published
 * codes are checked in test/unit/businessLicenseChecks.test.js.
 */

const kit = documentKit('businessLicense', 'business-license', { width: 1400, height: 1000 });
function licenceItem(id, json = {}, image = {}) {
	if (image.format === 'pdf')
		return fileItem(makePdf({ marker: id }), json, `${id}.pdf`, 'application/pdf');
	return kit.item(id, json, image);
}

/** Options are the run's only parameters here. */
const run = (emu, items, options = {}, extra = {}) => kit.run(emu, items, { options }, extra);

describe('Business License → Recognize', () => {
	const emu = useEmulator();
	const ocrRequests = () => kit.calls(emu);

	it("calls POST /v2/{project_id}/ocr/business-license; Huawei's fields at the top level, in the model's order", async () => {
		const result = await run(emu, [licenceItem('licence-company')]);
		expect(ocrRequests().map((r) => r.path)).toEqual([
			`/v2/${ACCOUNTS.accessKey.projectId}/ocr/business-license`,
		]);
		const json = /** @type {Record<string, any>} */ (result.main[0].json);
		expect(json).toMatchObject(LICENCES['licence-company']);
		// BusinessLicenseResult's order (the one schema, test/emulator/schemas/business-license.js), then `checks`.
		const sent = [...Object.keys(LICENCES['licence-company']), 'confidence'];
		expect(Object.keys(json)).toEqual([...inModelOrder(LICENSE_RESULT, sent), 'checks']);
		expect(typeof json.confidence.registration_number).toBe('number');
	});

	it('the API has no request options: only the image, or the URL, is sent', async () => {
		await run(emu, [licenceItem('licence-company')], { includeInputFields: true });
		expect(ocrRequests()[0]).toMatchObject({ bodyKeys: ['image'], pdf: false });
		emu.current.registerImage('licence.jpg', fixtures.makeImage({ marker: 'licence-company' }));
		const result = await runOcrWorkflow({
			items: [{ json: {} }],
			parameters: {
				resource: 'businessLicense',
				operation: 'recognize',
				imageSource: 'url',
				imageUrl: `${emu.current.url}/images/licence.jpg`,
			},
			credentials: akCredentials(emu.current),
		});
		expect(ocrRequests()[1].bodyKeys).toEqual(['url']);
		expect(result.main[0].json.name).toBe(LICENCES['licence-company'].name);
	});

	it('a PDF is sent as it is (Huawei reads page 1)', async () => {
		const result = await run(emu, [licenceItem('licence-company', {}, { format: 'pdf' })]);
		expect(ocrRequests()[0]).toMatchObject({ pdf: true, fixture: 'licence-company' });
		expect(result.main[0].json.checks.passed).toBe(true);
	});

	it('fields Huawei adds later are passed through', async () => {
		const result = await run(emu, [licenceItem('licence-future-fields')]);
		expect(result.main[0].json.registration_authority).toBe('深圳市市场监督管理局');
	});

	describe('local checks', () => {
		it.each([
			['licence-company', { long_term: true, term_expired: false }],
			['licence-fixed-term', { long_term: false, term_expired: false }],
		])(
			'%s: right check character and organisation code, real dates, sound term',
			async (id, term) => {
				const result = await run(emu, [licenceItem(id)]);
				expect(result.main[0].json.checks).toEqual({
					passed: true,
					failures: [],
					missing_fields: [],
					code_format: 'uscc18',
					check_character_valid: true,
					organization_code_valid: true,
					found_date_valid: true,
					issue_date_valid: true,
					business_term_valid: true,
					...term,
				});
			},
		);

		it.each([
			[
				'licence-bad-check',
				{ check_character_valid: false, organization_code_valid: true },
				'unified social credit code check character is wrong (GB 32100-2015)',
			],
			[
				'licence-bad-organization',
				{ check_character_valid: true, organization_code_valid: false },
				'characters 9-17 of the credit code are not an organization code with a right check character (GB 11714-1997)',
			],
			[
				'licence-old-registration',
				{ code_format: 'registration15', check_character_valid: null },
				expect.stringMatching(/^registration_number is a 15-digit registration number/),
			],
			['licence-unreal-date', { found_date_valid: false }, 'found_date is not a real date'],
			['licence-future-date', { found_date_valid: false }, 'found_date is in the future'],
			[
				'licence-term-reversed',
				{ business_term_valid: false },
				'business term ends before it starts',
			],
			[
				'licence-term-ended',
				{ business_term_valid: true, term_expired: true },
				'business term ended on 2020-12-31',
			],
		])('%s fails, with its reason', async (id, expected, reason) => {
			const result = await run(emu, [licenceItem(id)]);
			const checks = result.main[0].json.checks;
			expect(checks).toMatchObject({ passed: false, ...expected });
			expect(checks.failures).toContainEqual(reason);
		});

		it('"Send Failed Checks to Error Output": suspect licences go to the error output, masked', async () => {
			const result = await run(
				emu,
				[
					licenceItem('licence-company', { supplier: 'S-1' }),
					licenceItem('licence-bad-check', { supplier: 'S-2' }),
				],
				{ failedChecksToError: true, personalData: 'mask' },
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main.map((i) => i.pairedItem)).toEqual([{ item: 0 }]);
			expect(result.errors).toHaveLength(1);
			const bad = result.errors[0].json;
			expect(bad.supplier).toBe('S-2');
			expect(bad.message).toBe(
				'The business license of input item 1 failed the local checks: unified social credit code check character is wrong (GB 32100-2015)',
			);
			expect(bad.error).toMatchObject({ error_code: 'CHECKS_FAILED', api_called: true });
			expect(bad.error.licence).toMatchObject({
				registration_number: '91440300********0E',
				legal_representative: '李*国',
			});
			expect(JSON.stringify(result.run)).not.toContain('李建国');
		});
	});

	describe('personal data in the output', () => {
		it('mask: legal representative, address cut after the district, credit code partly', async () => {
			const result = await run(emu, [licenceItem('licence-fixed-term')], { personalData: 'mask' });
			const json = result.main[0].json;
			expect(json).toMatchObject({
				registration_number: '91310115********XE',
				legal_representative: '欧**华',
				address: '上海市浦东新区…',
				name: LICENCES['licence-fixed-term'].name,
				found_date: '2010年05月20日',
			});
			expect(json.checks.passed).toBe(true);
			expect(result.main[0].binary).toBeUndefined();
			const text = JSON.stringify(result.run);
			for (const value of ['欧阳明华', '张江路88号', '91310115MA1H2468XE'])
				expect(text).not.toContain(value);
		});

		it('drop: legal representative and address removed; credit code masked; the rest stays', async () => {
			const result = await run(emu, [licenceItem('licence-company')], { personalData: 'drop' });
			const json = result.main[0].json;
			expect(json.legal_representative).toBeUndefined();
			expect(json.address).toBeUndefined();
			expect(json.registration_number).toBe('91440300********0D');
			expect(json).toMatchObject({
				name: LICENCES['licence-company'].name,
				business_scope: LICENCES['licence-company'].business_scope,
			});
			expect(json.checks.passed).toBe(true);
		});
	});

	describe('pre-flight refusals cost no API call', () => {
		it.each([
			{
				name: 'a GIF',
				item: () => fileItem(Buffer.from('GIF89a\x10\x00\x10\x00'), {}, 'x.gif', 'image/gif'),
				code: 'AIS.0102',
				text: /Input item 0 is not a JPEG, PNG, BMP, TIFF or PDF image/,
			},
			{
				name: '12×8 pixels',
				item: () => licenceItem('licence-company', {}, { format: 'png', width: 12, height: 8 }),
				code: 'AIS.0103',
				text: /12×8 pixels; each side must be between 15 and 8192/,
			},
			{
				name: 'over 10 MB once base64-encoded',
				item: () =>
					fileItem(
						fixtures.makeImage({
							format: 'png',
							width: 1400,
							height: 1000,
							marker: 'licence-company',
							padToBytes: 8 * 1024 * 1024,
						}),
						{},
						'huge.png',
						'image/png',
					),
				code: 'ModelArts.4104',
				text: /Huawei accepts at most 10 MB/,
			},
		])('$name → $code', async ({ item, code, text }) => {
			const result = await run(emu, [item()], {}, { onError: 'continueErrorOutput' });
			expect(result.errors).toHaveLength(1);
			expect(result.errors[0].json.message).toMatch(text);
			expect(result.errors[0].json.error).toMatchObject({ error_code: code, api_called: false });
			expect(emu.current.stats().ocrCalls).toBe(0);
		});
	});

	describe('errors', () => {
		it('not a business licence: Huawei AIS.0104 → error item { message, error } only', async () => {
			const result = await run(
				emu,
				[licenceItem('licence-unreadable'), licenceItem('licence-company')],
				{},
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main.map((i) => i.pairedItem)).toEqual([{ item: 1 }]);
			const { json, pairedItem } = result.errors[0];
			expect(pairedItem).toEqual({ item: 0 });
			expect(Object.keys(json).sort()).toEqual(['error', 'message']);
			expect(json.message).toMatch(/business license.*input item 0.*AIS\.0104/);
			expect(json.error.description).toMatch(/营业执照/);
		});

		it('ModelArts.4204 names the regions that serve Business License OCR', async () => {
			emu.current.configure({ unsubscribed: ['cn-north-4'] });
			const result = await run(emu, [licenceItem('licence-company')]);
			expect(result.error?.message).toMatch(
				/Business license OCR is not enabled in region cn-north-4/,
			);
			expect(result.error?.description).toMatch(
				/enable "Business License OCR".*Huawei serves Business License OCR in cn-north-4 and cn-east-3/,
			);
		});
	});

	it('a batch keeps input order and pairs every output with its input item', async () => {
		const ids = [
			'licence-fixed-term',
			'licence-company',
			'licence-unreadable',
			'licence-term-ended',
		];
		const result = await run(
			emu,
			ids.map((id, row) => licenceItem(id, { row })),
			{ concurrency: 2, includeInputFields: true },
			{ onError: 'continueErrorOutput' },
		);
		expect(result.main.map((i) => [i.json.row, i.pairedItem])).toEqual([
			[0, { item: 0 }],
			[1, { item: 1 }],
			[3, { item: 3 }],
		]);
		expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 2 }]);
	});
});
