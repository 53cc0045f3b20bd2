import type { INodeProperties } from 'n8n-workflow';

import { BANK_CARD_REGIONS, BANK_CARD_API } from '../../helpers/bankCard/api';
import {
	failedChecksOption,
	flagOptions,
	imageSourceProperties,
	optionsCollection,
	personalDataOption,
	sharedOptions,
	type RequestFlag,
} from '../shared/descriptions';
import { shapeBankCard } from '../../helpers/bankCard/shape';
import { recognizeDocument, setRequestFlags } from '../shared/recognizeDocument';

const show = { resource: ['bankCard'], operation: ['recognize'] };

/**
 * Request options of `POST /v2/{project_id}/ocr/bankcard`: BankcardRequestBody has image, url and
 * return_text_location only (huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 * bankcard_request_body.py @ 343a486b). Off by default, as in the API.
 */
export const REQUEST_FLAGS: RequestFlag[] = [
	{
		option: 'returnTextLocation',
		flag: 'return_text_location',
		displayName: 'Return Text Location',
		description: 'Whether to add the four corner points of every recognized field (text_location)',
	},
];

export const description: INodeProperties[] = [
	...imageSourceProperties(show, {
		what: 'bank card photo',
		urlPlaceholder: 'https://example.com/bank-card.jpg',
	}),
	{
		displayName: `Huawei serves Bank Card OCR in ${BANK_CARD_REGIONS.join(' and ')}: use a credential for one of these regions. The front of the card only (JPEG, PNG, BMP or TIFF, 15 to 8192 pixels a side, 10 MB).`,
		name: 'bankCardNotice',
		type: 'notice',
		default: '',
		displayOptions: { show },
	},
	optionsCollection(show, [
		...flagOptions(REQUEST_FLAGS),
		...sharedOptions('card'),
		personalDataOption({
			keep: 'Output the card as read',
			mask: 'Card number 621700*********0123 (first 6 and last 4 digits), a holder name 张*/王*明; no text location of them',
			drop: 'Remove the card number, any holder name and their text location',
			description:
				'A card number is personal financial information under PIPL: mask or drop it when the output leaves the workflow. Applies to the error output too.',
		}),
		failedChecksOption(
			'Whether a card that fails the local checks (Luhn check digit, number length for its scheme, expiry) goes to the error output with the reasons, instead of the main output',
		),
	]),
];

/** Bank Card → Recognize: `POST /v2/{project_id}/ocr/bankcard`, one output item per input item. */
export const execute = recognizeDocument({
	api: BANK_CARD_API,
	servedRegions: BANK_CARD_REGIONS,
	request(_itemIndex, body, options) {
		setRequestFlags(body, REQUEST_FLAGS, options);
		return undefined;
	},
	shape: shapeBankCard,
	wording: { noun: 'bank card', key: 'card' },
});
