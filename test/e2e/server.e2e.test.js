'use strict';
/*
 * What needs the n8n server (`n8n start`): the credential dialog's "Test" button for every credential
 * variant, the node type list the editor loads, and the icons it serves.
 */
const { harness } = require('./lib/harness');
const { startServer } = require('./lib/server');

let h;
let server;

beforeAll(async () => {
	h = harness();
	server = await startServer(h.cli);
	const fs = require('node:fs');
	fs.appendFileSync(
		h.state.timingsFile,
		JSON.stringify({ what: 'start (server ready)', ms: server.startMs }) + '\n',
	);
	const owner = await server.request('POST', '/rest/owner/setup', {
		email: 'e2e-owner@example.com',
		firstName: 'E2E',
		lastName: 'Owner',
		password: 'E2e-test-passw0rd',
	});
	if (owner.status !== 200) {
		// Another test file (credentials.e2e.test.js) may have set the owner up in this user folder: log in.
		const login = await server.request('POST', '/rest/login', {
			emailOrLdapLoginId: 'e2e-owner@example.com',
			password: 'E2e-test-passw0rd',
		});
		if (login.status !== 200) throw new Error(`owner setup: ${owner.status} ${owner.text}`);
	}
});

afterAll(async () => {
	if (server) await server.stop();
});

beforeEach(async () => {
	await h.emulator.reset();
});

test('the editor’s node type list has the node (and its AI-tool variant) with its icons', async () => {
	const res = await server.request('GET', '/types/nodes.json');
	expect(res.status).toBe(200);
	const node = res.json.find((t) => t.name === 'n8n-nodes-huaweicloud-ocr.huaweiCloudOcr');
	expect(node).toBeDefined();
	expect(node).toMatchObject({ displayName: 'Huawei Cloud OCR', version: 1, usableAsTool: true });
	expect(node.iconUrl).toEqual({
		light: 'icons/n8n-nodes-huaweicloud-ocr/dist/icons/huaweiCloudOcr.svg',
		dark: 'icons/n8n-nodes-huaweicloud-ocr/dist/icons/huaweiCloudOcr.dark.svg',
	});
	// n8n 2.x also lists the node as an AI tool variant (usableAsTool)
	expect(res.json.some((t) => t.name === 'n8n-nodes-huaweicloud-ocr.huaweiCloudOcrTool')).toBe(
		true,
	);
});

test('the icons are served as SVG', async () => {
	for (const file of ['huaweiCloudOcr.svg', 'huaweiCloudOcr.dark.svg']) {
		const res = await server.request('GET', `/icons/n8n-nodes-huaweicloud-ocr/dist/icons/${file}`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/svg/);
		expect(res.text).toMatch(/^<svg/);
	}
	const creds = await server.request('GET', '/types/credentials.json');
	const cred = creds.json.find((t) => t.name === 'huaweiCloudApi');
	expect(cred).toMatchObject({ displayName: 'Huawei Cloud API' });
	expect(cred.iconUrl).toEqual({
		light: 'icons/n8n-nodes-huaweicloud-ocr/dist/icons/huaweiCloudOcr.svg',
		dark: 'icons/n8n-nodes-huaweicloud-ocr/dist/icons/huaweiCloudOcr.dark.svg',
	});
});

async function testCredential(key) {
	const list = await server.request('GET', '/rest/credentials?includeData=true');
	expect(list.status).toBe(200);
	const stored = list.json.data.find((c) => c.id === h.state.credentialIds[key]);
	expect(stored).toBeDefined();
	const res = await server.request('POST', '/rest/credentials/test', {
		credentials: { id: stored.id, name: stored.name, type: stored.type, data: stored.data },
	});
	expect(res.status).toBe(200);
	return res.json.data;
}

test.each([
	['AK/SK with project id', 'akSkWithProject'],
	['AK/SK without project id', 'akSkDiscover'],
	['IAM user, project id given', 'tokenWithProject'],
	['IAM user, project looked up', 'tokenDiscover'],
	['temporary AK/SK', 'temporaryAkSk'],
])('credential “Test” button: %s → OK', async (_label, key) => {
	const result = await testCredential(key);
	expect(result).toMatchObject({ status: 'OK' });
	const stats = await h.emulator.stats();
	// The node-side test (testedBy) proves the keys with one OCR call with an empty body, refused as
	// AIS.0101 and not billed; IAM is asked only to sign in or to look up a missing project id.
	expect(stats.ocrCalls).toBe(1);
	const probe = stats.requests.find((r) => r.path.includes('/ocr/id-card'));
	expect(probe).toMatchObject({ status: 400, errorCode: 'AIS.0101' });
	if (key === 'akSkDiscover' || key === 'temporaryAkSk') expect(stats.projectCalls).toBe(1);
	else expect(stats.projectCalls).toBe(0);
	if (key.startsWith('token')) {
		expect(probe.headers['x-auth-token']).toEqual(expect.any(String));
		expect(stats.tokenCalls).toBe(1);
	} else {
		expect(probe.headers.authorization).toMatch(/^SDK-HMAC-SHA256 Access=/);
	}
});

test('credential “Test” button with Allowed HTTP Request Domains: the Huawei domains plus the endpoint override’s host → OK', async () => {
	const result = await testCredential('restrictedAllowsEmulator');
	expect(result).toMatchObject({ status: 'OK' });
});

test('credential “Test” button with Allowed HTTP Request Domains that leave out the endpoint: n8n’s "Domain not allowed", nothing sent', async () => {
	const result = await testCredential('restrictedHuaweiOnly');
	expect(result.status).toBe('Error');
	expect(result.message).toMatch(
		/Domain not allowed: This credential is restricted from accessing 127\.0\.0\.1:\d+\. Only the following domains are allowed: \*\.myhuaweicloud\.com/,
	);
	expect((await h.emulator.stats()).requests).toEqual([]);
});

test('credential “Test” button: a wrong secret is reported, not accepted', async () => {
	const result = await testCredential('wrongSecret');
	expect(result.status).toBe('Error');
	expect(result.message).toMatch(/Secret Access Key does not belong to this Access Key ID/);
	process.stderr.write(`[e2e] credential test with a wrong secret says: ${result.message}\n`);
});
