import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { parseErrorBody } from '../../../credentials/huaweiCloud/errorBody';

import { PROJECT_ID_PLACEHOLDER } from '../../../credentials/huaweiCloud/authenticate';
import { assertCredentialAllowsUrl } from '../../../credentials/huaweiCloud/allowedDomains';
import {
	resolveIamEndpoint,
	resolveOcrEndpoint,
	resolveRegion,
} from '../../../credentials/huaweiCloud/endpoints';
import { formatList, type OcrApi } from '../model/ocrApi';
import { limiterKey, sharedLimiter } from './limiterRegistry';
import { LimiterWaitAborted, type RateLimiter } from './rateLimiter';
import { huaweiRequest } from './huaweiRequest';
import { failureFromHttpError, malformedReply, type DocumentWording } from './huaweiErrors';
import { OcrCallError, type OcrFailure } from '../model/OcrCallError';
import { resolveProjectId } from './projectId';
import {
	MAX_REPLY_DEPTH,
	nestedDeeperThan,
	pictureField,
	serializeRequestBody,
} from './requestBody';
import {
	itemBudgetMs,
	maxWaitMs,
	retryDelay,
	type Attempts,
	type RetrySettings,
} from './retryPolicy';

export interface ClientSettings {
	concurrency: number;
	timeoutMs: number;
	retry: RetrySettings;
	/** The execution's cancel signal (n8n's Stop): passed to every request and every wait. */
	signal?: AbortSignal;
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

export { serializeRequestBody } from './requestBody';

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
		// n8n 2.x's Allowed HTTP Request Domains hold the node's own calls too (n8n's wording), before any call.
		assertCredentialAllowsUrl(credentials, endpoints.ocr);
		if (credentials.authType === 'password' || !String(credentials.projectId ?? '').trim())
			assertCredentialAllowsUrl(credentials, endpoints.iam);
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

	/**
	 * One recognition, retried as the policy allows; each attempt is signed afresh by the credential.
	 * The picture (`body.image`, or `body.data` for the APIs that name it so) may be the photo's bytes: the body
	 * is built once, in one buffer, and the picture is then removed from `body` so that the photo can be
	 * released while the call is in flight.
	 */
	async recognize<T extends object = IDataObject>(
		body: IDataObject,
		itemLabel: string,
	): Promise<RecognizeReply<T>> {
		const { retry: policy, signal } = this.settings;
		const deadline = Date.now() + itemBudgetMs(policy, this.settings.timeoutMs);
		const serialized = serializeRequestBody(body);
		const picture = pictureField(body);
		if (picture) delete body[picture];
		const path = await this.path();
		const attempts: Attempts = { transient: 0, throttle: 0 };
		const errorContext = {
			endpoint: this.ocrEndpoint,
			region: this.region,
			itemLabel,
			document: this.wording,
			credentials: this.credentials,
		};
		for (;;) {
			const retry = attempts.transient + attempts.throttle > 0;
			const ticket = await this.limiter
				.acquire(this.settings.concurrency, retry, { signal, deadline })
				.catch((error: unknown) => {
					throw new OcrCallError(
						error instanceof LimiterWaitAborted && error.reason === 'budget'
							? budgetFailure(errorContext.itemLabel, retry)
							: cancelledFailure(errorContext.itemLabel, retry),
					);
				});
			let failure: OcrFailure | undefined;
			let response: FullResponse | undefined;
			try {
				response = await this.send(path, serialized);
			} catch (error) {
				failure = this.classify(error, errorContext);
			} finally {
				// Released whatever happens (a leaked slot would block every later call on this key). The limiter
				// learns the allowed rate from throttling (Huawei's "limit:XX,time:1 minute", Retry-After).
				this.limiter.done(
					ticket,
					failure?.kind === 'throttle'
						? {
								code: failure.errorCode,
								message: failure.errorMsg,
								retryAfterMs:
									failure.retryAfterMs === undefined
										? undefined
										: Math.min(failure.retryAfterMs, maxWaitMs(policy)),
							}
						: undefined,
				);
			}
			if (response) {
				const reply = this.readReply<T>(response, errorContext);
				if ('result' in reply) return reply;
				failure = reply.failure;
			}
			const delay = retryDelay(failure!, attempts, policy);
			if (delay === undefined) throw new OcrCallError(failure!);
			if (Date.now() + delay >= deadline)
				throw new OcrCallError(budgetFailure(errorContext.itemLabel, true));
			if (failure!.kind === 'throttle') attempts.throttle++;
			else attempts.transient++;
			await abortableSleep(Math.min(delay, maxWaitMs(policy)), signal).catch(() => {
				throw new OcrCallError(cancelledFailure(errorContext.itemLabel, true));
			});
		}
	}

