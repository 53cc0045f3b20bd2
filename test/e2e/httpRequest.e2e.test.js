'use strict';
/*
 * The Huawei Cloud API credential in n8n's own HTTP Request node (Authentication → Predefined Credential Type),
 * for APIs this node has no resource for: examples/06 as stored (a table photo through `general-table`, then
 * IAM's project list), pointed at the emulator, which checks every signature and token as Huawei does.
 */
const { harness } = require('./lib/harness');
const { EXAMPLES } = require('../../scripts/lib/examples');

let h;
beforeAll(() => {
	h = harness();
});
beforeEach(async () => {
	await h.emulator.reset();
});

const run = async (key) => {
	const id = h.state.anyApiRuns[h.state.credentialIds[key]];
	const r = await h.execute(id, `06 any API [${key}]`);
	const stats = await h.emulator.stats();
	const table = stats.requests.find((q) => q.path.includes('/ocr/general-table'));
	const iam = stats.requests.find((q) => q.path.startsWith('/v3/projects'));
	return { r, stats, table, iam };
};

/** What Huawei answers for the price-list photo (test/emulator/apis/general-table.js), as the node shows it. */
function expectTable(r) {
	const [item] = r.output(EXAMPLES.anyApi.tableNode);
	expect(item.json.result).toMatchObject({
		words_region_count: 2,
		words_region_list: [
			{ type: 'text', words_block_list: [{ words: '价目表', confidence: 0.9931 }] },
			{
				type: 'table',
				words_block_count: 4,
				words_block_list: expect.arrayContaining([
					expect.objectContaining({ words: '苹果', rows: [1], columns: [0] }),
				]),
			},
		],
	});
	const [projects] = r.output(EXAMPLES.anyApi.iamNode);
	expect(projects.json.projects).toEqual([
		expect.objectContaining({ id: h.state.accounts.accessKey.projectId, name: 'cn-north-4' }),
	]);
}

test('AK/SK: the HTTP Request node gets signed 200 answers from an OCR API without a resource and from IAM', async () => {
	const { r, table, iam } = await run('akSkWithProject');
	expect(r.status).toBe('success');
	expectTable(r);
	// `{project_id}` in the URL was filled from the credential; the OCR call signs X-Project-Id, IAM's does not.
	expect(table).toMatchObject({ status: 200, method: 'POST' });
	expect(table.path).toBe(`/v2/${h.state.accounts.accessKey.projectId}/ocr/general-table`);
	expect(table.headers.authorization).toMatch(
		/^SDK-HMAC-SHA256 Access=EMULATORAK0000000001, SignedHeaders=[^,]*x-project-id[^,]*, Signature=/,
	);
	expect(iam).toMatchObject({ status: 200, method: 'GET' });
	expect(iam.path).toBe('/v3/projects');
	expect(iam.query).toBe('name=cn-north-4');
	expect(iam.headers.authorization).toMatch(/^SDK-HMAC-SHA256 /);
	expect(iam.headers['x-project-id']).toBeUndefined();
});

test('temporary AK/SK: the security token is sent and signed', async () => {
	const { r, table, iam } = await run('temporaryAkSkProject');
	expect(r.status).toBe('success');
	expectTable(r);
	for (const call of [table, iam]) {
		expect(call.status).toBe(200);
		expect(call.headers['x-security-token']).toBe(h.state.accounts.temporary.securityToken);
		expect(call.headers.authorization).toMatch(/SignedHeaders=[^,]*x-security-token/);
	}
});

test('IAM user password: at most one sign-in, and both calls carry the same token as X-Auth-Token', async () => {
	const { r, stats, table, iam } = await run('tokenWithProject');
	expect(r.status).toBe('success');
	expectTable(r);
	// fetched once: by this run, or earlier in the suite and saved in the credential by n8n (then reused)
	expect(stats.tokenCalls).toBeLessThanOrEqual(1);
	expect(table.headers['x-auth-token']).toBe(iam.headers['x-auth-token']);
	for (const call of [table, iam]) {
		expect(call.status).toBe(200);
		expect(call.headers['x-auth-token']).toEqual(expect.any(String));
		expect(call.headers.authorization).toBeUndefined();
	}
});

test('Allowed HTTP Request Domains "*.myhuaweicloud.com" plus the endpoint override’s host: both calls work', async () => {
	const { r, table, iam } = await run('restrictedAllowsEmulator');
	expect(r.status).toBe('success');
	expectTable(r);
	expect(table.status).toBe(200);
	expect(iam.status).toBe(200);
});

test('Allowed HTTP Request Domains without the endpoint’s host: refused with n8n’s message, nothing sent', async () => {
	const { r, stats } = await run('restrictedHuaweiOnly');
	expect(r.status).toBe('error');
	expect(JSON.stringify(r.error)).toMatch(
		/Domain not allowed: This credential is restricted from accessing 127\.0\.0\.1:\d+\. Only the following domains are allowed: \*\.myhuaweicloud\.com/,
	);
	expect(stats.requests.filter((q) => !q.path.startsWith('/images/'))).toEqual([]);
});
