/** A JSON object as Huawei sends it (not an array, not null). */
export type PlainObject = Record<string, unknown>;

/**
 * The one plain-object guard. `T` narrows to n8n's `IDataObject` where the value is passed on as output
 * (`isPlainObject<IDataObject>(value)`); it is the same check.
 */
export function isPlainObject<T extends PlainObject = PlainObject>(value: unknown): value is T {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
