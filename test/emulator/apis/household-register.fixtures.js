'use strict';
/**
 * The emulator's household registers (invented people). A fixture is `{ pages: HouseholdRegisterResult[] }`
 * without `location`/`confidence` (added by ./household-register.js), or `{ error }`.
 * ID numbers, hand-checked (GB 11643-1999: digits × 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 → 1 0 X 9 8
 * 7 6 5 4 3 2):
 *   110101199003070118  1990-03-07, 17th digit 1 (odd: 男). Sum 7+9+0+5+0+4+2+9+54+0+0+27+0+35+0+4+2 = 158,
 *                       158 mod 11 = 4 → '8'. Valid.
 *   110101199108150026  1991-08-15, 17th digit 2 (even: 女). Sum 7+9+0+5+0+4+2+9+54+3+0+72+10+25+0+0+4 = 204,
 *                       204 mod 11 = 6 → '6'. Valid.
 *   110101201602290032  2016-02-29 (a leap day), 17th digit 3 (男). Sum 7+9+0+5+0+4+4+0+6+18+0+18+20+45+0+0+6
 *                       = 142, 142 mod 11 = 10 → '2'. Valid.
 *   110101199003070119  the householder's number with the last character changed: invalid.
 *   110101199108150027  the spouse's number with the last character changed: invalid.
 *   11010119910230002X  "1991-02-30", not a day. Sum 7+9+0+5+0+4+2+9+54+3+0+18+30+0+0+0+4 = 145, 145 mod 11 = 2
 *                       → 'X': the check character is right, the birth date is not real.
 */
const HOUSEHOLDER_NUMBER = '110101199003070118';
const SPOUSE_NUMBER = '110101199108150026';
const CHILD_NUMBER = '110101201602290032';
const BAD_CHECK_NUMBER = '110101199003070119';
const SPOUSE_BAD_CHECK_NUMBER = '110101199108150027';
const UNREAL_BIRTH_NUMBER = '11010119910230002X';

const HOME = {
	type: '首页',
	content: {
		household_type: '家庭户',
		household_number: '110101123456',
		householder_name: '张三',
		community: '东华门社区',
		address: '北京市东城区东华门街道南池子大街1号',
		issue_date: '2010年05月06日',
		police_station: '北京市公安局东城分局东华门派出所',
	},
};

/** The householder's registration page (the page the Other OCR API tests read as `household-page`). */
const ZHANGSAN = {
	type: '登记页',
	content: {
		name: '张三',
		householder_relationship: '户主',
		sex: '男',
		ethnicity: '汉',
		birth_date: '1990年03月07日',
		birthplace: '北京市东城区',
		id_card_number: HOUSEHOLDER_NUMBER,
		address: '北京市东城区东华门街道1号',
		registration_date: '2010年05月06日',
	},
};

/** Every field of HouseholdRegisterContent a registration page has (household_register_content.py). */
const LIMEI = {
	type: '登记页',
	content: {
		name: '李梅',
		householder_relationship: '妻',
		former_name: '李小梅',
		sex: '女',
		birthplace: '河北省石家庄市长安区',
		ethnicity: '汉',
		origin_place: '河北省石家庄市',
		birth_date: '1991年08月15日',
		other_address: '北京市朝阳区建国路88号',
		religious_belief: '无',
		id_card_number: SPOUSE_NUMBER,
		height: '165',
		blood_type: 'A',
		education: '大学本科',
		marital_status: '已婚',
		military_service_status: '未服兵役',
		work_place: '北京示例科技有限公司',
		occupation: '工程师',
		migrated_to_city: '2015年06月 由河北省石家庄市长安区迁来',
		migrated_to_address: '2015年06月 由北京市朝阳区迁来',
		registrar_signature_seal: '王警官',
		registration_date: '2015年06月20日',
		household_number: '110101123456',
	},
};

const XIAOMING = {
	type: '登记页',
	content: {
		name: '张小明',
		householder_relationship: '子',
		sex: '男',
		ethnicity: '汉',
		birth_date: '2016年02月29日',
		birthplace: '北京市东城区',
		id_card_number: CHILD_NUMBER,
		registration_date: '2016年03月10日',
	},
};

const member = (page, content) => ({ ...page, content: { ...page.content, ...content } });

const FIXTURES = {
	'household-page': { pages: [ZHANGSAN] },
	'hr-family': { pages: [HOME, ZHANGSAN, LIMEI, XIAOMING] },
	'hr-home-only': { pages: [HOME] },
	'hr-bad-check-digit': { pages: [member(ZHANGSAN, { id_card_number: BAD_CHECK_NUMBER })] },
	'hr-birth-mismatch': { pages: [member(ZHANGSAN, { birth_date: '1990年03月08日' })] },
	'hr-sex-mismatch': { pages: [member(ZHANGSAN, { sex: '女' })] },
	'hr-unreal-birth': {
		pages: [member(LIMEI, { id_card_number: UNREAL_BIRTH_NUMBER, birth_date: '1991年02月30日' })],
	},
	'hr-missing-number': {
		pages: [{ type: '登记页', content: { ...ZHANGSAN.content, id_card_number: '' } }],
	},
	// the second member of three fails: the failure names member 2, never the person
	'hr-family-second-bad': {
		pages: [HOME, ZHANGSAN, member(LIMEI, { id_card_number: SPOUSE_BAD_CHECK_NUMBER }), XIAOMING],
	},
	// the home page names another householder than the member recorded as 户主
	'hr-householder-differs': {
		pages: [member(HOME, { householder_name: '张四' }), ZHANGSAN],
	},
	// a newer answer: fields the SDK model does not have yet, at the page and in the content
	'hr-future-fields': {
		pages: [
			{
				...member(ZHANGSAN, {
					guardian_name: '张大山',
					mobile_phone: '13800138000',
					remark: '曾用名张老三 身份证110101199003070118',
					page_number: '2',
				}),
				page_serial: 'P-110101199003070118',
			},
		],
	},
	'hr-blurred': { error: 'AIS.0105' },
};

module.exports = {
	FIXTURES,
	HOUSEHOLDER_NUMBER,
	SPOUSE_NUMBER,
	CHILD_NUMBER,
	BAD_CHECK_NUMBER,
	SPOUSE_BAD_CHECK_NUMBER,
	UNREAL_BIRTH_NUMBER,
};
