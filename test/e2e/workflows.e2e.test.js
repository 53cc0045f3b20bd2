'use strict';
/*
 * The workflows in test/e2e/workflows/, imported into a real n8n 2.x and run with `n8n execute`.
 * The package under test is the `npm pack` tarball installed into N8N_USER_FOLDER/.n8n/nodes.
 */
const fs = require('node:fs');
const path = require('node:path');

const { harness } = require('./lib/harness');
const { FIXTURES } = require('../emulator/fixtures');

const OCR = 'Recognise ID card';
let h;

beforeAll(() => {
	h = harness();
});

beforeEach(async () => {
	await h.emulator.reset();
});

const front = (id) => FIXTURES[id].front;
const back = (id) => FIXTURES[id].back;

test('01 photos read from disk → OCR (binary input) → applicant table', async () => {
	const r = await h.execute('hwcOcrE2eFiles01', '01 files from disk');
	expect(r.status).toBe('success');
	const rows = r.output('Applicant table').map((i) => i.json);
	expect(rows).toHaveLength(4);
	const byFile = Object.fromEntries(rows.map((row) => [path.basename(row.file, '.jpg'), row]));
	expect(Object.keys(byFile).sort()).toEqual([
		'back-beijing',
		'back-long-term',
		'front-lina-x',
		'front-zhangsan',
	]);

	expect(byFile['front-zhangsan']).toMatchObject({
		side: 'front',
		name: front('front-zhangsan').name,
		idNumber: front('front-zhangsan').number,
		birth: front('front-zhangsan').birth,
		numberChecksumOk: true,
	});
	expect(byFile['front-lina-x'].idNumber).toBe(front('front-lina-x').number);
	expect(byFile['front-lina-x'].idNumber.endsWith('X')).toBe(true);
	expect(byFile['back-beijing']).toMatchObject({
		side: 'back',
		issuedBy: back('back-beijing').issue,
		validTo: back('back-beijing').valid_to,
	});
	expect(byFile['back-long-term']).toMatchObject({ side: 'back', validTo: '长期' });

	// "Include Input Fields" kept the Read Files node's fields; "Pass Through Binary" off dropped the photo.
	for (const item of r.output(OCR)) {
		expect(item.json.fileName).toMatch(/\.jpg$/);
		expect(item.binary).toBeUndefined();
	}
	expect((await h.emulator.stats()).ocrCalls).toBe(4);
});

test('02 image URL from the previous node (Huawei downloads it)', async () => {
	const r = await h.execute('hwcOcrE2eUrl0002', '02 url input');
	expect(r.status).toBe('success');
	const [item] = r.output(OCR);
	expect(item.json).toMatchObject({
		applicationId: 'APP-1001',
		side: 'front',
		name: front('front-zhangsan').name,
		number: front('front-zhangsan').number,
		ethnicity: front('front-zhangsan').ethnicity,
	});
	expect(item.json.verification_result).toMatchObject({
		valid_number: true,
		valid_birth: true,
		valid_sex: true,
	});
	const stats = await h.emulator.stats();
	expect(stats.ocrCalls).toBe(1);
	expect(stats.projectCalls).toBe(0); // the credential has a project id
});

test('03 base64 from an expression on the previous node’s field', async () => {
	const r = await h.execute('hwcOcrE2eBase643', '03 base64 expression');
	expect(r.status).toBe('success');
	const [item] = r.output(OCR);
	expect(item.json).toMatchObject({ side: 'back', ...back('back-beijing') });
	expect(item.json.photoBase64).toBeUndefined(); // input fields are not included unless asked for
	expect(item.pairedItem).toEqual({ item: 0 });
});

test('04 mixed batch: error output gets the input fields and the Huawei error code', async () => {
	const r = await h.execute('hwcOcrE2eBatch04', '04 batch + error output');
	expect(r.status).toBe('success');

	const ok = r.output(OCR, 0).map((i) => i.json);
	const failed = r.output(OCR, 1).map((i) => i.json);
	expect(ok.map((j) => j.rowId).sort()).toEqual(['R-1', 'R-3', 'R-6']);
	expect(failed.map((j) => j.rowId).sort()).toEqual(['R-2', 'R-4', 'R-5']);

	const accepted = Object.fromEntries(r.output('Accepted').map((i) => [i.json.rowId, i.json]));
	expect(accepted['R-1']).toMatchObject({
		status: 'accepted',
		applicant: 'Zhang San',
		name: front('front-zhangsan').name,
	});
	expect(accepted['R-3']).toMatchObject({
		name: front('front-minority').name,
		ethnicity: front('front-minority').ethnicity,
	});
	expect(accepted['R-6']).toMatchObject({ side: 'back', valid_to: '长期' });

	const review = Object.fromEntries(
		r.output('Needs manual review').map((i) => [i.json.rowId, i.json]),
	);
	expect(Object.keys(review).sort()).toEqual(['R-2', 'R-4', 'R-5']);
	for (const row of Object.values(review)) {
		// the input item's fields survived onto the error branch …
		expect(row.applicant).toEqual(expect.any(String));
		expect(row.photoUrl).toMatch(/\/images\/.+\.jpg$/);
		// … next to the error and the Huawei details
		expect(row.status).toBe('manual review');
		expect(row.reason).toEqual(expect.any(String));
		expect(row.reason.length).toBeGreaterThan(5);
		expect(row.error).toMatchObject({
			error_code: row.errorCode,
			http_status: expect.any(Number),
		});
	}
	expect(review['R-2'].errorCode).toBe('AIS.0104');
	expect(review['R-4'].errorCode).toBe('ModelArts.4603');
	expect(review['R-5'].errorCode).toBe('AIS.0105');
});

