import type { ICredentialDataDecryptedObject, INodeCredentialTestResult } from 'n8n-workflow';

import { assertCredentialAllowsUrl } from './allowedDomains';
import { parseErrorBody } from './errorBody';
import { authenticateRequest } from './authenticate';
import {
	EndpointSettingsError,
	resolveIamEndpoint,
	resolveOcrEndpoint,
	resolveRegion,
} from './endpoints';
import { fetchIamToken } from './iamToken';
import { networkReason } from './networkErrors';
import {
	cannotListProjects,
	lookupRedirect,
	pickProject,
	projectLookupRequest,
} from './projectLookup';
import {
	clockSkewMinutes,
	explainApiNotFound,
	explainAuthRefusal,
	explainNotEnabled,
	explainOcrForbidden,
	explainTokenRefusal,
	type Refusal,
} from './refusals';
import { isRedirectStatus, locationHeader, redirectRefusal } from './redirect';

/**
 * The credential's "Test" button (run by the node's `methods.credentialTest`, see testedBy), independent of
 * how n8n sends HTTP: `send` is given by the caller.
 *
 * What it proves, with the fewest rights and no cost:
 *   - IAM user: signs in (POST /v3/auth/tokens), as every execution will.
 *   - Access keys without a project id: looks it up (GET /v3/projects?name=REGION), as executions will.
 *   - Then one OCR call with the empty JSON body `{}` to POST /v2/{project_id}/ocr/id-card. The API gateway
 *     checks the signature (or token) and the project before the OCR service reads the body, so Huawei's
 *     `AIS.0101` (invalid parameter) means the keys, the project and the route were accepted. Huawei bills
 *     OCR only for 2xx answers ("failed calls are not charged", OCR billing, pay-per-use), so it costs nothing.
 *     It needs only OCR rights: a least-privilege key with the project id typed in never touches IAM.
 * Every refusal names its cause and the fix. No secret is ever put into a message.
 */

export interface TestHttpRequest {
	method: 'GET' | 'POST';
	url: string;
	headers: Record<string, string>;
	body?: string;
}

export interface TestHttpResponse {
	status: number;
	headers: Record<string, unknown>;
	body: unknown;
}

/** Sends one request; resolves for every HTTP status, rejects only when no answer came (network). */
export type TestSend = (request: TestHttpRequest) => Promise<TestHttpResponse>;

class TestFailure extends Error {}

const fail = (message: string): never => {
	throw new TestFailure(message);
};

interface NetworkError {
	code?: string;
	name?: string;
	cause?: NetworkError;
	errors?: NetworkError[];
}

/** The system error code of a failed request (fetch nests it: cause, cause.errors[] for several addresses). */
function networkCode(error: unknown): string {
	const queue = [error as NetworkError];
	for (let i = 0; i < queue.length && i < 10; i++) {
		const e = queue[i];
		if (!e || typeof e !== 'object') continue;
		if (typeof e.code === 'string' && e.code !== 'ERR_INVALID_ARG_TYPE') return e.code;
		if (e.name === 'TimeoutError') return 'ETIMEDOUT';
		if (e.cause) queue.push(e.cause);
		if (Array.isArray(e.errors)) queue.push(...e.errors);
	}
	return 'network error';
}

function unreachable(what: string, endpoint: string, error: unknown, field: string): string {
	const code = networkCode(error);
	const reason = networkReason(code) ?? code;
	return `Could not reach Huawei Cloud ${what} at ${endpoint}: ${reason}. Check the credential's region and ${field}, and this machine's network, proxy and firewall settings.`;
}

function describeBody(response: TestHttpResponse): { code: string; message: string } {
	const parsed = parseErrorBody(response.body);
	return parsed
		? { code: parsed.code.replace(/^APIGW\./i, 'APIG.'), message: parsed.message }
		: { code: `HTTP ${response.status}`, message: '' };
}

interface Settings {
	region: string;
	ocr: string;
	iam: string;
}

async function signIn(
	credentials: ICredentialDataDecryptedObject,
	settings: Settings,
	send: TestSend,
): Promise<ICredentialDataDecryptedObject> {
	let token;
	try {
		token = await fetchIamToken(
			{
				helpers: {
					httpRequest: async (options: { url: string; body?: unknown; headers?: object }) => {
						let response: TestHttpResponse;
						try {
							response = await send({
								method: 'POST',
								url: options.url,
								headers: { ...(options.headers as Record<string, string>) },
								body: JSON.stringify(options.body),
							});
						} catch (error) {
							throw Object.assign(new Error('network'), { code: networkCode(error) });
						}
						if (response.status < 200 || response.status > 299)
							throw Object.assign(new Error(`HTTP ${response.status}`), {
								response: {
									status: response.status,
									data: response.body,
									headers: response.headers,
								},
							});
						return response;
					},
				},
			} as never,
			credentials,
		);
	} catch (error) {
		const { httpStatus: status, huaweiMessage } = error as {
			httpStatus?: number;
			huaweiMessage?: string;
		};
		const said = huaweiMessage ? ` (IAM ${status}: ${huaweiMessage})` : '';
		if (status === 401)
			fail(
				`Huawei Cloud IAM refused the sign-in: the account name, IAM user name or password is wrong${said}. Check the Account Name (the account that owns the IAM user, not the user), the IAM User Name and the Password.`,
			);
		if (status === 400 && /project/i.test(huaweiMessage ?? ''))
			fail(
				`The account has no project for region ${settings.region}, or the Project ID is not one of its projects${said}. Pick the region where OCR is enabled, or correct the Project ID.`,
			);
		fail(String((error as Error).message));
	}
	return { ...credentials, ...token } as ICredentialDataDecryptedObject;
}

