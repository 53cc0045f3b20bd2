import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper } from 'n8n-workflow';

import { resolveIamEndpoint, resolveRegion } from './endpoints';

/** A token this close to its expiry is not sent any more, so that n8n fetches a fresh one. */
export const TOKEN_REFRESH_MARGIN_MS = 5 * 60 * 1000;

export class IamAuthenticationError extends Error {
	readonly httpStatus?: number;

	constructor(message: string, httpStatus?: number) {
		super(message);
		this.name = 'IamAuthenticationError';
		this.httpStatus = httpStatus;
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
	let response: TokenResponse;
	try {
		response = (await helper.helpers.httpRequest({
			method: 'POST',
			url: `${iam}/v3/auth/tokens`,
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
		})) as TokenResponse;
	} catch (error) {
		throw describeTokenFailure(error, iam);
	}
	const header = response.headers['x-subject-token'];
	const token = Array.isArray(header) ? header[0] : header;
	if (!token) {
		throw new IamAuthenticationError(
			`IAM at ${iam} answered without a token (no X-Subject-Token header).`,
		);
	}
	return {
		sessionToken: token,
		tokenExpiresAt: response.body.token?.expires_at ?? '',
		tokenProjectId: response.body.token?.project?.id ?? '',
	};
}

function describeTokenFailure(error: unknown, iam: string): IamAuthenticationError {
	const err = error as {
		response?: { status?: number; data?: { error?: { message?: string } } };
		httpCode?: string;
		code?: string;
		cause?: { code?: string };
	};
	const status = err.response?.status ?? (err.httpCode ? Number(err.httpCode) : undefined);
	const iamMessage = err.response?.data?.error?.message;
	if (status === 401 || status === 400) {
		return new IamAuthenticationError(
			`Huawei Cloud IAM refused the sign-in (${status}${iamMessage ? `: ${iamMessage}` : ''}). Check the account (domain) name, IAM user name and password in the credential.`,
			status,
		);
	}
	if (status) {
		return new IamAuthenticationError(
			`Huawei Cloud IAM at ${iam} answered ${status}${iamMessage ? ` (${iamMessage})` : ''} when asked for a token.`,
			status,
		);
	}
	const code = err.code ?? err.cause?.code ?? 'network error';
	return new IamAuthenticationError(
		`Could not reach Huawei Cloud IAM at ${iam} (${code}). Check the IAM endpoint and this machine's network or proxy settings.`,
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
