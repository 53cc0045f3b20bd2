import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { assertCredentialAllowsUrl } from './allowedDomains';
import { tokenIsFresh } from './iamToken';
import { signRequest, type QueryValue } from './signer';

export const PROJECT_ID_PLACEHOLDER = '{project_id}';

/**
 * What reaches `authenticate`: n8n's own request options (this node, `httpRequestWithAuthentication`), or the
 * legacy ones the HTTP Request node passes (`uri` instead of `url`, `form`, `formData`, `followRedirect`).
 */
export type AnyRequestOptions = IHttpRequestOptions & {
	uri?: string | URL;
	form?: unknown;
	formData?: unknown;
	followRedirect?: boolean;
	followAllRedirects?: boolean;
};

/** Methods whose body n8n never sends (n8n's request helpers drop it): they are signed without one. */
const BODYLESS_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export class UnsignableRequestError extends Error {}

function targetUrl(options: AnyRequestOptions): string {
	const raw = options.url ?? options.uri;
	const target = raw === undefined || raw === null ? '' : String(raw);
	if (/^https?:\/\//i.test(target)) return target;
	const base = String(options.baseURL ?? '').replace(/\/+$/, '');
	if (!base && !target) {
		throw new UnsignableRequestError('The request has no URL: enter the Huawei Cloud API URL.');
	}
	if (!base) {
		throw new UnsignableRequestError(
			`The URL "${target}" is not absolute: enter it as https://<service>.<region>.myhuaweicloud.com/...`,
		);
	}
	return `${base}${target.startsWith('/') || !target ? target : `/${target}`}`;
}

function isEmptyObject(value: unknown): boolean {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Buffer.isBuffer(value) &&
		Object.keys(value).length === 0
	);
}

/** The exact bytes to send, serialized once here (signed and sent as they are). */
function serializeBody(
	options: AnyRequestOptions,
	method: string,
	headers: Record<string, string>,
): string | Buffer | undefined {
	if (options.formData !== undefined && options.formData !== null) {
		throw new UnsignableRequestError(
			'Huawei Cloud signatures cover the exact body bytes, and a multipart form body is built after signing. Send the body as JSON, a string or binary data instead.',
		);
	}
	if (BODYLESS_METHODS.has(method)) return undefined;
	let body: unknown = options.body;
	if ((body === undefined || isEmptyObject(body)) && options.form !== undefined) {
		body =
			typeof options.form === 'string'
				? options.form
				: new URLSearchParams(
						Object.entries(options.form as IDataObject).map(([k, v]): [string, string] => [
							k,
							String(v),
						]),
					).toString();
		setHeader(headers, 'Content-Type', 'application/x-www-form-urlencoded');
	}
	if (body === undefined || body === null || body === '') return undefined;
	if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
	if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	if (isEmptyObject(body) && method === 'DELETE') return undefined;
	return JSON.stringify(body);
}

function projectIdOf(credentials: ICredentialDataDecryptedObject): string {
	return String(credentials.projectId || credentials.tokenProjectId || '').trim();
}

