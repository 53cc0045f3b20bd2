import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { PROJECT_ID_PLACEHOLDER } from '../../../credentials/huaweiCloud/authenticate';
import {
	resolveIamEndpoint,
	resolveOcrEndpoint,
	resolveRegion,
} from '../../../credentials/huaweiCloud/endpoints';
import { formatList } from '../helpers/imageFormat';
import type { OcrApi } from '../helpers/ocrApi';
import { limiterKey, sharedLimiter } from './limiterRegistry';
import type { RateLimiter } from './rateLimiter';
import { huaweiRequest } from './huaweiRequest';
import { failureFromHttpError, malformedReply, type DocumentWording } from './huaweiErrors';
import { OcrCallError } from './OcrCallError';
import { resolveProjectId } from './projectId';
import { retryDelay, type Attempts, type RetrySettings } from './retryPolicy';

export interface ClientSettings {
	concurrency: number;
	timeoutMs: number;
	retry: RetrySettings;
}

export interface RecognizeReply<T = IDataObject> {
	/** Huawei's `result`: an object for most APIs, a list for auto-classification. */
	result: T;
}

interface FullResponse {
	body: unknown;
	headers: Record<string, unknown>;
	statusCode: number;
}

/**
 * Serialises the request once (the credential signs exactly these bytes). The base64 image, the bulk of
 * the body, needs no JSON escaping, so it is spliced in instead of being scanned by JSON.stringify.
 */
export function serialiseRequestBody(body: IDataObject): string {
	const { image, ...rest } = body;
	if (typeof image !== 'string' || !/^[A-Za-z0-9+/=]*$/.test(image.slice(0, 64)))
		return JSON.stringify(body);
	const tail = JSON.stringify(rest);
	return `{"image":"${image}"${tail === '{}' ? '}' : ',' + tail.slice(1)}`;
}

/** The words an API's error messages use, from its declaration. */
export function wordingOf(api: OcrApi): DocumentWording {
	return {
		noun: api.noun,
		service: api.service,
		unreadableHint: api.unreadableHint,
		formats: formatList(api.limits.formats),
		sides: `${api.limits.minSide} to ${api.limits.maxSide}`,
	};
}

/**
 * Calls `POST /v2/{project_id}/ocr/<api.name>` with retries, paced by the process's shared limiter for the
 * credential and region (limiterRegistry.ts).
 */
export class OcrClient {
	/** Shared with every execution in this process that uses the same key, region and endpoint. */
	readonly limiter: RateLimiter;

	private projectPath?: Promise<string>;

	private readonly wording: DocumentWording;

	private constructor(
		readonly api: OcrApi,
		private readonly context: IExecuteFunctions,
		private readonly ocrEndpoint: string,
		private readonly iamEndpoint: string,
		readonly region: string,
		private readonly settings: ClientSettings,
		private readonly credentials: ICredentialDataDecryptedObject,
	) {
		this.limiter = sharedLimiter(limiterKey(credentials, region, ocrEndpoint));
		this.wording = wordingOf(api);
	}

	/**
	 * Reads the credential; throws (before any call) when its region or endpoint is unusable, or when the
	 * API is not served in its region (`api.regions`; not checked when the credential sets its own OCR
	 * endpoint: a proxy, a private endpoint or a test server decides for itself).
	 */
	static async create(
		context: IExecuteFunctions,
		api: OcrApi,
		settings: ClientSettings,
	): Promise<OcrClient> {
		const credentials =
			await context.getCredentials<ICredentialDataDecryptedObject>('huaweiCloudApi');
		// An unusable region or endpoint throws EndpointSettingsError, shown to the user as it is.
		const endpoints = {
			region: resolveRegion(credentials),
			ocr: resolveOcrEndpoint(credentials),
			iam: resolveIamEndpoint(credentials),
		};
		const customEndpoint = String(credentials.ocrEndpoint ?? '').trim() !== '';
		if (api.regions && !customEndpoint && !api.regions.includes(endpoints.region)) {
			throw new Error(
				`Huawei serves ${api.service} in ${api.regions.join(', ')} only; the credential's region is ${endpoints.region}. Use a credential for ${api.regions.length === 1 ? 'that region' : 'one of these regions'}.`,
			);
		}
		return new OcrClient(
			api,
			context,
			endpoints.ocr,
			endpoints.iam,
			endpoints.region,
			settings,
			credentials,
		);
	}

	private async path(): Promise<string> {
		if (!this.projectPath) {
			this.projectPath = resolveProjectId(
				this.context,
				this.credentials,
				this.iamEndpoint,
				this.region,
			).then(
				(id) => `/v2/${id ? encodeURIComponent(id) : PROJECT_ID_PLACEHOLDER}/ocr/${this.api.name}`,
			);
			this.projectPath.catch(() => (this.projectPath = undefined));
		}
		return await this.projectPath;
	}

	/** One recognition, retried as the policy allows; each attempt is signed afresh by the credential. */
	async recognize<T extends object = IDataObject>(
		body: IDataObject,
		itemLabel: string,
	): Promise<RecognizeReply<T>> {
		const serialised = serialiseRequestBody(body);
		const path = await this.path();
		const attempts: Attempts = { transient: 0, throttle: 0 };
		const errorContext = {
			endpoint: this.ocrEndpoint,
			region: this.region,
			itemLabel,
			document: this.wording,
		};
		for (;;) {
			const retry = attempts.transient + attempts.throttle > 0;
			const ticket = await this.limiter.acquire(this.settings.concurrency, retry);
			let response: FullResponse | undefined;
			let failure;
			try {
				response = await this.send(path, serialised);
			} catch (error) {
				failure = failureFromHttpError(error, errorContext);
			}
			// The limiter learns the allowed rate from throttling (Huawei's "limit:XX,time:1 minute", Retry-After).
			this.limiter.done(
				ticket,
				failure?.kind === 'throttle'
					? {
							code: failure.errorCode,
							message: failure.errorMsg,
							retryAfterMs: failure.retryAfterMs,
						}
					: undefined,
			);
			if (response) {
				const requestId = String(response.headers['x-request-id'] ?? '') || undefined;
				const result = (response.body as { result?: unknown } | undefined)?.result;
				if (result && typeof result === 'object') return { result: result as T };
				failure = malformedReply(errorContext, requestId);
			}
			const delay = retryDelay(failure!, attempts, this.settings.retry);
			if (delay === undefined) throw new OcrCallError(failure!);
			if (failure!.kind === 'throttle') attempts.throttle++;
			else attempts.transient++;
			await sleep(delay);
		}
	}

	private async send(path: string, body: string): Promise<FullResponse> {
		const options: IHttpRequestOptions = {
			method: 'POST',
			url: `${this.ocrEndpoint}${path}`,
			headers: { 'Content-Type': 'application/json' },
			body,
			json: true,
			timeout: this.settings.timeoutMs,
			returnFullResponse: true,
		};
		return (await huaweiRequest(this.context, this.credentials, options)) as FullResponse;
	}
}
