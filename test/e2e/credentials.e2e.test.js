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
