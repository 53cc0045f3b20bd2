import type { IDataObject } from 'n8n-workflow';

import { parseErrorBody } from '../../../credentials/huaweiCloud/errorBody';
import { networkReason } from '../../../credentials/huaweiCloud/networkErrors';
import {
	clockSkewMinutes,
	explainApiNotFound,
	explainAuthRefusal,
	explainNotEnabled,
	explainOcrForbidden,
	explainTokenRefusal,
	type RefusedKeys,
} from '../../../credentials/huaweiCloud/refusals';
import type { FailureKind, OcrFailure } from '../model/OcrCallError';

/** Huawei's gateways answer `APIGW.0301` where the OCR documentation writes `APIG.0301`. */
export function normalizeErrorCode(code: string): string {
	return code.replace(/^APIGW\./i, 'APIG.');
}

/** The words that differ per API (see wordingOf in ocrClient.ts). */
export interface DocumentWording {
	/** "ID card", "bank card"... */
	noun: string;
	/** The console's name of the service to enable: "ID Card OCR". */
	service: string;
	/** What to do when Huawei finds no readable document (AIS.0104). */
	unreadableHint: string;
	/** "JPEG, PNG, BMP or TIFF". */
	formats: string;
	/** "15 to 8192". */
	sides: string;
}

/** Used when a call names no document (the project ID lookup). */
const GENERIC_WORDING: DocumentWording = {
	noun: 'document',
	service: 'the OCR API',
	unreadableHint:
		'Send a sharp photo of the document, with the document filling most of the image.',
	formats: 'JPEG, PNG, BMP or TIFF',
	sides: '15 to 8192',
};

interface Context {
	endpoint: string;
	region: string;
	itemLabel: string;
	document?: DocumentWording;
	/** The credential, for the refusal explanation's choice (its kind, whether a token is set); never shown. */
	credentials?: RefusedKeys;
}

export function kindOf(code: string, status: number | undefined, message = ''): FailureKind {
	if (code === 'APIG.0308' || status === 429) return 'throttle';
	if (/^ModelArts\.44\d\d$/.test(code) && /quota|concurren/i.test(message)) return 'throttle';
	if (code === 'ModelArts.4401') return 'throttle';
	if (code === 'APIG.0301' || code === 'APIG.0307' || status === 401) return 'auth';
	if (code.startsWith('AIS.') || code === 'ModelArts.4104' || code === 'ModelArts.4105')
		return 'input';
	if (code === 'ModelArts.4601' || code === 'ModelArts.4603' || code === 'ModelArts.4704')
		return 'input';
	if (code === 'ModelArts.4204' || code === 'APIG.0101' || status === 403 || status === 404)
		return 'fatal';
	if (status !== undefined && status >= 500) return 'transient';
	if (/^ModelArts\.4[45]\d\d$/.test(code)) return 'transient';
	if (status === 408) return 'transient';
	return 'fatal';
}

/** The message a user reads, naming the item and the fix. */
function explain(
	code: string,
	huaweiMessage: string,
	ctx: Context,
	skewMinutes?: number,
	status?: number,
): { message: string; description?: string } {
	const { itemLabel, region, endpoint } = ctx;
	const doc = ctx.document ?? GENERIC_WORDING;
	switch (code) {
		case 'APIG.0301':
			return {
				message: explainAuthRefusal(code, huaweiMessage, ctx.credentials ?? {}, skewMinutes),
				description:
					'Five refused signatures in a row lock the key for 5 minutes, so the node does not retry.',
			};
		case 'APIG.0307':
			return {
				message: explainTokenRefusal(huaweiMessage),
				description: 'If it persists, check the IAM user still exists and has the OCR permission.',
			};
		case 'APIG.0308':
			return {
				message: `Huawei Cloud throttled the calls (APIG.0308) for ${itemLabel} and the retries ran out`,
				description:
					"The node paces its calls at the rate Huawei admits and waited 8 times for this one. Other workflows or n8n workers using the same keys share Huawei's limit: lower their Concurrency, spread the batch over time (Loop Over Items with a Wait node), or ask Huawei to raise the limit. Huawei adjusts the per-minute limit dynamically.",
			};
		case 'ModelArts.4204':
			return explainNotEnabled(doc.noun, doc.service, region);
		case 'APIG.0101':
			return explainApiNotFound(endpoint, region, code);
		case 'AIS.0101':
			return {
				message: `Huawei refused the request for ${itemLabel} as invalid (AIS.0101: ${huaweiMessage})`,
			};
		case 'AIS.0102':
			return {
				message: `Huawei could not read ${itemLabel} as an image (AIS.0102)`,
				description: `Send a ${doc.formats} image.`,
			};
		case 'AIS.0103':
			return {
				message: `The image of ${itemLabel} has an unsupported size (AIS.0103)`,
				description: `Each side must be ${doc.sides} pixels.`,
			};
		case 'AIS.0104':
			return {
				message: `Huawei found no readable ${doc.noun} in ${itemLabel} (AIS.0104)`,
				description: doc.unreadableHint,
			};
		case 'AIS.0105':
			return {
				message: `Huawei's recognition failed for ${itemLabel} (AIS.0105)`,
				description: 'Try a clearer photo.',
			};
		case 'AIS.0122':
			return {
				message: `The image of ${itemLabel} holds two cards of the same side (AIS.0122)`,
				description:
					"With side 'Both Sides in One Image', the photo must show one front and one back.",
			};
		case 'ModelArts.4104':
			return {
				message: `The image of ${itemLabel} is too large for Huawei (ModelArts.4104)`,
				description: 'The base64 image must stay under 10 MB: compress or downscale it.',
			};
		case 'ModelArts.4601':
			return {
				message: `Huawei is not allowed to download the URL of ${itemLabel} (ModelArts.4601)`,
				description:
					'Use a public http(s) URL or an OBS URL Huawei may read, or send the file itself.',
			};
		case 'ModelArts.4704':
			return {
				message: `Huawei could not fetch the OBS file of ${itemLabel} (ModelArts.4704)`,
				description: `Check that the OBS object exists, that its bucket is in region ${region}, and that OCR may read it: authorise OCR to access OBS in the OCR console (or use a public URL, or send the file itself).`,
			};
		case 'ModelArts.4603':
			return {
				message: `Huawei could not download the URL of ${itemLabel} (ModelArts.4603)`,
				description: 'Check that the URL is public and answers with the image.',
			};
		default:
			if (status === 403) return explainOcrForbidden(region, code, huaweiMessage, itemLabel);
			return { message: `Huawei Cloud OCR failed for ${itemLabel} (${code}: ${huaweiMessage})` };
	}
}

