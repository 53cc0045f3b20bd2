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

/**
 * Adds Huawei Cloud authentication to one request attempt.
 * - accessKey: SDK-HMAC-SHA256 signature over the exact bytes sent, with a fresh X-Sdk-Date;
 *   temporary keys add a signed X-Security-Token.
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

	if (credentials.authType === 'password') {
		if (tokenIsFresh(credentials)) headers['X-Auth-Token'] = String(credentials.sessionToken);
		return { ...requestOptions, url, baseURL: undefined, headers, body };
	}

	const securityToken = String(credentials.securityToken ?? '').trim();
	if (securityToken) headers['X-Security-Token'] = securityToken;
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