	/** Huawei's answer to a call that got an HTTP 2xx: the result, or why it is unusable. */
	private readReply<T>(
		response: FullResponse,
		ctx: Parameters<typeof malformedReply>[0],
	): RecognizeReply<T> | { failure: OcrFailure } {
		const header = response.headers?.['x-request-id'];
		const requestId = typeof header === 'string' && header ? header : undefined;
		const body = response.body;
		// n8n copies item JSON recursively: a reply nested thousands of levels deep would overflow its stack.
		if (nestedDeeperThan(body, MAX_REPLY_DEPTH)) return { failure: malformedReply(ctx, requestId) };
		const result = (body as { result?: unknown } | undefined)?.result;
		if (result && typeof result === 'object') return { result: result as T };
		if (parseErrorBody(body)) {
			// Huawei's error inside a 200: its code is what the user needs, and retrying repeats it.
			const failure = this.classify(
				{ response: { status: response.statusCode, data: body, headers: response.headers } },
				ctx,
			);
			return { failure: failure.kind === 'transient' ? { ...failure, kind: 'fatal' } : failure };
		}
		return { failure: malformedReply(ctx, requestId) };
	}

	/** Whatever a request threw, as an OcrFailure; never throws itself (an odd body must not leak a slot). */
	private classify(error: unknown, ctx: Parameters<typeof malformedReply>[0]): OcrFailure {
		if (this.settings.signal?.aborted) return cancelledFailure(ctx.itemLabel, true);
		try {
			return redirectFailure(error, ctx.itemLabel) ?? failureFromHttpError(error, ctx);
		} catch {
			return {
				kind: 'fatal',
				errorCode: 'UNREADABLE_ERROR',
				errorMsg: 'The error reply could not be read.',
				message: `Huawei Cloud OCR refused ${ctx.itemLabel} with a reply the node could not read`,
			};
		}
	}

	private async send(path: string, body: Buffer): Promise<FullResponse> {
		const options: IHttpRequestOptions = {
			method: 'POST',
			url: `${this.ocrEndpoint}${path}`,
			headers: { 'Content-Type': 'application/json' },
			body,
			json: true,
			timeout: this.settings.timeoutMs,
			returnFullResponse: true,
			// A redirect would carry the signature, the tokens and the photo to another host: it is an error.
			disableFollowRedirect: true,
		};
		if (this.settings.signal) options.abortSignal = this.settings.signal;
		return (await huaweiRequest(this.context, this.credentials, options)) as FullResponse;
	}
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts (n8n 1.x's `sleep` takes no signal). */
async function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
	if (!signal) return await sleep(ms);
	if (signal.aborted) throw new Error('aborted');
	let onAbort: (() => void) | undefined;
	const aborted = new Promise<never>((_, reject) => {
		onAbort = () => reject(new Error('aborted'));
		signal.addEventListener('abort', onAbort, { once: true });
	});
	try {
		await Promise.race([sleep(ms), aborted]);
	} finally {
		signal.removeEventListener('abort', onAbort!);
	}
}

/** The item was not (or no longer) sent because the execution was stopped. */
export function cancelledFailure(itemLabel: string, apiCalled: boolean): OcrFailure {
	return {
		kind: 'fatal',
		errorCode: 'CANCELLED',
		errorMsg: 'The execution was stopped.',
		message: `The execution was stopped before ${itemLabel} was recognized`,
		local: !apiCalled,
	};
}

function budgetFailure(itemLabel: string, apiCalled: boolean): OcrFailure {
	return {
		kind: 'fatal',
		errorCode: 'TIME_BUDGET',
		errorMsg: 'The retries and waits of this item took longer than its time budget.',
		message: `Huawei Cloud OCR did not answer ${itemLabel} within its time budget`,
		description:
			'Huawei kept throttling or failing the calls for this item. Lower the Concurrency of the workflows sharing these keys, or run the batch later.',
		local: !apiCalled,
	};
}

/** A 3xx: never followed (it would carry the credentials and the photo), named so the user can fix the endpoint. */
function redirectFailure(error: unknown, itemLabel: string): OcrFailure | undefined {
	const err = error as {
		cause?: { response?: { status?: number; headers?: Record<string, unknown> } };
		response?: { status?: number; headers?: Record<string, unknown> };
	};
	const response = err?.cause?.response ?? err?.response;
	const status = response?.status;
	if (typeof status !== 'number' || status < 300 || status >= 400) return undefined;
	const location = response?.headers?.location;
	let target = 'an address it did not give';
	if (typeof location === 'string' && URL.canParse(location)) {
		const url = new URL(location);
		target = `${url.origin}${url.pathname}`; // the query may carry tokens: not repeated
	} else if (typeof location === 'string' && location)
		target = location.split('?')[0].slice(0, 200);
	return {
		kind: 'fatal',
		errorCode: 'REDIRECT',
		errorMsg: `HTTP ${status} to ${target}`,
		message: `The OCR endpoint redirected ${itemLabel} to ${target} (HTTP ${status}); the node does not follow redirects`,
		description:
			"A redirect would send the signature, the tokens and the photo to another address. Set the credential's OCR endpoint to the address that answers itself.",
		httpStatus: status,
	};
}
