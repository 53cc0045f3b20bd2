import type {
	ICredentialDataDecryptedObject,
	IExecuteFunctions,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { authenticateRequest } from '../../../credentials/huaweiCloud/authenticate';

/**
 * One attempt of a call to Huawei Cloud, authenticated by the credential's own code.
 *
 * - AK/SK: signed here (the credential's `authenticate` function, the same code) and sent with
 *   `helpers.httpRequest`. n8n before about 2.40 re-sends every 401 of `httpRequestWithAuthentication` once,
 *   whatever `preAuthenticationRetryStatusCode` says (measured on 1.123.81 and 2.20.12): a wrong secret would
 *   cost two refusals per call, and five in a row lock the key for five minutes.
 * - IAM token: `httpRequestWithAuthentication`, so n8n fetches the token (preAuthentication), stores it in the
 *   credential, and refreshes a refused one once.
 * Both go through n8n's request helpers, so the instance's proxy and TLS settings apply.
 */
export async function huaweiRequest(
	context: IExecuteFunctions,
	credentials: ICredentialDataDecryptedObject,
	options: IHttpRequestOptions,
): Promise<unknown> {
	if (credentials.authType !== 'password') {
		return await context.helpers.httpRequest(await authenticateRequest(credentials, options));
	}
	return await context.helpers.httpRequestWithAuthentication.call(
		context,
		'huaweiCloudApi',
		options,
		{ preAuthenticationRetryStatusCode: 401 },
	);
}