/** `/v2/{project_id}/...`: the project a service call addresses (IAM's `/v3/projects` addresses none). */
const PROJECT_PATH = /^\/v\d+(?:\.\d+)?\/([^/?#]+)\//;

/**
 * The project id a request is for: the one typed into the credential, else the one its path names
 * (a discovered id, or the token's project). What the official SDKs send as X-Project-Id.
 */
export function projectIdForRequest(
	credentials: ICredentialDataDecryptedObject,
	url: string,
): string | undefined {
	const match = PROJECT_PATH.exec(new URL(url).pathname);
	if (!match) return undefined;
	const fromPath = decodeURIComponent(match[1]);
	if (fromPath === PROJECT_ID_PLACEHOLDER) return undefined;
	return String(credentials.projectId ?? '').trim() || fromPath;
}

function setHeader(headers: Record<string, string>, name: string, value: string): void {
	deleteHeader(headers, name);
	headers[name] = value;
}

function deleteHeader(headers: Record<string, string>, name: string): void {
	for (const key of Object.keys(headers))
		if (key.toLowerCase() === name.toLowerCase()) delete headers[key];
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
	return Object.keys(headers).some((h) => h.toLowerCase() === name.toLowerCase());
}

/** Headers from an earlier attempt's authentication: replaced, never signed (n8n re-authenticates on retry). */
const AUTH_HEADERS = ['Authorization', 'X-Sdk-Date', 'X-Auth-Token', 'X-Security-Token', 'Host'];

/**
 * Adds Huawei Cloud authentication to one request attempt, for this node and for n8n's HTTP Request node
 * (Authentication → Predefined Credential Type → Huawei Cloud API), for any Huawei Cloud API.
 * - accessKey: SDK-HMAC-SHA256 signature over the exact bytes sent, with a fresh X-Sdk-Date; the query
 *   (`qs` and the URL's own) is folded into the URL in canonical form; temporary keys add a signed
 *   X-Security-Token; service calls add a signed X-Project-Id.
 * - password: the project-scoped IAM token fetched by preAuthentication, as X-Auth-Token.
 * Service calls (`/v2/{project_id}/...`) carry the optional Enterprise-Project-Id.
 * A `{project_id}` placeholder in the URL is filled from the credential (or the token's project).
 * A request made with the credential never follows a redirect (it would carry the signature or the token
 * to the other host), and is held to the credential's Allowed HTTP Request Domains.
 */
export async function authenticateRequest(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: AnyRequestOptions,
): Promise<IHttpRequestOptions> {
	let url = targetUrl(requestOptions);
	const projectId = projectIdOf(credentials);
	if (projectId) {
		url = url
			.replace(PROJECT_ID_PLACEHOLDER, encodeURIComponent(projectId))
			.replace(/%7Bproject_id%7D/i, encodeURIComponent(projectId));
	}
	assertCredentialAllowsUrl(credentials, url);
	const method = String(requestOptions.method ?? 'GET').toUpperCase();
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(requestOptions.headers ?? {})) {
		if (value !== undefined && value !== null) headers[name] = String(value);
	}
	for (const name of AUTH_HEADERS) deleteHeader(headers, name);
	const body = serializeBody(requestOptions, method, headers);
	if (body !== undefined && !hasHeader(headers, 'content-type')) {
		headers['Content-Type'] = 'application/json';
	}
	// Service calls (a project in the path): the enterprise project that pays, as the SDKs send it.
	const requestProject = projectIdForRequest(credentials, url);
	const enterpriseProjectId = String(credentials.enterpriseProjectId ?? '').trim();
	if (requestProject && enterpriseProjectId)
		setHeader(headers, 'Enterprise-Project-Id', enterpriseProjectId);

	const noRedirects = {
		disableFollowRedirect: true,
		followRedirect: false,
		followAllRedirects: false,
	};
	const sent = (finalUrl: string, finalHeaders: Record<string, string>, qs: unknown) => {
		const out: AnyRequestOptions = {
			...requestOptions,
			...noRedirects,
			method: requestOptions.method ?? 'GET',
			url: finalUrl,
			baseURL: undefined,
			qs: qs as IDataObject | undefined,
			headers: finalHeaders,
			body,
			form: undefined,
		};
		if (requestOptions.uri !== undefined) out.uri = finalUrl;
		else delete out.uri;
		if (out.form === undefined) delete out.form;
		return out as IHttpRequestOptions;
	};

	if (credentials.authType === 'password') {
		if (tokenIsFresh(credentials)) headers['X-Auth-Token'] = String(credentials.sessionToken);
		return sent(url, headers, requestOptions.qs);
	}

	const securityToken = String(credentials.securityToken ?? '').trim();
	if (securityToken) headers['X-Security-Token'] = securityToken;
	// Every official SDK adds and signs X-Project-Id on AK/SK calls when the project is known; Huawei's
	// signing guide (api-sign-multi-project) requires it for resources in a sub-project.
	if (requestProject) setHeader(headers, 'X-Project-Id', requestProject);
	const signed = signRequest(
		{
			method,
			url,
			query: requestOptions.qs as Record<string, QueryValue | undefined> | undefined,
			headers,
			body,
		},
		{
			accessKeyId: String(credentials.accessKeyId ?? '').trim(),
			secretAccessKey: String(credentials.secretAccessKey ?? '').trim(),
		},
		new Date(),
	);
	return sent(signed.url, signed.headers, undefined);
}
