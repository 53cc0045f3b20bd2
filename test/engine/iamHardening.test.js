/*
 * The IAM side against what the field sends (issue 17): redirects never followed with credentials, a passing
 * IAM outage retried, a hung IAM timed out, and clear-text endpoints refused. The node runs in n8n's engine;
 * IAM is a loopback server in front of the emulator that answers what each test scripts (a redirect, a 503, a
 * reset, silence) and otherwise passes the request on to the emulator.
 */
import { runCredentialTest } from '../harness/credentialTest';
import { runOcrWorkflow, createCredentialsHelper } from '../harness/runWorkflow';
import { iamTiming, IAM_TIMEOUT_MS } from '../../credentials/huaweiCloud/iamToken';
import { ACCOUNTS, akCredentials, card, FX, imageItem, useEmulator } from './setup';

const http = require('http');

const PASSWORD = ACCOUNTS.iamUser.password;

/**
 * @typedef {{ method: string, path: string, body: string }} Seen
 * @typedef {'redirect' | 'hang' | 'reset' | number} Answer
 * @typedef {{
 *   url: string,
 *   seen: Seen[],
 *   plan: Record<string, Answer[]>,
 *   redirectTo: string,
 *   close: () => Promise<void>,
 * }} LoopbackServer
 */

/**
 * A loopback HTTP server. Each request is recorded; `plan[path]` lists how the next requests to that path are
 * answered ('redirect' → 307 to `redirectTo`, 'hang' → never, 'reset' → socket destroyed, a status → that
 * status with IAM's error body); once a path's plan is used up, the request goes on to `upstream`.
 * @param {string} [upstream]
 * @returns {Promise<LoopbackServer>}
 */
async function startLoopback(upstream) {
	/** @type {Set<import('net').Socket>} */
	const sockets = new Set();
	/** @type {LoopbackServer} */
	const self = {
		url: '',
		seen: [],
		plan: {},
		redirectTo: '',
		close: async () => {
			for (const socket of sockets) socket.destroy();
			await new Promise((resolve) => server.close(() => resolve(undefined)));
		},
	};
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			const body = Buffer.concat(chunks);
			const path = (req.url ?? '').split('?')[0];
			self.seen.push({ method: req.method ?? '', path, body: body.toString('utf8') });
			const answer = self.plan[path]?.shift();
			if (answer === 'hang') return;
			if (answer === 'reset') return req.socket.destroy();
			if (answer === 'redirect') {
				res.writeHead(307, { Location: `${self.redirectTo}${req.url}` });
				return res.end();
			}
			if (typeof answer === 'number') {
				res.writeHead(answer, { 'Content-Type': 'application/json' });
				return res.end(JSON.stringify({ error: { code: answer, message: `IAM says ${answer}` } }));
			}
			if (!upstream) {
				res.writeHead(404);
				return res.end();
			}
			const forward = http.request(
				`${upstream}${req.url}`,
				// The Host header is kept: AK/SK signatures cover it (the host the node addressed).
				{ method: req.method, headers: req.headers },
				(reply) => {
					res.writeHead(reply.statusCode ?? 502, reply.headers);
					reply.pipe(res);
				},
			);
			forward.on('error', () => res.destroy());
			forward.end(body);
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	self.url = `http://127.0.0.1:${/** @type {import('net').AddressInfo} */ (server.address()).port}`;
	return self;
}

function passwordCredentials(emuUrl, iamUrl, extra = {}) {
	return {
		authType: 'password',
		domainName: ACCOUNTS.iamUser.domainName,
		userName: ACCOUNTS.iamUser.userName,
		password: PASSWORD,
		region: 'cn-north-4',
		ocrEndpoint: emuUrl,
		iamEndpoint: iamUrl,
		...extra,
	};
}

const signIns = (server) => server.seen.filter((r) => r.path === '/v3/auth/tokens');
const lookups = (server) => server.seen.filter((r) => r.path === '/v3/projects');