describe('05 n8n “Retry On Fail” node setting', () => {
	test('a failed attempt is retried by n8n and the run succeeds', async () => {
		await h.emulator.configure({ failNext: ['503'] });
		const r = await h.execute('hwcOcrE2eRetry05', '05 retry on fail (1 failure)');
		expect(r.status).toBe('success');
		const [item] = r.output(OCR);
		expect(item.json).toMatchObject({
			name: front('front-lina-x').name,
			number: front('front-lina-x').number,
		});
		expect((await h.emulator.stats()).ocrCalls).toBe(2);
	});

	test('when every try fails the execution fails with the Huawei error', async () => {
		await h.emulator.configure({ failNext: ['503', '503', '503'] });
		const r = await h.execute('hwcOcrE2eRetry05', '05 retry on fail (3 failures)');
		expect(r.status).toBe('error');
		expect((await h.emulator.stats()).ocrCalls).toBe(3);
		expect(JSON.stringify(r.error)).toMatch(/503|unavailable|Service/i);
	});
});

test('06 double_side: both sides of the card in one photo', async () => {
	const r = await h.execute('hwcOcrE2eDouble6', '06 double_side');
	expect(r.status).toBe('success');
	const [item] = r.output(OCR);
	const fixture = FIXTURES['double-zhangsan'];
	expect(item.json.side).toBe('double_side');
	expect(item.json.front).toMatchObject(fixture.front);
	expect(item.json.back).toMatchObject(fixture.back);
	// the card's fields are also lifted to the top level
	expect(item.json).toMatchObject({ name: fixture.front.name, issue: fixture.back.issue });
});

test('07 portrait image returned as binary and written to disk by the next node', async () => {
	const r = await h.execute('hwcOcrE2ePortr07', '07 portrait to disk');
	expect(r.status).toBe('success');
	const [item] = r.output(OCR);
	const number = front('front-zhangsan').number;
	expect(item.json.number).toBe(number);
	expect(item.json.portrait_image).toBeUndefined(); // moved out of the JSON into binary
	expect(item.binary.portrait_image).toMatchObject({
		mimeType: 'image/jpeg',
		fileExtension: 'jpg',
	});
	expect(item.binary.adjusted_image).toMatchObject({ mimeType: 'image/jpeg' });
	expect(item.binary.data).toBeUndefined(); // Pass Through Binary off

	const file = path.join(h.state.filesDir, 'portraits', `${number}.jpg`);
	expect(fs.existsSync(file)).toBe(true);
	const bytes = fs.readFileSync(file);
	expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
	expect(bytes.length).toBeGreaterThan(100);
	const [written] = r.output('Save portrait');
	expect(written.json.fileName).toBe(file);
});

describe('08/09 one card and four bad photos (issue 9: every n8n version routes the same)', () => {
	const expected = [
		['2-too-small.png', 'AIS.0103', false],
		['3-too-wide.jpg', 'AIS.0103', false],
		['4-scan.pdf', 'AIS.0102', false],
		['5-unreadable.jpg', 'AIS.0105', true],
	];

	test('On Error: Continue (using error output) → 1 on the success output, 4 on the error output', async () => {
		const r = await h.execute('hwcOcrE2eMixed08', '08 mixed batch, error output');
		expect(r.status).toBe('success');
		const ok = r.output(OCR, 0);
		const failed = r.output(OCR, 1);
		expect(ok).toHaveLength(1);
		expect(ok[0].json).toMatchObject({
			fileName: '1-front-zhangsan.jpg',
			name: front('front-zhangsan').name,
		});
		expect(failed).toHaveLength(4);
		expect(r.output('Needs a person')).toHaveLength(4);
		failed.forEach((item, i) => {
			const [fileName, code, apiCalled] = expected[i];
			// the input item's fields, merged by the engine …
			expect(item.json.fileName).toBe(fileName);
			expect(item.json.mimeType).toEqual(expect.any(String));
			// … next to the sentence for a person and the code for an expression
			expect(item.json.message).toMatch(new RegExp(`input item ${i + 1}`, 'i'));
			expect(item.json.error).toMatchObject({ error_code: code, api_called: apiCalled });
			expect(item.pairedItem).toMatchObject({ item: i + 1 });
		});
		expect(failed[3].json.error).toMatchObject({ http_status: 400 });
		// Only the readable card and the unreadable photo cost a call.
		expect((await h.emulator.stats()).ocrCalls).toBe(2);
	});

	test('On Error: Continue (regular output) → all five stay on the main output, in order', async () => {
		const r = await h.execute('hwcOcrE2eMixed09', '09 mixed batch, regular output');
		expect(r.status).toBe('success');
		const all = r.output(OCR);
		expect(all).toHaveLength(5);
		expect(all[0].json.name).toBe(front('front-zhangsan').name);
		all.slice(1).forEach((item, i) => {
			expect(item.json.error).toMatchObject({ error_code: expected[i][1] });
			expect(item.pairedItem).toMatchObject({ item: i + 1 });
		});
	});
});
