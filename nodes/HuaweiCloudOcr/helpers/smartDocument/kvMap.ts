import { OcrCallError } from '../../model/OcrCallError';
import { isPlainObject } from '../shared/plainObject';

const FIX =
	'Enter a JSON object mapping the keys Huawei reads to the keys you want, e.g. {"名称": "姓名"}, or remove the option.';

function refuse(errorMsg: string, message: string): OcrCallError {
	return new OcrCallError({
		kind: 'input',
		errorCode: 'INVALID_OPTION',
		errorMsg,
		message,
		description: FIX,
		local: true,
	});
}

/**
 * The KV Map option as `kv_map` takes it: the JSON text of an object whose values are strings
 * (SmartDocumentRecognizerRequestBody.kv_map is a str, "需要传入字典的json序列化后字符串", e.g.
 * "{\"名称\":\"姓名\"}"). Text that is not such JSON is refused before any call, naming the item (`label`) and
 * the fix. An object (from an expression) is serialized. Undefined when there is nothing to map (empty text or
 * {}), so that nothing is sent.
 */
export function kvMapParam(value: unknown, label: string): string | undefined {
	if (value === undefined || value === null) return undefined;
	let parsed: unknown = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return undefined;
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			throw refuse(
				'KV Map is not valid JSON',
				`${label}: KV Map is not valid JSON (${(error as Error).message}).`,
			);
		}
	}
	if (!isPlainObject(parsed))
		throw refuse(
			'KV Map is not a JSON object',
			`${label}: KV Map must be a JSON object; it is ${Array.isArray(parsed) ? 'a list' : parsed === null ? 'null' : `a ${typeof parsed}`}.`,
		);
	const bad = Object.keys(parsed).filter((key) => typeof parsed[key] !== 'string');
	if (bad.length > 0)
		throw refuse(
			'KV Map has a value that is not text',
			`${label}: KV Map must map each key to a text; ${bad
				.slice(0, 3)
				.map((k) => JSON.stringify(k))
				.join(', ')} ${bad.length === 1 ? 'does' : 'do'} not.`,
		);
	return Object.keys(parsed).length === 0 ? undefined : JSON.stringify(parsed);
}
