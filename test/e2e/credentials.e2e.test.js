'use strict';
/*
 * The credential in a real n8n: imported with `n8n import:credentials` (encrypted with N8N_ENCRYPTION_KEY),
 * both authentication types, with and without a project id, a temporary key, and a wrong secret.
 * Each runs the URL workflow (02) with that credential.
 */
const { harness } = require('./lib/harness');
const { FIXTURES } = require('../emulator/fixtures');

const OCR = 'Recognise ID card';
let h;

beforeAll(() => {
	h = harness();
});
beforeEach(async () => {
	await h.emulator.reset();
});

const expected = FIXTURES['front-zhangsan'].front;

/**
 * [label, credential key, emulator stats the run must show, whether the OCR call carries a saved token]
 * @type {[string, string, { projectCalls?: number, tokenCalls?: number }, boolean?][]}
 */
const cases = [
	[
		'AK/SK, project id looked up from the region',
		'akSkDiscover',
		{ projectCalls: 1, tokenCalls: 0 },
	],
	// A token n8n saved in the credential earlier in the run (e.g. by the server's Test button) is reused:
	// at most one sign-in, and the OCR call carries X-Auth-Token.
	['IAM user token, project id given', 'tokenWithProject', { projectCalls: 0 }, true],
	['IAM user token, project id from the token', 'tokenDiscover', { projectCalls: 0 }, true],
	['temporary AK/SK with security token', 'temporaryAkSk', { tokenCalls: 0 }],
];

test.each(cases)('%s', async (_label, key, expectedStats, token = false) => {
	const credentialId = h.state.credentialIds[key];
	const r = await h.execute(h.state.credentialRuns[credentialId], `02 url input [${key}]`);
	expect(r.status).toBe('success');
	const [item] = r.output(OCR);
	expect(item.json).toMatchObject({ name: expected.name, number: expected.number });
	const stats = await h.emulator.stats();
	expect(stats.ocrCalls).toBe(1);
	expect(stats).toMatchObject(expectedStats);
	const ocrCall = stats.requests.find((r) => r.path.includes('/ocr/id-card'));
	if (token) {
		expect(stats.tokenCalls).toBeLessThanOrEqual(1);
		expect(ocrCall.headers['x-auth-token']).toBeTruthy();
		expect(ocrCall.path).toContain(
			h.state.accounts ? h.state.accounts.accessKey.projectId : '/v2/',
		);
	} else {
		expect(ocrCall.headers['x-auth-token']).toBeUndefined();
	}
});

test('a wrong secret fails the execution once, with Huawei’s code, and is not retried', async () => {
	const credentialId = h.state.credentialIds.wrongSecret;
	const r = await h.execute(h.state.credentialRuns[credentialId], '02 url input [wrong secret]');
	expect(r.status).toBe('error');
	expect(JSON.stringify(r.error)).toMatch(/APIG\.0301|signature|authenticat/i);
	expect((await h.emulator.stats()).ocrCalls).toBe(1);
});

test('an IAM token is fetched once and reused by later executions (stored in the credential by n8n)', async () => {
	const workflowId = h.state.credentialRuns[h.state.credentialIds.tokenWithProject];
	// The test above already ran this credential once; two more runs.
	for (let run = 0; run < 2; run++) {
		const r = await h.execute(workflowId, `02 url input [token reuse ${run + 1}]`);
		expect(r.status).toBe('success');
	}
	const stats = await h.emulator.stats();
	expect(stats.ocrCalls).toBe(2);
	expect(stats.tokenCalls).toBe(0);
});

/*
 * Issue 11 in real n8n: the credential "Test" button (`n8n start`, POST /rest/credentials/test) runs the node's
 * `testedBy` function and names the cause of every refusal; a sub-project key and a least-privilege key
 * (IAM may not list projects, project id typed in) both pass it and recognise cards with `n8n execute`.
 */
