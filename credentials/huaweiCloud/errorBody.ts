/**
 * Huawei Cloud's error bodies, read as the official SDK's exception handler reads them
 * (huaweicloud/huaweicloud-sdk-python-v3, huaweicloud-sdk-core/huaweicloudsdkcore/exceptions/exception_handler.py):
 *   - `{ error_code, error_msg }`           API gateway and most services (OCR: AIS.*, ModelArts.*, APIG.*)
 *   - `{ errorCode, errorMsg }`             some services (camelCase)
 *   - `{ code, message }`                   some services
 *   - `{ error: { code, message, title? } }` IAM (Keystone: code is the HTTP status as a number)
 *   - `encoded_authorization_message`       IAM fine-grained policy refusals (an opaque, encoded reason)
 * Nested objects are searched like the SDKs do (first nested object with a code/message pair wins).
 */
export interface HuaweiErrorBody {
	code: string;
	message: string;
	/** IAM's encoded reason for a policy refusal; decode it with IAM's decode-authorization-message API. */
	encodedAuthorizationMessage?: string;
}

type Json = Record<string, unknown>;

const PAIRS: Array<[string, string]> = [
	['error_code', 'error_msg'],
	['errorCode', 'errorMsg'],
	['code', 'message'],
];

function isObject(value: unknown): value is Json {
	return !!value && typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value);
}

function text(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return undefined;
}

function findPair(body: Json, depth: number): { code: string; message: string } | undefined {
	for (const [codeKey, messageKey] of PAIRS) {
		const code = text(body[codeKey]);
		const message = text(body[messageKey]);
		// The SDKs take a pair when both keys are present; a code alone (message missing) still names the error.
		if (code !== undefined && code !== '' && (message !== undefined || codeKey === 'error_code'))
			return { code, message: message ?? '' };
	}
	if (depth >= 3) return undefined;
	for (const value of Object.values(body)) {
		if (!isObject(value)) continue;
		const nested = findPair(value, depth + 1);
		if (nested) return nested;
	}
	return undefined;
}

function asJson(data: unknown): Json | undefined {
	if (isObject(data)) return data;
	const raw = typeof data === 'string' ? data : Buffer.isBuffer(data) ? data.toString('utf8') : '';
	if (!raw.trim().startsWith('{')) return undefined;
	try {
		const parsed: unknown = JSON.parse(raw);
		return isObject(parsed) ? parsed : undefined;
	} catch {
		return undefined;
	}
}

/** Huawei's code and message from an error body (object, JSON string or Buffer); undefined when it holds none. */
export function parseErrorBody(data: unknown): HuaweiErrorBody | undefined {
	const body = asJson(data);
	if (!body) return undefined;
	const encoded = text(body.encoded_authorization_message) || undefined;
	const pair = findPair(body, 0);
	if (pair) return encoded ? { ...pair, encodedAuthorizationMessage: encoded } : pair;
	if (encoded) {
		return {
			code: 'ACCESS_DENIED',
			message:
				'The action is not allowed by the IAM policies of these keys (the reason is in IAM’s encoded authorization message).',
			encodedAuthorizationMessage: encoded,
		};
	}
	return undefined;
}
