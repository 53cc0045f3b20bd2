import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';

import { tokenIsFresh } from './iamToken';
import { signRequest, type SignableRequest } from './signer';

export const PROJECT_ID_PLACEHOLDER = '{project_id}';

function absoluteUrl(options: IHttpRequestOptions): string {
	if (/^https?:\/\//i.test(options.url)) return options.url;
	const base = (options.baseURL ?? '').replace(/\/+$/, '');
	const path = options.url.startsWith('/') ? options.url : `/${options.url}`;
	return `${base}${path}`;
}

function serialiseBody(body: IHttpRequestOptions['body']): string | Buffer | undefined {
	if (body === undefined || body === null || body === '') return undefined;
	if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
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
	for (const key of Object.keys(headers))
		if (key.toLowerCase() === name.toLowerCase()) delete headers[key];
	headers[name] = value;
}

/**
 * Adds Huawei Cloud authentication to one request attempt.
 * - accessKey: SDK-HMAC-SHA256 signature over the exact bytes sent, with a fresh X-Sdk-Date;
 *   temporary keys add a signed X-Security-Token; service calls add a signed X-Project-Id.
 * Service calls (`/v2/{project_id}/...`) carry the optional Enterprise-Project-Id (signed with AK/SK).
 * - password: the project-scoped IAM token fetched by preAuthentication, as X-Auth-Token.
 * A `{project_id}` placeholder in the URL is filled from the credential (or the token's project).
 */
export async function authenticateRequest(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	let url = absoluteUrl(requestOptions);
	if (url.includes(PROJECT_ID_PLACEHOLDER) && projectIdOf(credentials)) {
		url = url.replace(PROJECT_ID_PLACEHOLDER, encodeURIComponent(projectIdOf(credentials)));
	}
	const body = serialiseBody(requestOptions.body);
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(requestOptions.headers ?? {})) {
		if (value !== undefined && value !== null) headers[name] = String(value);
	}
	if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
		headers['Content-Type'] = 'application/json';
	}
	// Service calls (a project in the path): the enterprise project that pays, as the SDKs send it.
	const projectId = projectIdForRequest(credentials, url);
	const enterpriseProjectId = String(credentials.enterpriseProjectId ?? '').trim();
	if (projectId && enterpriseProjectId)
		setHeader(headers, 'Enterprise-Project-Id', enterpriseProjectId);

	if (credentials.authType === 'password') {
		if (tokenIsFresh(credentials)) headers['X-Auth-Token'] = String(credentials.sessionToken);
		return { ...requestOptions, url, baseURL: undefined, headers, body };
	}

	const securityToken = String(credentials.securityToken ?? '').trim();
	if (securityToken) headers['X-Security-Token'] = securityToken;
	// Every official SDK adds and signs X-Project-Id on AK/SK calls when the project is known; Huawei's
	// signing guide (api-sign-multi-project) requires it for resources in a sub-project.
	if (projectId) setHeader(headers, 'X-Project-Id', projectId);
	const signable: SignableRequest = {
		method: requestOptions.method ?? 'GET',
		url,
		query: requestOptions.qs as SignableRequest['query'],
		headers,
		body,
	};
	const signed = signRequest(
		signable,
		{
			accessKeyId: String(credentials.accessKeyId ?? '').trim(),
			secretAccessKey: String(credentials.secretAccessKey ?? '').trim(),
		},
		new Date(),
	);
	return {
		...requestOptions,
		url: signed.url,
		baseURL: undefined,
		qs: undefined,
		headers: signed.headers,
		body,
	};
}
