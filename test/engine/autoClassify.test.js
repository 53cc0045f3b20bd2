/**
 * Auto-Classify → Recognize in n8n's engine against the emulator (test/emulator/apis/auto-classification.js):
 * one output item per document found, a document Huawei could not read on the error output, the rules of the
 * node's own resources applied to the documents they read.
 */
import { wiredTypes } from '../../nodes/HuaweiCloudOcr/actions/autoClassify/recognize.operation';
import { RESOURCES } from '../../nodes/HuaweiCloudOcr/actions/resources';
import { runOcrWorkflow } from '../harness/runWorkflow';
import { akCredentials, fileItem, useEmulator } from './setup';

const { makeImage, makeOfd, makeZip } = require('../emulator/images');
const { makePdf } = require('../emulator/apis/general-text');
const auto = require('../emulator/apis/auto-classification');

const RESOURCE = { resource: 'autoClassify', operation: 'recognize' };
// 张三's number (emulator fixture): Σ digit × weight = 158, 158 mod 11 = 4 → check character '8' ✓
const ZHANGSAN = '110101199003070118';
// 王五's number: the emulator's fixture with a deliberately wrong check character
const WANGWU = require('../emulator/fixtures').FIXTURES['front-bad-checksum'].front.number;

function photo(marker, json = {}, size = { width: 2000, height: 1300 }) {
	return fileItem(
		makeImage({ format: 'jpeg', ...size, marker }),
		json,
		`${marker}.jpg`,
		'image/jpeg',
	);
}

function autoClassifyCalls(emu) {
	return emu.stats().requests.filter((r) => r.path.endsWith('/auto-classification'));
}

