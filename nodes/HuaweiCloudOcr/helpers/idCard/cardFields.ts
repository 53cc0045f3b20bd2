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

export interface CardSides {
	/**
	 * The side of the result as the output's `side` says it: `double_side` when Huawei sent `front`/`back`
	 * objects, else the side requested, else the side whose fields hold values (values, not keys), else the
	 * side whose keys are present.
	 */
	side: CardSide;
	doubleSide: boolean;
	front?: PlainObject;
	back?: PlainObject;
}

/**
 * The one reading of a result's sides, used by the shaping, the checks and the derived fields alike:
 * double_side results carry `front` and `back` objects (fields lifted to the top level of an output item are
 * then ignored; a double_side request answered without them is read like a single side); otherwise
 * `requested` ('front', 'back'; anything else lets the fields decide) or the fields
 * holding values tell which side the top level is: both when both sides' fields are filled, the front when
 * none is.
 */
export function cardSides(result: PlainObject, requested?: string): CardSides {
	if (isPlainObject(result.front) || isPlainObject(result.back)) {
		return {
			side: 'double_side',
			doubleSide: true,
			front: isPlainObject(result.front) ? result.front : {},
			back: isPlainObject(result.back) ? result.back : {},
		};
	}
	const filledFront = hasAny(result, FRONT_FIELDS);
	const filledBack = hasAny(result, BACK_FIELDS);
	const side: CardSide =
		requested === 'front' || requested === 'back'
			? requested
			: filledFront || (!filledBack && FRONT_FIELDS.some((f) => result[f] !== undefined))
				? 'front'
				: 'back';
	const front = requested === 'front' || filledFront;
	const back = requested === 'back' || filledBack;
	return {
		side,
		doubleSide: false,
		front: front || !back ? result : undefined,
		back: back ? result : undefined,
	};
}
