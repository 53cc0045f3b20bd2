import type { INodeProperties } from 'n8n-workflow';

import { MAINLAND_TRAVEL_PERMIT_API } from '../../helpers/mainlandTravelPermit/api';
import { shapeMainlandTravelPermit } from '../../helpers/mainlandTravelPermit/shape';
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

const show = { resource: ['mainlandTravelPermit'], operation: ['recognize'] };

/**
 * Request options of `POST /v2/{project_id}/ocr/mainland-travel-permit` besides the image or URL
 * (MainlandTravelPermitRequestBody, huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 * mainland_travel_permit_request_body.py @ 343a486b: image, url, return_portrait_image,
 * return_portrait_location), both off by default as in the API.
 */
export const REQUEST_FLAGS: RequestFlag[] = [PORTRAIT_IMAGE_FLAG, PORTRAIT_LOCATION_FLAG];

export const description: INodeProperties[] = [
	...imageSourceProperties(show, {
		what: 'mainland travel permit photo',
		urlPlaceholder: 'https://example.com/mainland-travel-permit.jpg',
	}),
	{
		displayName:
			'Reads either side of the card permit of Hong Kong, Macao or Taiwan residents (回乡证 / 台胞证). JPEG, PNG, BMP or TIFF, 15 to 8192 pixels a side, 10 MB. Enable "Mainland Travel Permit OCR" in the region of your credential.',
		name: 'mainlandTravelPermitNotice',
		type: 'notice',
		default: '',
		displayOptions: { show },
	},
	optionsCollection(show, [
		...flagOptions(REQUEST_FLAGS),
		...sharedOptions('permit'),
		personalDataOption({
			keep: 'Output the permit as read',
			mask: 'Number H******67, names 陈*文, identity card number A*********, birth year only, machine-readable lines hidden; no photo',
			drop: 'Remove the number, names, identity card number, birth date, machine-readable lines and photo',
			description:
				'A permit number, name, birth date and photo are personal information (PIPL): mask or drop them when the output leaves the workflow. Applies to the error output too.',
		}),
		failedChecksOption(
			'Whether a permit that fails the local checks (number format for its type, real birth date, validity dates, their order and length, the holder’s age, expiry) goes to the error output with the reasons, instead of the main output',
		),
	]),
];

/** Mainland Travel Permit → Recognize: `POST /v2/{project_id}/ocr/mainland-travel-permit`, one item per item. */
export const execute = recognizeDocument({
	api: MAINLAND_TRAVEL_PERMIT_API,
	request(_itemIndex, body, options) {
		setRequestFlags(body, REQUEST_FLAGS, options);
		return undefined;
	},
	shape: shapeMainlandTravelPermit,
	wording: { noun: 'mainland travel permit', key: 'permit' },
});
