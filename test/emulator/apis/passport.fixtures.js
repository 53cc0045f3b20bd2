'use strict';
/**
 * The emulator's passports. Every person is invented except the ICAO one: "ERIKSSON ANNA MARIA" of Utopia
 * (UTO), the specimen of ICAO Doc 9303 part 4, Appendix A, whose MRZ is
 *   P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
 *   L898902C36UTO7408122F1204159ZE184226B<<<<<10
 * (number check 6, birth check 2, expiry check 9, optional-data check 1, composite 0: each recomputed by hand
 * in test/unit/passportChecks.test.js). The specimen expired on 2012-04-15, so `passport-utopia` is the same
 * passport with the expiry moved to 2034-04-15 (340415: 3×7+4×3+0×1+4×7+1×3+5×1 = 69 → check digit 9, as
 * before; the composite rises by (3−1)×1+(4−2)×7 = 16, from 880 to 896 → composite 6).
 *
 * Where the MRZ goes: PassportResult (huaweicloudsdkocr/v1/model/passport_result.py @ 343a486b) has no MRZ
 * field; `extra_info` is the SDK's free-form object ("其他信息"). The emulator puts it there under a few
 * plausible shapes (an array, one string on two rows, two keys); the Chinese passport carries none, as a
 * full-field reading may not. The node must find it in each, and say "not checked" when there is none.
 */
const MRZ1 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
const SPECIMEN_MRZ2 = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';
const VALID_MRZ2 = 'L898902C36UTO7408122F3404159ZE184226B<<<<<16';
/** The number's check digit 6 changed to 7: the number check fails, and the composite (which covers it). */
const BAD_CHECK_MRZ2 = 'L898902C37UTO7408122F3404159ZE184226B<<<<<16';

const ANNA = {
	passport_type: 'P',
	country_code: 'UTO',
	passport_number: 'L898902C3',
	nationality: 'UTO',
	surname: 'ERIKSSON',
	given_name: 'ANNA MARIA',
	sex: 'F',
	date_of_birth: '1974-08-12',
	date_of_expiry: '2034-04-15',
};

/** id → { result: PassportResult fields, mrzOnly?: true (a foreign passport: CHN mode cannot read it) } | { error } */
const FIXTURES = {
	'passport-utopia': {
		foreign: true,
		result: { ...ANNA, extra_info: { machine_code: [MRZ1, VALID_MRZ2] } },
	},
	'passport-icao-specimen': {
		foreign: true,
		result: {
			...ANNA,
			date_of_expiry: '2012-04-15',
			extra_info: { mrz: `${MRZ1}\n${SPECIMEN_MRZ2}` },
		},
	},
	'passport-bad-check-digit': {
		foreign: true,
		result: { ...ANNA, extra_info: { machine_code1: MRZ1, machine_code2: BAD_CHECK_MRZ2 } },
	},
	'passport-mrz-mismatch': {
		foreign: true,
		// The printed number's last character and the sex disagree with the (valid) MRZ.
		result: {
			...ANNA,
			passport_number: 'L898902C4',
			sex: 'M',
			extra_info: { machine_code: [MRZ1, VALID_MRZ2] },
		},
	},
	'passport-chn': {
		foreign: false,
		result: {
			passport_type: 'P',
			country_code: 'CHN',
			passport_number: 'E12345678',
			nationality: 'CHN',
			surname: 'ZHANG',
			given_name: 'SAN',
			sex: 'M',
			date_of_birth: '1990-03-07',
			date_of_expiry: '2031-05-19',
			date_of_issue: '2021-05-20',
			place_of_birth: 'BEIJING',
			place_of_issue: 'BEIJING',
			issuing_authority: 'National Immigration Administration, P.R.China',
			extra_info: {
				CHN: { name: '张三', sex: '男', place_of_birth: '北京', place_of_issue: '北京' },
			},
		},
	},
	// A newer answer with fields the SDK model does not have yet (passed through as they are).
	'passport-future-fields': {
		foreign: true,
		result: {
			...ANNA,
			extra_info: { machine_code: [MRZ1, VALID_MRZ2] },
			chip_present: true,
			page_quality: 'good',
		},
	},
	'passport-blurred': { error: 'AIS.0105' },
};

module.exports = { FIXTURES, MRZ1, SPECIMEN_MRZ2, VALID_MRZ2, BAD_CHECK_MRZ2 };
