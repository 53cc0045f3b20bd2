import { isPlainObject, type PlainObject } from '../shared/plainObject';

/** The fields of a Chinese resident ID card as Huawei names them, and how a result holds its sides. */
export const FRONT_FIELDS = ['name', 'sex', 'ethnicity', 'birth', 'address', 'number'] as const;
export const BACK_FIELDS = ['issue', 'valid_from', 'valid_to'] as const;

/** Whether a field holds a value: a live answer may carry the other side's fields as empty strings. */
function filled(fields: PlainObject, name: string): boolean {
	return fields[name] !== undefined && fields[name] !== null && fields[name] !== '';
}

function hasAny(fields: PlainObject, names: readonly string[]): boolean {
	return names.some((name) => filled(fields, name));
}

export type CardSide = 'front' | 'back' | 'double_side';

/**
 * The side of a result, as the output's `side` says it: Huawei sends `front`/`back` objects for double_side,
 * else the side requested, else the side whose fields hold values (values, not keys), else the side whose
 * keys are present. The shaping passes this side to the checks and derived fields (cardSides).
 */
export function sideOf(result: PlainObject, requested: string): CardSide {
	if (isPlainObject(result.front) || isPlainObject(result.back)) return 'double_side';
	if (requested === 'front' || requested === 'back') return requested;
	if (hasAny(result, FRONT_FIELDS)) return 'front';
	if (hasAny(result, BACK_FIELDS)) return 'back';
	if (FRONT_FIELDS.some((f) => result[f] !== undefined)) return 'front';
	return 'back';
}

export interface CardSides {
	doubleSide: boolean;
	front?: PlainObject;
	back?: PlainObject;
}

/**
 * The front and back fields of a result: double_side results carry `front` and `back` objects (fields lifted
 * to the top level of an output item are then ignored); otherwise the side given (sideOf's, in the node) or
 * the fields holding values tell which side the top level is: both when both sides' fields are filled, the
 * front when none is.
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
