import { documentKit } from './documentKit';
import { ACCOUNTS, fileItem, useEmulator } from './setup';

const {
	FIXTURES,
	HOUSEHOLDER_NUMBER,
	SPOUSE_NUMBER,
	CHILD_NUMBER,
	SPOUSE_BAD_CHECK_NUMBER,
} = require('../emulator/apis/household-register.fixtures');
const { PAGE, CONTENT } = require('../emulator/schemas/household-register');
const { inModelOrder } = require('../emulator/schemas/model');

/*
 * Household Register → Recognize in n8n's real WorkflowExecute against the emulator's `household-register`
 * API. The ID numbers are hand-checked in test/emulator/apis/household-register.fixtures.js.
 */

const kit = documentKit('householdRegister', 'household-register', { width: 1600, height: 1000 });
const pageItem = kit.item;
/**
 * Options are the run's only parameters here.
 * @returns {Promise<any>} the run (its items' JSON read freely below)
 */
const run = (emu, items, options = {}, extra = {}) => kit.run(emu, items, { options }, extra);

/** Every name, number, date and address of the emulator's registers, as text. */
const PERSONAL = [
	'张三',
	'李梅',
	'李小梅',
	'张小明',
	'张大山',
	'王警官',
	'东华门',
	'南池子',
	'建国路',
	'110101123456',
	'13800138000',
	'北京示例科技',
	'199003070118',
	'199108150026',
	'201602290032',
	'1990年03月07日',
	'1991年08月15日',
	'大学本科',
];

