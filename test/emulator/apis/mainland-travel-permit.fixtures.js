'use strict';
/**
 * Permits the emulator's `mainland-travel-permit` API knows, by fixture id (the id is embedded in the image:
 * see ../images.js makeImage `marker`). Each entry is the MainlandTravelPermitResult Huawei would answer
 * (its fields and types: ../schemas/mainland-travel-permit.js; one side per answer), or `{ error }` for a
 * photo Huawei refuses. Names and numbers are made up. Hand-checked against the rules in
 * nodes/HuaweiCloudOcr/helpers/mainlandTravelPermit/checks.ts:
 *   mtp-hk-front      H + 8 digits (card, Hong Kong); born 1985-06-15, 39 on 2025-03-10; 2025.03.10-2035.03.09
 *                     = 10 years less a day → adult period ✓, not expired before 2035
 *   mtp-macao-minor   M + 8 digits (Macao); born 2012-04-01, 12 on 2024-05-20; 2024.05.20-2029.05.19 = 5 years ✓
 *   mtp-tw-front      8 digits (Taiwan); 2023.07.01-2028.06.30 = 5 years ✓
 *   mtp-hk-back       the back: identity card name and number, three machine-readable lines; no dates
 *   mtp-bad-number    H + 7 digits ✗ format
 *   mtp-type-mismatch type Taiwan, number H + 8 digits ✗ number against type
 *   mtp-expired       2012.01.05-2022.01.04 (10 years) ✗ expired
 *   mtp-bad-dates     2025.02.30 does not exist ✗, 2035.02.29 does not exist (2035 is no leap year) ✗
 *   mtp-order         2030.01.01-2020.01.01 ✗ order
 *   mtp-bad-period    2024.01.01-2031.12.31 = 8 years ✗ (5 or 10)
 *   mtp-minor-ten     born 2015-01-01, 9 on 2024-01-01, a 10-year permit ✗ age
 *   mtp-adult-five    born 1990-01-01, 34 on 2024-01-01, a 5-year permit ✗ age
 *   mtp-legacy        H + 10 digits (1999 card, issue count 01), 2012.01.05-2022.01.04 ✓ format, ✗ expired
 */

const HK_FRONT = {
	name: '陈大文',
	name_en: 'CHAN, TAI MAN',
	birth_date: '1985.06.15',
	sex: '男',
	valid_period: '2025.03.10-2035.03.09',
	issuing_authority: '公安部出入境管理局',
	number: 'H01234567',
	issue_place: '',
	issue_times: '01',
	id_name: '',
	id_number: '',
	machine_code1: '',
	machine_code2: '',
	machine_code3: '',
	type: '港澳居民来往内地通行证',
	side: 'front',
};

const FIXTURES = {
	'mtp-hk-front': HK_FRONT,
	'mtp-macao-minor': {
		...HK_FRONT,
		name: '黄小玲',
		name_en: 'WONG, SIU LING',
		birth_date: '2012.04.01',
		sex: '女',
		valid_period: '2024.05.20-2029.05.19',
		number: 'M87654321',
		issue_times: '00',
	},
	'mtp-tw-front': {
		...HK_FRONT,
		name: '林志明',
		name_en: 'LIN, CHIH-MING',
		birth_date: '1978.11.23',
		valid_period: '2023.07.01-2028.06.30',
		number: '01234567',
		issue_place: '厦门',
		issue_times: '02',
		type: '台湾居民来往大陆通行证',
	},
	'mtp-hk-back': {
		name: '',
		name_en: '',
		birth_date: '',
		sex: '',
		valid_period: '',
		issuing_authority: '',
		number: '',
		issue_place: '',
		issue_times: '',
		id_name: '陈大文',
		id_number: 'A123456(3)',
		machine_code1: 'CRH012345678<<<<<<<<<<<<<<<<<<',
		machine_code2: '8506155M3503098CHN<<<<<<<<<<4',
		machine_code3: 'CHAN<<TAI<MAN<<<<<<<<<<<<<<<<',
		type: '港澳居民来往内地通行证',
		side: 'back',
	},
	'mtp-bad-number': { ...HK_FRONT, number: 'H0123456' },
	'mtp-type-mismatch': { ...HK_FRONT, type: '台湾居民来往大陆通行证' },
	'mtp-expired': { ...HK_FRONT, valid_period: '2012.01.05-2022.01.04' },
	'mtp-bad-dates': { ...HK_FRONT, valid_period: '2025.02.30-2035.02.29' },
	'mtp-order': { ...HK_FRONT, valid_period: '2030.01.01-2020.01.01' },
	'mtp-bad-period': { ...HK_FRONT, valid_period: '2024.01.01-2031.12.31' },
	'mtp-minor-ten': { ...HK_FRONT, birth_date: '2015.01.01', valid_period: '2024.01.01-2033.12.31' },
	'mtp-adult-five': {
		...HK_FRONT,
		birth_date: '1990.01.01',
		valid_period: '2024.01.01-2028.12.31',
	},
	'mtp-legacy': { ...HK_FRONT, number: 'H0123456701', valid_period: '2012.01.05-2022.01.04' },
	/** A field Huawei may add before the SDK model lists it (a former name): masked / dropped by its key. */
	'mtp-future-fields': { ...HK_FRONT, former_name: '陈小文', card_serial: 'X9988776655' },
	'mtp-unreadable': { error: 'AIS.0104' },
	'mtp-blurred': { error: 'AIS.0105' },
};

module.exports = { FIXTURES };
