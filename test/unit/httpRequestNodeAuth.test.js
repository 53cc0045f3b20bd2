/*
 * The credential's `authenticate` on what n8n's HTTP Request node hands it (legacy request options: `uri`,
 * `qs`, `body` + `json`, its own headers) and on n8n's own options (`url`, `baseURL`), checked byte for byte
 * against Huawei's official signer (@huaweicloud/huaweicloud-sdk-core, a dev dependency used as the oracle):
 * the oracle signs the URL, query, headers and body that `authenticate` says to send, and must produce the
 * same Authorization.
 */
import { authenticateRequest as authenticateTyped } from '../../credentials/huaweiCloud/authenticate';

/** The legacy options the HTTP Request node passes are not n8n's typed ones: checked loosely here. */
const authenticateRequest = /** @type {(c: object, o: any) => Promise<any>} */ (authenticateTyped);

const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner');
const { BasicCredentials } = require('@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials');

const AK = 'EXAMPLEAK0000000001';
const SK = 'example-secret';
const PROJECT = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const OCR = 'https://ocr.cn-north-4.myhuaweicloud.com';
const IAM = 'https://iam.cn-north-4.myhuaweicloud.com';
const akSk = (extra = {}) => ({
	authType: 'accessKey',
	accessKeyId: AK,
	secretAccessKey: SK,
	projectId: PROJECT,
	...extra,
});

/** Huawei's signer over what is sent: the signed headers (less Host/X-Sdk-Date, which it adds), query, body. */
function oracle(sent, ak = AK, sk = SK) {
	const url = new URL(sent.url);
	const signedNames = /SignedHeaders=([^,]+),/.exec(sent.headers.Authorization)[1].split(';');
	const headers = {};
	for (const [name, value] of Object.entries(sent.headers)) {
		const lower = name.toLowerCase();
		if (signedNames.includes(lower) && lower !== 'host' && lower !== 'x-sdk-date')
			headers[lower] = value;
	}
	headers['X-Sdk-Date'] = sent.headers['X-Sdk-Date'];
	const queryParams = {};
	for (const [k, v] of url.searchParams)
		queryParams[k] = k in queryParams ? [].concat(queryParams[k], v) : v;
	// the oracle hashes JSON.stringify(data): the bodies here are compact JSON, so that is the same bytes
	const data = sent.body === undefined ? undefined : JSON.parse(String(sent.body));
	if (data !== undefined) expect(JSON.stringify(data)).toBe(String(sent.body));
	return /** @type {any} */ (AKSKSigner).sign(
		{ endpoint: `${url.origin}${url.pathname}`, method: sent.method, headers, queryParams, data },
		new BasicCredentials().withAk(ak).withSk(sk),
	).Authorization;
}

