import type { IDataObject } from 'n8n-workflow';

import type {
	DocumentRules,
	ReturnedImage,
	ShapedDocument,
	ShapeSettings,
} from '../../model/document';
import { isPlainObject } from '../shared/plainObject';
import { orderedFields } from '../shared/resultFields';
import { BACK_FIELDS, cardSides, FRONT_FIELDS } from './cardFields';
import { checkCard, type CardChecks } from './checks';
import { deriveFields } from './derivedFields';
import { maskResult } from './masking';
import { maskUnknownFields } from '../shared/fieldMasking';

const CARD_FIELDS: readonly string[] = [...FRONT_FIELDS, ...BACK_FIELDS];

/** The quality and fraud alarms of the SDK model, each sent as `detect_<name>_result`. */
const ALARMS = [
	'reproduce',
	'copy',
	'tampering',
	'border_integrity',
	'blocking_within_border',
	'blur',
	'interim',
	'glare',
] as const;

/**
 * The fields an ID card item may hold: IdCardResult's, IdcardFrontResult's and IdcardBackResult's
 * (huaweicloudsdkocr/v1/model/id_card_result.py, idcard_front_result.py, idcard_back_result.py) and the node's
 * own (side, derived fields, checks). Any other field is unknown: dropped in Drop, masked by its key in Mask.
 */
export const ID_CARD_KNOWN_FIELDS: readonly string[] = [
	'side',
	...CARD_FIELDS,
	'verification_result',
	'text_location',
	'portrait_image',
	'portrait_location',
	'adjusted_image',
	...ALARMS.map((alarm) => `detect_${alarm}_result`),
	'score_info',
	'front',
	'back',
	'age',
	'birth_date_iso',
	'region',
	'number_upgraded',
	'valid_to_long_term',
	'checks',
];

interface ImageField {
	json: IDataObject;
	field: string;
	binaryName: string;
	fileStem: string;
}

/** Takes the base64 images out of the JSON (in order), for binary properties. */
function takeImages(fields: ImageField[]): ReturnedImage[] {
	const images: ReturnedImage[] = [];
	for (const { json, field, binaryName, fileStem } of fields) {
		const value = json[field];
		delete json[field];
		if (value !== undefined) images.push({ binaryName, fileStem, value });
	}
	return images;
}

export interface ShapedIdCard extends ShapedDocument {
	checks: CardChecks;
}

/**
 * The card as output from one Huawei result: the card's fields, what a builder would compute from them
 * (age, ISO birth date, region, long-term flag), the local `checks`, and the images taken out for binary
 * properties; masked when asked. `settings.request.side` is the side requested ('auto' when none).
 */
export function shapeIdCard(result: IDataObject, settings: ShapeSettings): ShapedIdCard {
	const { side } = cardSides(result, String(settings.request?.side ?? 'auto'));
	const checks = checkCard(result, { today: settings.today, side });
	const derived = deriveFields(result, settings.today, side) as IDataObject;
	let card: IDataObject;
	const images: ImageField[] = [];
	if (side === 'double_side') {
		const front = orderedFields(
			isPlainObject(result.front) ? { ...(result.front as IDataObject) } : {},
			CARD_FIELDS,
		);
		const back = orderedFields(
			isPlainObject(result.back) ? { ...(result.back as IDataObject) } : {},
			CARD_FIELDS,
		);
		const rest = { ...result };
		delete rest.front;
		delete rest.back;
		// The card's fields also at the top level, so a spreadsheet row needs no extra mapping.
		const lifted: IDataObject = {};
		for (const key of FRONT_FIELDS) if (front[key] !== undefined) lifted[key] = front[key];
		for (const key of BACK_FIELDS) if (back[key] !== undefined) lifted[key] = back[key];
		card = { side, ...lifted, ...rest, front, back };
		images.push(
			{ json: front, field: 'portrait_image', binaryName: 'portrait_image', fileStem: 'portrait' },
			{
				json: front,
				field: 'adjusted_image',
				binaryName: 'front_adjusted_image',
				fileStem: 'front-adjusted',
			},
			{
				json: back,
				field: 'portrait_image',
				binaryName: 'back_portrait_image',
				fileStem: 'back-portrait',
			},
			{
				json: back,
				field: 'adjusted_image',
				binaryName: 'back_adjusted_image',
				fileStem: 'back-adjusted',
			},
		);
	} else {
		card = { side, ...orderedFields({ ...result }, CARD_FIELDS) };
	}
	images.push(
		{ json: card, field: 'portrait_image', binaryName: 'portrait_image', fileStem: 'portrait' },
		{ json: card, field: 'adjusted_image', binaryName: 'adjusted_image', fileStem: 'adjusted' },
	);
	// The images leave the JSON whatever the masking; masked output then carries no picture of the card.
	const returned = takeImages(images);
	const masked = maskResult(
		{ ...card, ...derived, checks: checks as unknown as IDataObject },
		settings.masking,
	);
	const json = maskUnknownFields(masked, settings.masking, ID_CARD_KNOWN_FIELDS, [
		'front',
		'back',
	]) as IDataObject;
	return { json, checks, images: returned };
}

/** The ID card's rules, also applied by Auto-Classify to the ID cards it finds. */
export const idCardRules: DocumentRules = {
	noun: 'ID card',
	classifiedAs: ['id_card'],
	shape: shapeIdCard,
};
