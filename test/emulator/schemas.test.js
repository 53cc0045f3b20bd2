/**
 * One SDK-model schema per API (test/emulator/schemas/<api>.js): `check` names a field of the wrong type and
 * lets unknown keys through, and the emulator refuses to send an answer outside its API's schema (an answer
 * built from a fixture that drifted from the SDK is an emulator bug: 500 EMULATOR.500 naming the field).
 */
const kit = require('./testkit');
const { useDocumentApi } = require('./documentApiSuite');
const bankcard = require('./schemas/bankcard');
const businessLicense = require('./schemas/business-license');
const passport = require('./schemas/passport');
const driverLicense = require('./schemas/driver-license');
const vehicleLicense = require('./schemas/vehicle-license');
const generalTable = require('./schemas/general-table');
const householdRegister = require('./schemas/household-register');
const { inModelOrder } = require('./schemas/model');

const suite = useDocumentApi('bankcard', { width: 1200, height: 800 });
/** A signed POST of `body` to `/v2/{project_id}/ocr/<api>`. */
const call = (/** @type {string} */ api, /** @type {object} */ body) =>
	kit.signedRequest(suite.emu.url, {
		ak: 'EMULATORAK0000000001',
		sk: require('./index').DEFAULT_ACCOUNTS.accessKey.secretAccessKey,
		path: suite.path.replace(/\/bankcard$/, `/${api}`),
		body,
	});

/** Runs `fn` with `object[key]` set to `value`, then puts it back. */
async function withField(/** @type {any} */ object, /** @type {string} */ key, value, fn) {
	const before = object[key];
	object[key] = value;
	try {
		return await fn();
	} finally {
		object[key] = before;
	}
}

describe('schemas: check names a field of the wrong type and passes unknown keys', () => {
	it.each([
		[
			'bankcard',
			bankcard,
			{ card_number: 4111, holder_name: 1 },
			'result.card_number should be string',
		],
		[
			'business-license',
			businessLicense,
			{ registered_capital: 100, registration_authority: 1 },
			'result.registered_capital should be string',
		],
		[
			'passport',
			passport,
			{ confidence: 'high', chip_present: true },
			'result.confidence should be object',
		],
		[
			'driver-license',
			driverLicense,
			{ front: { status: '正常', photo_present: true } },
			'result.front.status should be string[]',
		],
		[
			'vehicle-license',
			vehicleLicense,
			{ back: { alarm_confidence: { border_integrity_score: 0.5 } }, seal_present: true },
			'result.back.alarm_confidence.border_integrity_score should be int',
		],
		[
			'general-table',
			generalTable,
			{ words_region_list: [{ words_block_count: '1', words_block_list: [{ rows: [0] }] }] },
			'result.words_region_list[0].words_block_count should be int',
		],
		[
			'household-register',
			householdRegister,
			[{ confidence: { name: 'high' }, page_number: 1 }],
			'result[0].confidence should be float{}',
		],
	])('%s', (_api, schema, result, problem) => {
		expect(schema.check(result)).toEqual([expect.stringContaining(problem)]);
	});

	it('keys in the model order (the order the node output is held to), unknown keys left out', () => {
		expect(
			inModelOrder(bankcard.RESULT, ['confidence', 'holder_name', 'type', 'bank_name']),
		).toEqual(['bank_name', 'type', 'confidence']);
	});
});

