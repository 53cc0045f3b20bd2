'use strict';
/**
 * Business licences the emulator's `business-license` API knows, by fixture id (embedded in the image or PDF:
 * ../images.js makeImage `marker`, or makePdf below). Each entry is the BusinessLicenseResult Huawei would
 * answer (fields of huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 * business_license_result.py @ 343a486b), or `{ error }` for a picture Huawei refuses.
 *
 * The companies, people and addresses are invented. The credit codes are built by the GB 32100-2015 rules and
 * checked by hand here (USCC alphabet values: 0-9 → 0-9, A10 B11 C12 D13 E14 F15 G16 H17 J18 K19 L20 M21 N22 P23
 * Q24 R25 T26 U27 W28 X29 Y30; weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28; check = 31 − sum mod 31).
 * Characters 9-17 are a GB 11714-1997 organisation code (letters A=10 … Z=35, weights 3,7,9,10,5,8,4,2,
 * check = 11 − sum mod 11, 10 → X, 11 → 0).
 *   91440300MA5D12340D  organisation MA5D1234: 22·3+10·7+5·9+13·10+1·5+2·8+3·4+4·2 = 352, 352 mod 11 = 0 → '0' ✓
 *                       USCC: 9+3+36+108+0+78+0+0+420+290+125+169+8+48+30+120+0 = 1444, mod 31 = 18 → 13 'D' ✓
 *   91310115MA1H2468XE  organisation MA1H2468: 66+70+9+170+10+32+24+16 = 397, mod 11 = 1 → 10 'X' ✓
 *                       USCC: 9+3+27+27+0+26+16+85+420+290+25+221+16+96+60+240+812 = 2373, mod 31 = 17 → 14 'E' ✓
 *   91440300MA5D12340E  the first code with a wrong check character (D expected) ✗
 *   91440300MA5D12345W  organisation MA5D1234 with check 5 (0 expected) ✗; USCC check right: 1444 + 5·28 = 1584,
 *                       mod 31 = 3 → 28 'W' ✓
 * (test/unit/businessLicenseChecks.test.js also checks real published codes.)
 */

const BASE = {
	registration_number: '91440300MA5D12340D',
	name: '深圳市示例云科技有限公司',
	type: '有限责任公司（自然人投资或控股）',
	address: '深圳市南山区粤海街道科技南路18号示例大厦12楼',
	legal_representative: '李建国',
	registered_capital: '人民币1000万元',
	organization_form: '',
	found_date: '2016年03月08日',
	business_term: '2016年03月08日至长期',
	business_scope: '计算机软硬件的技术开发、技术咨询、技术服务；信息系统集成服务。',
	issue_date: '2021年06月18日',
};

const FIXTURES = {
	'licence-company': BASE,
	'licence-fixed-term': {
		...BASE,
		registration_number: '91310115MA1H2468XE',
		name: '上海示例贸易有限公司',
		address: '上海市浦东新区张江路88号3幢501室',
		legal_representative: '欧阳明华',
		found_date: '2010年05月20日',
		business_term: '2010年05月20日至2040年05月19日',
		issue_date: '2019年11月02日',
	},
	'licence-bad-check': { ...BASE, registration_number: '91440300MA5D12340E' },
	'licence-bad-organization': { ...BASE, registration_number: '91440300MA5D12345W' },
	// 2019 is not a leap year: no 29 February.
	'licence-unreal-date': {
		...BASE,
		found_date: '2019年02月29日',
		business_term: '长期',
		issue_date: '2020年01月06日',
	},
	'licence-future-date': {
		...BASE,
		found_date: '2099年01月01日',
		business_term: '2099年01月01日至长期',
		issue_date: '2099年01月02日',
	},
	'licence-term-reversed': {
		...BASE,
		found_date: '2012年07月01日',
		business_term: '2032年06月30日至2012年07月01日',
	},
	'licence-term-ended': {
		...BASE,
		found_date: '2000年01月01日',
		business_term: '2000年01月01日至2020年12月31日',
		issue_date: '2015年08月08日',
	},
	'licence-old-registration': { ...BASE, registration_number: '440301103456789' },
	// A newer answer with a field the SDK model does not have yet (passed through).
	'licence-future-fields': { ...BASE, registration_authority: '深圳市市场监督管理局' },
	'licence-unreadable': { error: 'AIS.0104' },
};

/**
 * A small one-page PDF carrying the fixture marker in a comment (Huawei reads page 1 of a PDF; the emulator
 * only needs the marker).
 * @param {{ marker?: string, pages?: number }} [options]
 */
function makePdf({ marker, pages = 1 } = {}) {
	const kids = Array.from({ length: pages }, (_, i) => `${3 + i} 0 R`).join(' ');
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
		...Array.from(
			{ length: pages },
			() => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
		),
	];
	let text = '%PDF-1.4\n';
	if (marker !== undefined) text += `%EMULATOR-FIXTURE:${marker};\n`;
	const offsets = [];
	objects.forEach((body, i) => {
		offsets.push(Buffer.byteLength(text));
		text += `${i + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xref = Buffer.byteLength(text);
	text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
	text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(text, 'utf8');
}

module.exports = { FIXTURES, makePdf };
