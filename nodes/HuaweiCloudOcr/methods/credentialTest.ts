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

/** Huawei answers JSON; a gateway or proxy may answer HTML: keep that as text. */
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
 * The credential's Test button (the node's `testedBy: 'huaweiCloudApiTest'`). n8n 1.x and 2.x call it the same
 * way (CredentialsTester: a credential type without its own `test` is tested by the node's
 * `methods.credentialTest[testedBy]`), with `this` = a CredentialTestContext and the credential with its
 * defaults applied. That context's only HTTP helper is the deprecated `helpers.request`, which n8n's
 * community-package scan refuses, so the test sends with the runtime's `fetch` (Node 20+; it honors
 * HTTP(S)_PROXY only when Node is started with NODE_USE_ENV_PROXY=1).
 */
export async function huaweiCloudApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const send = async (request: TestHttpRequest): Promise<TestHttpResponse> => {
		const response = await fetch(request.url, {
			method: request.method,
			headers: request.headers,
			body: request.body,
			redirect: 'manual',
			signal: AbortSignal.timeout(TEST_TIMEOUT_MS),
		});
		const headers: Record<string, unknown> = {};
		response.headers.forEach((value, name) => (headers[name] = value));
		return { status: response.status, headers, body: parseJson(await response.text()) };
	};
	return await testHuaweiCredential(
		(credential.data ?? {}) as ICredentialDataDecryptedObject,
		send,
	);
}
