'use strict';
/**
 * POST /v2/{project_id}/ocr/household-register (户口本识别), answered after Huawei's SDK models. This node has
 * no resource for it: Other OCR API reaches it.
 *   request  HouseholdRegisterRequestBody (image | url)  huaweicloud-sdk-python-v3 at commit 343a486b
 *            huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/household_register_request_body.py
 *   result   list[HouseholdRegisterResult] (recognize_household_register_response.py): each entry type: str
 *            ("首页" or "登记页"), location: list[list[int]], content: HouseholdRegisterContent, confidence:
 *            dict(str, float) — household_register_result.py; HouseholdRegisterContent (all str): name,
 *            householder_relationship, former_name, sex, birthplace, ethnicity, origin_place, birth_date,
 *            other_address, religious_belief, id_card_number, height, blood_type, education, marital_status,
 *            military_service_status, work_place, occupation, migrated_to_city, migrated_to_address,
 *            registrar_signature_seal, registration_date, household_type, household_number, householder_name,
 *            community, address, issue_date, police_station — household_register_content.py.
 * Limits from the request model's docstring: each side 15–8192 px; JPEG/JPG/PNG/BMP/TIFF.
 *
 * Behaviour: the fixture `household-page` is one registration page (a made-up person, ID number with a valid
 * GB 11643 check character); any other readable image holds no household register (AIS.0104).
 */
const check = require('./requestChecks');

const FIXTURES = {
	'household-page': {
		type: '登记页',
		location: [
			[30, 20],
			[1170, 20],
			[1170, 780],
			[30, 780],
		],
		content: {
			name: '张三',
			householder_relationship: '户主',
			sex: '男',
			ethnicity: '汉',
			birth_date: '1990年03月07日',
			birthplace: '北京市东城区',
			id_card_number: '110101199003070118',
			address: '北京市东城区东华门街道1号',
			registration_date: '2010年05月06日',
		},
	},
};

async function answer(state, ctx, tools) {
	const body = tools.parseBody(ctx);
	const bytes = await tools.imageBytes(state, body);
	check.imageSize(tools, bytes, { minSide: 15, maxSide: 8192 });
	ctx.record.options = check.requestFields(body);
	const fixture = check.markedFixture(tools, ctx, bytes, FIXTURES);
	const content = { ...fixture.content };
	return [
		{
			type: fixture.type,
			location: fixture.location,
			content,
			confidence: check.confidences(content, 0.98, 0.01),
		},
	];
}

module.exports = { name: 'household-register', answer, FIXTURES };
