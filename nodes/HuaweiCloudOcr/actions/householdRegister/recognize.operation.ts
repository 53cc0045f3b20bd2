import type { INodeProperties } from 'n8n-workflow';

import {
	HOUSEHOLD_REGISTER_API,
	HOUSEHOLD_REGISTER_REGIONS,
} from '../../helpers/householdRegister/api';
import { shapeHouseholdRegister } from '../../helpers/householdRegister/shape';
import {
	failedChecksOption,
	imageSourceProperties,
	optionsCollection,
	personalDataOption,
	sharedOptions,
} from '../shared/descriptions';
import { recognizeDocument } from '../shared/recognizeDocument';

const show = { resource: ['householdRegister'], operation: ['recognize'] };

/**
 * Household Register → Recognize: `POST /v2/{project_id}/ocr/household-register`, one output item per input
 * item (all the pages Huawei finds in the image under `result`). The request model
 * HouseholdRegisterRequestBody has only `image` and `url` (huaweicloud-sdk-python-v3
 * huaweicloudsdkocr/v1/model/household_register_request_body.py @ 343a486b): no request option to offer.
 */
export const description: INodeProperties[] = [
	...imageSourceProperties(show, {
		what: 'household register photo',
		urlPlaceholder: 'https://example.com/household-register.jpg',
	}),
	{
		displayName:
			'The home page (首页) and the members’ registration pages (登记页) of a Chinese household register; several pages in one image are all read (JPEG, PNG, BMP or TIFF, 15 to 8192 pixels a side, 10 MB).',
		name: 'householdRegisterNotice',
		type: 'notice',
		default: '',
		displayOptions: { show },
	},
	optionsCollection(show, [
		...sharedOptions('register'),
		personalDataOption({
			keep: 'Output the register as read',
			mask: 'Names 张*/王*明, ID number 110101********0118, birth year only, addresses cut after the district, household number last 4; religion, health, education, marital and military status, work and migration hidden',
			drop: 'Keep only the page type and location, sex, ethnicity, registration and issue dates, household type and registration authority',
			description:
				'A household register holds the personal data of a whole family, some of it sensitive under PIPL (religion, blood type, minors): mask or drop it when the output leaves the workflow. Applies to the error output too.',
		}),
		failedChecksOption(
			"Whether a register that fails the local checks (each member's ID-number check character, birth date and sex against the number, real dates) goes to the error output with the reasons, instead of the main output",
		),
	]),
];

export const execute = recognizeDocument({
	api: HOUSEHOLD_REGISTER_API,
	servedRegions: HOUSEHOLD_REGISTER_REGIONS,
	shape: shapeHouseholdRegister,
	wording: { noun: 'household register', key: 'register' },
});
