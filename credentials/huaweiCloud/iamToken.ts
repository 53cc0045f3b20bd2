import { createHash } from 'crypto';
import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper } from 'n8n-workflow';

import { parseErrorBody } from './errorBody';
import { resolveIamEndpoint, resolveRegion } from './endpoints';
import { isRedirectStatus, locationHeader, redirectRefusal } from './redirect';

/** A token this close to its expiry is not sent any more, so that n8n fetches a fresh one. */
export const TOKEN_REFRESH_MARGIN_MS = 5 * 60 * 1000;

/**
 * How long a sign-in or a project ID lookup may take. Without it the HTTP client waits 300 s, and a hung IAM
 * holds up every execution that shares the sign-in.
 */
export const IAM_TIMEOUT_MS = 15_000;

/** The timeout in use: IAM_TIMEOUT_MS. Not a setting: only the tests shorten it, to prove it without waiting. */
export const iamTiming = { timeoutMs: IAM_TIMEOUT_MS };

/** "15 s", "0.3 s". */
function seconds(ms: number): string {
	return `${Number((ms / 1000).toFixed(3))} s`;
}

/** The message for an IAM call that got no answer in time (the sign-in and the project ID lookup). */
export function iamTimeoutMessage(iam: string): string {
	return `Huawei Cloud IAM at ${iam} did not answer within ${seconds(iamTiming.timeoutMs)}`;
}

/** The HTTP client's codes for "no answer in time" (axios: ECONNABORTED, or ETIMEDOUT when clarified). */
export function isTimeoutCode(code: string | undefined): boolean {
	return code === 'ECONNABORTED' || code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT';
}

/**
 * How a failed sign-in is treated: `auth` (the credential is wrong: final), `transient` (IAM 5xx, 408, 429,
 * no answer: retried like a transient OCR failure) or `fatal` (a redirect, an answer without a token).
 */
export type IamFailureKind = 'auth' | 'transient' | 'fatal';

export class IamAuthenticationError extends Error {
	readonly httpStatus?: number;

	/** IAM's own message (never holds the password). */
	readonly huaweiMessage?: string;

	readonly kind: IamFailureKind;

	constructor(
		message: string,
		httpStatus?: number,
		huaweiMessage?: string,
		kind: IamFailureKind = 'auth',
	) {
		super(message);
		this.name = 'IamAuthenticationError';
		this.httpStatus = httpStatus;
		this.huaweiMessage = huaweiMessage;
		this.kind = kind;
	}
}

interface TokenResponse {
	headers: Record<string, string | string[] | undefined>;
	body: { token?: { expires_at?: string; project?: { id?: string } } };
}

/**
 * Fetches a project-scoped IAM token with the IAM user's password.
 * Errors are rebuilt from scratch: the HTTP client's error carries the request body, which holds the password.
 */
export async function fetchIamToken(
	helper: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): Promise<IDataObject> {
	const region = resolveRegion(credentials);
	const iam = resolveIamEndpoint(credentials);
	const projectId = String(credentials.projectId ?? '').trim();
	const scope = projectId ? { project: { id: projectId } } : { project: { name: region } };
	const url = `${iam}/v3/auth/tokens?nocatalog=true`;
	let response: TokenResponse;
	try {
		response = (await helper.helpers.httpRequest({
			method: 'POST',
			// nocatalog: the answer leaves out the service catalog (tens of KB nobody reads).
			url,
			headers: { 'Content-Type': 'application/json;charset=utf8' },
			body: {
				auth: {
					identity: {
						methods: ['password'],
						password: {
							user: {
								name: String(credentials.userName ?? ''),
								password: String(credentials.password ?? ''),
								domain: { name: String(credentials.domainName ?? '') },
							},
						},
					},
					scope,
				},
			},
			json: true,
			returnFullResponse: true,
			// A 307 would re-send this body, with the password, wherever IAM (or a proxy) points.
			disableFollowRedirect: true,
			timeout: iamTiming.timeoutMs,
		})) as TokenResponse;
	} catch (error) {
		throw describeTokenFailure(error, iam, url);
	}
	const header = response.headers['x-subject-token'];
	const token = Array.isArray(header) ? header[0] : header;
	if (!token) {
		throw new IamAuthenticationError(
			`IAM at ${iam} answered without a token (no X-Subject-Token header).`,
			undefined,
			undefined,
			'fatal',
		);
	}
	return {
		sessionToken: token,
		tokenExpiresAt: response.body.token?.expires_at ?? '',
		tokenProjectId: response.body.token?.project?.id ?? '',
	};
}