describe('Auto-Classify → Recognize in the n8n engine against the emulator', () => {
	const emu = useEmulator();

	it('an auto-classify case with three documents in one photo and one unreadable: 3 on success, 1 on error, all paired to input 0', async () => {
		const result = await runOcrWorkflow({
			items: [photo('several-documents', { applicant: 'A-1' })],
			parameters: RESOURCE,
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		expect(result.error).toBeUndefined();
		expect(emu.current.stats().ocrCalls).toBe(1);
		expect(result.main.map((i) => i.json.type)).toEqual(['id_card', 'bankcard', 'driver_license']);
		expect(result.errors).toHaveLength(1);
		for (const item of [...result.main, ...result.errors])
			expect(item.pairedItem).toEqual({ item: 0 });

		const [idCard, bankCard, licence] = result.main.map((i) => i.json);
		// type, location (and seal_mark when asked) lead; the document's fields follow at the top level
		expect(Object.keys(idCard).slice(0, 2)).toEqual(['type', 'location']);
		expect(idCard.location).toHaveLength(4);
		expect(idCard).toMatchObject({ name: '张三', number: ZHANGSAN, side: 'front' });
		expect(idCard.checks.passed).toBe(true);
		expect(idCard).not.toHaveProperty('content');
		// the bank card's own `type` (借记卡) does not replace the classification
		expect(bankCard).toMatchObject({
			type: 'bankcard',
			content_type: '借记卡',
			card_number: auto.BANK_CARD.card_number,
		});
		expect(licence).toMatchObject({ type: 'driver_license', content_type: 'normal', class: 'C1' });

		const failed = result.errors[0].json;
		expect(failed.error).toEqual({
			message: failed.message,
			error_code: 'AIS.0104',
			error_msg: 'The image is not supported or the image quality is poor.',
			type: 'vehicle_license',
			location: expect.any(Array),
			document_index: 3,
			api_called: true,
		});
		expect(failed.message).toBe(
			'Huawei could not read document 4 of 4 (vehicle_license) in input item 0 (AIS.0104)',
		);
	});

	it('two input photos: each document is paired with its own photo, in input order', async () => {
		const result = await runOcrWorkflow({
			items: [photo('several-documents', { n: 0 }), photo('two-id-cards', { n: 1 })],
			parameters: { ...RESOURCE, options: { includeInputFields: true, concurrency: 2 } },
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		expect(result.main.map((i) => [i.json.n, i.json.type, i.pairedItem])).toEqual([
			[0, 'id_card', { item: 0 }],
			[0, 'bankcard', { item: 0 }],
			[0, 'driver_license', { item: 0 }],
			[1, 'id_card', { item: 1 }],
			[1, 'id_card', { item: 1 }],
		]);
		expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 0 }]);
		expect(autoClassifyCalls(emu.current)).toHaveLength(2);
	});

	it("an ID card found in the photo gets the ID card's checks: a wrong check character fails them", async () => {
		const result = await runOcrWorkflow({
			items: [photo('two-id-cards')],
			parameters: RESOURCE,
			credentials: akCredentials(emu.current),
		});
		const [wangwu, lina] = result.main.map((i) => i.json);
		expect(wangwu.number).toBe(WANGWU);
		expect(wangwu.checks.passed).toBe(false);
		expect(wangwu.checks.failures.join(' ')).toMatch(/check/i);
		expect(lina.checks.passed).toBe(true);
	});

	it('Send Failed Checks to Error Output: the failing ID card goes to the error output, the other stays', async () => {
		const result = await runOcrWorkflow({
			items: [photo('two-id-cards')],
			parameters: { ...RESOURCE, options: { failedChecksToError: true } },
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		expect(result.main).toHaveLength(1);
		expect(result.errors).toHaveLength(1);
		expect(result.errors[0].json.error).toMatchObject({
			error_code: 'CHECKS_FAILED',
			api_called: true,
			document: { type: 'id_card', number: WANGWU },
		});
		expect(result.errors[0].json.message).toMatch(
			/^The ID card of input item 0 failed the local checks/,
		);
	});

	it("the documents of a type with its own resource get that resource's checks; which types are wired", async () => {
		const wired = wiredTypes(RESOURCES);
		expect(wired).toContain('id_card');
		const result = await runOcrWorkflow({
			items: [photo('several-documents')],
			parameters: RESOURCE,
			credentials: akCredentials(emu.current),
		});
		for (const item of result.main) {
			if (wired.includes(String(item.json.type))) expect(item.json.checks).toHaveProperty('passed');
			else expect(item.json).not.toHaveProperty('checks');
		}
		if (wired.includes('bankcard')) {
			const card = result.main.find((i) => i.json.type === 'bankcard').json;
			expect(card.checks.passed).toBe(true); // 6222021234567890128: Luhn sum 80 (see the emulator test)
		}
	});

	it('a type no resource reads is passed through with unknown fields', async () => {
		const result = await runOcrWorkflow({
			items: [photo('taxi-receipt')],
			parameters: RESOURCE,
			credentials: akCredentials(emu.current),
		});
		expect(result.main[0].json).toEqual({
			type: 'taxi_invoice',
			location: expect.any(Array),
			code: '111001981234',
			number: '12345678',
			date: '2024-05-06',
			total: '35.00',
			future_field: 'kept',
		});
	});

	it('every request option reaches Huawei: Document Types, Extended Parameters, Detect Seal, PDF Page Number', async () => {
		const result = await runOcrWorkflow({
			items: [photo('several-documents')],
			parameters: {
				...RESOURCE,
				typeList: ['id_card', 'driver_license'],
				options: {
					detectSeal: true,
					extendedParameters: '{"id_card": {"side": "front"}}',
					pdfPageNumber: 1,
				},
			},
			credentials: akCredentials(emu.current),
		});
		expect(result.error).toBeUndefined();
		expect(autoClassifyCalls(emu.current)[0].options).toEqual({
			type_list: ['id_card', 'driver_license'],
			extended_parameters: { id_card: { side: 'front' } },
			detect_seal: true,
			pdf_page_number: 1,
		});
		expect(result.main.map((i) => [i.json.type, i.json.seal_mark])).toEqual([
			['id_card', false],
			['driver_license', true],
		]);
		expect(Object.keys(result.main[0].json).slice(0, 3)).toEqual(['type', 'location', 'seal_mark']);
	});

	it('reads the page of a PDF given by PDF Page Number', async () => {
		const result = await runOcrWorkflow({
			items: [fileItem(makePdf('licence-fixed-term', 2), {}, 'pack.pdf', 'application/pdf')],
			parameters: { ...RESOURCE, options: { pdfPageNumber: 2 } },
			credentials: akCredentials(emu.current),
		});
		expect(result.error).toBeUndefined();
		expect(result.main.map((i) => i.json.name)).toEqual(['欧阳明华']);
	});

	it('pre-flight: bad Extended Parameters, a GIF and a side over 8192 px cost no call', async () => {
		const cases = [
			{
				item: photo('several-documents'),
				options: { extendedParameters: '{"id_card": "front"}' },
				code: 'AIS.0101',
			},
			{
				item: photo('several-documents'),
				options: { extendedParameters: 'not json' },
				code: 'AIS.0101',
			},
			{
				item: fileItem(Buffer.from('GIF89a\x01\x00\x01\x00'), {}, 'x.gif', 'image/gif'),
				options: {},
				code: 'AIS.0102',
			},
			{
				item: photo('several-documents', {}, { width: 8193, height: 100 }),
				options: {},
				code: 'AIS.0103',
			},
		];
		for (const { item, options, code } of cases) {
			const result = await runOcrWorkflow({
				items: [item],
				parameters: { ...RESOURCE, options },
				credentials: akCredentials(emu.current),
				onError: 'continueErrorOutput',
			});
			expect(result.errors[0].json.error).toMatchObject({ error_code: code, api_called: false });
		}
		expect(emu.current.stats().ocrCalls).toBe(0);
	});

	it('region: a credential for another region is refused before any call, naming cn-north-4', async () => {
		const { ocrEndpoint, ...noEndpoint } = akCredentials(emu.current, { region: 'cn-east-3' });
		const result = await runOcrWorkflow({
			items: [photo('several-documents')],
			parameters: RESOURCE,
			credentials: noEndpoint,
		});
		expect(ocrEndpoint).toBeDefined();
		expect(result.error.message).toMatch(/Auto Classification OCR in cn-north-4 only.*cn-east-3/);
		expect(emu.current.stats().ocrCalls).toBe(0);
	});

	it('region: with its own OCR endpoint the credential decides, and the call goes', async () => {
		const result = await runOcrWorkflow({
			items: [photo('several-documents')],
			parameters: RESOURCE,
			credentials: akCredentials(emu.current, { region: 'cn-east-3' }),
			onError: 'continueErrorOutput',
		});
		expect(result.error).toBeUndefined();
		expect(result.main).toHaveLength(3);
	});

	it('nothing found in the photo: an error item for that input (AIS.0104)', async () => {
		const result = await runOcrWorkflow({
			items: [photo('nothing-found')],
			parameters: RESOURCE,
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		expect(result.main).toHaveLength(0);
		expect(result.errors[0].json.error).toMatchObject({ error_code: 'AIS.0104', api_called: true });
	});

	it('Personal Data: Mask masks each document by its own rules, and unknown types generically', async () => {
		const result = await runOcrWorkflow({
			items: [photo('several-documents'), photo('taxi-receipt')],
			parameters: { ...RESOURCE, options: { personalData: 'mask' } },
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		const idCard = result.main.find((i) => i.json.type === 'id_card').json;
		expect(idCard).toMatchObject({ name: '张*', number: '110101********0118', birth: '1990' });
		const all = JSON.stringify(result.main.map((i) => i.json));
		expect(all).not.toContain(ZHANGSAN);
		expect(all).not.toContain(auto.BANK_CARD.card_number);
		expect(all).not.toContain(auto.DRIVING_LICENCE.number);
		for (const item of result.main) expect(item.binary).toBeUndefined();
		// the taxi receipt's numbers are not personal (12 and 8 digits): kept
		expect(result.main.find((i) => i.json.type === 'taxi_invoice').json.code).toBe('111001981234');
	});

	it('Personal Data: Drop removes the personal fields of each document', async () => {
		const result = await runOcrWorkflow({
			items: [photo('several-documents')],
			parameters: { ...RESOURCE, options: { personalData: 'drop' } },
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		const idCard = result.main.find((i) => i.json.type === 'id_card').json;
		for (const key of ['name', 'number', 'address', 'birth'])
			expect(idCard).not.toHaveProperty(key);
		expect(idCard).toMatchObject({ type: 'id_card', sex: '男', checks: { passed: true } });
		const all = JSON.stringify(result.main.map((i) => i.json));
		expect(all).not.toContain(ZHANGSAN);
		expect(all).not.toContain(auto.BANK_CARD.card_number);
		expect(all).not.toContain(auto.DRIVING_LICENCE.number);
		expect(all).not.toContain('张三');
		expect(all).not.toContain('李娜娜');
	});

	it.each([
		['driver_license', { side: 'back' }, 'back'],
		['vehicle_license', { side: 'back' }, 'back'],
	])(
		'Extended Parameters {"%s": %j} shape that document as its resource does: side %s, no false "missing" failures',
		async (type, parameters, side) => {
			const result = await runOcrWorkflow({
				items: [photo('licence-pages')],
				parameters: {
					...RESOURCE,
					typeList: [type],
					options: { extendedParameters: JSON.stringify({ [type]: parameters }) },
				},
				credentials: akCredentials(emu.current),
				onError: 'continueErrorOutput',
			});
			expect(result.error).toBeUndefined();
			expect(autoClassifyCalls(emu.current)[0].options.extended_parameters).toEqual({
				[type]: parameters,
			});
			expect(result.main).toHaveLength(1);
			const doc = result.main[0].json;
			expect(doc.side).toBe(side);
			expect(doc.checks.missing_fields ?? []).toEqual([]);
			expect(doc.checks.failures.filter((f) => /is missing/.test(f))).toEqual([]);
		},
	);

	it('an OFD e-invoice is sent (no local refusal) and its VAT invoice read', async () => {
		const result = await runOcrWorkflow({
			items: [fileItem(makeOfd('vat-invoice'), {}, 'invoice.ofd', 'application/ofd')],
			parameters: RESOURCE,
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		expect(result.errors).toHaveLength(0);
		expect(autoClassifyCalls(emu.current)).toHaveLength(1);
		expect(result.main.map((i) => [i.json.type, i.json.number])).toEqual([
			['vat_invoice', '12345678'],
		]);
	});

	it('an OFD whose OFD.xml is not its first ZIP entry is recognised from the central directory and sent', async () => {
		const ofd = makeOfd('vat-invoice', { firstEntry: 'Doc_0/Signs/Signatures.xml' });
		const result = await runOcrWorkflow({
			items: [fileItem(ofd, {}, 'invoice.ofd', 'application/ofd')],
			parameters: RESOURCE,
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		expect(result.errors).toHaveLength(0);
		expect(result.main.map((i) => i.json.type)).toEqual(['vat_invoice']);
	});

	it('a ZIP that is not an OFD is refused locally as a format Auto-Classify does not read', async () => {
		const zip = makeZip({ 'readme.txt': 'EMULATOR-FIXTURE:vat-invoice;' });
		const result = await runOcrWorkflow({
			items: [fileItem(zip, {}, 'files.zip', 'application/zip')],
			parameters: RESOURCE,
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		expect(result.errors[0].json.error).toMatchObject({
			error_code: 'AIS.0102',
			api_called: false,
		});
		expect(result.errors[0].json.message).toMatch(
			/^Input item 0 is not a JPEG, PNG, BMP, TIFF, PDF or OFD image/,
		);
		expect(emu.current.stats().ocrCalls).toBe(0);
	});

	it('an OFD to the ID card resource is refused locally, naming OFD', async () => {
		const result = await runOcrWorkflow({
			items: [fileItem(makeOfd('vat-invoice'), {}, 'invoice.ofd', 'application/ofd')],
			parameters: { imageSource: 'binary', side: 'front' },
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		expect(result.errors[0].json.message).toContain(
			'Input item 0 is not a JPEG, PNG, BMP or TIFF image (an OFD file).',
		);
		expect(emu.current.stats().ocrCalls).toBe(0);
	});

	it.each(['mask', 'drop'])(
		'Personal Data %s: a transportation licence and a vehicle sales invoice keep no owner, buyer, address, ID number, VIN or engine number',
		async (personalData) => {
			const result = await runOcrWorkflow({
				items: [photo('transport-and-car-sale')],
				parameters: { ...RESOURCE, options: { personalData } },
				credentials: akCredentials(emu.current),
				onError: 'continueErrorOutput',
			});
			expect(result.main.map((i) => i.json.type)).toEqual([
				'transportation_license',
				'mvs_invoice',
			]);
			const all = JSON.stringify(result.main.map((i) => i.json));
			const licence = auto.TRANSPORTATION_LICENCE;
			const invoice = auto.MVS_INVOICE;
			for (const value of [
				licence.owner_name,
				licence.owner_address,
				licence.vehicle_number,
				invoice.buyer_name,
				invoice.buyer_organization_number,
				invoice.vehicle_identification_number,
				invoice.engine_number,
			])
				expect(all).not.toContain(value);
			const [transport, sale] = result.main.map((i) => i.json);
			if (personalData === 'drop') {
				for (const key of ['owner_name', 'owner_address', 'vehicle_number'])
					expect(transport).not.toHaveProperty(key);
				for (const key of ['buyer_name', 'vehicle_identification_number', 'engine_number'])
					expect(sale).not.toHaveProperty(key);
			} else {
				expect(transport).toMatchObject({ owner_name: '赵*', owner_address: '北京市海淀区…' });
				expect(sale).toMatchObject({ buyer_name: '孙*', engine_number: '*******21' });
			}
			// what the documents are about stays
			expect(sale).toMatchObject({ code: invoice.code, total: invoice.total });
			expect(transport).toMatchObject({ vehicle_type: licence.vehicle_type });
		},
	);
});
