import type { ICredentialDataDecryptedObject, IExecuteFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import {
	iamTiming,
	iamTimeoutMessage,
	isTimeoutCode,
} from '../../../credentials/huaweiCloud/iamToken';
import {
	cannotListProjects,
	lookupRedirect,
	pickProject,
	projectLookupRequest,
} from '../../../credentials/huaweiCloud/projectLookup';
import { isRedirectStatus, locationHeader } from '../../../credentials/huaweiCloud/redirect';
import type { RefusedKeys } from '../../../credentials/huaweiCloud/refusals';
import { OcrCallError } from '../model/OcrCallError';
import { failureFromHttpError } from './huaweiErrors';
import { DEFAULT_RETRY, retryDelay, type Attempts } from './retryPolicy';

/** Project ids found through IAM, per IAM endpoint + access key + region; never a project created. */
const discovered = new Map<string, Promise<string>>();

export function clearProjectIdCache(): void {
	discovered.clear();
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
	region: string,
): OcrCallError | undefined {
	const err = (error ?? {}) as LookupErrorShape;
	const response = err.cause?.response ?? err.response;
	if (isRedirectStatus(response?.status)) {
		return new OcrCallError({
			kind: 'fatal',
			errorCode: 'IAM_REDIRECT',
			errorMsg: `IAM answered ${response.status}`,
			httpStatus: response.status,
			message: lookupRedirect(
				iamEndpoint,
				region,
				response.status,
				locationHeader(response.headers),
			),
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
	credentials: RefusedKeys,
	iamEndpoint: string,
	region: string,
): Promise<string> {
	let response: unknown;
	let failed: unknown;
	try {
		response = await context.helpers.httpRequestWithAuthentication.call(
			context,
			'huaweiCloudApi',
			{
				...projectLookupRequest(iamEndpoint, region),
				json: true,
				// The request is signed: a redirect would carry the signature to wherever it points.
				disableFollowRedirect: true,
				timeout: iamTiming.timeoutMs,
			},
			{ preAuthenticationRetryStatusCode: [] },
		);
	} catch (error) {
		failed = error;
	}
	if (!response) {
		const special = lookupFailure(failed, iamEndpoint, region);
		if (special) throw special;
		const failure = failureFromHttpError(failed, {
			endpoint: iamEndpoint,
			region,
			itemLabel: 'the project ID lookup',
			credentials,
		});
		if (failure.httpStatus === 403) {
			// A least-privilege (OCR-only) IAM user may not list projects: the id has to be typed in.
			throw new OcrCallError({
				...failure,
				kind: 'fatal',
				message: cannotListProjects(region, failure.errorMsg),
				description: undefined,
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
	const picked = pickProject(response, region);
	if ('projectId' in picked) return picked.projectId;
	throw new OcrCallError({
		kind: 'fatal',
		errorCode: 'PROJECT_ID',
		errorMsg: picked.errorMsg,
		message: picked.message,
	});
}

/**
 * The lookup, with the node's default retries for a passing IAM failure (5xx, 408, no answer in time, a reset;
 * IAM's throttling too, waited out the same way: the OCR limiter paces OCR calls, not IAM's). Refused keys,
 * redirects and a missing project are final: a refused signature is never sent again (five in a row lock the key).
 */
async function discover(
	context: IExecuteFunctions,
	credentials: RefusedKeys,
	iamEndpoint: string,
	region: string,
): Promise<string> {
	const attempts: Attempts = { transient: 0, throttle: 0 };
	for (;;) {
		const outcome = await discoverOnce(context, credentials, iamEndpoint, region).then(
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
		pending = discover(context, credentials, iamEndpoint, region);
		discovered.set(key, pending);
		pending.catch(() => discovered.delete(key));
	}
	return await pending;
}
