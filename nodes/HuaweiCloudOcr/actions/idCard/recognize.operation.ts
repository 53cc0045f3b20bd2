import type { INodeProperties } from 'n8n-workflow';

import {
	failedChecksOption,
	flagOptions,
	imageSourceProperties,
	optionsCollection,
	personalDataOption,
	sharedOptions,
	type RequestFlag,
} from '../shared/descriptions';
import { ID_CARD_API } from '../../helpers/idCard/api';
import { shapeIdCard } from '../../helpers/idCard/shape';
import { recognizeDocument, setRequestFlags } from '../shared/recognizeDocument';

const show = { resource: ['idCard'], operation: ['recognize'] };

/** Request flags of `POST /v2/{project_id}/ocr/id-card`, one option each (all off by default, as in the API). */
export const REQUEST_FLAGS: RequestFlag[] = [
	{
		option: 'returnVerification',
		flag: 'return_verification',
		displayName: 'Return Verification',
		description:
			"Whether to add Huawei's own checks of the ID number, birth date, sex and validity (verification_result)",
	},
	{
		option: 'returnTextLocation',
		flag: 'return_text_location',
		displayName: 'Return Text Location',
		description: 'Whether to add the four corner points of every recognized field (text_location)',
	},
	{
		option: 'detectReproduce',
		flag: 'detect_reproduce',
		displayName: 'Detect Reproduction (Screen Photo)',
		description:
			'Whether to flag a photo taken of a screen (detect_reproduce_result, score_info.reproduce_score)',
	},
	{
		option: 'detectCopy',
		flag: 'detect_copy',
		displayName: 'Detect Copy',
		description:
			'Whether to flag a black-and-white photocopy (detect_copy_result, score_info.copy_score)',
	},
	{
		option: 'detectTampering',
		flag: 'detect_tampering',
		displayName: 'Detect Tampering',
		description:
			'Whether to flag an edited card (detect_tampering_result, score_info.tampering_score)',
	},
	{
		option: 'detectBorderIntegrity',
		flag: 'detect_border_integrity',
		displayName: 'Detect Border Integrity',
		description: 'Whether to flag a card whose border is cut off (detect_border_integrity_result)',
	},
	{
		option: 'detectBlockingWithinBorder',
		flag: 'detect_blocking_within_border',
		displayName: 'Detect Blocking Within Border',
		description:
			'Whether to flag something covering the card (detect_blocking_within_border_result)',
	},
	{
		option: 'detectBlur',
		flag: 'detect_blur',
		displayName: 'Detect Blur',
		description: 'Whether to flag a blurred photo (detect_blur_result, score_info.blur_score)',
	},
	{
		option: 'detectInterim',
		flag: 'detect_interim',
		displayName: 'Detect Interim Card',
		description: 'Whether to flag a temporary ID card (detect_interim_result)',
	},
	{
		option: 'detectGlare',
		flag: 'detect_glare',
		displayName: 'Detect Glare',
		description: 'Whether to flag glare hiding part of the card (detect_glare_result)',
	},
	{
		option: 'returnPortraitLocation',
		flag: 'return_portrait_location',
		displayName: 'Return Portrait Location',
		description: 'Whether to add the corner points of the portrait photo (portrait_location)',
	},
	{
		option: 'returnPortraitImage',
		flag: 'return_portrait_image',
		displayName: 'Return Portrait Image',
		description: 'Whether to output the portrait photo as the binary property portrait_image',
	},
	{
		option: 'returnAdjustedImage',
		flag: 'return_adjusted_image',
		displayName: 'Return Adjusted Image',
		description:
			'Whether to output the cropped, straightened card as the binary property adjusted_image',
	},
];

const behaviorOptions: INodeProperties[] = [
	...sharedOptions('card'),
	personalDataOption({
		keep: 'Output the card as read',
		mask: 'Number 110101********123X, name 张*/王*明, address cut after the district, birth year only; no card images',
		drop: 'Remove name, number, address, birth and every card image',
		description:
			'Under PIPL an ID number is sensitive personal information: mask or drop it when the output leaves the workflow. Applies to the error output too.',
	}),
	failedChecksOption(
		'Whether a card that fails the local checks (check digit, birth date, sex digit, validity period, expiry) goes to the error output with the reasons, instead of the main output',
	),
];

export const description: INodeProperties[] = [
	...imageSourceProperties(show, {
		what: 'ID card photo',
		urlPlaceholder: 'https://example.com/card-photo.jpg',
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
				description: 'Let Huawei tell the side (slightly less accurate)',
			},
			{
				name: 'Front (Portrait Side)',
				value: 'front',
				description: 'Name, sex, ethnicity, birth, address, number',
			},
			{
				name: 'Back (National Emblem Side)',
				value: 'back',
				description: 'Issuing authority and validity period',
			},
			{
				name: 'Both Sides in One Image',
				value: 'double_side',
				description: 'One photo showing the front and the back',
			},
		],
		default: 'auto',
	},
	optionsCollection(show, [...flagOptions(REQUEST_FLAGS), ...behaviorOptions]),
];

/** ID Card → Recognize: `POST /v2/{project_id}/ocr/id-card`, one output item per input item. */
export const execute = recognizeDocument({
	api: ID_CARD_API,
	request(itemIndex, body, options) {
		const side = String(this.getNodeParameter('side', itemIndex, 'auto'));
		if (side && side !== 'auto') body.side = side;
		setRequestFlags(body, REQUEST_FLAGS, options);
		return { side };
	},
	shape: shapeIdCard,
	wording: { noun: 'card', key: 'card' },
});