function describeTokenFailure(error: unknown, iam: string, url: string): IamAuthenticationError {
	const err = error as {
		response?: { status?: number; data?: unknown; headers?: unknown };
		httpCode?: string;
		code?: string;
		cause?: { code?: string; response?: { status?: number; data?: unknown; headers?: unknown } };
		context?: { data?: unknown };
	};
	const response = err.response ?? err.cause?.response;
	const status = response?.status ?? (err.httpCode ? Number(err.httpCode) : undefined);
	if (isRedirectStatus(status)) {
		const message = redirectRefusal('IAM', iam, url, status, locationHeader(response?.headers));
		return new IamAuthenticationError(message, status, undefined, 'fatal');
	}
	const iamMessage = (parseErrorBody(response?.data) ?? parseErrorBody(err.context?.data))?.message;
	if (status === 401 || status === 400) {
		return new IamAuthenticationError(
			`Huawei Cloud IAM refused the sign-in (${status}${iamMessage ? `: ${iamMessage}` : ''}). Check the account (domain) name, IAM user name and password in the credential.`,
			status,
			iamMessage,
		);
	}
	if (status) {
		// A passing outage or throttling of IAM is retried; other refusals are about the credential.
		const passing = status >= 500 || status === 408 || status === 429;
		return new IamAuthenticationError(
			`Huawei Cloud IAM at ${iam} answered ${status}${iamMessage ? ` (${iamMessage})` : ''} when asked for a token.`,
			status,
			iamMessage,
			passing ? 'transient' : 'auth',
		);
	}
	const code = err.code ?? err.cause?.code ?? 'network error';
	if (isTimeoutCode(code)) {
		return new IamAuthenticationError(
			`${iamTimeoutMessage(iam)} when asked for a token. Check the IAM endpoint and this machine's network or proxy settings.`,
			undefined,
			undefined,
			'transient',
		);
	}
	return new IamAuthenticationError(
		`Could not reach Huawei Cloud IAM at ${iam} (${code}). Check the IAM endpoint and this machine's network or proxy settings.`,
		undefined,
		undefined,
		'transient',
	);
}

export function tokenIsFresh(
	credentials: ICredentialDataDecryptedObject,
	now = Date.now(),
): boolean {
	if (!credentials.sessionToken) return false;
	const expiresAt = Date.parse(String(credentials.tokenExpiresAt ?? ''));
	return Number.isNaN(expiresAt) || expiresAt - now > TOKEN_REFRESH_MARGIN_MS;
}

/**
 * One sign-in at a time per IAM user and scope, in this process: concurrent calls that find the token
 * missing or refused wait for the same sign-in. A caller whose token is older than the last one fetched
 * (it was refused, or it had none) gets that newer token instead of a new sign-in, so a refused token is
 * refreshed once. Keyed by IAM endpoint, account, user, scope and a hash of the password (a wrong password
 * never reuses a token another credential got).
 */
interface SignIn {
	pending: Promise<IDataObject>;
	result?: IDataObject;
}

const signIns = new Map<string, SignIn>();

export function clearTokenCache(): void {
	signIns.clear();
}

function signInKey(credentials: ICredentialDataDecryptedObject): string {
	const password = createHash('sha256')
		.update(String(credentials.password ?? ''))
		.digest('hex');
	return [
		resolveIamEndpoint(credentials),
		String(credentials.domainName ?? ''),
		String(credentials.userName ?? ''),
		String(credentials.projectId ?? '').trim() || resolveRegion(credentials),
		password,
	].join('|');
}

export async function fetchIamTokenOnce(
	helper: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
	fetch: typeof fetchIamToken = fetchIamToken,
): Promise<IDataObject> {
	const key = signInKey(credentials);
	const current = signIns.get(key);
	if (current && !current.result) return { ...(await current.pending) };
	if (
		current?.result &&
		current.result.sessionToken !== credentials.sessionToken &&
		tokenIsFresh(current.result as ICredentialDataDecryptedObject)
	) {
		return { ...current.result };
	}
	const entry: SignIn = { pending: fetch(helper, credentials) };
	signIns.set(key, entry);
	// Registered before the await below, so it runs first: the result is kept, a failure forgotten.
	entry.pending.then(
		(result) => (entry.result = result),
		() => signIns.get(key) === entry && signIns.delete(key),
	);
	return { ...(await entry.pending) };
}