async function discoverProject(
	credentials: ICredentialDataDecryptedObject,
	settings: Settings,
	send: TestSend,
	now: () => number,
): Promise<string> {
	const signed = await authenticateRequest(
		credentials,
		projectLookupRequest(settings.iam, settings.region),
	);
	let response: TestHttpResponse;
	try {
		response = await send({
			method: 'GET',
			url: signed.url,
			headers: signed.headers as Record<string, string>,
		});
	} catch (error) {
		return fail(unreachable('IAM', settings.iam, error, 'IAM endpoint'));
	}
	if (isRedirectStatus(response.status))
		fail(
			lookupRedirect(
				settings.iam,
				settings.region,
				response.status,
				locationHeader(response.headers),
			),
		);
	if (response.status === 200) {
		const picked = pickProject(response.body, settings.region);
		return 'projectId' in picked ? picked.projectId : fail(picked.message);
	}
	const { code, message } = describeBody(response);
	if (response.status === 403) fail(cannotListProjects(settings.region, message));
	if (response.status === 401)
		fail(explainAuthRefusal(code, message, credentials, clockSkewMinutes(response.headers, now())));
	return fail(
		`IAM at ${settings.iam} answered ${response.status} (${code}${message ? `: ${message}` : ''}) when asked for the project of region ${settings.region}. Check the IAM endpoint, or type the Project ID.`,
	);
}

async function probeOcr(
	credentials: ICredentialDataDecryptedObject,
	settings: Settings,
	projectId: string,
	send: TestSend,
	now: () => number,
): Promise<string> {
	const url = `${settings.ocr}/v2/${encodeURIComponent(projectId)}/ocr/id-card`;
	const signed = await authenticateRequest(credentials, {
		method: 'POST',
		url,
		headers: { 'Content-Type': 'application/json' },
		body: '{}',
	});
	let response: TestHttpResponse;
	try {
		response = await send({
			method: 'POST',
			url: signed.url,
			headers: signed.headers as Record<string, string>,
			body: '{}',
		});
	} catch (error) {
		return fail(unreachable('OCR', settings.ocr, error, 'OCR endpoint'));
	}
	if (isRedirectStatus(response.status))
		fail(
			redirectRefusal(
				'OCR',
				settings.ocr,
				signed.url,
				response.status,
				locationHeader(response.headers),
			),
		);
	const { code, message } = describeBody(response);
	const where = `region ${settings.region}, project ${projectId}`;
	if (response.status === 400 && (code.startsWith('AIS.') || code === 'ModelArts.4105'))
		return `Connection tested successfully: Huawei Cloud accepted the ${credentials.authType === 'password' ? 'IAM sign-in' : 'access keys'} for OCR in ${where} (checked with an empty request, which is not billed).`;
	if (response.status >= 200 && response.status < 300)
		return `Connection tested successfully: OCR answered in ${where}.`;
	const refusal = (r: Refusal) => fail(`${r.message}. ${r.description}`);
	if (code === 'ModelArts.4204')
		refusal(explainNotEnabled('ID card', 'ID Card OCR', settings.region, message));
	if (code === 'APIG.0301' || (response.status === 401 && code !== 'APIG.0307'))
		fail(explainAuthRefusal(code, message, credentials, clockSkewMinutes(response.headers, now())));
	if (code === 'APIG.0307') fail(explainTokenRefusal(message));
	if (code === 'APIG.0101' || response.status === 404)
		refusal(explainApiNotFound(settings.ocr, settings.region, code, message, projectId));
	if (response.status === 403) refusal(explainOcrForbidden(settings.region, code, message));
	if (response.status === 429 || code === 'APIG.0308')
		return `Connection tested successfully: the keys were accepted in ${where} (Huawei throttled the test call: ${code}).`;
	return fail(
		`Huawei Cloud OCR answered ${response.status} (${code}${message ? `: ${message}` : ''}) in ${where}. Test again in a moment; if it persists, check the OCR endpoint.`,
	);
}

/** Runs the test; never throws. */
export async function testHuaweiCredential(
	credentials: ICredentialDataDecryptedObject,
	send: TestSend,
	now: () => number = Date.now,
): Promise<INodeCredentialTestResult> {
	try {
		const settings: Settings = {
			region: resolveRegion(credentials),
			ocr: resolveOcrEndpoint(credentials),
			iam: resolveIamEndpoint(credentials),
		};
		let effective: ICredentialDataDecryptedObject = {
			...credentials,
			sessionToken: '',
			tokenExpiresAt: '',
			tokenProjectId: '',
		};
		let projectId = String(credentials.projectId ?? '').trim();
		// the credential's Allowed HTTP Request Domains hold every call the Test makes (as executions)
		assertCredentialAllowsUrl(credentials, settings.ocr);
		if (credentials.authType === 'password' || !projectId)
			assertCredentialAllowsUrl(credentials, settings.iam);
		if (credentials.authType === 'password') {
			effective = await signIn(effective, settings, send);
			projectId ||= String(effective.tokenProjectId ?? '');
			if (!projectId)
				fail(
					`Huawei Cloud IAM signed in without a project for region ${settings.region}: type the Project ID in the credential.`,
				);
		} else if (!projectId) {
			projectId = await discoverProject(effective, settings, send, now);
		}
		const message = await probeOcr(effective, settings, projectId, send, now);
		return { status: 'OK', message };
	} catch (error) {
		if (error instanceof TestFailure || error instanceof EndpointSettingsError)
			return { status: 'Error', message: error.message };
		return {
			status: 'Error',
			message: `The test failed unexpectedly: ${(error as Error)?.message ?? String(error)}`,
		};
	}
}