describe('IAM hardening', () => {
	const emu = useEmulator();
	/** @type {LoopbackServer} */
	let iam;
	/** @type {LoopbackServer} */
	let elsewhere;

	beforeEach(async () => {
		iam = await startLoopback(emu.current.url);
		elsewhere = await startLoopback();
		iam.redirectTo = elsewhere.url;
	});
	afterEach(async () => {
		iamTiming.timeoutMs = IAM_TIMEOUT_MS;
		await iam.close();
		await elsewhere.close();
	});

	describe('redirects are never followed with credentials', () => {
		it('sign-in answered 307: the other origin receives nothing, the item names the target, no password anywhere', async () => {
			iam.plan['/v3/auth/tokens'] = ['redirect'];
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary', options: { maxRetries: 3 } },
				credentials: passwordCredentials(emu.current.url, iam.url),
				onError: 'continueErrorOutput',
			});
			expect(elsewhere.seen).toEqual([]);
			expect(result.errors).toHaveLength(1);
			const message = String(result.errors[0].json.message);
			expect(message).toContain(`${elsewhere.url}/v3/auth/tokens`);
			expect(message).toMatch(/redirect/i);
			// A redirect is fatal: one sign-in, not retried.
			expect(signIns(iam)).toHaveLength(1);
			expect(JSON.stringify(result.run)).not.toContain(PASSWORD);
		});

		it('project lookup answered 307: the other origin receives nothing and the error names the target', async () => {
			iam.plan['/v3/projects'] = ['redirect'];
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary' },
				credentials: akCredentials(emu.current, { projectId: '', iamEndpoint: iam.url }),
			});
			expect(elsewhere.seen).toEqual([]);
			expect(result.error?.message).toContain(`${elsewhere.url}/v3/projects`);
			expect(result.error?.message).toMatch(/redirect/i);
			expect(JSON.stringify(result.run)).not.toContain(ACCOUNTS.accessKey.secretAccessKey);
		});

		it('Test button, sign-in answered 307: names the target, the password is not in the message', async () => {
			iam.plan['/v3/auth/tokens'] = ['redirect'];
			const result = await runCredentialTest(passwordCredentials(emu.current.url, iam.url));
			expect(elsewhere.seen).toEqual([]);
			expect(result.status).toBe('Error');
			expect(result.message).toContain(`${elsewhere.url}/v3/auth/tokens`);
			expect(result.message).toMatch(/redirect/i);
			expect(result.message).not.toContain(PASSWORD);
		});

		it('Test button, project lookup answered 307: names the target', async () => {
			iam.plan['/v3/projects'] = ['redirect'];
			const result = await runCredentialTest(
				akCredentials(emu.current, { projectId: '', iamEndpoint: iam.url }),
			);
			expect(elsewhere.seen).toEqual([]);
			expect(result.status).toBe('Error');
			expect(result.message).toContain(`${elsewhere.url}/v3/projects`);
			expect(result.message).toMatch(/redirect/i);
		});

		it('Test button, OCR probe answered 307: the other origin receives nothing and the message names the target', async () => {
			const ocrPath = `/v2/${ACCOUNTS.accessKey.projectId}/ocr/id-card`;
			iam.plan[ocrPath] = ['redirect'];
			const result = await runCredentialTest(akCredentials(emu.current, { ocrEndpoint: iam.url }));
			expect(elsewhere.seen).toEqual([]);
			expect(result.status).toBe('Error');
			expect(result.message).toContain(`Huawei Cloud OCR at ${iam.url} answered 307`);
			expect(result.message).toContain(`${elsewhere.url}${ocrPath}`);
		});
	});

	describe('a passing IAM outage is retried, a refusal is not', () => {
		it.each([
			['503', 503],
			['429', 429],
			['408', 408],
			['a connection reset', 'reset'],
		])('sign-in answered %s once, then signs in: the item succeeds', async (_label, answer) => {
			iam.plan['/v3/auth/tokens'] = [/** @type {Answer} */ (answer)];
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary', options: { maxRetries: 3 } },
				credentials: passwordCredentials(emu.current.url, iam.url),
				onError: 'continueErrorOutput',
			});
			expect(result.errors).toEqual([]);
			expect(result.main[0].json.number).toBe(card(FX.front).front.number);
			expect(signIns(iam)).toHaveLength(2);
		});

		it.each([
			['503', 503],
			['a connection reset', 'reset'],
		])(
			'project lookup answered %s once, then lists the project: the item succeeds',
			async (_label, answer) => {
				iam.plan['/v3/projects'] = [/** @type {Answer} */ (answer)];
				const result = await runOcrWorkflow({
					items: [imageItem(FX.front)],
					parameters: { imageSource: 'binary' },
					credentials: akCredentials(emu.current, { projectId: '', iamEndpoint: iam.url }),
					onError: 'continueErrorOutput',
				});
				expect(result.errors).toEqual([]);
				expect(result.main[0].json.number).toBe(card(FX.front).front.number);
				expect(lookups(iam)).toHaveLength(2);
			},
		);

		it('project lookup with a wrong secret (APIG.0301) is asked once, never again', async () => {
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary' },
				credentials: akCredentials(emu.current, {
					projectId: '',
					iamEndpoint: iam.url,
					secretAccessKey: 'not-the-key',
				}),
				onError: 'continueErrorOutput',
			});
			expect(result.errors).toHaveLength(1);
			expect(lookups(iam)).toHaveLength(1);
		});

		it('sign-in answered 503, then the wrong password (401): retried once, the 401 is final', async () => {
			iam.plan['/v3/auth/tokens'] = [503];
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary', options: { maxRetries: 3 } },
				credentials: passwordCredentials(emu.current.url, iam.url, {
					password: 'Wrong-Passw0rd-123',
				}),
				onError: 'continueErrorOutput',
			});
			expect(signIns(iam)).toHaveLength(2);
			expect(result.errors).toHaveLength(1);
			expect(String(result.errors[0].json.message)).toMatch(/IAM refused the sign-in/);
			expect(emu.current.stats().ocrCalls).toBe(0);
		});

		it("node's Max Retries 0 with n8n's Retry On Fail: the re-run signs in again after IAM's 503", async () => {
			iam.plan['/v3/auth/tokens'] = [503];
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary', options: { maxRetries: 0 } },
				credentials: passwordCredentials(emu.current.url, iam.url),
				onError: 'continueErrorOutput',
				retryOnFail: true,
				maxTries: 2,
				waitBetweenTries: 0,
			});
			expect(result.errors).toEqual([]);
			expect(result.main[0].json.number).toBe(card(FX.front).front.number);
			expect(signIns(iam)).toHaveLength(2);
		});
	});

	describe('a hung IAM times out', () => {
		it('every execution waiting on one hung sign-in gets the timeout error; the next execution signs in afresh', async () => {
			iamTiming.timeoutMs = 300;
			iam.plan['/v3/auth/tokens'] = ['hang'];
			const runs = await Promise.all(
				[0, 1, 2].map(() =>
					runOcrWorkflow({
						items: [imageItem(FX.front)],
						parameters: { imageSource: 'binary', options: { maxRetries: 0 } },
						credentials: passwordCredentials(emu.current.url, iam.url),
						credentialsHelper: createCredentialsHelper(),
						onError: 'continueErrorOutput',
					}),
				),
			);
			// One sign-in was shared by the three executions, and each got its timeout.
			expect(signIns(iam)).toHaveLength(1);
			for (const run of runs) {
				expect(run.errors).toHaveLength(1);
				expect(String(run.errors[0].json.message)).toMatch(
					new RegExp(`IAM at ${iam.url} did not answer within 0\\.3 s`),
				);
			}
			const next = await runOcrWorkflow({
				items: [imageItem(FX.back)],
				parameters: { imageSource: 'binary' },
				credentials: passwordCredentials(emu.current.url, iam.url),
			});
			expect(next.error).toBeUndefined();
			expect(next.main[0].json.issue).toBe(card(FX.back).back.issue);
			expect(signIns(iam)).toHaveLength(2);
		});

		it('a hung project lookup times out and names IAM', async () => {
			iamTiming.timeoutMs = 300;
			iam.plan['/v3/projects'] = ['hang', 'hang', 'hang', 'hang'];
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary', options: { maxRetries: 0 } },
				credentials: akCredentials(emu.current, { projectId: '', iamEndpoint: iam.url }),
				onError: 'continueErrorOutput',
			});
			expect(result.errors).toHaveLength(1);
			expect(String(result.errors[0].json.message)).toMatch(
				new RegExp(`IAM at ${iam.url} did not answer within 0\\.3 s`),
			);
			expect(lookups(iam).length).toBeGreaterThanOrEqual(1);
			expect(emu.current.stats().ocrCalls).toBe(0);
		});
	});

	describe('clear-text endpoints are refused unless on loopback', () => {
		/** @type {Array<[string, Record<string, string>]>} */
		const cases = [
			['OCR endpoint', { ocrEndpoint: 'http://ocr.cn-north-4.invalid' }],
			['IAM endpoint', { iamEndpoint: 'http://iam.cn-north-4.invalid', projectId: '' }],
		];

		it.each(cases)(
			'an http:// %s: the execution and the Test button refuse it with the same words, before any call',
			async (field, extra) => {
				const credentials = akCredentials(emu.current, extra);
				const run = await runOcrWorkflow({
					items: [imageItem(FX.front)],
					parameters: { imageSource: 'binary' },
					credentials,
				});
				const test = await runCredentialTest(credentials);
				const message = String(run.error?.message);
				expect(message).toMatch(new RegExp(`The ${field} .*http://.*Use https://`));
				expect(test).toEqual({ status: 'Error', message });
				expect(emu.current.stats().requests).toEqual([]);
			},
		);

		it('the IAM password credential refuses an http:// IAM endpoint before signing in', async () => {
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary' },
				credentials: passwordCredentials(emu.current.url, 'http://iam.cn-north-4.invalid'),
			});
			expect(String(result.error?.message)).toMatch(/The IAM endpoint .*Use https:\/\//);
			expect(emu.current.stats().requests).toEqual([]);
		});
	});
});
