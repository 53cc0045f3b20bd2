import { isPlainObject, type PlainObject } from '../shared/plainObject';

/** The fields of a Chinese resident ID card as Huawei names them, and how a result holds its sides. */
export const FRONT_FIELDS = ['name', 'sex', 'ethnicity', 'birth', 'address', 'number'] as const;
export const BACK_FIELDS = ['issue', 'valid_from', 'valid_to'] as const;

function hasAny(fields: PlainObject, names: readonly string[]): boolean {
	// Values, not keys: a live answer may carry the other side's fields as empty strings.
	return names.some(
		(name) => fields[name] !== undefined && fields[name] !== null && fields[name] !== '',
	);
}

export interface CardSides {
	doubleSide: boolean;
	front?: PlainObject;
	back?: PlainObject;
}

/**
 * The front and back fields of a result: double_side results carry `front` and `back` objects (fields lifted
 * to the top level of an output item are then ignored); otherwise the side requested or the fields present
 * tell which side the top level is.
 */
export function cardSides(result: PlainObject, side?: string): CardSides {
	if (side === 'double_side' || isPlainObject(result.front) || isPlainObject(result.back)) {
		return {
			doubleSide: true,
			front: isPlainObject(result.front) ? result.front : {},
			back: isPlainObject(result.back) ? result.back : {},
		};
	}
	const front = side === 'front' || hasAny(result, FRONT_FIELDS);
	const back = side === 'back' || hasAny(result, BACK_FIELDS);
	return {
		doubleSide: false,
		front: front || !back ? result : undefined,
		back: back ? result : undefined,
	};
}
