import { runCredentialTest } from '../harness/credentialTest';
import { runOcrWorkflow, createCredentialsHelper } from '../harness/runWorkflow';
import { ACCOUNTS, akCredentials, card, FX, imageItem, useEmulator } from './setup';

/** A loopback port nothing listens on (fetch refuses 'bad ports' such as 9 outright). */
async function closedPort() {
	const server = require('net').createServer();
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const { port } = /** @type {import('net').AddressInfo} */ (server.address());
	await new Promise((resolve) => server.close(resolve));
	return port;
}

function passwordCredentials(url, extra = {}) {
	return {
		authType: 'password',
		domainName: ACCOUNTS.iamUser.domainName,
		userName: ACCOUNTS.iamUser.userName,
		password: ACCOUNTS.iamUser.password,
		region: 'cn-north-4',
		ocrEndpoint: url,
		iamEndpoint: url,
		...extra,
	};
}

describe('Huawei Cloud API credential', () => {
	const emu = useEmulator();

	describe('Test button (node-side testedBy, as n8n runs it)', () => {
		const secrets = [
			ACCOUNTS.accessKey.secretAccessKey,
			ACCOUNTS.temporary.secretAccessKey,
			ACCOUNTS.temporary.securityToken,
			ACCOUNTS.iamUser.password,
			'Wrong-Passw0rd-123',
			'not-the-key',
		];
		const expectNoSecret = (result) => {
			for (const secret of secrets) expect(result.message).not.toContain(secret);
		};

		it('project id typed in → OK with one free OCR call and no IAM call (least privilege)', async () => {
			emu.current.configure({ denyListProjects: true });
			const result = await runCredentialTest(akCredentials(emu.current));
			expect(result).toMatchObject({
				status: 'OK',
				message: expect.stringMatching(/accepted the access keys.*not billed/),
			});
			const stats = emu.current.stats();
			expect(stats.projectCalls).toBe(0);
			expect(stats.ocrCalls).toBe(1);
			const probe = stats.requests.find((r) => r.path.includes('/ocr/id-card'));
			expect(probe).toMatchObject({ status: 400, errorCode: 'AIS.0101', bodyBytes: 2 });
			expect(probe.headers.authorization).toMatch(/SignedHeaders=[^,]*x-project-id/);
		});

		it('good access keys without a project id → OK, the project looked up with a signed IAM call', async () => {
			const result = await runCredentialTest(akCredentials(emu.current, { projectId: '' }));
			expect(result).toMatchObject({ status: 'OK' });
			expect(emu.current.stats().projectCalls).toBe(1);
			expect(emu.current.stats().ocrCalls).toBe(1);
		});

		it('wrong secret → names the secret and the fix', async () => {
			const result = await runCredentialTest(
				akCredentials(emu.current, { secretAccessKey: 'not-the-key' }),
			);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/Secret Access Key does not belong to this Access Key ID/);
			expect(result.message).toMatch(/APIG\.0301/);
			expectNoSecret(result);
		});

		it('unknown access key → says the key is unknown (and temporary keys need their token)', async () => {
			const result = await runCredentialTest(
				akCredentials(emu.current, { accessKeyId: 'NOSUCHAK000000000000' }),
			);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/does not know this access key.*Access Key ID/);
			expect(result.message).toMatch(/Security Token/);
		});

		it('temporary keys without their security token → asks for the Security Token', async () => {
			const tmp = ACCOUNTS.temporary;
			const result = await runCredentialTest(
				akCredentials(emu.current, {
					accessKeyId: tmp.accessKeyId,
					secretAccessKey: tmp.secretAccessKey,
				}),
			);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/temporary access keys, which need their Security Token/);
			expectNoSecret(result);
		});

		it('clock more than 15 minutes off → names the clock', async () => {
			emu.current.configure({ clockOffsetMs: 20 * 60 * 1000 });
			const result = await runCredentialTest(akCredentials(emu.current));
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/clock is about 20 minutes off.*15 minutes/);
		});

		it('wrong IAM password → names account, user and password', async () => {
			const result = await runCredentialTest(
				passwordCredentials(emu.current.url, { password: 'Wrong-Passw0rd-123' }),
			);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/account name, IAM user name or password is wrong/);
			expectNoSecret(result);
		});

		it('a region without a project → says to pick the region or type the id', async () => {
			const result = await runCredentialTest(
				akCredentials(emu.current, {
					projectId: '',
					region: 'custom',
					customRegion: 'ap-southeast-9',
				}),
			);
			expect(result).toMatchObject({
				status: 'Error',
				message: expect.stringMatching(/no project for region ap-southeast-9/),
			});
		});

		it('OCR not enabled in the region (ModelArts.4204) → says to enable it', async () => {
			emu.current.configure({ unsubscribed: ['cn-north-4'] });
			const result = await runCredentialTest(akCredentials(emu.current));
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(
				/ID card OCR is not enabled in region cn-north-4 for this account \(ModelArts\.4204.*Open the OCR console in region cn-north-4 and enable "ID Card OCR"/,
			);
		});

		it('no right to list projects → says to type the project id', async () => {
			emu.current.configure({ denyListProjects: true });
			const result = await runCredentialTest(akCredentials(emu.current, { projectId: '' }));
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/may not list IAM projects.*Type the Project ID/);
		});

		it('unreachable IAM endpoint → says which endpoint and why', async () => {
			const result = await runCredentialTest(
				akCredentials(emu.current, {
					projectId: '',
					iamEndpoint: `http://127.0.0.1:${await closedPort()}`,
				}),
			);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(
				/Could not reach Huawei Cloud IAM at http:\/\/127\.0\.0\.1:\d+: the connection was refused/,
			);
		});

		it('unreachable OCR endpoint → says which endpoint and why', async () => {
			const result = await runCredentialTest(
				akCredentials(emu.current, { ocrEndpoint: `http://127.0.0.1:${await closedPort()}` }),
			);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(
				/Could not reach Huawei Cloud OCR at http:\/\/127\.0\.0\.1:\d+: the connection was refused/,
			);
		});

		it('IAM user password → OK (one sign-in, the OCR call carries the token)', async () => {
			const result = await runCredentialTest(passwordCredentials(emu.current.url));
			expect(result.status).toBe('OK');
			expect(emu.current.stats().tokenCalls).toBe(1);
			const probe = emu.current.stats().requests.find((r) => r.path.includes('/ocr/id-card'));
			expect(probe.headers['x-auth-token']).toEqual(expect.any(String));
		});

		it('a sub-project key → OK, X-Project-Id signed', async () => {
			const result = await runCredentialTest(
				akCredentials(emu.current, { projectId: '5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b' }),
			);
			expect(result).toMatchObject({ status: 'OK' });
		});
	});

	describe('access keys', () => {
		it('discovers the project id once per key and region, and caches it', async () => {
			const credentials = akCredentials(emu.current, { projectId: '' });
			for (let run = 0; run < 2; run++) {
				const result = await runOcrWorkflow({
					items: [imageItem(FX.front), imageItem(FX.back)],
					parameters: { imageSource: 'binary' },
					credentials,
				});
				expect(result.error).toBeUndefined();
				expect(result.main[0].json.number).toBe(card(FX.front).front.number);
			}
			expect(emu.current.stats().projectCalls).toBe(1);
			expect(emu.current.stats().ocrCalls).toBe(4);
		});

		it('says what to do when IAM lists no project for the region', async () => {
			emu.current.configure({ projectsByName: { 'cn-north-4': [] } });
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary' },
				credentials: akCredentials(emu.current, { projectId: '' }),
			});
			expect(result.error?.message).toMatch(/IAM lists no project named cn-north-4/);
			// The fix is in the message, worded as the credential's Test words it (projectLookup.ts).
			expect(result.error?.message).toMatch(/type its Project ID in the credential/i);
			expect(emu.current.stats().ocrCalls).toBe(0);
		});

		it.each([
			['no project for the region', { projectsByName: { 'cn-north-4': [] } }],
			['two projects for the region', { projectsByName: { 'cn-north-4': ['p-one', 'p-two'] } }],
			['no right to list projects', { denyListProjects: true }],
		])(
			'the Test and an execution word the project lookup failure identically: %s',
			async (_what, setup) => {
				emu.current.configure(setup);
				const credentials = akCredentials(emu.current, { projectId: '' });
				const tested = await runCredentialTest(credentials);
				const result = await runOcrWorkflow({
					items: [imageItem(FX.front)],
					parameters: { imageSource: 'binary' },
					credentials,
				});
				expect(tested.status).toBe('Error');
				expect(result.error?.message).toBe(tested.message);
				expect(emu.current.stats().ocrCalls).toBe(0);
			},
		);

		it('temporary keys: the security token is sent and signed', async () => {
			const tmp = ACCOUNTS.temporary;
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary' },
				credentials: akCredentials(emu.current, {
					accessKeyId: tmp.accessKeyId,
					secretAccessKey: tmp.secretAccessKey,
					securityToken: tmp.securityToken,
				}),
			});
			expect(result.error).toBeUndefined();
			const sent = emu.current.stats().requests.find((r) => r.path.includes('/ocr/id-card'));
			expect(sent.headers['x-security-token']).toBe(tmp.securityToken);
			expect(sent.headers.authorization).toMatch(/SignedHeaders=[^,]*x-security-token/);
		});
	});

	describe('IAM user password', () => {
		it('fetches one token, reuses it across items and runs, and uses its project', async () => {
			const credentialsHelper = createCredentialsHelper();
			for (let run = 0; run < 2; run++) {
				const result = await runOcrWorkflow({
					items: [imageItem(FX.front), imageItem(FX.back), imageItem(FX.double)],
					parameters: { imageSource: 'binary', options: { concurrency: 1 } },
					credentials: credentialsHelper.saved.get('1') ?? passwordCredentials(emu.current.url),
					credentialsHelper,
				});
				expect(result.error).toBeUndefined();
				// Auto-detect on a two-sided photo reads its front, as the emulator (and Huawei's default) does.
				expect(result.main.map((i) => i.json.side)).toEqual(['front', 'back', 'front']);
			}
			expect(emu.current.stats().tokenCalls).toBe(1);
			const sent = emu.current.stats().requests.filter((r) => r.path.includes('/ocr/id-card'));
			expect(sent.every((r) => r.path.includes(ACCOUNTS.accessKey.projectId))).toBe(true);
			expect(credentialsHelper.saved.get('1').sessionToken).toBeTruthy();
		});

		it('gets a new token when the gateway refuses the old one (APIG.0307)', async () => {
			const credentialsHelper = createCredentialsHelper();
			await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary' },
				credentials: passwordCredentials(emu.current.url),
				credentialsHelper,
			});
			emu.current.configure({ revokeAllTokens: true });
			const result = await runOcrWorkflow({
				items: [imageItem(FX.back)],
				parameters: { imageSource: 'binary' },
				credentials: credentialsHelper.saved.get('1'),
				credentialsHelper,
			});
			expect(result.error).toBeUndefined();
			expect(result.main[0].json.issue).toBe(card(FX.back).back.issue);
			expect(emu.current.stats().tokenCalls).toBe(2);
		});

		it('wrong password → says which fields to check, and the password is nowhere', async () => {
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary' },
				credentials: passwordCredentials(emu.current.url, { password: 'Wrong-Passw0rd-123' }),
				onError: 'continueErrorOutput',
			});
			const everything = JSON.stringify(result.run);
			expect(everything).not.toContain('Wrong-Passw0rd-123');
			expect(result.errors[0].json.message).toMatch(
				/IAM refused the sign-in.*user name and password/,
			);
			expect(emu.current.stats().ocrCalls).toBe(0);
		});
	});

	it('secret key, security token and IAM token never appear in outputs or errors', async () => {
		const tmp = ACCOUNTS.temporary;
		const credentials = akCredentials(emu.current, {
			accessKeyId: tmp.accessKeyId,
			secretAccessKey: tmp.secretAccessKey,
			securityToken: tmp.securityToken,
		});
		emu.current.configure({ failNext: ['500', '500', '500', '500'] });
		const failing = await runOcrWorkflow({
			items: [imageItem(FX.front), imageItem(FX.notACard)],
			parameters: { imageSource: 'binary', options: { maxRetries: 1, concurrency: 1 } },
			credentials,
			onError: 'continueErrorOutput',
		});
		const stopped = await runOcrWorkflow({
			items: [imageItem(FX.front)],
			parameters: { imageSource: 'binary' },
			credentials: { ...credentials, secretAccessKey: tmp.secretAccessKey + 'x' },
		});
		for (const text of [
			JSON.stringify(failing.run),
			JSON.stringify(stopped.run),
			String(stopped.error?.stack),
			JSON.stringify(stopped.error),
		]) {
			expect(text).not.toContain(tmp.secretAccessKey);
			expect(text).not.toContain(tmp.securityToken);
		}
		expect(failing.errors).toHaveLength(2);
	});
});
