import type { INodeProperties } from 'n8n-workflow';

import { HK_ID_CARD_API } from '../../helpers/hkIdCard/api';
import { shapeHkIdCard } from '../../helpers/hkIdCard/shape';
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

const show = { resource: ['hkIdCard'], operation: ['recognize'] };

/**
 * Request options of `POST /v2/{project_id}/ocr/hk-id-card`: HkIdCardRequestBody has image, url,
 * return_portrait_image and return_portrait_location (huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/
 * huaweicloudsdkocr/v1/model/hk_id_card_request_body.py @ 343a486b; Go model_hk_id_card_request_body.go
 * @ 218a8ec9: the same fields). Off by default, as in the API.
 */
export const REQUEST_FLAGS: RequestFlag[] = [PORTRAIT_IMAGE_FLAG, PORTRAIT_LOCATION_FLAG];

export const description: INodeProperties[] = [
	...imageSourceProperties(show, {
		what: 'Hong Kong ID card photo',
		urlPlaceholder: 'https://example.com/hk-id-card.jpg',
	}),
	{
		displayName:
			'The front of a Hong Kong identity card (JPEG, PNG, BMP or TIFF, 15 to 8192 pixels a side, 10 MB). Enable Hong Kong ID Card OCR in the credential’s region.',
		name: 'hkIdCardNotice',
		type: 'notice',
		default: '',
		displayOptions: { show },
	},
	optionsCollection(show, [
		...flagOptions(REQUEST_FLAGS),
		...sharedOptions('card'),
		personalDataOption({
			keep: 'Output the card as read',
			mask: 'Number A******(*), names 陳*文 and C***, T** M**, telegraph code all *, birth year only; no portrait',
			drop: 'Remove number, names, telegraph code, birth date and portrait',
			description:
				'The HKID number, names, birth date and photo are personal data under the PDPO (and PIPL): mask or drop them when the output leaves the workflow. Applies to the error output too.',
		}),
		failedChecksOption(
			'Whether a card that fails the local checks (HKID check digit, sex, birth, issue and first-issue dates) goes to the error output with the reasons, instead of the main output',
		),
	]),
];

/** Hong Kong ID Card → Recognize: `POST /v2/{project_id}/ocr/hk-id-card`, one output item per input item. */
export const execute = recognizeDocument({
	api: HK_ID_CARD_API,
	request(_itemIndex, body, options) {
		setRequestFlags(body, REQUEST_FLAGS, options);
		return undefined;
	},
	shape: shapeHkIdCard,
	wording: { noun: 'Hong Kong ID card', key: 'card' },
});
