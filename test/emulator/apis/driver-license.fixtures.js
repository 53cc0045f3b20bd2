'use strict';
/**
 * The emulator's driving licences (invented people). ID numbers, hand-checked (GB 11643-1999: digits ×
 * 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 → 1 0 X 9 8 7 6 5 4 3 2):
 *   110101199003071233  1990-03-07, 17th digit 3 (odd: 男). Sum 1·7+1·9+0·10+1·5+0·8+1·4+1·2+9·1+9·6+0·3+
 *                       0·7+3·9+0·10+7·5+1·8+2·4+3·2 = 7+9+0+5+0+4+2+9+54+0+0+27+0+35+8+8+6 = 174,
 *                       174 mod 11 = 9 → '3'. Valid.
 *   110101199003071234  the same with the last character changed: invalid.
 *   11010519491231002X  GB 11643-1999's own example: 1949-12-31, 17th digit 2 (even: 女), check X.
 * A fixture has `front` (DriverLicenseFront fields) and/or `back` (DriverLicenseBack fields); `issuing_authority`
 * is only answered when return_issuing_authority is true (the request model's docstring).
 */
const MALE = '110101199003071233';
const MALE_BAD_CHECK = '110101199003071234';
const GB_EXAMPLE_FEMALE = '11010519491231002X';

const ZHANGSAN_FRONT = {
	type: 'normal',
	number: MALE,
	name: '张三',
	sex: '男',
	nationality: '中国',
	address: '北京市东城区东华门街道南池子大街1号',
	birth: '1990-03-07',
	issue_date: '2012-06-15',
	class: 'C1',
	valid_from: '2018-06-15',
	valid_to: '2028-06-15',
	issuing_authority: '北京市公安局公安交通管理局',
};
const ZHANGSAN_BACK = {
	type: 'normal',
	number: MALE,
	name: '张三',
	issuing_authority: '北京市公安局公安交通管理局',
	file_number: '110100123456',
	record: '请于2028年06月15日前90日内申请换证',
};

const FIXTURES = {
	'dl-zhangsan': { front: ZHANGSAN_FRONT, back: ZHANGSAN_BACK },
	'dl-zhangsan-front': { front: ZHANGSAN_FRONT },
	'dl-zhangsan-back': { back: ZHANGSAN_BACK },
	'dl-bad-check-digit': { front: { ...ZHANGSAN_FRONT, number: MALE_BAD_CHECK } },
	'dl-sex-mismatch': { front: { ...ZHANGSAN_FRONT, sex: '女' } },
	'dl-birth-mismatch': { front: { ...ZHANGSAN_FRONT, birth: '1990-03-08' } },
	'dl-expired': {
		front: {
			...ZHANGSAN_FRONT,
			issue_date: '2010-01-05',
			valid_from: '2010-01-05',
			valid_to: '2016-01-05',
		},
	},
	// 8 years: not a period licences have (6, 10 or 长期).
	'dl-bad-period': {
		front: { ...ZHANGSAN_FRONT, valid_from: '2020-06-15', valid_to: '2028-06-15' },
	},
	// First issue 2007-06-01: the holder (born 1990-03-07) turned 18 on 2008-03-07.
	'dl-too-young': {
		front: {
			...ZHANGSAN_FRONT,
			issue_date: '2007-06-01',
			valid_from: '2019-06-01',
			valid_to: '2029-06-01',
		},
	},
	'dl-issue-after-valid-from': { front: { ...ZHANGSAN_FRONT, issue_date: '2019-01-01' } },
	'dl-long-term': {
		front: {
			type: 'normal',
			number: GB_EXAMPLE_FEMALE,
			name: '李娜',
			sex: '女',
			nationality: '中国',
			address: '北京市朝阳区建国路88号',
			birth: '1949-12-31',
			issue_date: '1990-05-01',
			class: 'C1',
			valid_from: '2012-05-01',
			valid_to: '长期',
		},
	},
	'dl-foreign': {
		front: {
			...ZHANGSAN_FRONT,
			number: 'A12345678',
			name: 'SMITH JOHN',
			nationality: '美国',
		},
	},
	// The two pages of one photo carry different numbers.
	'dl-pages-differ': {
		front: ZHANGSAN_FRONT,
		back: { ...ZHANGSAN_BACK, number: GB_EXAMPLE_FEMALE },
	},
	// A newer answer with fields the SDK model does not have yet (passed through as they are).
	'dl-future-fields': {
		front: { ...ZHANGSAN_FRONT, photo_present: true, licence_edition: '2022' },
	},
	'dl-blurred': { error: 'AIS.0105' },
};

/** Photos for the e2e workflow 11 (test/e2e/workflows/11-driver-license.json): file name → fixture id. */
const E2E_PHOTOS = {
	'1-zhangsan.jpg': 'dl-zhangsan-front',
	'2-long-term.jpg': 'dl-long-term',
	'3-bad-check-digit.jpg': 'dl-bad-check-digit',
	'4-expired.jpg': 'dl-expired',
};

/** Those photos as JPEG bytes (1200×800), for test/e2e/lib/environment.js. */
function e2ePhotos() {
	const { makeImage } = require('../images');
	return Object.fromEntries(
		Object.entries(E2E_PHOTOS).map(([file, id]) => [
			file,
			makeImage({ format: 'jpeg', width: 1200, height: 800, marker: id }),
		]),
	);
}

module.exports = { FIXTURES, MALE, MALE_BAD_CHECK, GB_EXAMPLE_FEMALE, E2E_PHOTOS, e2ePhotos };