describe('HTTP Request node options, AK/SK: signed as Huawei’s SDK signs them', () => {
	test.each(
		/** @type {[string, any][]} */ ([
			[
				'legacy `uri` + `qs`, GET (IAM project list)',
				{ method: 'GET', uri: `${IAM}/v3/projects`, qs: { name: 'cn-north-4' }, json: true },
			],
			[
				'`url` with its own query string plus `qs`, GET',
				{
					method: 'GET',
					url: `${IAM}/v3/projects?page=1`,
					qs: { name: 'cn-north-4', per_page: 50 },
				},
			],
			[
				'legacy `uri`, POST with a JSON object body (json: true)',
				{
					method: 'POST',
					uri: `${OCR}/v2/${PROJECT}/ocr/general-table`,
					body: { url: 'https://example.com/t.jpg', return_confidence: true },
					json: true,
					headers: {},
				},
			],
			[
				'POST with a string body and the node’s own headers',
				{
					method: 'POST',
					uri: `${OCR}/v2/${PROJECT}/ocr/web-image`,
					body: '{"url":"https://example.com/a.png","detect_direction":true}',
					headers: { 'content-type': 'application/json;charset=utf-8', 'X-Request-Tag': 'n8n' },
				},
			],
			[
				'PUT with a JSON body',
				{
					method: 'PUT',
					url: `${IAM}/v3/projects/${PROJECT}`,
					body: { description: '营业执照 OCR' },
				},
			],
			['DELETE with no body', { method: 'DELETE', uri: `${IAM}/v3/projects/${PROJECT}/tags/x` }],
			[
				'GET whose empty body n8n drops',
				{ method: 'GET', uri: `${IAM}/v3/projects`, body: {}, qs: { name: 'cn-north-4' } },
			],
		]),
	)('%s', async (_label, options) => {
		const sent = await authenticateRequest(akSk(), JSON.parse(JSON.stringify(options)));
		expect(sent.headers.Authorization).toBe(oracle(sent));
		// one URL to send, with the query folded in (nothing left for the client to re-encode)
		expect(sent.qs).toBeUndefined();
		if (options.uri) expect(sent.uri).toBe(sent.url);
		const query = new URL(sent.url).searchParams;
		for (const [k, v] of Object.entries(options.qs || {})) expect(query.get(k)).toBe(String(v));
		// the exact bytes signed are the bytes sent
		if (options.method === 'GET' || options.body === undefined) expect(sent.body).toBeUndefined();
		else
			expect(sent.body).toBe(
				typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
			);
		for (const [name, value] of Object.entries(options.headers || {}))
			expect(sent.headers[name]).toBe(value);
	});

	test('X-Project-Id is signed on a service call whose project is known, not on IAM’s /v3 calls', async () => {
		const ocr = await authenticateRequest(akSk(), {
			method: 'POST',
			uri: `${OCR}/v2/${PROJECT}/ocr/general-table`,
			body: { url: 'https://example.com/t.jpg' },
		});
		expect(ocr.headers['X-Project-Id']).toBe(PROJECT);
		expect(ocr.headers.Authorization).toMatch(/SignedHeaders=[^,]*x-project-id/);
		expect(ocr.headers.Authorization).toBe(oracle(ocr));
		const iam = await authenticateRequest(akSk(), { method: 'GET', uri: `${IAM}/v3/projects` });
		expect(iam.headers['X-Project-Id']).toBeUndefined();
	});

	test('`{project_id}` in the URL is filled from the credential', async () => {
		const sent = await authenticateRequest(akSk(), {
			method: 'POST',
			uri: `${OCR}/v2/{project_id}/ocr/general-table`,
			body: { url: 'https://example.com/t.jpg' },
		});
		expect(new URL(sent.url).pathname).toBe(`/v2/${PROJECT}/ocr/general-table`);
		expect(sent.headers.Authorization).toBe(oracle(sent));
	});

	test('temporary keys: X-Security-Token is sent and signed', async () => {
		const sent = await authenticateRequest(akSk({ securityToken: 'example-security-token' }), {
			method: 'GET',
			uri: `${IAM}/v3/projects`,
			qs: { name: 'cn-north-4' },
		});
		expect(sent.headers['X-Security-Token']).toBe('example-security-token');
		expect(sent.headers.Authorization).toMatch(/SignedHeaders=[^,]*x-security-token/);
		expect(sent.headers.Authorization).toBe(oracle(sent));
	});

	test('n8n re-authenticating the options it got back (its retry) signs afresh: one Authorization, still valid', async () => {
		const first = await authenticateRequest(akSk(), {
			method: 'GET',
			uri: `${IAM}/v3/projects`,
			qs: { name: 'cn-north-4' },
		});
		const again = await authenticateRequest(akSk(), first);
		expect(Object.keys(again.headers).filter((h) => /^authorization$/i.test(h))).toEqual([
			'Authorization',
		]);
		expect(again.url).toBe(first.url);
		expect(again.headers.Authorization).toBe(oracle(again));
	});

	test('a request made with the credential never follows a redirect (legacy and current options)', async () => {
		const sent = await authenticateRequest(akSk(), {
			method: 'GET',
			uri: `${IAM}/v3/projects`,
			followRedirect: true,
			followAllRedirects: true,
		});
		expect(sent).toMatchObject({
			disableFollowRedirect: true,
			followRedirect: false,
			followAllRedirects: false,
		});
	});

	test('a multipart form body is refused with the reason (its bytes are built after signing)', async () => {
		await expect(
			authenticateRequest(akSk(), {
				method: 'POST',
				uri: `${OCR}/v2/${PROJECT}/ocr/general-table`,
				formData: { file: 'x' },
			}),
		).rejects.toThrow(/multipart form body/);
	});
});

describe('HTTP Request node options, IAM user password', () => {
	test('the token preAuthentication fetched is sent as X-Auth-Token; nothing is signed', async () => {
		const sent = await authenticateRequest(
			{
				authType: 'password',
				sessionToken: 'example-token',
				tokenExpiresAt: new Date(Date.now() + 3600e3).toISOString(),
				projectId: PROJECT,
			},
			{ method: 'GET', uri: `${IAM}/v3/projects`, qs: { name: 'cn-north-4' }, json: true },
		);
		expect(sent.headers['X-Auth-Token']).toBe('example-token');
		expect(sent.headers.Authorization).toBeUndefined();
		expect(sent.url).toBe(`${IAM}/v3/projects`);
		expect(sent.uri).toBe(sent.url);
		expect(sent.qs).toEqual({ name: 'cn-north-4' });
	});
});

describe('Allowed HTTP Request Domains (n8n 2.x adds them to the credential)', () => {
	const restricted = (allowedDomains) =>
		akSk({ allowedHttpRequestDomains: 'domains', allowedDomains });

	test('*.myhuaweicloud.com lets Huawei’s endpoints through', async () => {
		const sent = await authenticateRequest(restricted('*.myhuaweicloud.com'), {
			method: 'GET',
			uri: `${IAM}/v3/projects`,
		});
		expect(sent.headers.Authorization).toMatch(/^SDK-HMAC-SHA256 /);
	});

	test('a host outside the list is refused with n8n’s own message', async () => {
		await expect(
			authenticateRequest(restricted('*.myhuaweicloud.com'), {
				method: 'GET',
				uri: 'https://attacker.example.com/v3/projects',
			}),
		).rejects.toThrow(
			'Domain not allowed: This credential is restricted from accessing attacker.example.com. Only the following domains are allowed: *.myhuaweicloud.com',
		);
		// `*.` matches sub-domains only, as n8n's rule does
		await expect(
			authenticateRequest(restricted('*.myhuaweicloud.com'), {
				method: 'GET',
				uri: 'https://myhuaweicloud.com/v3/projects',
			}),
		).rejects.toThrow(/Domain not allowed/);
	});

	test('"All" and "None" do not restrict the credential’s own calls (n8n blocks "None" in the HTTP Request node itself)', async () => {
		for (const mode of ['all', 'none'])
			await expect(
				authenticateRequest(akSk({ allowedHttpRequestDomains: mode }), {
					method: 'GET',
					uri: 'https://other.example.com/v3/projects',
				}),
			).resolves.toMatchObject({ url: 'https://other.example.com/v3/projects' });
	});
});