describe('the emulator answers only inside the schema of the API (a drifted fixture is a 500)', () => {
	const { FIXTURES: CARDS } = require('./apis/bankcard.fixtures');
	const { FIXTURES: LICENCES } = require('./apis/business-license.fixtures');
	const { FIXTURES: PASSPORTS } = require('./apis/passport.fixtures');
	const { FIXTURES: DRIVERS } = require('./apis/driver-license.fixtures');
	const { FIXTURES: VEHICLES } = require('./apis/vehicle-license.fixtures');
	const { FIXTURES: TABLES } = require('./apis/general-table');
	const { FIXTURES: HK_CARDS } = require('./apis/hk-id-card.fixtures');
	const { FIXTURES: MACAO_CARDS } = require('./apis/macao-id-card.fixtures');
	const { FIXTURES: TRAVEL_PERMITS } = require('./apis/mainland-travel-permit.fixtures');
	const { FIXTURES: EXIT_PERMITS } = require('./apis/exit-entry-permit.fixtures');
	const { FIXTURES: INVOICES } = require('./apis/vat-invoice.fixtures');
	const { FIXTURES: REGISTERS } = require('./apis/household-register.fixtures');
	const { FIXTURES: SMART_DOCS } = require('./apis/smart-document-recognizer.fixtures');

	it.each([
		[
			'bankcard',
			'bankcard-visa-credit',
			() => CARDS['bankcard-visa-credit'],
			'card_number',
			4111,
			{},
			'result.card_number should be string',
		],
		[
			'business-license',
			'licence-company',
			() => LICENCES['licence-company'],
			'found_date',
			20200101,
			{},
			'result.found_date should be string',
		],
		[
			'passport',
			'passport-utopia',
			() => PASSPORTS['passport-utopia'].result,
			'sex',
			1,
			{},
			'result.sex should be string',
		],
		[
			'driver-license',
			'dl-zhangsan',
			() => DRIVERS['dl-zhangsan'].front,
			'status',
			'正常',
			{},
			'result.status should be string[]',
		],
		[
			'vehicle-license',
			'vl-zhangsan',
			() => VEHICLES['vl-zhangsan'].back,
			'file_no',
			110001234567,
			{ side: 'double_side' },
			'result.back.file_no should be string',
		],
		[
			'general-table',
			'table-price-list',
			() => TABLES['table-price-list'],
			'heading',
			7,
			{},
			'result.words_region_list[0].words_block_list[0].words should be string',
		],
		[
			'hk-id-card',
			'hk-chan',
			() => HK_CARDS['hk-chan'],
			'permanent',
			'Y',
			{},
			'result.permanent should be boolean',
		],
		[
			'macao-id-card',
			'mo-chan',
			() => MACAO_CARDS['mo-chan'],
			'height',
			1.72,
			{},
			'result.height should be string',
		],
		[
			'mainland-travel-permit',
			'mtp-hk-front',
			() => TRAVEL_PERMITS['mtp-hk-front'],
			'issue_times',
			1,
			{},
			'result.issue_times should be string',
		],
		[
			'exit-entry-permit',
			'eep-hkmo-front',
			() => EXIT_PERMITS['eep-hkmo-front'].endorsement_info_hk,
			'valid_round_trips',
			1,
			{},
			'result.endorsement_info_hk.valid_round_trips should be string',
		],
		[
			'vat-invoice',
			'vat-special',
			() => INVOICES['vat-special'],
			'seller_seal',
			'发票专用章',
			{ advanced_mode: true },
			'result.seller_seal should be string[]',
		],
		[
			'household-register',
			'hr-family',
			() => REGISTERS['hr-family'].pages[1].content,
			'height',
			175,
			{},
			'result[1].content.height should be string',
		],
		[
			'smart-document-recognizer',
			'smart-application',
			() => SMART_DOCS['smart-application'].pages[0].lines,
			'0',
			7,
			// the picture goes in data (JSON leaves the undefined image out)
			{ image: undefined, data: suite.jpeg('smart-application') },
			'result[0].ocr_result.words_block_list[0].words should be string',
		],
	])(
		'%s (%s with a field of the wrong type)',
		async (api, marker, holder, key, value, extra, problem) => {
			const image = suite.jpeg(marker);
			expect((await call(api, { image, ...extra })).status).toBe(200);
			const drifted = await withField(holder(), key, value, () => call(api, { image, ...extra }));
			expect(drifted.status).toBe(500);
			expect(drifted.json.error_code).toBe('EMULATOR.500');
			expect(drifted.json.error_msg).toContain(`answer outside the SDK model: ${problem}`);
		},
	);

	it('general-table: words_block_count is an int and excel belongs to the result (GeneralTableResult)', async () => {
		const r = await call('general-table', {
			image: suite.jpeg('table-price-list'),
			return_excel: true,
		});
		expect(r.status).toBe(200);
		expect(generalTable.check(r.json.result)).toEqual([]);
		expect(
			r.json.result.words_region_list.map((/** @type {any} */ g) => g.words_block_count),
		).toEqual([1, 4]);
		expect(Object.keys(r.json.result)).toEqual([
			'words_region_count',
			'words_region_list',
			'excel',
		]);
	});
});
