import type { INodeProperties } from 'n8n-workflow';

import { EXIT_ENTRY_PERMIT_API } from '../../helpers/exitEntryPermit/api';
import { shapeExitEntryPermit } from '../../helpers/exitEntryPermit/shape';
import {
	failedChecksOption,
	flagOptions,
	imageSourceProperties,
	optionsCollection,
	personalDataOption,
	PORTRAIT_IMAGE_FLAG,
	PORTRAIT_LOCATION_FLAG,
	sharedOptions,
	type RequestFlag,
} from '../shared/descriptions';
import { recognizeDocument, setRequestFlags } from '../shared/recognizeDocument';

const show = { resource: ['exitEntryPermit'], operation: ['recognize'] };

/**
 * Request options of `POST /v2/{project_id}/ocr/exit-entry-permit` besides the image or URL
 * (ExitEntryPermitRequestBody, huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 * exit_entry_permit_request_body.py @ 343a486b: image, url, return_portrait_image,
 * return_portrait_location), both off by default as in the API.
 */
export const REQUEST_FLAGS: RequestFlag[] = [PORTRAIT_IMAGE_FLAG, PORTRAIT_LOCATION_FLAG];

export const description: INodeProperties[] = [
	...imageSourceProperties(show, {
		what: 'exit-entry permit photo',
		urlPlaceholder: 'https://example.com/exit-entry-permit.jpg',
	}),
	{
		displayName:
			'Reads either side of a mainland resident’s card permit for Hong Kong and Macao or for Taiwan (往来港澳通行证 / 往来台湾通行证): the holder’s page or the endorsements. JPEG, PNG, BMP or TIFF, 15 to 8192 pixels a side, 10 MB. Enable "Exit-Entry Permit OCR" in the region of your credential.',
		name: 'exitEntryPermitNotice',
		type: 'notice',
		default: '',
		displayOptions: { show },
	},
	optionsCollection(show, [
		...flagOptions(REQUEST_FLAGS),
		...sharedOptions('permit'),
		personalDataOption({
			keep: 'Output the permit as read',
			mask: 'Number C******67, names 张*/王*明, birth year only, machine-readable line hidden; no photo',
			drop: 'Remove the number, names, birth date, machine-readable line and photo',
			description:
				'A permit number, name, birth date and photo are personal information (PIPL): mask or drop them when the output leaves the workflow. Applies to the error output too.',
		}),
		failedChecksOption(
			'Whether a permit that fails the local checks (number format for its type, real birth date, validity dates, their order and length, the holder’s age, expiry, real endorsement dates) goes to the error output with the reasons, instead of the main output',
		),
	]),
];

/** Exit-Entry Permit → Recognize: `POST /v2/{project_id}/ocr/exit-entry-permit`, one item per item. */
export const execute = recognizeDocument({
	api: EXIT_ENTRY_PERMIT_API,
	request(_itemIndex, body, options) {
		setRequestFlags(body, REQUEST_FLAGS, options);
		return undefined;
	},
	shape: shapeExitEntryPermit,
	wording: { noun: 'exit-entry permit', key: 'permit' },
});
