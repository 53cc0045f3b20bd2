'use strict';
/**
 * What every SDK-model schema of ./ shares: a schema is `{ field: type }` in the SDK model's order (its
 * `openapi_types`), and `check` lists where a value breaks it.
 *
 * Types, as the SDKs type the JSON (Python `openapi_types` / Go struct / Node.js class):
 *   'string' str · 'boolean' bool · 'int' int (int32 in Go) · 'float' float (float32 in Go) ·
 *   'object' object (interface{} in Go: any JSON object) · 'points' list[list[int]] (four corner points) ·
 *   'string[]' list[str] · 'int[]' list[int] · 'float{}' dict(str, float) · a schema object: a nested model ·
 *   [schema]: a list of a nested model.
 * The live service may add fields before the models know them: unknown keys pass unless `strict`.
 */

/**
 * @typedef {string | Schema | Schema[]} FieldType
 * @typedef {{ [field: string]: FieldType }} Schema
 */

const isObject = (/** @type {unknown} */ v) => !!v && typeof v === 'object' && !Array.isArray(v);

/** @type {Record<string, (value: any) => boolean>} */
const SCALARS = {
	string: (v) => typeof v === 'string',
	boolean: (v) => typeof v === 'boolean',
	int: (v) => Number.isInteger(v),
	float: (v) => typeof v === 'number' && Number.isFinite(v),
	object: (v) => !!v && typeof v === 'object',
	points: (v) =>
		Array.isArray(v) && v.every((p) => Array.isArray(p) && p.every((n) => Number.isInteger(n))),
	'string[]': (v) => Array.isArray(v) && v.every((s) => typeof s === 'string'),
	'int[]': (v) => Array.isArray(v) && v.every((n) => Number.isInteger(n)),
	'float{}': (v) =>
		isObject(v) && Object.values(v).every((n) => typeof n === 'number' && Number.isFinite(n)),
};

/**
 * Violations of `schema` in `value` (empty when it conforms): a field of the wrong type, and, where `strict`
 * (or in a nested object whose key `strictIn` names), a key the model does not have.
 * @param {Schema} schema
 * @param {unknown} value
 * @param {string} [path]
 * @param {{ strict?: boolean, strictIn?: readonly string[] }} [options]
 * @returns {string[]}
 */
function check(schema, value, path = 'result', { strict = false, strictIn = [] } = {}) {
	if (!isObject(value)) return [`${path} is not an object`];
	const object = /** @type {Record<string, unknown>} */ (value);
	/** @type {string[]} */
	const problems = [];
	for (const [key, type] of Object.entries(schema)) {
		const field = object[key];
		if (field === undefined) continue;
		const at = `${path}.${key}`;
		const nested = { strict: strict || strictIn.includes(key), strictIn };
		if (Array.isArray(type)) {
			if (!Array.isArray(field)) problems.push(`${at} should be a list, got ${show(field)}`);
			else
				field.forEach((item, i) => problems.push(...check(type[0], item, `${at}[${i}]`, nested)));
		} else if (typeof type === 'object') {
			problems.push(...check(type, field, at, nested));
		} else if (!(SCALARS[type] || (() => false))(field)) {
			problems.push(`${at} should be ${type}, got ${show(field)}`);
		}
	}
	if (strict)
		for (const key of Object.keys(object))
			if (!(key in schema)) problems.push(`${path}.${key} is not in the SDK model`);
	return problems;
}

const show = (/** @type {unknown} */ v) => String(JSON.stringify(v)).slice(0, 40);

/**
 * `keys` in the model's order, those the model lacks left out (what the node's output order is checked
 * against: Huawei's fields in the SDK's order).
 * @param {Schema} schema
 * @param {Iterable<string>} keys
 */
function inModelOrder(schema, keys) {
	const have = new Set(keys);
	return Object.keys(schema).filter((key) => have.has(key));
}

/**
 * The fields of `schema` typed 'string' (a model's text fields), in its order.
 * @param {Schema} schema
 */
function textFields(schema) {
	return Object.keys(schema).filter((key) => schema[key] === 'string');
}

module.exports = { check, inModelOrder, textFields };
