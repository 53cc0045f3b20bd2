import type { ICredentialDataDecryptedObject, IExecuteFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import {
	iamTiming,
	iamTimeoutMessage,
	isTimeoutCode,
} from '../../../credentials/huaweiCloud/iamToken';
import {
	isRedirectStatus,
	locationHeader,
	redirectRefusal,
} from '../../../credentials/huaweiCloud/redirect';
import { OcrCallError } from '../model/OcrCallError';
import { failureFromHttpError } from './huaweiErrors';
import { DEFAULT_RETRY, retryDelay, type Attempts } from './retryPolicy';

/** Project ids found through IAM, per IAM endpoint + access key + region; never a project created. */
const discovered = new Map<string, Promise<string>>();

export function clearProjectIdCache(): void {
	discovered.clear();
}

interface ProjectsResponse {
	projects?: Array<{ id?: string; name?: string }>;
}

interface LookupErrorShape {
	code?: string;
	response?: { status?: number; headers?: unknown };
	cause?: { code?: string; response?: { status?: number; headers?: unknown } };
}

/** A redirect or a timeout of the lookup, which the generic OCR error wording would not name right. */
function lookupFailure(
	error: unknown,
	iamEndpoint: string,
	url: string,
	region: string,
): OcrCallError | undefined {
	const err = (error ?? {}) as LookupErrorShape;
	const response = err.cause?.response ?? err.response;
	if (isRedirectStatus(response?.status)) {
		const message = redirectRefusal(
			'IAM',
			iamEndpoint,
			url,
			response.status,
			locationHeader(response.headers),
		);
		return new OcrCallError({
			kind: 'fatal',
			errorCode: 'IAM_REDIRECT',
			errorMsg: `IAM answered ${response.status}`,
			httpStatus: response.status,
			message: `Could not look up the project ID of region ${region}: ${message}`,
		});
	}
	const code = err.cause?.code ?? err.code;
	if (!response && isTimeoutCode(code)) {
		return new OcrCallError({
			kind: 'transient',
			errorCode: 'NETWORK_ERROR',
			errorMsg: String(code),
			message: `Could not look up the project ID of region ${region}: ${iamTimeoutMessage(iamEndpoint)}`,
			description:
				"Check the credential's IAM endpoint and this machine's network or proxy settings, or enter the project ID in the credential.",
		});
	}
	return undefined;
}

async function discoverOnce(
	context: IExecuteFunctions,
	iamEndpoint: string,
	region: string,
): Promise<string> {
	const url = `${iamEndpoint}/v3/projects`;
	let response: ProjectsResponse | undefined;
	let failed: unknown;
	try {
		response = (await context.helpers.httpRequestWithAuthentication.call(
			context,
			'huaweiCloudApi',
			{
				method: 'GET',
				url,
				qs: { name: region },
				json: true,
				// The request is signed: a redirect would carry the signature to wherever it points.
				disableFollowRedirect: true,
				timeout: iamTiming.timeoutMs,
			},
			{ preAuthenticationRetryStatusCode: [] },
		)) as ProjectsResponse;
	} catch (error) {
		failed = error;
	}
	if (!response) {
		const special = lookupFailure(failed, iamEndpoint, url, region);
		if (special) throw special;
		const failure = failureFromHttpError(failed, {
			endpoint: iamEndpoint,
			region,
			itemLabel: 'the project ID lookup',
		});
		if (failure.httpStatus === 403) {
			// A least-privilege (OCR-only) IAM user may not list projects: the id has to be typed in.
			throw new OcrCallError({
				...failure,
				kind: 'fatal',
				message: `These keys may not list IAM projects, so the project ID of region ${region} cannot be looked up (IAM answered 403${failure.errorMsg ? `: ${failure.errorMsg}` : ''})`,
				description:
					'Type the project ID in the credential (Console → My Credentials → API Credentials → the project of the region). OCR calls need no IAM rights beyond OCR.',
			});
		}
		throw new OcrCallError({
			...failure,
			message: `Could not look up the project ID of region ${region}: ${failure.message}`,
			description:
				failure.description ??
				'Enter the project ID in the credential (Console → My Credentials → API Credentials), or give the keys permission to list IAM projects.',
		});
	}
	const matches = (response.projects ?? []).filter((p) => p.id && (!p.name || p.name === region));
	if (matches.length !== 1) {
		const found = matches.length === 0 ? 'no project' : `${matches.length} projects`;
		throw new OcrCallError({
			kind: 'fatal',
			errorCode: 'PROJECT_ID',
			errorMsg: `IAM lists ${found} named ${region}`,
			message: `IAM lists ${found} named ${region} for these keys, so the node cannot tell which project to bill`,
			description:
				matches.length === 0
					? `Check the credential's region (OCR must be enabled there), or enter the project ID in the credential. The node never creates projects.`
					: `Enter the wanted project ID in the credential (Console → My Credentials → API Credentials).`,
		});
	}
	return matches[0].id!;
}

/**
 * The lookup, with the node's default retries for a passing IAM failure (5xx, 408, no answer in time, a reset;
 * IAM's throttling too, waited out the same way: the OCR limiter paces OCR calls, not IAM's). Refused keys,
 * redirects and a missing project are final: a refused signature is never sent again (five in a row lock the key).
 */
async function discover(
	context: IExecuteFunctions,
	iamEndpoint: string,
	region: string,
): Promise<string> {
	const attempts: Attempts = { transient: 0, throttle: 0 };
	for (;;) {
		const outcome = await discoverOnce(context, iamEndpoint, region).then(
			(id) => ({ id }),
			(error: unknown) => ({ error }),
		);
		if ('id' in outcome) return outcome.id;
		const failure = outcome.error instanceof OcrCallError ? outcome.error.failure : undefined;
		const passing = failure?.kind === 'transient' || failure?.kind === 'throttle';
		const delay = passing
			? retryDelay({ ...failure, kind: 'transient' }, attempts, DEFAULT_RETRY)
			: undefined;
		if (delay === undefined) throw outcome.error;
		attempts.transient++;
		await sleep(delay);
	}
}

/**
 * The project id for the OCR path. Explicit wins; a password credential uses its token's project
 * (filled in by the credential's authenticate); access keys look it up once per key and region.
 */
export async function resolveProjectId(
	context: IExecuteFunctions,
	credentials: ICredentialDataDecryptedObject,
	iamEndpoint: string,
	region: string,
): Promise<string | undefined> {
	const explicit = String(credentials.projectId ?? '').trim();
	if (explicit) return explicit;
	if (credentials.authType === 'password') return undefined;
	const key = `${iamEndpoint}|${String(credentials.accessKeyId ?? '').trim()}|${region}`;
	let pending = discovered.get(key);
	if (!pending) {
		pending = discover(context, iamEndpoint, region);
		discovered.set(key, pending);
		pending.catch(() => discovered.delete(key));
	}
	return await pending;
}
