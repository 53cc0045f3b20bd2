import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

type Show = NonNullable<IDisplayOptions['show']>;

export interface ImageSourceWording {
	/** "ID card photo", "business license scan or PDF". */
	what: string;
	/** Placeholder of the Image URL field. */
	urlPlaceholder?: string;
}

/**
 * Image Source (binary / URL / base64) and its fields, read by helpers/imageInput.ts `prepareImage`:
 * `imageSource`, `binaryPropertyName`, `imageUrl`, `imageBase64`. A PDF is a binary file too.
 */
export function imageSourceProperties(show: Show, wording: ImageSourceWording): INodeProperties[] {
	return [
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
			hint: `The name of the input binary field containing the ${wording.what}`,
		},
		{
			displayName: 'Image URL',
			name: 'imageUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: wording.urlPlaceholder ?? 'https://example.com/photo.jpg',
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
	];
}

/** A boolean request field of an API, offered as an option (off by default, as in the APIs). */
export interface RequestFlag {
	/** The option's name (`returnTextLocation`). */
	option: string;
	/** The request field it sets (`return_text_location`). */
	flag: string;
	displayName: string;
	description: string;
}

/**
 * The portrait flags of the cards and permits whose APIs cut out the holder's photo (hk-id-card, macao-id-card,
 * mainland-travel-permit, exit-entry-permit): `return_portrait_image` (the photo becomes the binary property
 * portrait_image, never JSON) and `return_portrait_location`.
 */
export const PORTRAIT_IMAGE_FLAG: RequestFlag = {
	option: 'returnPortraitImage',
	flag: 'return_portrait_image',
	displayName: 'Return Portrait Image',
	description:
		'Whether to output the holder’s photo cut from the document as the binary property portrait_image (Keep only: masked output carries no image)',
};

export const PORTRAIT_LOCATION_FLAG: RequestFlag = {
	option: 'returnPortraitLocation',
	flag: 'return_portrait_location',
	displayName: 'Return Portrait Location',
	description: 'Whether to add the four corner points of the holder’s photo (portrait_location)',
};

/** One boolean option per request flag, read by actions/shared/recognizeDocument.ts `setRequestFlags`. */
export function flagOptions(flags: readonly RequestFlag[]): INodeProperties[] {
	return flags.map(
		(f): INodeProperties => ({
			displayName: f.displayName,
			name: f.option,
			type: 'boolean',
			default: false,
			description: f.description,
		}),
	);
}

/**
 * Side (`side`: front / back / double_side) of a two-page license, the main page by default as in the APIs.
 * `pages` says what each page holds; `hint` names the regions serving the API.
 */
export function licenseSideOption(
	show: Show,
	pages: { front: string; back: string },
	hint: string,
): INodeProperties {
	return {
		displayName: 'Side',
		name: 'side',
		type: 'options',
		displayOptions: { show },
		options: [
			{
				name: 'Main Page (Front)',
				value: 'front',
				description: `${pages.front} (what Huawei reads when no side is sent)`,
			},
			{
				name: 'Secondary Page (Back)',
				value: 'back',
				description: pages.back,
			},
			{
				name: 'Both Pages in One Image',
				value: 'double_side',
				description: 'One photo showing both pages: each page in front and back',
			},
		],
		default: 'front',
		hint,
	};
}

const concurrencyOption = {
	displayName: 'Concurrency',
	name: 'concurrency',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 50 },
	default: 5,
	description:
		'Most calls in flight at once. The node lowers it by itself while Huawei throttles and raises it again after successes.',
} satisfies INodeProperties;

const timeoutOption = {
	displayName: 'Timeout (Ms)',
	name: 'timeout',
	type: 'number',
	typeOptions: { minValue: 1000, maxValue: 600000 },
	default: 30000,
	description: 'How long one call may take before it is abandoned (and retried)',
} satisfies INodeProperties;

const maxRetriesOption = {
	displayName: 'Max Retries',
	name: 'maxRetries',
	type: 'number',
	typeOptions: { minValue: 0, maxValue: 10 },
	default: 3,
	description:
		'Retries of a call that failed for a passing reason (5xx, timeout, reset connection). Refused keys and unreadable images are never retried.',
} satisfies INodeProperties;

/** The client's defaults: written once, in the options above (n8n's lint wants literal defaults there). */
export const CLIENT_DEFAULTS = {
	concurrency: concurrencyOption.default,
	timeoutMs: timeoutOption.default,
} as const;

/**
 * The numeric options' limits, from the options above, as actions/shared/runItems.ts enforces them (an
 * expression can yield anything: a value outside is clamped, one that is not a number is refused by name).
 */
export const NUMERIC_OPTION_LIMITS = {
	concurrency: limitsOf(concurrencyOption),
	timeout: limitsOf(timeoutOption),
	maxRetries: limitsOf(maxRetriesOption),
} as const;

function limitsOf(option: {
	displayName: string;
	default: number;
	typeOptions: { minValue: number; maxValue: number };
}) {
	return {
		displayName: option.displayName,
		min: option.typeOptions.minValue,
		max: option.typeOptions.maxValue,
		fallback: option.default,
	};
}

/**
 * Options every document has, read by actions/shared/runItems.ts (concurrency, timeout, maxRetries) and
 * actions/shared/outputItems.ts (includeInputFields, passThroughBinary). `fieldsOf` names whose fields the
 * output holds ("card", "license").
 */
export function sharedOptions(fieldsOf: string): INodeProperties[] {
	return [
		concurrencyOption,
		{
			displayName: 'Include Input Fields',
			name: 'includeInputFields',
			type: 'boolean',
			default: false,
			description: `Whether to keep the input item's JSON fields next to the ${fieldsOf}'s fields (${fieldsOf} fields win on a clash)`,
		},
		{
			displayName: 'Keep Input Binary',
			name: 'passThroughBinary',
			type: 'boolean',
			default: true,
			description: "Whether to pass the input item's binary data (the photo) through to the output",
		},
		maxRetriesOption,
		timeoutOption,
	];
}

/** Personal Data in Output (`personalData`: none / mask / drop), read by actions/shared/outputItems.ts. */
export function personalDataOption(wording: {
	keep: string;
	mask: string;
	drop: string;
	description: string;
}): INodeProperties {
	return {
		displayName: 'Personal Data in Output',
		name: 'personalData',
		type: 'options',
		options: [
			{ name: 'Keep', value: 'none', description: wording.keep },
			{ name: 'Mask', value: 'mask', description: wording.mask },
			{ name: 'Drop', value: 'drop', description: wording.drop },
		],
		default: 'none',
		description: wording.description,
	};
}

/** Send Failed Checks to Error Output (`failedChecksToError`), for documents with local checks. */
export function failedChecksOption(description: string): INodeProperties {
	return {
		displayName: 'Send Failed Checks to Error Output',
		name: 'failedChecksToError',
		type: 'boolean',
		default: false,
		description,
	};
}

/** The Options collection, its entries sorted by name as n8n's lint asks. */
export function optionsCollection(show: Show, options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [...options].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}
