import type { INodeProperties } from 'n8n-workflow';

import { MACAO_ID_CARD_API } from '../../helpers/macaoIdCard/api';
import { shapeMacaoIdCard } from '../../helpers/macaoIdCard/shape';
import {
	failedChecksOption,
	flagOptions,
	imageSourceProperties,
	optionsCollection,
	personalDataOption,
	PORTRAIT_IMAGE_FLAG,
	sharedOptions,
	type RequestFlag,
} from '../shared/descriptions';
import { recognizeDocument, setRequestFlags } from '../shared/recognizeDocument';

const show = { resource: ['macaoIdCard'], operation: ['recognize'] };

/**
 * Request options of `POST /v2/{project_id}/ocr/macao-id-card`: MacaoIdCardRequestBody has image, url, side
 * (front / back; absent: Huawei tells the side itself) and return_portrait_image (huaweicloud-sdk-python-v3
 * huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/macao_id_card_request_body.py @ 343a486b; Go
 * model_macao_id_card_request_body.go @ 218a8ec9: the same fields).
 */
export const REQUEST_FLAGS: RequestFlag[] = [PORTRAIT_IMAGE_FLAG];

export const description: INodeProperties[] = [
	...imageSourceProperties(show, {
		what: 'Macao ID card photo',
		urlPlaceholder: 'https://example.com/macao-id-card.jpg',
	}),
	{
		displayName: 'Side',
		name: 'side',
		type: 'options',
		displayOptions: { show },
		options: [
			{
				name: 'Auto-Detect',
				value: 'auto',
				description: 'Huawei tells the side itself (no side is sent)',
			},
			{
				name: 'Front',
				value: 'front',
				description: 'Names, sex, birth, number, issue and expiry dates, portrait',
			},
			{
				name: 'Back',
				value: 'back',
				description: 'The three machine-code lines',
			},
		],
		default: 'auto',
		hint: 'Huawei reads more accurately when it is told the side. JPEG, PNG, BMP or TIFF, 15 to 8192 pixels a side, 10 MB.',
	},
	optionsCollection(show, [
		...flagOptions(REQUEST_FLAGS),
		...sharedOptions('card'),
		personalDataOption({
			keep: 'Output the card as read',
			mask: 'Number 1******(*), names 陳*明 and C*** S** M***, birth year only, height and machine codes all *; no portrait',
			drop: 'Remove number, names, birth date, height, machine codes and portrait',
			description:
				'The ID number, names, birth date and photo are personal data under Macao’s Personal Data Protection Act (and PIPL): mask or drop them when the output leaves the workflow. Applies to the error output too.',
		}),
		failedChecksOption(
			'Whether a card that fails the local checks (number format, sex, birth, issue and expiry dates, expiry) goes to the error output with the reasons, instead of the main output',
		),
	]),
];

/** Macao ID Card → Recognize: `POST /v2/{project_id}/ocr/macao-id-card`, one output item per input item. */
export const execute = recognizeDocument({
	api: MACAO_ID_CARD_API,
	request(itemIndex, body, options) {
		const side = String(this.getNodeParameter('side', itemIndex, 'auto'));
		if (side === 'front' || side === 'back') body.side = side;
		setRequestFlags(body, REQUEST_FLAGS, options);
		return { side };
	},
	shape: shapeMacaoIdCard,
	wording: { noun: 'Macao ID card', key: 'card' },
});
