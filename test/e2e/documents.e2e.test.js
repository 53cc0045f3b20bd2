'use strict';
/*
 * The other documents in a real n8n 2.x (issue 12): workflows of test/e2e/workflows/ run with `n8n execute`
 * against the emulator. The fixture photos are written by lib/environment.js.
 */
const path = require('node:path');

const { harness } = require('./lib/harness');
const { FIXTURES: BANK_CARDS, E2E_PHOTOS } = require('../emulator/apis/bankcard.fixtures');

let h;

beforeAll(() => {
	h = harness();
});

beforeEach(async () => {
	await h.emulator.reset();
});

const digits = (id) => BANK_CARDS[id].card_number.replace(/\s/g, '');
const masked = (id) => {
	const d = digits(id);
	return `${d.slice(0, 6)}${'*'.repeat(d.length - 10)}${d.slice(-4)}`;
};

test('10 bank cards from disk → checked and masked: good cards to the payroll table, the rest to review', async () => {
	const r = await h.execute('hwcOcrE2eBank010', '10 bank cards');
	expect(r.status).toBe('success');

	const rows = r.output('Payroll table').map((i) => i.json);
	const byFile = Object.fromEntries(rows.map((row) => [path.basename(row.file), row]));
	expect(Object.keys(byFile).sort()).toEqual(['1-unionpay-debit.jpg', '2-visa-credit.jpg']);
	expect(byFile['1-unionpay-debit.jpg']).toMatchObject({
		bank: BANK_CARDS['bankcard-unionpay-debit'].bank_name,
		cardType: BANK_CARDS['bankcard-unionpay-debit'].type,
		cardNumber: masked('bankcard-unionpay-debit'),
		scheme: 'UnionPay',
		luhnOk: true,
		validThrough: '',
	});
	expect(byFile['2-visa-credit.jpg']).toMatchObject({
		cardNumber: masked('bankcard-visa-credit'),
		scheme: 'Visa',
		luhnOk: true,
		validThrough: '2049-12',
	});

	// The OCR node's own items: Huawei's fields at the top level, the checks, text location without the number.
	const ok = r.output('Recognise bank card', 0).map((i) => i.json);
	for (const item of ok) {
		expect(item.checks).toMatchObject({ passed: true, failures: [], length_valid: true });
		expect(item.text_location).toBeDefined();
		expect(item.text_location.card_number).toBeUndefined();
		expect(item.text_location.bank_name).toHaveLength(4);
		expect(typeof item.confidence.card_number).toBe('number');
	}

	const review = r.output('Card needs review').map((i) => i.json);
	const reviewByFile = Object.fromEntries(review.map((row) => [path.basename(row.file), row]));
	expect(Object.keys(reviewByFile).sort()).toEqual(['3-bad-luhn.jpg', '4-expired.jpg']);
	expect(reviewByFile['3-bad-luhn.jpg']).toMatchObject({
		errorCode: 'CHECKS_FAILED',
		cardNumber: masked('bankcard-bad-luhn'),
	});
	expect(reviewByFile['3-bad-luhn.jpg'].reason).toMatch(/Luhn check digit/);
	expect(reviewByFile['4-expired.jpg'].reason).toMatch(/card expired: valid through 2021-08/);

	// Masked everywhere in the run, the error branch included; one call per photo.
	const run = JSON.stringify(r.run);
	for (const id of Object.values(E2E_PHOTOS)) expect(run).not.toContain(digits(id));
	expect((await h.emulator.stats()).ocrCalls).toBe(4);
});

test('11 driving licences from disk → checked and masked: sound licences to the driver table, the rest to review', async () => {
	const {
		FIXTURES: LICENCES,
		E2E_PHOTOS: LICENCE_PHOTOS,
	} = require('../emulator/apis/driver-license.fixtures');
	const maskedNumber = (n) => `${n.slice(0, 6)}********${n.slice(14)}`;
	const r = await h.execute('hwcOcrE2eDrvL011', '11 driving licences');
	expect(r.status).toBe('success');

	const rows = r.output('Driver table').map((i) => i.json);
	const byFile = Object.fromEntries(rows.map((row) => [path.basename(row.file), row]));
	expect(Object.keys(byFile).sort()).toEqual(['1-zhangsan.jpg', '2-long-term.jpg']);
	const zhangsan = LICENCES['dl-zhangsan-front'].front;
	expect(byFile['1-zhangsan.jpg']).toMatchObject({
		name: '张*',
		licenceNumber: maskedNumber(zhangsan.number),
		class: 'C1',
		validTo: '2028-06-15',
		issuedBy: zhangsan.issuing_authority,
		numberOk: true,
	});
	expect(byFile['2-long-term.jpg']).toMatchObject({ validTo: '长期', numberOk: true });

	// The OCR node's own items: side, Huawei's fields at the top level, the checks.
	for (const item of r.output('Recognise driving licence', 0).map((i) => i.json))
		expect(item.checks).toMatchObject({ passed: true, failures: [], check_digit_valid: true });

	const review = r.output('Licence needs review').map((i) => i.json);
	const reviewByFile = Object.fromEntries(review.map((row) => [path.basename(row.file), row]));
	expect(Object.keys(reviewByFile).sort()).toEqual(['3-bad-check-digit.jpg', '4-expired.jpg']);
	expect(reviewByFile['3-bad-check-digit.jpg']).toMatchObject({
		errorCode: 'CHECKS_FAILED',
		licenceNumber: maskedNumber(LICENCES['dl-bad-check-digit'].front.number),
	});
	expect(reviewByFile['3-bad-check-digit.jpg'].reason).toMatch(/check character is wrong/);
	expect(reviewByFile['4-expired.jpg'].reason).toMatch(/license expired: valid to 2016-01-05/);

	// Masked everywhere in the run, the error branch included; one call per photo.
	const run = JSON.stringify(r.run);
	for (const id of Object.values(LICENCE_PHOTOS)) {
		const fields = LICENCES[id].front;
		expect(run).not.toContain(fields.number);
		expect(run).not.toContain(fields.address);
	}
	expect((await h.emulator.stats()).ocrCalls).toBe(4);
});

