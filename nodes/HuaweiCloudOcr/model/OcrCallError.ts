import type { IDataObject } from 'n8n-workflow';

/** Why a call failed, in the terms the retry policy and the error output use. */
export type FailureKind =
	| 'input' // refused locally before any call, or a client error Huawei will repeat
	| 'auth' // signature, keys, token: never retried blindly
	| 'throttle' // 429 / concurrency over quota: back off and slow down
	| 'transient' // 5xx, timeouts, resets, malformed replies: retried
	| 'fatal'; // anything else that retrying cannot fix

export interface OcrFailure {
	kind: FailureKind;
	/** Huawei's code (AIS.0104, APIG.0301, ...) or a local one (INVALID_INPUT, NETWORK_ERROR, ...). */
	errorCode: string;
	/** Huawei's own text, unchanged. */
	errorMsg: string;
	/** What the user should read and do. */
	message: string;
	description?: string;
	httpStatus?: number;
	requestId?: string;
	retryAfterMs?: number;
	/** True when the refusal happened locally and no API call was spent. */
	local?: boolean;
}

export class OcrCallError extends Error {
	readonly failure: OcrFailure;

	constructor(failure: OcrFailure) {
		super(failure.message);
		this.name = 'OcrCallError';
		this.failure = failure;
	}

	/** The `error` object of an error item: what an expression on the error output reads. */
	errorObject(): IDataObject {
		const f = this.failure;
		const error: IDataObject = {
			message: f.message,
			error_code: f.errorCode,
			error_msg: f.errorMsg,
		};
		if (f.httpStatus !== undefined) error.http_status = f.httpStatus;
		if (f.requestId) error.request_id = f.requestId;
		if (f.description) error.description = f.description;
		error.api_called = !f.local;
		return error;
	}
}
