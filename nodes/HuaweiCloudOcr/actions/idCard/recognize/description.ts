import type { INodeProperties } from 'n8n-workflow';

const show = { resource: ['idCard'], operation: ['recognize'] };

/** Request flags of `POST /v2/{project_id}/ocr/id-card`, one option each (all off by default, as in the API). */
export const REQUEST_FLAGS: Array<{
	option: string;
	flag: string;
	displayName: string;
	description: string;
}> = [
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
		description: 'Whether to add the four corner points of every recognised field (text_location)',
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

const flagOptions: INodeProperties[] = REQUEST_FLAGS.map((f) => ({
	displayName: f.displayName,
	name: f.option,
	type: 'boolean',
	default: false,
	description: f.description,
}));

const behaviourOptions: INodeProperties[] = [
	{
		displayName: 'Concurrency',
		name: 'concurrency',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 50 },
		default: 5,
		description:
			'Most calls in flight at once. The node lowers it by itself while Huawei throttles and raises it again after successes.',
	},
	{
		displayName: 'Personal Data in Output',
		name: 'personalData',
		type: 'options',
		options: [
			{ name: 'Keep', value: 'none', description: 'Output the card as read' },
			{
				name: 'Mask',
				value: 'mask',
				description:
					'Number 110101********123X, name 张*/王*明, address cut after the district, birth year only; no card images',
			},
			{
				name: 'Drop',
				value: 'drop',
				description: 'Remove name, number, address, birth and every card image',
			},
		],
		default: 'none',
		description:
			'Under PIPL an ID number is sensitive personal information: mask or drop it when the output leaves the workflow. Applies to the error output too.',
	},
	{
		displayName: 'Send Failed Checks to Error Output',
		name: 'failedChecksToError',
		type: 'boolean',
		default: false,
		description:
			'Whether a card that fails the local checks (check digit, birth date, sex digit, validity period, expiry) goes to the error output with the reasons, instead of the main output',
	},
	{
		displayName: 'Include Input Fields',
		name: 'includeInputFields',
		type: 'boolean',
		default: false,
		description:
			"Whether to keep the input item's JSON fields next to the card's fields (card fields win on a clash)",
	},
	{
		displayName: 'Keep Input Binary',
		name: 'passThroughBinary',
		type: 'boolean',
		default: true,
		description: "Whether to pass the input item's binary data (the photo) through to the output",
	},
	{
		displayName: 'Max Retries',
		name: 'maxRetries',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 10 },
		default: 3,
		description:
			'Retries of a call that failed for a passing reason (5xx, timeout, reset connection). Refused keys and unreadable images are never retried.',
	},
	{
		displayName: 'Timeout (Ms)',
		name: 'timeout',
		type: 'number',
		typeOptions: { minValue: 1000 },
		default: 30000,
		description: 'How long one call may take before it is abandoned (and retried)',
	},
];

export const recognizeDescription: INodeProperties[] = [
	{
		displayName: 'Image Source',
		name: 'imageSource',
		type: 'options',
		displayOptions: { show },
		options: [
			{
				name: 'Binary File',
				value: 'binary',
				description: 'A file from an earlier node (email attachment, form upload, disk)',
			},
			{
				name: 'Image URL',
				value: 'url',
				description: 'A public http(s) or OBS URL that Huawei downloads',
			},
			{
				name: 'Base64 String',
				value: 'base64',
				description: 'The image as base64 text (a data: prefix is fine)',
			},
		],
		default: 'binary',
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		displayOptions: { show: { ...show, imageSource: ['binary'] } },
		hint: 'The name of the input binary field containing the ID card photo',
	},
	{
		displayName: 'Image URL',
		name: 'imageUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://example.com/card-photo.jpg',
		displayOptions: { show: { ...show, imageSource: ['url'] } },
	},
	{
		displayName: 'Base64 Image',
		name: 'imageBase64',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		required: true,
		displayOptions: { show: { ...show, imageSource: ['base64'] } },
	},
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
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [...flagOptions, ...behaviourOptions].sort((a, b) =>
			a.displayName.localeCompare(b.displayName),
		),
	},
];
