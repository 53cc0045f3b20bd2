'use strict';
/**
 * The ONE description of Huawei's ID card answer (`POST /v2/{project_id}/ocr/id-card` → 200 {"result": …}),
 * used by the emulator to build its answers (../recognise.js) and by the output contract tests.
 *
 * Field names and types follow the official SDK models (huaweicloud/huaweicloud-sdk-python-v3,
 * huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/):
 *   id_card_result.py                      IdCardResult (single side: front or back fields at the top level)
 *   idcard_front_result.py                 IdcardFrontResult (side=double_side: result.front)
 *   idcard_back_result.py                  IdcardBackResult  (side=double_side: result.back; no portrait fields)
 *   idcard_verification_result.py          IdcardVerificationResult (single side: all five checks)
 *   idcard_front_verification_result.py    IdcardFrontVerificationResult (valid_number, valid_birth, valid_sex)
 *   idcard_back_verification_result.py     IdcardBackVerificationResult (valid_date, valid_validity_period)
 *   idcard_score_info_result.py            IdcardScoreInfoResult (every score typed int; int32 in the Go SDK)
 * The same models exist in huaweicloud-sdk-go-v3 and huaweicloud-sdk-nodejs-v3 (services/ocr/v1/model/IdCard*,
 * Idcard*). Types (./model.js): 'string', 'boolean', 'int', 'points' (int[][]), 'object' (text_location), or a nested
 * schema.
 * The live service may add fields the models do not know: `check` allows unknown keys (pass-through).
 */

const model = require('./model');

/** Nested models whose objects must hold only the model's keys. */
const STRICT_IN = ['verification_result', 'score_info'];

const FRONT_TEXT = ['name', 'sex', 'birth', 'ethnicity', 'address', 'number'];
const BACK_TEXT = ['issue', 'valid_from', 'valid_to'];
const ALARMS = [
	'reproduce',
	'copy',
	'tampering',
	'border_integrity',
	'blocking_within_border',
	'blur',
	'interim',
	'glare',
];

const SCORE_INFO = Object.fromEntries(ALARMS.map((a) => [`${a}_score`, 'int']));
const FRONT_VERIFICATION = {
	valid_number: 'boolean',
	valid_birth: 'boolean',
	valid_sex: 'boolean',
};
const BACK_VERIFICATION = { valid_date: 'boolean', valid_validity_period: 'boolean' };
const VERIFICATION = { ...FRONT_VERIFICATION, ...BACK_VERIFICATION };
const ALARM_RESULTS = Object.fromEntries(ALARMS.map((a) => [`detect_${a}_result`, 'boolean']));
const text = (names) => Object.fromEntries(names.map((n) => [n, 'string']));

/** IdcardFrontResult */
const FRONT_RESULT = {
	...text(FRONT_TEXT),
	verification_result: FRONT_VERIFICATION,
	text_location: 'object',
	portrait_image: 'string',
	portrait_location: 'points',
	adjusted_image: 'string',
	...ALARM_RESULTS,
	score_info: SCORE_INFO,
};

/** IdcardBackResult: no portrait_image / portrait_location. */
const BACK_RESULT = {
	...text(BACK_TEXT),
	verification_result: BACK_VERIFICATION,
	text_location: 'object',
	adjusted_image: 'string',
	...ALARM_RESULTS,
	score_info: SCORE_INFO,
};

/** IdCardResult: one side at the top level (the other side's text fields may come as empty strings). */
const SINGLE_SIDE_RESULT = {
	...text([...FRONT_TEXT, ...BACK_TEXT]),
	verification_result: VERIFICATION,
	text_location: 'object',
	portrait_image: 'string',
	portrait_location: 'points',
	adjusted_image: 'string',
	...ALARM_RESULTS,
	score_info: SCORE_INFO,
};

/** IdCardResult with side=double_side: { front: IdcardFrontResult, back: IdcardBackResult }. */
const DOUBLE_SIDE_RESULT = { front: FRONT_RESULT, back: BACK_RESULT };

/**
 * Violations of `schema` in `value` (empty when it conforms): wrong types (./model.js), and keys a nested
 * verification_result or score_info does not have; elsewhere unknown keys pass (the live service adds fields
 * before the models do).
 * @param {import('./model').Schema} schema
 * @param {unknown} value
 * @param {string} [path]
 * @param {{ strict?: boolean }} [options]
 */
function check(schema, value, path = 'result', { strict = false } = {}) {
	return model.check(schema, value, path, { strict, strictIn: STRICT_IN });
}

/** Violations of a `result` for the side that was asked for ('double_side' or a single side). */
function checkIdCardResult(result, side) {
	if (side === 'double_side') {
		const problems = check(DOUBLE_SIDE_RESULT, result);
		for (const part of ['front', 'back'])
			if (!result || !result[part]) problems.push(`result.${part} is missing`);
		if (result && result.back)
			for (const key of ['portrait_image', 'portrait_location'])
				if (key in result.back) problems.push(`result.back.${key} is not in IdcardBackResult`);
		return problems;
	}
	return check(SINGLE_SIDE_RESULT, result);
}

module.exports = {
	FRONT_TEXT,
	BACK_TEXT,
	ALARMS,
	SCORE_INFO,
	FRONT_VERIFICATION,
	BACK_VERIFICATION,
	VERIFICATION,
	FRONT_RESULT,
	BACK_RESULT,
	SINGLE_SIDE_RESULT,
	DOUBLE_SIDE_RESULT,
	check,
	checkIdCardResult,
};
