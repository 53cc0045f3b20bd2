'use strict';
/**
 * Permits the emulator's `exit-entry-permit` API knows, by fixture id (the id is embedded in the image: see
 * ../images.js makeImage `marker`). Each entry is the ExitEntryPermitResult Huawei would answer (its fields
 * and types: ../schemas/exit-entry-permit.js; one side per answer), or `{ error }` for a photo Huawei
 * refuses. Names and numbers are made up. Hand-checked against the
 * rules in nodes/HuaweiCloudOcr/helpers/exitEntryPermit/checks.ts:
 *   eep-hkmo-front    C + 8 digits (Hong Kong and Macao); born 1990-03-07, 34 on 2024-06-01;
 *                     2024.06.01-2034.05.31 = 10 years less a day ✓ (16 or over), not expired before 2034
 *   eep-hkmo-letter   C, B, 7 digits (the 2018 series) ✓
 *   eep-tw-front      L + 8 digits (Taiwan); 2023.09.15-2033.09.14 = 10 years ✓
 *   eep-minor         born 2015-05-05, 8 on 2024-01-10; 2024.01.10-2029.01.09 = 5 years ✓ (under 16)
 *   eep-hkmo-back     the back: a Hong Kong endorsement of 2023 (expired: reported, not a failure)
 *   eep-bad-endorsement  a Macao endorsement ending 2024.02.30 (no such day) ✗
 *   eep-bad-number    C + 7 digits ✗;  eep-bad-letter  C, I, 7 digits (I is not used) ✗
 *   eep-type-mismatch type Taiwan, number C + 8 digits ✗
 *   eep-expired       2012.05.01-2022.04.30 ✗ expired
 *   eep-bad-dates     2024.13.01 (month 13) ✗
 *   eep-bad-period    2024.01.01-2030.12.31 = 7 years ✗ (5 or 10)
 *   eep-minor-ten     born 2012-01-01, 12 on 2024-01-01, a 10-year permit ✗ age
 */

const NO_ENDORSEMENT = {
	endorsement_type: '',
	valid_round_trips: '',
	endorsement_valid_period: '',
	remark: '',
	issue_info: '',
};

const HKMO_FRONT = {
	name: '张三',
	name_en: 'ZHANG, SAN',
	sex: '男',
	birth_date: '1990.03.07',
	number: 'C01234567',
	issuing_authority: '公安部出入境管理局',
	issue_place: '广东',
	valid_period: '2024.06.01-2034.05.31',
	machine_code: 'CSC012345678<3405319<9003074<4',
	type: '往来港澳通行证',
	side: 'front',
	endorsement_info_hk: { ...NO_ENDORSEMENT },
	endorsement_info_mo: { ...NO_ENDORSEMENT },
	endorsement_info_tw: { ...NO_ENDORSEMENT },
};

const BACK = {
	...HKMO_FRONT,
	name: '',
	name_en: '',
	sex: '',
	birth_date: '',
	number: '',
	issuing_authority: '',
	issue_place: '',
	valid_period: '',
	machine_code: '',
	side: 'back',
	endorsement_info_hk: {
		endorsement_type: '团队旅游(L)',
		valid_round_trips: '一次',
		endorsement_valid_period: '2023.03.01-2023.05.31',
		remark: '',
		issue_info: '广东省公安厅出入境管理局 2023.02.20',
	},
};

const FIXTURES = {
	'eep-hkmo-front': HKMO_FRONT,
	'eep-hkmo-letter': { ...HKMO_FRONT, number: 'CB1234567' },
	'eep-tw-front': {
		...HKMO_FRONT,
		name: '王小明',
		name_en: 'WANG, XIAOMING',
		number: 'L01234567',
		issue_place: '福建',
		valid_period: '2023.09.15-2033.09.14',
		type: '往来台湾通行证',
	},
	'eep-minor': {
		...HKMO_FRONT,
		name: '李娜娜',
		name_en: 'LI, NANA',
		sex: '女',
		birth_date: '2015.05.05',
		number: 'C76543210',
		valid_period: '2024.01.10-2029.01.09',
	},
	'eep-hkmo-back': BACK,
	'eep-bad-endorsement': {
		...BACK,
		endorsement_info_mo: {
			endorsement_type: '个人旅游(G)',
			valid_round_trips: '二次',
			endorsement_valid_period: '2023.12.01-2024.02.30',
			remark: '每次逗留不超过7天',
			issue_info: '',
		},
	},
	'eep-bad-number': { ...HKMO_FRONT, number: 'C0123456' },
	'eep-bad-letter': { ...HKMO_FRONT, number: 'CI1234567' },
	'eep-type-mismatch': { ...HKMO_FRONT, type: '往来台湾通行证' },
	'eep-expired': { ...HKMO_FRONT, valid_period: '2012.05.01-2022.04.30' },
	'eep-bad-dates': { ...HKMO_FRONT, valid_period: '2024.13.01-2034.12.31' },
	'eep-bad-period': { ...HKMO_FRONT, valid_period: '2024.01.01-2030.12.31' },
	'eep-minor-ten': {
		...HKMO_FRONT,
		birth_date: '2012.01.01',
		valid_period: '2024.01.01-2033.12.31',
	},
	/** Fields Huawei may add before the SDK model lists them: masked / dropped by their keys. */
	'eep-future-fields': {
		...HKMO_FRONT,
		former_name: '张小三',
		id_card_number: '110101199003071233',
		endorsement_info_hk: { ...NO_ENDORSEMENT, holder_name: '张三' },
	},
	'eep-unreadable': { error: 'AIS.0104' },
	'eep-blurred': { error: 'AIS.0105' },
};

module.exports = { FIXTURES };