function parseRetryAfter(value: unknown): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(String(value));
	return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function asObject(data: unknown): IDataObject | undefined {
	if (data && typeof data === 'object' && !Buffer.isBuffer(data)) return data as IDataObject;
	if (typeof data === 'string') {
		try {
			const parsed = JSON.parse(data);
			return parsed && typeof parsed === 'object' ? (parsed as IDataObject) : undefined;
		} catch {
			return undefined;
		}
	}
	return undefined;
}

interface HttpErrorShape {
	httpCode?: string | null;
	message?: string;
	code?: string;
	context?: { data?: unknown };
	cause?: {
		code?: string;
		message?: string;
		status?: number;
		response?: { status?: number; data?: unknown; headers?: Record<string, unknown> };
		cause?: { code?: string };
	};
	response?: { status?: number; data?: unknown; headers?: Record<string, unknown> };
}

/** Turns whatever n8n's HTTP helper threw into an OcrFailure. Never copies request data (it holds secrets). */
export function failureFromHttpError(error: unknown, ctx: Context): OcrFailure {
	const err = (error ?? {}) as HttpErrorShape;
	// A failed IAM sign-in (the credential's preAuthentication), possibly wrapped by n8n's NodeApiError.
	const iam = [err, err.cause].find(
		(e) => (e as { name?: string } | undefined)?.name === 'IamAuthenticationError',
	);
	if (iam) {
		const text = String((iam as Error).message);
		const { httpStatus, kind } = iam as { httpStatus?: number; kind?: FailureKind };
		// IAM's own class: a wrong password is final ('auth'); IAM 5xx, 408, 429 and no answer are passing
		// ('transient', retried like OCR's); a redirect is 'fatal'.
		return {
			kind: kind ?? 'auth',
			errorCode: 'IAM_SIGN_IN',
			errorMsg: text,
			message: text,
			httpStatus,
		};
	}
	const response = err.cause?.response ?? err.response;
	const status =
		response?.status ?? err.cause?.status ?? (err.httpCode ? Number(err.httpCode) : undefined);
	const body = asObject(response?.data) ?? asObject(err.context?.data);
	const headers = response?.headers ?? {};
	// Only text: an odd body (`"request_id": {...}`) must not make the classification throw.
	const requestId = [headers['x-request-id'], body?.request_id].find(
		(v): v is string => typeof v === 'string' && v !== '',
	);
	const retryAfterMs = parseRetryAfter(headers['retry-after']);

	const parsed = parseErrorBody(response?.data) ?? parseErrorBody(err.context?.data);
	if (parsed) {
		const code = normalizeErrorCode(parsed.code);
		const errorMsg = parsed.message;
		return {
			kind: kindOf(code, status, errorMsg),
			errorCode: code,
			errorMsg,
			httpStatus: status,
			requestId,
			retryAfterMs,
			...explain(code, errorMsg, ctx, clockSkewMinutes(headers, Date.now()), status),
		};
	}
	if (status !== undefined && Number.isFinite(status) && status > 0) {
		const kind = kindOf('', status);
		return {
			kind: kind === 'fatal' && status >= 500 ? 'transient' : kind,
			errorCode: `HTTP_${status}`,
			errorMsg: 'The gateway answered without a Huawei error body.',
			message: `Huawei Cloud OCR answered HTTP ${status} for ${ctx.itemLabel} without an error code`,
			httpStatus: status,
			requestId,
			retryAfterMs,
		};
	}
	const networkCode = err.cause?.code ?? err.code ?? err.cause?.cause?.code;
	const reason = networkReason(networkCode);
	return {
		kind: 'transient',
		errorCode: 'NETWORK_ERROR',
		errorMsg: networkCode ?? String(err.cause?.message ?? err.message ?? 'unknown network error'),
		message: `Could not reach Huawei Cloud OCR at ${ctx.endpoint} for ${ctx.itemLabel}: ${reason ?? networkCode ?? 'network error'}`,
		description:
			"Check the credential's region and OCR endpoint, and this machine's network, proxy and TLS settings. Timeouts: raise the node's Timeout option.",
	};
}

/** A 200 whose body is not Huawei's `{ result: {...} }`. */
export function malformedReply(ctx: Context, requestId?: string): OcrFailure {
	return {
		kind: 'transient',
		errorCode: 'MALFORMED_RESPONSE',
		errorMsg: 'The reply was not the JSON Huawei documents.',
		message: `Huawei Cloud OCR sent an unreadable reply for ${ctx.itemLabel}`,
		description: 'Usually a gateway hiccup; it is retried. If it persists, check the OCR endpoint.',
		requestId,
	};
}