test('13 Hong Kong ID cards from disk → HKID check digit and masking: sound cards to the staff table, a wrong check digit to review', async () => {
	const { FIXTURES: HK } = require('../emulator/apis/hk-id-card.fixtures');
	const r = await h.execute('hwcOcrE2eHkId013', '13 Hong Kong ID cards');
	expect(r.status).toBe('success');

	const rows = r.output('Staff table').map((i) => i.json);
	const byFile = Object.fromEntries(rows.map((row) => [path.basename(row.file), row]));
	expect(Object.keys(byFile).sort()).toEqual(['1-chan.jpg', '2-two-letters.jpg']);
	for (const row of rows) expect(row).toMatchObject({ checkDigitOk: true });
	expect(byFile['1-chan.jpg'].hkid).toMatch(/^A\*+\(\*\)$/);
	expect(byFile['1-chan.jpg'].permanent).toBe(true);

	const review = r.output('HKID needs review').map((i) => i.json);
	expect(review.map((row) => path.basename(row.file))).toEqual(['3-bad-check-digit.jpg']);
	expect(review[0]).toMatchObject({ errorCode: 'CHECKS_FAILED' });
	expect(review[0].reason).toMatch(/check digit is wrong \(HKID modulus 11\)/);

	// Masked everywhere in the run, the error branch included; one call per photo.
	const run = JSON.stringify(r.run);
	for (const id of ['hk-chan', 'hk-two-letters', 'hk-bad-check']) {
		expect(run).not.toContain(HK[id].number);
		expect(run).not.toContain(HK[id].name);
	}
	expect((await h.emulator.stats()).ocrCalls).toBe(3);
});

test('14 VAT invoices (photos and a 2-page PDF) → every PDF page, amounts and credit codes checked, masked: good invoices to the sheet, a wrong total to review', async () => {
	const { FIXTURES: VAT } = require('../emulator/apis/vat-invoice.fixtures');
	const r = await h.execute('hwcOcrE2eVat0014', '14 VAT invoices');
	expect(r.status).toBe('success');

	const rows = r.output('Invoice sheet').map((i) => i.json);
	expect(rows.map((row) => [path.basename(row.file), row.page, row.number])).toEqual([
		['1-special.jpg', 1, VAT['vat-special'].number],
		['2-fully-digital.jpg', 1, VAT['vat-fully-digital'].number],
		['4-two-pages.pdf', 1, VAT['vat-special'].number],
		['4-two-pages.pdf', 2, VAT['vat-electronic-private'].number],
	]);
	for (const row of rows) expect(row.amountsOk).toBe(true);
	expect(rows[0]).toMatchObject({ sellerIdOk: true, seller: VAT['vat-special'].seller_name });
	// The OCR node's own items: `page` on each PDF page's item, none on a photo's.
	const ocr = r.output('Recognize VAT invoice', 0).map((i) => i.json);
	expect(ocr.map((item) => item.page)).toEqual([undefined, undefined, 1, 2]);

	const review = r.output('Invoice needs review').map((i) => i.json);
	expect(review.map((row) => path.basename(row.file))).toEqual(['3-bad-total.jpg']);
	expect(review[0]).toMatchObject({ errorCode: 'CHECKS_FAILED' });
	expect(review[0].reason).toMatch(/not total 1308\.64/);

	// Masked everywhere in the run: the people and the bank accounts; one call per photo and per PDF page.
	const run = JSON.stringify(r.run);
	for (const value of ['陈小红', '王建军', '欧阳明华', '13912345678', '1001234509000123456'])
		expect(run).not.toContain(value);
	expect((await h.emulator.stats()).ocrCalls).toBe(5);
});
