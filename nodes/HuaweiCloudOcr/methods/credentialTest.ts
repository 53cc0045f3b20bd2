import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import {
	testHuaweiCredential,
	type TestHttpRequest,
	type TestHttpResponse,
} from '../../../credentials/huaweiCloud/connectionTest';

const TEST_TIMEOUT_MS = 15_000;

/** The legacy helper returns text unless asked for JSON (and then refuses non-JSON answers): parse here. */
function parseJson(body: unknown): unknown {
	const text = Buffer.isBuffer(body) ? body.toString('utf8') : body;
	if (typeof text !== 'string') return text;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

/**
 * The credential's Test button (the node's `testedBy: 'huaweiCloudApiTest'`). n8n 1.x and 2.x call it with
 * `this` = a CredentialTestContext, whose only HTTP helper is `helpers.request` (n8n's own client: proxy
 * and TLS settings apply), and the credential with its defaults applied.
 */
export async function huaweiCloudApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const send = async (request: TestHttpRequest): Promise<TestHttpResponse> => {
		const response = (await this.helpers.request({
			method: request.method,
			uri: request.url,
			headers: request.headers,
			body: request.body,
			simple: false,
			resolveWithFullResponse: true,
			timeout: TEST_TIMEOUT_MS,
		})) as { statusCode: number; headers?: Record<string, unknown>; body: unknown };
		return {
			status: response.statusCode,
			headers: response.headers ?? {},
			body: parseJson(response.body),
		};
	};
	return await testHuaweiCredential(
		(credential.data ?? {}) as ICredentialDataDecryptedObject,
		send,
	);
}
