import type { INodeProperties } from 'n8n-workflow';

import {
	failedChecksOption,
	imageSourceProperties,
	optionsCollection,
	personalDataOption,
	sharedOptions,
} from '../shared/descriptions';
import { PASSPORT_API, PASSPORT_REGIONS } from '../../helpers/passport/api';
import { shapePassport } from '../../helpers/passport/shape';
import { recognizeDocument } from '../shared/recognizeDocument';

const show = { resource: ['passport'], operation: ['recognize'] };

/**
 * `POST /v2/{project_id}/ocr/passport` takes one option besides the image: `country_code`
 * (PassportRequestBody, huaweicloudsdkocr/v1/model/passport_request_body.py @ 343a486b): absent → Huawei
 * picks the passport type itself; GENERAL → the machine-readable zone only (any country); CHN → every field
 * of a Chinese passport.
 */
export const description: INodeProperties[] = [
	...imageSourceProperties(show, {
		what: 'passport data-page photo',
		urlPlaceholder: 'https://example.com/passport.jpg',
	}),
	{
		displayName: 'Country Code',
		name: 'countryCode',
		type: 'options',
		displayOptions: { show },
		options: [
			{
				name: 'Auto-Detect',
				value: 'auto',
				description:
					'Let Huawei pick the reading from the passport it sees (country_code not sent)',
			},
			{
				name: 'Any Country: Machine-Readable Zone (GENERAL)',
				value: 'GENERAL',
				description:
					'Read the two machine-readable lines at the bottom: type, country, number, names, nationality, sex, birth and expiry',
			},
			{
				name: 'China: All Fields (CHN)',
				value: 'CHN',
				description:
					'Read every printed field of a Chinese passport (2012 or later), with the Chinese name in extra_info',
			},
		],
		default: 'auto',
		hint: 'Huawei serves Passport OCR in cn-north-4 (Beijing 4), ap-southeast-1 (Hong Kong) and ap-southeast-2 (Bangkok) only: use a credential for one of these regions',
	},
	optionsCollection(show, [
		...sharedOptions('passport'),
		personalDataOption({
			keep: 'Output the passport as read',
			mask: 'Number E1*****78, names E******N, birth year only, and machine-readable lines (when the answer holds any) hidden after the issuing country',
			drop: 'Remove the number, names, birth date and any machine-readable lines',
			description:
				'A passport number, name and birth date are personal information (PIPL, GDPR): mask or drop them when the output leaves the workflow. Applies to the error output too.',
		}),
		failedChecksOption(
			"Whether a passport that fails the local checks (number and dates present, real dates, expiry; the ICAO 9303 check digits and the printed fields against the machine-readable lines only when Huawei's answer holds those lines, which its documented passport answer does not) goes to the error output with the reasons, instead of the main output",
		),
	]),
];

/** Passport → Recognize: `POST /v2/{project_id}/ocr/passport`, one output item per input item. */
export const execute = recognizeDocument({
	api: PASSPORT_API,
	servedRegions: PASSPORT_REGIONS,
	request(itemIndex, body) {
		const countryCode = String(this.getNodeParameter('countryCode', itemIndex, 'auto'));
		if (countryCode && countryCode !== 'auto') body.country_code = countryCode;
		return { country_code: countryCode };
	},
	shape: shapePassport,
	wording: { noun: 'passport', key: 'passport' },
});
