'use strict';
/**
 * Bank cards the emulator's `bankcard` API knows, by fixture id (the id is embedded in the image: see
 * ../images.js makeImage `marker`). Each entry is the BankcardResult Huawei would answer (fields of
 * huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/bankcard_result.py @ 343a486b),
 * or `{ error }` for a photo Huawei refuses.
 *
 * The card numbers are the public test numbers card schemes and payment processors publish (never real
 * accounts), each Luhn-checked by hand here. Luhn: number the digits from the right starting at 0; double the
 * digits at odd places (subtract 9 when over 9); add everything; the sum must be a multiple of 10.
 *   6205 5000 0000 0000 004 (UnionPay, 19): 4 (place 0) + 5 (14) + 5·2=10→1 (15) + 2·2=4 (17) + 6 (18) = 20 ✓
 *   4111 1111 1111 1111 (Visa, 16): 4·2=8 (15) + seven 1s doubled at 1..13 (14) + eight 1s at 0..14 (8) = 30 ✓
 *   5555 5555 5555 4444 (Mastercard, 16): 4+8+4+8 (places 0-3) + six 5s kept (30) + six 5s doubled→1 (6) = 60 ✓
 *   3782 822463 10005 (American Express, 15): kept 5+0+1+6+2+8+8+3 = 33, doubled 0+0+6+8+4+4+(14→5) = 27; 60 ✓
 *   3530 1113 3330 0000 (JCB, 16): kept 0+0+0+3+3+1+0+5 = 12, doubled 0+0+6+6+2+2+6+6 = 28; 40 ✓
 *   3056 9309 0259 04 (Diners Club, 14): kept 4+9+2+9+3+6+0 = 33, doubled 0+1+0+0+9+1+6 = 17; 50 ✓
 *   2223 0031 2200 3222 (Mastercard 2-series, 16): kept 2+2+0+2+1+0+3+2 = 12, doubled 4+6+0+4+6+0+4+4 = 28; 40 ✓
 *   6200 0000 0000 0006 (UnionPay, 16): 6 (place 0) + 2 (14) + 6·2=12→3 (15) = 11 ✗ (…0005 would give 10 ✓)
 *   4111 1111 1111 1111 3 (17 digits): 3 (0) + eight 1s doubled at 1..15 (16) + seven 1s at 2..14 (7) + 4 (16)
 *     = 30 ✓ Luhn, but Visa issues 13, 16 or 19 digits ✗
 * (test/unit/bankCardChecks.test.js runs the same numbers through the node's code.)
 */

/** Expiry months relative to nothing: far in the future or long past, so the tests do not age. */
const FIXTURES = {
	'bankcard-unionpay-debit': {
		bank_name: '中国工商银行',
		card_number: '6205 5000 0000 0000 004',
		issue_date: '',
		expiry_date: '',
		type: '借记卡',
	},
	'bankcard-visa-credit': {
		bank_name: '招商银行',
		card_number: '4111 1111 1111 1111',
		issue_date: '12/24',
		expiry_date: '12/49',
		type: '信用卡',
	},
	'bankcard-mastercard': {
		bank_name: '中国银行',
		card_number: '5555 5555 5555 4444',
		issue_date: '',
		expiry_date: '08/45',
		type: '信用卡',
	},
	'bankcard-amex': {
		bank_name: '中国工商银行',
		card_number: '3782 822463 10005',
		issue_date: '',
		expiry_date: '01/48',
		type: '信用卡',
	},
	'bankcard-jcb': {
		bank_name: '中国银行',
		card_number: '3530 1113 3330 0000',
		issue_date: '',
		expiry_date: '05/47',
		type: '信用卡',
	},
	'bankcard-diners': {
		bank_name: '中国建设银行',
		card_number: '3056 9309 0259 04',
		issue_date: '',
		expiry_date: '11/46',
		type: '信用卡',
	},
	'bankcard-bad-luhn': {
		bank_name: '中国农业银行',
		card_number: '6200 0000 0000 0006',
		issue_date: '',
		expiry_date: '',
		type: '借记卡',
	},
	'bankcard-bad-length': {
		bank_name: '交通银行',
		card_number: '4111 1111 1111 1111 3',
		issue_date: '',
		expiry_date: '06/44',
		type: '信用卡',
	},
	'bankcard-expired': {
		bank_name: '中国银行',
		card_number: '2223 0031 2200 3222',
		issue_date: '08/16',
		expiry_date: '08/21',
		type: '信用卡',
	},
	// A newer answer with fields the SDK model does not have yet (passed through; a holder name is masked).
	'bankcard-future-fields': {
		bank_name: '招商银行',
		card_number: '4111 1111 1111 1111',
		issue_date: '',
		expiry_date: '12/49',
		type: '信用卡',
		holder_name: '王小明',
		card_level: '白金卡',
	},
	'bankcard-unreadable': { error: 'AIS.0104' },
};

/** The photos the e2e environment writes to folder `bank-cards` (file name → fixture id). */
const E2E_PHOTOS = {
	'1-unionpay-debit.jpg': 'bankcard-unionpay-debit',
	'2-visa-credit.jpg': 'bankcard-visa-credit',
	'3-bad-luhn.jpg': 'bankcard-bad-luhn',
	'4-expired.jpg': 'bankcard-expired',
};

/** Those photos as JPEG bytes (1000×630, the card's aspect), for test/e2e/lib/environment.js. */
function e2ePhotos() {
	const { makeImage } = require('../images');
	return Object.fromEntries(
		Object.entries(E2E_PHOTOS).map(([file, id]) => [
			file,
			makeImage({ format: 'jpeg', width: 1000, height: 630, marker: id }),
		]),
	);
}

module.exports = { FIXTURES, E2E_PHOTOS, e2ePhotos };
