'use strict';
/**
 * Hong Kong identity cards the emulator's `hk-id-card` API knows, by fixture id (the id is embedded in the
 * image: see ../images.js makeImage `marker`). Each entry is the HkIdCardResult Huawei would answer (its
 * fields and types: ../schemas/hk-id-card.js), or `{ error }` for a photo Huawei refuses. The people are made
 * up.
 *
 * The HKID check digits, by hand. Letters count A=10 … Z=35; a one-letter prefix is padded with a space
 * counted 36; the eight characters are weighted 9, 8, 7, 6, 5, 4, 3, 2; check = 11 − (sum mod 11), 10 → A,
 * 11 → 0.
 *   A123456: 36·9 + 10·8 + 1·7 + 2·6 + 3·5 + 4·4 + 5·3 + 6·2 = 324 + 80 + 77 = 481; 481 = 43·11 + 8; 11 − 8 = 3
 *            → A123456(3) ✓, so A123456(4) ✗
 *   AB987654: 10·9 + 11·8 + 9·7 + 8·6 + 7·5 + 6·4 + 5·3 + 4·2 = 90 + 88 + 193 = 371; 371 = 33·11 + 8; 11 − 8 = 3
 *            → AB987654(3) ✓
 *   G123456:  36·9 + 16·8 + 77 = 324 + 128 + 77 = 529; 529 = 48·11 + 1; 11 − 1 = 10 → G123456(A) ✓
 *   K123456:  36·9 + 20·8 + 77 = 324 + 160 + 77 = 561; 561 = 51·11 + 0; 11 − 0 = 11 → K123456(0) ✓
 * (77 = 1·7 + 2·6 + 3·5 + 4·4 + 5·3 + 6·2; test/unit/hkIdCardChecks.test.js runs the same numbers.)
 */

const CHAN = {
	name: '陳大文',
	name_en: 'CHAN, Tai Man',
	sex: 'M',
	birth_date: '01-01-1980',
	number: 'A123456(3)',
	symbols: '***AZ',
	name_telegraph_code: '7115 1129 2429',
	permanent: true,
	initial_issue_date: '(06-98)',
	issue_date: '15-09-18',
};

const FIXTURES = {
	'hk-chan': CHAN,
	'hk-two-letters': {
		name: '李美玲',
		name_en: 'LEE, Mei Ling',
		sex: 'F',
		birth_date: '29-02-1996',
		number: 'AB987654(3)',
		symbols: '***AY',
		name_telegraph_code: '2621 5019 7117',
		permanent: true,
		initial_issue_date: '(03-14)',
		issue_date: '02-03-20',
	},
	// check digit A, printed with full-width parentheses and no Chinese name
	'hk-check-a': {
		name: '',
		name_en: 'SMITH, John',
		sex: 'M',
		birth_date: '10-10-1975',
		number: 'G123456（A）',
		symbols: 'C',
		name_telegraph_code: '',
		permanent: false,
		initial_issue_date: '(11-05)',
		issue_date: '01-12-21',
	},
	// check digit 0, read without parentheses
	'hk-check-0': { ...CHAN, number: 'K1234560' },
	'hk-bad-check': { ...CHAN, number: 'A123456(4)' },
	'hk-bad-format': { ...CHAN, number: 'A12345(3)' },
	'hk-bad-dates': {
		...CHAN,
		birth_date: '31-02-1980',
		issue_date: '01-01-2099',
		initial_issue_date: '(13-98)',
	},
	'hk-issued-before-birth': {
		...CHAN,
		birth_date: '01-01-1990',
		issue_date: '01-06-1985',
		initial_issue_date: '(01-85)',
	},
	// fields Huawei may add before the SDK model does: a personal one, an address and a plain one
	'hk-future-fields': {
		...CHAN,
		name_pinyin: 'CHEN DAWEN',
		holder_address: '香港九龍彌敦道1號',
		card_version: '2018',
	},
	'hk-recognition-failed': { error: 'AIS.0105' },
};

/** The photos of e2e workflow 13 (test/e2e/workflows/13-hk-id-cards.json): file → fixture. */
const E2E_PHOTOS = {
	'1-chan.jpg': 'hk-chan',
	'2-two-letters.jpg': 'hk-two-letters',
	'3-bad-check-digit.jpg': 'hk-bad-check',
};

/** Those photos as JPEG bytes (1200×760), for test/e2e/lib/environment.js. */
function e2ePhotos() {
	const { makeImage } = require('../images');
	return Object.fromEntries(
		Object.entries(E2E_PHOTOS).map(([file, id]) => [
			file,
			makeImage({ format: 'jpeg', width: 1200, height: 760, marker: id }),
		]),
	);
}

module.exports = { FIXTURES, E2E_PHOTOS, e2ePhotos };