describe('Household Register → Recognize', () => {
	const emu = useEmulator();

	it("calls POST /v2/{project_id}/ocr/household-register with the image only; Huawei's pages under result, in the model's order", async () => {
		const result = await run(emu, [pageItem('hr-family')]);
		const [call] = kit.calls(emu);
		expect(call.path).toBe(`/v2/${ACCOUNTS.accessKey.projectId}/ocr/household-register`);
		expect(call.bodyKeys).toEqual(['image']);
		const json = result.main[0].json;
		expect(Object.keys(json)).toEqual(['result', 'member_count', 'checks']);
		expect(json.member_count).toBe(3);
		expect(json.result.map((p) => p.type)).toEqual(['首页', '登记页', '登记页', '登记页']);
		for (const page of json.result) {
			expect(Object.keys(page)).toEqual(Object.keys(PAGE));
			expect(page.location).toHaveLength(4);
		}
		// every HouseholdRegisterContent field, in the SDK's order (the one schema, schemas/household-register.js)
		expect(json.result[2].content).toEqual(FIXTURES['hr-family'].pages[2].content);
		expect(Object.keys(json.result[2].content)).toEqual(
			inModelOrder(CONTENT, Object.keys(FIXTURES['hr-family'].pages[2].content)),
		);
		expect(json.result[0].content.police_station).toBe('北京市公安局东城分局东华门派出所');
		expect(typeof json.result[1].confidence.id_card_number).toBe('number');
		expect(result.main[0].binary?.data).toBeDefined(); // Keep Input Binary is on by default
	});

	it('fields Huawei adds later (on the page and in the content) are passed through with Keep', async () => {
		const result = await run(emu, [pageItem('hr-future-fields')]);
		const [page] = result.main[0].json.result;
		expect(page.page_serial).toBe('P-110101199003070118');
		expect(page.content).toMatchObject({ guardian_name: '张大山', mobile_phone: '13800138000' });
	});

	describe('local checks', () => {
		it('a family of three with valid numbers, birth dates and sexes passes, member by member', async () => {
			const result = await run(emu, [pageItem('hr-family')]);
			const checks = result.main[0].json.checks;
			expect(checks).toMatchObject({
				passed: true,
				failures: [],
				missing_fields: [],
				not_checked: [],
				page_count: 4,
				member_count: 3,
				home_page: true,
				issue_date_valid: true,
				householder_matches: true,
				household_numbers_match: true,
				id_numbers_distinct: true,
			});
			expect(checks.members).toEqual(
				[1, 2, 3].map((position) => ({
					position,
					page: position + 1,
					missing_fields: [],
					id_number_format: 'id18',
					id_number_valid: true,
					check_digit_valid: true,
					birth_date_valid: true,
					birth_matches_number: true,
					sex_matches_number: true,
					registration_date_valid: true,
				})),
			);
		});

		it.each([
			[
				'hr-bad-check-digit',
				{ check_digit_valid: false, id_number_valid: false },
				['member 1: ID number check character is wrong (GB 11643-1999)'],
			],
			[
				'hr-birth-mismatch',
				{ id_number_valid: true, birth_matches_number: false },
				['member 1: birth_date differs from digits 7-14 of the ID number'],
			],
			[
				'hr-sex-mismatch',
				{ id_number_valid: true, sex_matches_number: false },
				['member 1: sex differs from the 17th digit of the ID number (odd 男, even 女)'],
			],
			[
				'hr-unreal-birth',
				{ check_digit_valid: true, id_number_valid: false, birth_date_valid: false },
				[
					'member 1: birth date in the ID number is not a real past date',
					'member 1: birth_date is not a real date',
				],
			],
			[
				'hr-missing-number',
				{ id_number_format: 'missing', missing_fields: ['id_card_number'] },
				['member 1: id_card_number is missing'],
			],
		])('%s fails with the reason, naming the member by position', async (id, member, failures) => {
			const result = await run(emu, [pageItem(id)]);
			const checks = result.main[0].json.checks;
			expect(checks.passed).toBe(false);
			expect(checks.failures).toEqual(failures);
			expect(checks.members[0]).toMatchObject(member);
		});

		it('the second of three members failing is named "member 2"; the others pass', async () => {
			const result = await run(emu, [pageItem('hr-family-second-bad')]);
			const checks = result.main[0].json.checks;
			expect(checks.failures).toEqual([
				'member 2: ID number check character is wrong (GB 11643-1999)',
			]);
			expect(checks.members.map((m) => m.id_number_valid)).toEqual([true, false, true]);
			expect(checks.members[1]).toMatchObject({ position: 2, page: 3 });
		});

		it('the home page naming another householder than the member recorded as 户主 fails, quoting no name', async () => {
			const result = await run(emu, [pageItem('hr-householder-differs')]);
			const checks = result.main[0].json.checks;
			expect(checks.householder_matches).toBe(false);
			expect(checks.failures).toEqual([
				'home page: householder_name differs from the name of member 1 (户主)',
			]);
		});

		it('a home page alone passes, its members reported as not checked', async () => {
			const result = await run(emu, [pageItem('hr-home-only')]);
			expect(result.main[0].json.checks).toMatchObject({
				passed: true,
				member_count: 0,
				home_page: true,
				not_checked: ['members: the image holds no registration page'],
				members: [],
			});
		});

		it('"Send Failed Checks to Error Output": a failing register goes to the error output, masked, paired', async () => {
			const result = await run(
				emu,
				[
					pageItem('hr-family', { row: 0 }),
					pageItem('hr-family-second-bad', { row: 1 }),
					pageItem('hr-sex-mismatch', { row: 2 }),
				],
				{ failedChecksToError: true, personalData: 'mask' },
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main.map((i) => i.pairedItem)).toEqual([{ item: 0 }]);
			expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 1 }, { item: 2 }]);
			expect(result.errors.map((i) => i.json.row)).toEqual([1, 2]);
			const bad = result.errors[0].json;
			expect(bad.message).toBe(
				'The household register of input item 1 failed the local checks: member 2: ID number check character is wrong (GB 11643-1999)',
			);
			expect(bad.error).toMatchObject({ error_code: 'CHECKS_FAILED', api_called: true });
			expect(bad.error.register.result[2].content.id_card_number).toBe('110101********0027');
			const text = JSON.stringify(result.run);
			for (const value of [
				HOUSEHOLDER_NUMBER,
				SPOUSE_NUMBER,
				CHILD_NUMBER,
				SPOUSE_BAD_CHECK_NUMBER,
			])
				expect(text).not.toContain(value);
		});

		it('without the option, a failing register stays on the main output', async () => {
			const result = await run(
				emu,
				[pageItem('hr-bad-check-digit')],
				{},
				{
					onError: 'continueErrorOutput',
				},
			);
			expect(result.main).toHaveLength(1);
			expect(result.main[0].json.checks.passed).toBe(false);
			expect(result.errors).toHaveLength(0);
		});
	});

	describe('personal data in the output', () => {
		it('mask: names, numbers, dates of birth, addresses and sensitive fields masked; nothing personal left', async () => {
			const result = await run(emu, [pageItem('hr-family'), pageItem('hr-future-fields')], {
				personalData: 'mask',
			});
			const [home, householder, spouse] = result.main[0].json.result;
			expect(home.content).toEqual({
				household_type: '家庭户',
				household_number: '********3456',
				householder_name: '张*',
				community: '*****',
				address: '北京市东城区…',
				issue_date: '2010年05月06日',
				police_station: '北京市公安局东城分局东华门派出所',
			});
			expect(householder.content).toMatchObject({
				name: '张*',
				id_card_number: '110101********0118',
				birth_date: '1990',
				birthplace: '北京市东城区',
				sex: '男',
				householder_relationship: '户主',
			});
			expect(spouse.content).toMatchObject({
				name: '李*',
				former_name: '李*梅',
				religious_belief: '*',
				blood_type: '*',
				education: '****',
				work_place: '**********',
				registrar_signature_seal: '王*官',
				other_address: '北京市朝阳区…',
				registration_date: '2015年06月20日',
			});
			expect(typeof spouse.confidence.name).toBe('number');
			const future = result.main[1].json.result[0];
			expect(future.content.guardian_name).toBe('张*山');
			expect(future.content.mobile_phone).toMatch(/^138\*+\d*$/);
			expect(future.content.remark).not.toContain('199003070118');
			expect(future.page_serial).toBe('P-110101********0118');
			expect(result.main[0].binary).toBeUndefined();
			const text = JSON.stringify(result.run).replace(/police_station":"[^"]*"/g, '');
			for (const value of PERSONAL) expect(text).not.toContain(value);
		});

		it('drop: only the allowlisted fields stay (a key Huawei adds goes too); checks stay', async () => {
			const result = await run(emu, [pageItem('hr-family'), pageItem('hr-future-fields')], {
				personalData: 'drop',
			});
			const [home, householder, spouse] = result.main[0].json.result;
			expect(home.content).toEqual({
				household_type: '家庭户',
				issue_date: '2010年05月06日',
				police_station: '北京市公安局东城分局东华门派出所',
			});
			expect(householder.content).toEqual({
				sex: '男',
				ethnicity: '汉',
				registration_date: '2010年05月06日',
			});
			expect(Object.keys(spouse.confidence).sort()).toEqual(
				['ethnicity', 'registration_date', 'sex'].sort(),
			);
			const future = result.main[1].json.result[0];
			expect(Object.keys(future).sort()).toEqual(['confidence', 'content', 'location', 'type']);
			expect(Object.keys(future.content).sort()).toEqual(['ethnicity', 'registration_date', 'sex']);
			expect(result.main[0].json.checks).toMatchObject({ passed: true, member_count: 3 });
			const text = JSON.stringify(result.run).replace(/police_station":"[^"]*"/g, '');
			// the birthplace's district stays in Mask (cut after the county level), not in Drop
			for (const value of [...PERSONAL, '长安区', '户主', '妻']) expect(text).not.toContain(value);
		});
	});

	describe('errors', () => {
		it('a photo without a household register (AIS.0104) and a blurred one (AIS.0105) go to the error output: 3 in, 3 out, in order, paired', async () => {
			const result = await run(
				emu,
				[
					pageItem('hr-family', { row: 0 }),
					pageItem('no-such-fixture', { row: 1 }),
					pageItem('hr-blurred', { row: 2 }),
				],
				{},
				{ onError: 'continueErrorOutput' },
			);
			expect(result.main.map((i) => i.pairedItem)).toEqual([{ item: 0 }]);
			expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 1 }, { item: 2 }]);
			expect(result.errors.map((i) => i.json.error.error_code)).toEqual(['AIS.0104', 'AIS.0105']);
			expect(result.errors[0].json.message).toMatch(/household register.*input item 1.*AIS\.0104/);
			expect(result.errors[0].json.error.description).toMatch(/户口本/);
		});

		it('a 10×10 image is refused locally (AIS.0103) with no API call', async () => {
			const result = await run(
				emu,
				[pageItem('hr-family', {}, { format: 'png', width: 10, height: 10 })],
				{},
				{ onError: 'continueErrorOutput' },
			);
			expect(result.errors[0].json.message).toMatch(
				/10×10 pixels; each side must be between 15 and 8192/,
			);
			expect(result.errors[0].json.error).toMatchObject({
				error_code: 'AIS.0103',
				api_called: false,
			});
			expect(emu.current.stats().ocrCalls).toBe(0);
		});

		it('a PDF is refused locally (AIS.0102) with no API call', async () => {
			const result = await run(
				emu,
				[fileItem(Buffer.from('%PDF-1.4\n1 0 obj\n'), {}, 'register.pdf', 'application/pdf')],
				{},
				{ onError: 'continueErrorOutput' },
			);
			expect(result.errors[0].json.message).toMatch(/is not a JPEG, PNG, BMP or TIFF image/);
			expect(emu.current.stats().ocrCalls).toBe(0);
		});

		it('ModelArts.4204 (not enabled in the region) names the service to enable', async () => {
			emu.current.configure({ unsubscribed: ['cn-north-4'] });
			const result = await run(emu, [pageItem('hr-family')]);
			expect(result.error?.message).toMatch(/not enabled in region cn-north-4.*ModelArts\.4204/);
			expect(result.error?.description).toMatch(/enable "Household Register OCR"/);
		});
	});

	it('a batch keeps input order and pairs every output with its input item', async () => {
		const ids = ['hr-family', 'hr-blurred', 'hr-home-only', 'household-page', 'hr-sex-mismatch'];
		const result = await run(
			emu,
			ids.map((id, row) => pageItem(id, { row })),
			{ concurrency: 3, includeInputFields: true },
			{ onError: 'continueErrorOutput' },
		);
		expect(result.main.map((i) => i.json.row)).toEqual([0, 2, 3, 4]);
		expect(result.main.map((i) => i.pairedItem)).toEqual([0, 2, 3, 4].map((item) => ({ item })));
		expect(result.main.map((i) => i.json.member_count)).toEqual([3, 0, 1, 1]);
		expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 1 }]);
	});
});