describe('credential Test button in real n8n (n8n start)', () => {
	const { startServer } = require('./lib/server');
	const { freePort } = require('./lib/freePort');
	const { loadWorkflow, withCredential } = require('./lib/environment');
	const { SUB_PROJECT } = require('../emulator/accounts');
	let server;
	const ids = {};

	const base = () => ({
		region: 'cn-north-4',
		ocrEndpoint: h.state.emulatorUrl,
		iamEndpoint: h.state.emulatorUrl,
	});
	const ak = (extra) => ({
		authType: 'accessKey',
		accessKeyId: h.state.accounts.accessKey.accessKeyId,
		secretAccessKey: h.state.accounts.accessKey.secretAccessKey,
		projectId: h.state.accounts.accessKey.projectId,
		...base(),
		...extra,
	});
	const user = (extra) => ({
		authType: 'password',
		domainName: h.state.accounts.iamUser.domainName,
		userName: h.state.accounts.iamUser.userName,
		password: h.state.accounts.iamUser.password,
		projectId: '',
		...base(),
		...extra,
	});
	// Filled in beforeAll, once the run's state (accounts, emulator URL) is loaded.
	const CASES = {};

	beforeAll(async () => {
		const tmp = h.state.accounts.temporary;
		Object.assign(CASES, {
			tempNoToken: ak({
				accessKeyId: tmp.accessKeyId,
				secretAccessKey: tmp.secretAccessKey,
				securityToken: '',
			}),
			subProject: ak({ projectId: SUB_PROJECT.id }),
			leastPrivilege: ak({}),
			discover: ak({ projectId: '' }),
			wrongSecret: ak({ secretAccessKey: 'not-the-right-secret' }),
			unknownKey: ak({ accessKeyId: 'NOSUCHAK000000000000' }),
			wrongPassword: user({ password: 'Wrong-Passw0rd-123' }),
			noProjectRegion: ak({ projectId: '', region: 'custom', customRegion: 'ap-southeast-9' }),
			unreachable: ak({ ocrEndpoint: `http://127.0.0.1:${await freePort()}` }),
			passwordOk: user({}),
		});
		const credentials = Object.entries(CASES).map(([key, data], i) => {
			ids[key] = `hwcOcrE2eI11c${String(i).padStart(3, '0')}`;
			return { id: ids[key], name: `Issue 11 ${key}`, type: 'huaweiCloudApi', data };
		});
		await h.cli.importCredentials(credentials);
		const url = loadWorkflow('02-url-input.json', {
			filesDir: h.state.filesDir,
			emulatorUrl: h.state.emulatorUrl,
		});
		await h.cli.importWorkflows(
			['subProject', 'leastPrivilege'].map((key) =>
				withCredential(url, {
					id: `hwcUrlI11${key.slice(0, 7)}`,
					name: `02 url input [issue 11 ${key}]`,
					credentialId: ids[key],
					credentialName: `Issue 11 ${key}`,
				}),
			),
		);
		server = await startServer(h.cli);
		const owner = await server.request('POST', '/rest/owner/setup', {
			email: 'e2e-owner@example.com',
			firstName: 'E2E',
			lastName: 'Owner',
			password: 'E2e-test-passw0rd',
		});
		if (owner.status !== 200) {
			// server.e2e.test.js may have set the owner up already in this user folder: log in instead.
			const login = await server.request('POST', '/rest/login', {
				emailOrLdapLoginId: 'e2e-owner@example.com',
				password: 'E2e-test-passw0rd',
			});
			if (login.status !== 200) throw new Error(`login: ${login.status} ${login.text}`);
		}
	}, 180000);

	afterAll(async () => {
		if (server) await server.stop();
	});

	async function testButton(key) {
		const list = await server.request('GET', '/rest/credentials?includeData=true');
		expect(list.status).toBe(200);
		const stored = list.json.data.find((c) => c.id === ids[key]);
		expect(stored).toBeDefined();
		const res = await server.request('POST', '/rest/credentials/test', {
			credentials: { id: stored.id, name: stored.name, type: stored.type, data: stored.data },
		});
		expect(res.status).toBe(200);
		process.stderr.write(
			`[e2e] Test button, ${key}: ${res.json.data.status} — ${res.json.data.message}\n`,
		);
		return res.json.data;
	}

	const SECRETS = ['not-the-right-secret', 'Wrong-Passw0rd-123'];

	test.each([
		[
			'a wrong secret',
			'wrongSecret',
			{},
			/Secret Access Key does not belong to this Access Key ID/,
		],
		['an unknown access key', 'unknownKey', {}, /does not know this access key/],
		['temporary keys without their token', 'tempNoToken', {}, /need their Security Token/],
		[
			'a clock 20 minutes off',
			'leastPrivilege',
			{ clockOffsetMs: 20 * 60 * 1000 },
			/clock is about 20 minutes off/,
		],
		[
			'a wrong IAM password',
			'wrongPassword',
			{},
			/account name, IAM user name or password is wrong/,
		],
		['a region without a project', 'noProjectRegion', {}, /no project for region ap-southeast-9/],
		[
			'OCR not enabled in the region',
			'leastPrivilege',
			{ unsubscribed: ['cn-north-4'] },
			/ID card OCR is not enabled in region cn-north-4 for this account \(ModelArts\.4204/,
		],
		[
			'no right to list projects',
			'discover',
			{ denyListProjects: true },
			/may not list IAM projects.*Type the Project ID/,
		],
		[
			'an unreachable endpoint',
			'unreachable',
			{},
			/Could not reach Huawei Cloud OCR at http:\/\/127\.0\.0\.1:\d+: the connection was refused/,
		],
	])('%s → the Test names the cause and the fix', async (_label, key, config, words) => {
		if (Object.keys(config).length) await h.emulator.configure(config);
		const result = await testButton(key);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(words);
		for (const secret of SECRETS) expect(result.message).not.toContain(secret);
	});

	test.each([
		['a sub-project key', 'subProject'],
		['a least-privilege key (IAM may not list projects), project id typed in', 'leastPrivilege'],
		['an IAM user', 'passwordOk'],
	])('%s passes the Test', async (label, key) => {
		if (key === 'leastPrivilege') await h.emulator.configure({ denyListProjects: true });
		const result = await testButton(key);
		expect(result).toMatchObject({
			status: 'OK',
			message: expect.stringMatching(/Connection tested successfully/),
		});
		const stats = await h.emulator.stats();
		expect(stats.ocrCalls).toBe(1); // the free probe: an empty body refused as AIS.0101
		if (key !== 'passwordOk') expect(stats.projectCalls).toBe(0);
	});

	test.each([
		['a sub-project key', 'subProject'],
		['a least-privilege key', 'leastPrivilege'],
	])('%s recognises a card (n8n execute)', async (_label, key) => {
		await h.emulator.configure({ denyListProjects: true });
		const r = await h.execute(`hwcUrlI11${key.slice(0, 7)}`, `02 url input [issue 11 ${key}]`);
		expect(r.status).toBe('success');
		expect(r.output(OCR)[0].json).toMatchObject({ name: expected.name, number: expected.number });
		const stats = await h.emulator.stats();
		const call = stats.requests.find((q) => q.path.includes('/ocr/id-card'));
		expect(call.headers['x-project-id']).toBe(CASES[key].projectId);
		expect(call.headers.authorization).toMatch(/SignedHeaders=[^,]*x-project-id/);
		expect(stats.projectCalls).toBe(0);
	});
});
