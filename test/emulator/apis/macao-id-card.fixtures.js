'use strict';
/**
 * Macao resident identity cards the emulator's `macao-id-card` API knows, by fixture id (the id is embedded
 * in the image: see ../images.js makeImage `marker`). Each entry is the MacaoIdCardResult Huawei would answer
 * for one side (its fields and types: ../schemas/macao-id-card.js; sex 男/女), or `{ error }` for a photo
 * Huawei refuses. The people and numbers are made up.
 *
 * Numbers: 1, 5 or 7, six digits and a digit in parentheses. The last digit is checked for its format only:
 * Macao's Identification Services Bureau publishes no rule for computing it (see
 * nodes/HuaweiCloudOcr/helpers/macaoIdCard/macaoNumber.ts).
 * Validity dates are far from today (2031 and later, 2015 and earlier) so that the tests do not age.
 */

const CHAN = {
	side: 'front',
	name: '陳小明',
	name_en: 'CHAN SIU MENG',
	sex: '男',
	issue_date: '15-06-2021',
	expiry_date: '15-06-2031',
	birth_date: '01-02-1985',
	initial_issue_date: '01-03-1995',
	height: '1.72',
	number: '1234567(8)',
	symbols: 'AS',
	machine_code1: '',
	machine_code2: '',
	machine_code3: '',
};

const FIXTURES = {
	'mo-chan': CHAN,
	'mo-five': {
		...CHAN,
		name: '',
		name_en: 'SOUSA MARIA',
		sex: '女',
		issue_date: '20-08-2024',
		expiry_date: '20-08-2034',
		birth_date: '12-12-1970',
		initial_issue_date: '05-05-1992',
		number: '5123456(7)',
		symbols: 'DS',
	},
	// the number read without parentheses, dates as ISO text
	'mo-seven': {
		...CHAN,
		number: '76543210',
		issue_date: '2022-01-10',
		expiry_date: '2032-01-10',
		birth_date: '1960-07-30',
		initial_issue_date: '1988-04-01',
	},
	'mo-back': {
		side: 'back',
		name: '',
		name_en: '',
		sex: '',
		issue_date: '',
		expiry_date: '',
		birth_date: '',
		initial_issue_date: '',
		height: '',
		number: '',
		symbols: '',
		machine_code1: 'IDMAC1234567<8<<<<<<<<<<<<<<<<',
		machine_code2: '8502012M3106155MAC<<<<<<<<<<<0',
		machine_code3: 'CHAN<<SIU<MENG<<<<<<<<<<<<<<<<',
	},
	'mo-bad-prefix': { ...CHAN, number: '2234567(8)' },
	'mo-bad-format': { ...CHAN, number: '123456(7)' },
	'mo-expired': { ...CHAN, issue_date: '10-01-2005', expiry_date: '10-01-2015' },
	'mo-bad-dates': {
		...CHAN,
		birth_date: '30-02-1985',
		issue_date: '01-01-2099',
		expiry_date: '31-13-2031',
	},
	'mo-out-of-order': { ...CHAN, issue_date: '15-06-2021', expiry_date: '15-06-2020' },
	// fields Huawei may add before the SDK model does: a personal one, an address and a plain one
	'mo-future-fields': {
		...CHAN,
		name_portuguese: 'CHAN SIU MENG',
		resident_address: '澳門新馬路1號',
		card_series: 'BIRP',
	},
	'mo-recognition-failed': { error: 'AIS.0105' },
};

module.exports = { FIXTURES };
