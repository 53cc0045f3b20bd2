/**
 * The emulator's auto-classification API (apis/auto-classification.js) over real HTTP, requests signed by
 * Huawei's official signer: a list of AutoClassificationResult entries, a failed document inside a 200 answer,
 * type_list / extended_parameters / detect_seal / pdf_page_number, refusals with the documented codes.
 */
const { useDocumentApi } = require('./documentApiSuite');
const { isValidNumber } = require('./idnumber');
const auto = require('./apis/auto-classification');
const { makePdf } = require('./apis/general-text');

const api = useDocumentApi('auto-classification', { width: 2000, height: 1300 });
const { jpeg, call } = api;

/** Luhn (ISO/IEC 7812-1) check, written out for the fixture's card number. */
function luhnValid(number) {
	let sum = 0;
	[...number].reverse().forEach((c, i) => {
		let d = Number(c);
		if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
		sum += d;
	});
	return sum % 10 === 0;
}

describe('emulator: auto-classification', () => {
	it('one photo, three documents read and one not: four entries, the failed one with its own status', async () => {
		const r = await call({ image: jpeg('several-documents') });
		expect(r.status).toBe(200);
		const list = r.json.result;
		expect(list.map((d) => d.type)).toEqual([
			'id_card',
			'bankcard',
			'driver_license',
			'vehicle_license',
		]);
		for (const d of list.slice(0, 3)) {
			expect(d.status).toEqual({ error_code: '0', error_msg: 'success' });
			expect(d.location).toHaveLength(4);
			expect(d).not.toHaveProperty('seal_mark');
		}
		expect(list[3].status.error_code).toBe('AIS.0104');
		expect(list[3].content).toEqual({});
		expect(list[0].content.number).toBe('110101199003070118');
	});

	it("fixture numbers: the bank card passes Luhn, the representatives' ID numbers as documented", () => {
		// 6222021234567890128 by hand (Luhn, from the right, every second digit doubled, 9 taken off above 9):
		// kept 8,1,9,7,5,3,1,0,2,6 = 42; doubled 2,0,8,6,4,2,2,2,2 → 4,0,7,3,8,4,4,4,4 = 38; 42 + 38 = 80 ✓
		expect(luhnValid(auto.BANK_CARD.card_number)).toBe(true);
		expect(luhnValid('6222021234567890127')).toBe(false);
		// 440305197504120316: Σ digit × weight (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) = 237, 237 mod 11 = 6 → '6' ✓
		expect(auto.REPRESENTATIVES['licence-company'].number).toBe('440305197504120316');
		expect(isValidNumber('440305197504120316')).toBe(true);
		// 310115196809230531: Σ = 276, 276 mod 11 = 1 → '0' expected, '1' sent ✗
		expect(auto.REPRESENTATIVES['licence-fixed-term'].number).toBe('310115196809230531');
		expect(isValidNumber('310115196809230531')).toBe(false);
	});

	it('type_list keeps only those types; detect_seal adds seal_mark; options are recorded', async () => {
		const r = await call({
			image: jpeg('several-documents'),
			type_list: ['bankcard', 'driver_license'],
			detect_seal: true,
			extended_parameters: { bankcard: { return_text_location: true } },
		});
		expect(r.json.result.map((d) => [d.type, d.seal_mark])).toEqual([
			['bankcard', false],
			['driver_license', true],
		]);
		expect(api.emu.stats().requests[0].options).toEqual({
			type_list: ['bankcard', 'driver_license'],
			detect_seal: true,
			extended_parameters: { bankcard: { return_text_location: true } },
		});
	});

	it('a PDF reads the page asked for: the supplier pack has its ID card on page 2', async () => {
		const pdf = makePdf('licence-fixed-term', 2).toString('base64');
		expect((await call({ image: pdf })).json.error_code).toBe('AIS.0104'); // page 1: a licence, not classified
		const page2 = await call({ image: pdf, pdf_page_number: 2 });
		expect(page2.json.result.map((d) => d.type)).toEqual(['id_card']);
		expect((await call({ image: pdf, pdf_page_number: 3 })).json.error_code).toBe('AIS.0101');
	});

	it.each([
		[{ type_list: 'id_card' }],
		[{ type_list: ['business_license'] }], // not a type Huawei documents for this API
		[{ extended_parameters: { id_card: 'front' } }],
		[{ extended_parameters: { unknown_type: {} } }],
		[{ detect_seal: 'yes' }],
		[{ pdf_page_number: -1 }],
	])('refuses %j with AIS.0101', async (extra) => {
		const r = await call({ image: jpeg('several-documents'), ...extra });
		expect(r.status).toBe(400);
		expect(r.json.error_code).toBe('AIS.0101');
	});

	it('AIS.0102 for a format it does not read, AIS.0103 past 8192 px, AIS.0104 when nothing is found', async () => {
		expect(
			(await call({ image: Buffer.from('GIF89a....').toString('base64') })).json.error_code,
		).toBe('AIS.0102');
		expect(
			(await call({ image: jpeg('several-documents', { width: 8193, height: 100 }) })).json
				.error_code,
		).toBe('AIS.0103');
		expect((await call({ image: jpeg(undefined) })).json.error_code).toBe('AIS.0104');
		expect((await call({ image: jpeg('nothing-found') })).json.error_code).toBe('AIS.0104');
		expect(
			(await call({ image: jpeg('several-documents'), type_list: ['passport'] })).json.error_code,
		).toBe('AIS.0104');
	});
});
