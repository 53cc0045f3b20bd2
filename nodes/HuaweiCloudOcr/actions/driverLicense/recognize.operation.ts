import type { INodeProperties } from 'n8n-workflow';

import {
	failedChecksOption,
	flagOptions,
	imageSourceProperties,
	licenseSideOption,
	optionsCollection,
	personalDataOption,
	sharedOptions,
	type RequestFlag,
} from '../shared/descriptions';
import { DRIVER_LICENSE_API, DRIVER_LICENSE_REGIONS } from '../../helpers/driverLicense/api';
import { shapeDriverLicense } from '../../helpers/driverLicense/shape';
import { recognizeDocument, setRequestFlags } from '../shared/recognizeDocument';

const show = { resource: ['driverLicense'], operation: ['recognize'] };

/**
 * Request options of `POST /v2/{project_id}/ocr/driver-license` (DriverLicenseRequestBody,
 * huaweicloudsdkocr/v1/model/driver_license_request_body.py @ 343a486b), all off by default as in the API.
 */
export const REQUEST_FLAGS: RequestFlag[] = [
	{
		option: 'returnIssuingAuthority',
		flag: 'return_issuing_authority',
		displayName: 'Return Issuing Authority',
		description: 'Whether to add the issuing authority (issuing_authority)',
	},
	{
		option: 'returnTextLocation',
		flag: 'return_text_location',
		displayName: 'Return Text Location',
		description: 'Whether to add the four corner points of every recognized field (text_location)',
	},
];

export const description: INodeProperties[] = [
	...imageSourceProperties(show, {
		what: 'driver license photo',
		urlPlaceholder: 'https://example.com/driver-license.jpg',
	}),
	licenseSideOption(
		show,
		{
			front: 'Number, name, sex, nationality, address, birth, first issue, class, validity',
			back: 'Number, name, file number and record',
		},
		'Huawei serves Driving License OCR in cn-north-4 (Beijing 4) and cn-east-3 (Shanghai 1): use a credential for one of these regions',
	),
	optionsCollection(show, [
		...flagOptions(REQUEST_FLAGS),
		...sharedOptions('license'),
		personalDataOption({
			keep: 'Output the license as read',
			mask: 'Number 110101********123X, name 张*/王*明, address cut after the district, birth year only, file number last 4',
			drop: 'Remove number, name, address, birth and file number',
			description:
				'The license number is the holder’s ID number, sensitive personal information under PIPL: mask or drop it when the output leaves the workflow. Applies to the error output too.',
		}),
		failedChecksOption(
			'Whether a license that fails the local checks (ID-number check character, birth and sex against the number, validity period, first-issue date, expiry) goes to the error output with the reasons, instead of the main output',
		),
	]),
];

/** Driver License → Recognize: `POST /v2/{project_id}/ocr/driver-license`, one output item per input item. */
export const execute = recognizeDocument({
	api: DRIVER_LICENSE_API,
	servedRegions: DRIVER_LICENSE_REGIONS,
	request(itemIndex, body, options) {
		const side = String(this.getNodeParameter('side', itemIndex, 'front'));
		if (side) body.side = side;
		setRequestFlags(body, REQUEST_FLAGS, options);
		return { side };
	},
	shape: shapeDriverLicense,
	wording: { noun: 'license', key: 'licence' },
});
