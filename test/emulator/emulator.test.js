/**
 * The Huawei OCR emulator, driven over real HTTP. Requests are signed by the OFFICIAL Huawei signer
 * (@huaweicloud/huaweicloud-sdk-core, dev dependency) through testkit.js, so the emulator's own verifier
 * (signature.js) is checked against Huawei's implementation, never against the project's signer.
 */
import * as zlib from 'zlib';

const kit = require('./testkit');
const emulator = require('./index');
const { FIXTURES, makeFixtureImage, makeImage, DEFAULT_ACCOUNTS: ACCOUNTS } = emulator;
const signature = require('./signature');
const images = require('./images');
const idnumber = require('./idnumber');

const AK = ACCOUNTS.accessKey;
const TMP = ACCOUNTS.temporary;
const USER = ACCOUNTS.iamUser;
const PROJECT = AK.projectId;
const EAST_PROJECT = 'e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3';
const OCR = `/v2/${PROJECT}/ocr/id-card`;
const MiB = 1024 * 1024;

let emu;

beforeAll(async () => {
	emu = await emulator.startEmulator();
});
beforeEach(() => emu.reset());
afterAll(async () => {
	await emu?.close();
});

const b64 = (id, opts = {}) =>
	makeFixtureImage(id, { format: 'jpeg', width: 1000, height: 630, ...opts }).toString('base64');

/** OCR call signed with the permanent access key (or the options given). */
function ocr(body, opts = {}) {
	return kit.signedRequest(emu.url, {
		ak: AK.accessKeyId,
		sk: AK.secretAccessKey,
		path: OCR,
		body,
		...opts,
	});
}

function projects(query, opts = {}) {
	return kit.signedRequest(emu.url, {
		ak: AK.accessKeyId,
		sk: AK.secretAccessKey,
		method: 'GET',
		path: '/v3/projects',
		query,
		...opts,
	});
}

function tokenBody(overrides = {}, scope = { project: { name: 'cn-north-4' } }) {
	return JSON.stringify({
		auth: {
			identity: {
				methods: ['password'],
				password: {
					user: {
						name: USER.userName,
						password: USER.password,
						domain: { name: USER.domainName },
						...overrides,
					},
				},
			},
			scope,
		},
	});
}

function getToken(overrides = {}, scope) {
	return kit.request(emu.url, {
		method: 'POST',
		path: '/v3/auth/tokens',
		headers: { 'Content-Type': 'application/json' },
		body: tokenBody(overrides, scope),
	});
}

function withToken(token, body, path = OCR) {
	return kit.request(emu.url, {
		method: 'POST',
		path,
		headers: { 'Content-Type': 'application/json', 'X-Auth-Token': token },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});
}

function expectError(r, status, code, msg) {
	expect({ status: r.status, code: r.json?.error_code }).toEqual({ status, code });
	if (msg) expect(r.json.error_msg).toMatch(msg);
	expect(r.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
	if (code.startsWith('APIG.')) expect(r.json.request_id).toBe(r.headers['x-request-id']);
}

describe('signature verifier (signature.js)', () => {
	const OCR_URL = 'https://ocr.cn-north-4.myhuaweicloud.com/v2/0123456789abcdef/ocr/id-card';
	const BODY = '{"image":"AAAA","side":"front"}';

	it('reproduces the three reference test vectors bit for bit', () => {
		const v1 = signature.signUrl({
			method: 'POST',
			url: OCR_URL,
			headers: { 'Content-Type': 'application/json', 'X-Sdk-Date': '20240101T000000Z' },
			body: BODY,
			accessKey: 'testAK',
			secretKey: 'testSK',
		});
		expect(v1.authorization).toBe(
			'SDK-HMAC-SHA256 Access=testAK, SignedHeaders=content-type;host;x-sdk-date, Signature=6c5d37208d74dedfa67f1ac44b5f72c3246e7d4a92b75e99e62279c488a5288a',
		);
		const v2 = signature.signUrl({
			method: 'POST',
			url: OCR_URL,
			headers: {
				'Content-Type': 'application/json',
				'X-Project-Id': '0123456789abcdef',
				'X-Sdk-Date': '20240101T000000Z',
			},
			body: BODY,
			accessKey: 'testAK',
			secretKey: 'testSK',
		});
		expect(v2.signature).toBe('787e1fb418330e0199d0c116112581fed0ce11848cc7b8235cc15940427a7210');
		const v3 = signature.signUrl({
			method: 'GET',
			url: 'https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
			headers: { 'Content-Type': 'application/json', 'X-Sdk-Date': '20191115T033655Z' },
			accessKey: 'QTWAOYTTINDUT2QVKYUC',
			secretKey: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc',
		});
		expect(v3.signature).toBe('7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe');
	});

	it('the official signer produces vector 1 too, and the verifier accepts it as received', () => {
		const signed = kit.officialSign({
			method: 'POST',
			url: OCR_URL,
			headers: { 'Content-Type': 'application/json', 'X-Sdk-Date': '20240101T000000Z' },
			data: { image: 'AAAA', side: 'front' },
			ak: 'testAK',
			sk: 'testSK',
		});
		expect(signed.Authorization).toMatch(
			/Signature=6c5d37208d74dedfa67f1ac44b5f72c3246e7d4a92b75e99e62279c488a5288a$/,
		);
		const headers = Object.fromEntries(
			Object.entries(signed).map(([k, v]) => [k.toLowerCase(), v]),
		);
		const verdict = signature.verifyRequest(
			{
				method: 'POST',
				rawPath: '/v2/0123456789abcdef/ocr/id-card',
				rawQuery: '',
				headers,
				body: Buffer.from(BODY),
			},
			(ak) => (ak === 'testAK' ? { secretAccessKey: 'testSK' } : undefined),
			Date.UTC(2024, 0, 1, 0, 5),
		);
		expect(verdict).toMatchObject({ ok: true, accessKey: 'testAK' });
	});

	// Paths avoid the characters Node's legacy url.parse escapes by itself (space, apostrophe…): the official
	// Node signer would then encode the '%' again, a double encoding the gateway (which decodes first) rejects.
	it.each([
		['/v1/p/é身份/x', { q: 'x y', 'k~': 'a+b/c', 身份: '长期' }],
		['/v2/x-y_z.~/items', { limit: '2', empty: '' }],
		['/v1/(1)*!/a+b@c:d', { b: '2', a: '1', c: "=&?'" }],
	])('agrees with the official signer on path %s', (path, query) => {
		const url = `https://iam.example.com${path}`;
		const headers = {
			'Content-Type': 'application/json',
			'X-Sdk-Date': '20240101T000000Z',
			'X-Project-Id': 'p1',
		};
		const signed = kit.officialSign({
			method: 'GET',
			url,
			headers,
			query,
			ak: 'testAK',
			sk: 'testSK',
		});
		// What arrives: the path as a client sends it (percent-encoded), the query as URLSearchParams writes it.
		const rawPath = new URL(url).pathname;
		const rawQuery = new URLSearchParams(query).toString();
		const lower = Object.fromEntries(Object.entries(signed).map(([k, v]) => [k.toLowerCase(), v]));
		const verdict = signature.verifyRequest(
			{ method: 'GET', rawPath, rawQuery, headers: lower, body: Buffer.alloc(0) },
			() => ({ secretAccessKey: 'testSK' }),
			Date.UTC(2024, 0, 1),
		);
		expect(verdict.ok).toBe(true);
	});
});

describe('AK/SK authentication over HTTP', () => {
	it('a signed OCR call succeeds, with X-Request-Id', async () => {
		const r = await ocr({ image: b64('front-zhangsan'), side: 'front' });
		expect(r.status).toBe(200);
		expect(r.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
		expect(r.json.result).toEqual(FIXTURES['front-zhangsan'].front);
	});

	it.each([
		['body', (s) => (s.body = s.body.replace('"front"', '"back"'))],
		['path', (s) => (s.path = s.path.replace(PROJECT, EAST_PROJECT))],
		['date', (s) => (s.headers['X-Sdk-Date'] = kit.sdkDate(-5000))],
		['a signed header', (s) => (s.headers['Content-Type'] = 'application/json;charset=utf8')],
	])('tampered %s → 401 APIG.0301 signature fail', async (_what, alter) => {
		const r = await ocr(
			{ image: b64('front-zhangsan'), side: 'front' },
			{ date: kit.sdkDate(), alter },
		);
		expectError(
			r,
			401,
			'APIG.0301',
			/^Incorrect IAM authentication information: verify aksk signature fail/,
		);
	});

	it('tampered query → 401', async () => {
		const r = await projects(
			{ name: 'cn-north-4' },
			{ alter: (s) => (s.path = s.path.replace('cn-north-4', 'cn-east-3')) },
		);
		expectError(r, 401, 'APIG.0301', /verify aksk signature fail/);
	});

	it('missing Authorization and unknown AK → 401', async () => {
		const none = await kit.request(emu.url, { method: 'POST', path: OCR, body: '{}' });
		expectError(none, 401, 'APIG.0301', /Authorization not found/);
		const unknown = await ocr({ image: 'AAAA' }, { ak: 'NOSUCHAK000000000000' });
		expectError(unknown, 401, 'APIG.0301', /ak:NOSUCHAK000000000000,err:ak not exist/);
	});

	it('x-sdk-date missing from SignedHeaders → 401', async () => {
		const body = JSON.stringify({ image: b64('front-zhangsan') });
		const headers = {
			'content-type': 'application/json',
			host: new URL(emu.url).host,
			'x-sdk-date': kit.sdkDate(),
		};
		const s = signature.signUrl({
			method: 'POST',
			url: emu.url + OCR,
			headers,
			body,
			accessKey: AK.accessKeyId,
			secretKey: AK.secretAccessKey,
			signedHeaders: ['content-type', 'host'],
		});
		const r = await kit.request(emu.url, {
			method: 'POST',
			path: OCR,
			headers: { ...headers, authorization: s.authorization },
			body,
		});
		expectError(r, 401, 'APIG.0301', /x-sdk-date not found or not signed/);
	});

	it('clock skew over 15 minutes → 401; 14 minutes is accepted', async () => {
		const late = await ocr(
			{ image: b64('front-zhangsan') },
			{ date: kit.sdkDate(-16 * 60 * 1000) },
		);
		expectError(late, 401, 'APIG.0301', /expired/);
		const early = await ocr(
			{ image: b64('front-zhangsan') },
			{ date: kit.sdkDate(16 * 60 * 1000) },
		);
		expectError(early, 401, 'APIG.0301', /expired/);
		const ok = await ocr({ image: b64('front-zhangsan') }, { date: kit.sdkDate(-14 * 60 * 1000) });
		expect(ok.status).toBe(200);
		emu.configure({ clockOffsetMs: 20 * 60 * 1000 });
		expectError(await ocr({ image: b64('front-zhangsan') }), 401, 'APIG.0301', /expired/);
	});

	it('temporary keys need a signed, matching X-Security-Token', async () => {
		const tmp = { ak: TMP.accessKeyId, sk: TMP.secretAccessKey };
		expectError(
			await ocr({ image: b64('front-zhangsan') }, tmp),
			401,
			'APIG.0301',
			/X-Security-Token/,
		);
		const unsigned = await ocr(
			{ image: b64('front-zhangsan') },
			{ ...tmp, alter: (s) => (s.headers['X-Security-Token'] = TMP.securityToken) },
		);
		expectError(unsigned, 401, 'APIG.0301', /X-Security-Token/);
		expectError(
			await ocr({ image: b64('front-zhangsan') }, { ...tmp, securityToken: 'another-token' }),
			401,
			'APIG.0301',
			/security token does not match/,
		);
		const ok = await ocr(
			{ image: b64('front-zhangsan') },
			{ ...tmp, securityToken: TMP.securityToken },
		);
		expect(ok.status).toBe(200);
		expect(emu.stats().requests.at(-1).headers['x-security-token']).toBe(TMP.securityToken);
	});

	it('five bad signatures in a row lock the AK for lockSeconds, even for good signatures', async () => {
		emu.configure({ lockSeconds: 1 });
		const bad = { sk: 'wrong-secret' };
		for (let i = 0; i < 4; i++)
			expectError(
				await ocr({ image: 'AAAA' }, bad),
				401,
				'APIG.0301',
				/verify aksk signature fail/,
			);
		expect((await ocr({ image: b64('front-zhangsan') })).status).toBe(200); // a success clears the run
		for (let i = 0; i < 5; i++)
			expectError(
				await ocr({ image: 'AAAA' }, bad),
				401,
				'APIG.0301',
				/verify aksk signature fail/,
			);
		expectError(await ocr({ image: b64('front-zhangsan') }), 401, 'APIG.0301', /locked/);
		expectError(await projects({ name: 'cn-north-4' }), 401, 'APIG.0301', /locked/);
		// Another AK is not affected.
		expect(
			(
				await ocr(
					{ image: b64('front-zhangsan') },
					{ ak: TMP.accessKeyId, sk: TMP.secretAccessKey, securityToken: TMP.securityToken },
				)
			).status,
		).toBe(200);
		await kit.sleep(1100);
		expect((await ocr({ image: b64('front-zhangsan') })).status).toBe(200);
		emu.configure({ lockSeconds: 60 });
		for (let i = 0; i < 5; i++) await ocr({ image: 'AAAA' }, bad);
		emu.reset(); // reset lifts locks
		expect((await ocr({ image: b64('front-zhangsan') })).status).toBe(200);
	});
});

describe('IAM token and projects', () => {
	it('password → 201 with X-Subject-Token; the token authorises OCR in its project only', async () => {
		const t = await getToken();
		expect(t.status).toBe(201);
		const token = t.headers['x-subject-token'];
		expect(token).toBeTruthy();
		expect(t.json.token.project).toMatchObject({ id: PROJECT, name: 'cn-north-4' });
		expect(t.json.token.user).toMatchObject({ name: USER.userName });
		const ttl = Date.parse(t.json.token.expires_at) - Date.parse(t.json.token.issued_at);
		expect(ttl).toBe(86400 * 1000);
		const r = await withToken(token, { image: b64('back-beijing') });
		expect(r.status).toBe(200);
		expect(r.json.result).toEqual(FIXTURES['back-beijing'].back);
		const other = await withToken(
			token,
			{ image: b64('back-beijing') },
			`/v2/${EAST_PROJECT}/ocr/id-card`,
		);
		expectError(other, 401, 'APIG.0301', /project/);
		expect(emu.stats().tokenCalls).toBe(1);
	});

	it('scope by project id, and by another region', async () => {
		const byId = await getToken({}, { project: { id: EAST_PROJECT } });
		expect(byId.json.token.project).toMatchObject({ id: EAST_PROJECT, name: 'cn-east-3' });
		expect(
			(
				await withToken(
					byId.headers['x-subject-token'],
					{ image: b64('back-beijing') },
					`/v2/${EAST_PROJECT}/ocr/id-card`,
				)
			).status,
		).toBe(200);
		const missing = await getToken({}, { project: { name: 'ap-southeast-9' } });
		expect(missing.status).toBe(400);
	});

	it('wrong password → 401 in IAM’s own format', async () => {
		const r = await getToken({ password: 'not-the-password' });
		expect(r.status).toBe(401);
		expect(r.json).toEqual({
			error: { code: 401, message: 'The username or password is wrong.', title: 'Unauthorized' },
		});
		expect(r.headers['x-subject-token']).toBeUndefined();
	});

	it('unknown, revoked and expired tokens → 401 APIG.0307', async () => {
		expectError(
			await withToken('MIInot-a-token', { image: b64('front-zhangsan') }),
			401,
			'APIG.0307',
			/The token must be updated/,
		);
		const a = (await getToken()).headers['x-subject-token'];
		emu.revokeTokens();
		expectError(await withToken(a, { image: b64('front-zhangsan') }), 401, 'APIG.0307');
		const b = (await getToken()).headers['x-subject-token'];
		emu.configure({ revokeAllTokens: true });
		expectError(await withToken(b, { image: b64('front-zhangsan') }), 401, 'APIG.0307');
		emu.configure({ tokenTtlSeconds: 60 });
		const c = await getToken();
		expect(Date.parse(c.json.token.expires_at) - Date.parse(c.json.token.issued_at)).toBe(60000);
		expect(
			(await withToken(c.headers['x-subject-token'], { image: b64('front-zhangsan') })).status,
		).toBe(200);
		emu.configure({ clockOffsetMs: 61000 });
		expectError(
			await withToken(c.headers['x-subject-token'], { image: b64('front-zhangsan') }),
			401,
			'APIG.0307',
		);
	});

	it('GET /v3/projects?name=REGION lists the region’s projects (signed)', async () => {
		const r = await projects({ name: 'cn-north-4' });
		expect(r.status).toBe(200);
		expect(r.json.projects).toEqual([
			expect.objectContaining({
				id: PROJECT,
				name: 'cn-north-4',
				enabled: true,
				domain_id: expect.any(String),
			}),
		]);
		expect(r.json.links).toBeDefined();
		expect((await projects({ name: 'ap-southeast-9' })).json.projects).toEqual([]);
		expect((await projects(undefined)).json.projects.map((p) => p.name).sort()).toEqual([
			'cn-east-3',
			'cn-north-1',
			'cn-north-4',
			'cn-north-4_ocr', // the default sub-project
		]);
		emu.configure({ projectsByName: { 'cn-north-4': [] } });
		expect((await projects({ name: 'cn-north-4' })).json.projects).toEqual([]);
		emu.configure({
			projectsByName: {
				'cn-north-4': [
					'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
					{ id: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' },
				],
			},
		});
		expect((await projects({ name: 'cn-north-4' })).json.projects.map((p) => p.id)).toEqual([
			'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
			'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
		]);
		expectError(
			await kit.request(emu.url, { path: '/v3/projects?name=cn-north-4' }),
			401,
			'APIG.0301',
		);
		const token = (await getToken()).headers['x-subject-token'];
		expect(
			(
				await kit.request(emu.url, {
					path: '/v3/projects?name=cn-north-4',
					headers: { 'X-Auth-Token': token },
				})
			).status,
		).toBe(200);
		expect(emu.stats().projectCalls).toBe(7);
	});
});

describe('routing', () => {
	it('v1.0, unknown paths and unknown projects → 404 APIG.0101 with request_id', async () => {
		const v1 = await kit.signedRequest(emu.url, {
			ak: AK.accessKeyId,
			sk: AK.secretAccessKey,
			path: '/v1.0/ocr/id-card',
			body: { image: 'AAAA' },
		});
		expectError(
			v1,
			404,
			'APIG.0101',
			/^The API does not exist or has not been published in the environment$/,
		);
		expectError(await kit.request(emu.url, { path: '/nothing/here' }), 404, 'APIG.0101');
		const unknownProject = await ocr(
			{ image: b64('front-zhangsan') },
			{ path: '/v2/ffffffffffffffffffffffffffffffff/ocr/id-card' },
		);
		expectError(unknownProject, 404, 'APIG.0101');
	});

	it('OCR not enabled for a region or project → 403 ModelArts.4204', async () => {
		emu.configure({ unsubscribed: ['cn-east-3'] });
		const east = await ocr(
			{ image: b64('front-zhangsan') },
			{ path: `/v2/${EAST_PROJECT}/ocr/id-card` },
		);
		expectError(east, 403, 'ModelArts.4204', /^Not subscribe this api\.$/);
		expect((await ocr({ image: b64('front-zhangsan') })).status).toBe(200);
		emu.configure({ unsubscribed: [PROJECT] });
		expectError(await ocr({ image: b64('front-zhangsan') }), 403, 'ModelArts.4204');
	});
});

describe('request validation', () => {
	const valid = () => b64('front-zhangsan');
	it.each([
		['invalid JSON', () => '{"image": ', 400, 'ModelArts.4105'],
		['JSON that is not an object', () => '[1,2]', 400, 'ModelArts.4105'],
		[
			'image and url both',
			() => ({ image: valid(), url: 'http://127.0.0.1/x.jpg' }),
			400,
			'AIS.0101',
		],
		['neither image nor url', () => ({ side: 'front' }), 400, 'AIS.0101'],
		['image not a string', () => ({ image: 12 }), 400, 'AIS.0101'],
		['side not allowed', () => ({ image: valid(), side: 'left' }), 400, 'AIS.0101'],
		['flag as a string', () => ({ image: valid(), return_verification: 'true' }), 400, 'AIS.0101'],
		['flag as a number', () => ({ image: valid(), detect_blur: 1 }), 400, 'AIS.0101'],
		['image not base64', () => ({ image: '@@not*base64!!' }), 400, 'AIS.0102'],
		[
			'data: prefix left on',
			() => ({ image: 'data:image/jpeg;base64,' + valid() }),
			400,
			'AIS.0102',
		],
		['line breaks left in', () => ({ image: valid().replace(/.{76}/g, '$&\n') }), 400, 'AIS.0102'],
		[
			'a GIF',
			() => ({ image: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;').toString('base64') }),
			400,
			'AIS.0102',
		],
		[
			'a PDF',
			() => ({ image: Buffer.from('%PDF-1.7\n1 0 obj\n').toString('base64') }),
			400,
			'AIS.0102',
		],
		[
			'10×10 pixels',
			() => ({
				image: makeImage({
					format: 'png',
					width: 10,
					height: 10,
					marker: 'front-zhangsan',
				}).toString('base64'),
			}),
			400,
			'AIS.0103',
		],
		[
			'9000 pixels wide',
			() => ({
				image: makeImage({
					format: 'jpeg',
					width: 9000,
					height: 600,
					marker: 'front-zhangsan',
				}).toString('base64'),
			}),
			400,
			'AIS.0103',
		],
		['not a card', () => ({ image: b64('not-a-card') }), 400, 'AIS.0104'],
		[
			'an image without a fixture marker',
			() => ({ image: makeImage({ format: 'bmp', width: 300, height: 200 }).toString('base64') }),
			400,
			'AIS.0104',
		],
		['back asked of a front', () => ({ image: valid(), side: 'back' }), 400, 'AIS.0104'],
		[
			'front asked of a back',
			() => ({ image: b64('back-beijing'), side: 'front' }),
			400,
			'AIS.0104',
		],
		[
			'double_side asked of a single front',
			() => ({ image: valid(), side: 'double_side' }),
			400,
			'AIS.0104',
		],
		[
			'double_side with two fronts',
			() => ({ image: b64('double-two-fronts'), side: 'double_side' }),
			400,
			'AIS.0122',
		],
		['algorithm failure', () => ({ image: b64('unreadable-card') }), 400, 'AIS.0105'],
	])('%s → %s %s', async (_name, body, status, code) => {
		expectError(await ocr(body()), status, code);
	});

	it('the exact Huawei messages', async () => {
		expect((await ocr({ image: 'AAA' })).json.error_msg).toBe('The image format is not supported.');
		expect((await ocr({ image: b64('not-a-card') })).json.error_msg).toBe(
			'The image is not supported or the image quality is poor.',
		);
		expect((await ocr('{')).json.error_msg).toBe('The JSON format of the input data is incorrect.');
	});

	it('empty side and boolean false flags are fine; 15 and 8192 pixels are in range', async () => {
		expect((await ocr({ image: valid(), side: '', return_verification: false })).status).toBe(200);
		const edge = makeFixtureImage('front-zhangsan', {
			format: 'png',
			width: 15,
			height: 8192,
		}).toString('base64');
		expect((await ocr({ image: edge })).status).toBe(200);
	});

	it('size limits: a 7 MiB image passes, 8 MiB (over 10 MiB as base64) → 4104, a raw body over the limit → 4104', async () => {
		const seven = makeFixtureImage('front-zhangsan', {
			format: 'png',
			width: 1000,
			height: 630,
			padToBytes: 7 * MiB,
		});
		expect(seven.length).toBe(7 * MiB);
		expect((await ocr({ image: seven.toString('base64') })).status).toBe(200);
		const eight = makeFixtureImage('front-zhangsan', {
			format: 'png',
			width: 1000,
			height: 630,
			padToBytes: 8 * MiB,
		});
		expectError(
			await ocr({ image: eight.toString('base64') }),
			400,
			'ModelArts.4104',
			/^Invalid Request Content Length\.$/,
		);
		const longString = await ocr({ image: 'A'.repeat(10 * MiB + 4) });
		expectError(longString, 400, 'ModelArts.4104');
		expect(emu.stats().requests.at(-1).bodyBytes).toBeLessThan(10 * MiB + 64 * 1024);
		const huge = Buffer.alloc(11 * MiB, 0x20);
		const r = await kit.request(emu.url, {
			method: 'POST',
			path: OCR,
			headers: { 'Content-Type': 'application/json' },
			body: huge,
		});
		expectError(r, 400, 'ModelArts.4104');
		expect(emu.stats().requests.at(-1).bodyBytes).toBe(11 * MiB);
	});

	describe('url input', () => {
		it('a local image URL is fetched and recognised', async () => {
			const r = await ocr({ url: `${emu.url}/images/back-beijing.png`, side: 'back' });
			expect(r.status).toBe(200);
			expect(r.json.result).toEqual(FIXTURES['back-beijing'].back);
			const localhost = await ocr({
				url: `${emu.url.replace('127.0.0.1', 'localhost')}/images/front-lina-x.tif`,
			});
			expect(localhost.json.result.number).toMatch(/X$/);
			expect(emu.stats().requests.filter((q) => q.path.startsWith('/images/'))).toHaveLength(2);
		});

		it('registered images and generated sizes go through the same checks', async () => {
			emu.registerImage(
				'tiny.png',
				makeFixtureImage('front-zhangsan', { format: 'png', width: 10, height: 10 }),
				'image/png',
			);
			expectError(await ocr({ url: `${emu.url}/images/tiny.png` }), 400, 'AIS.0103');
			expectError(
				await ocr({ url: `${emu.url}/images/front-zhangsan.jpg?width=9000&height=500` }),
				400,
				'AIS.0103',
			);
			emu.registerImage('note.txt', Buffer.from('hello'), 'text/plain');
			expectError(await ocr({ url: `${emu.url}/images/note.txt` }), 400, 'AIS.0102');
		});

		it('other hosts → 4601; fetch failures → 4603', async () => {
			expectError(
				await ocr({ url: 'http://example.com/card.jpg' }),
				400,
				'ModelArts.4601',
				/^The URL is not allowed\.$/,
			);
			expectError(await ocr({ url: 'ftp://127.0.0.1/card.jpg' }), 400, 'ModelArts.4601');
			expectError(
				await ocr({ url: `${emu.url}/images/no-such-fixture.jpg` }),
				400,
				'ModelArts.4603',
				/^Obtaining the file from the URL failed\.$/,
			);
			emu.configure({ failImages: ['back-beijing.jpg'] });
			expectError(await ocr({ url: `${emu.url}/images/back-beijing.jpg` }), 400, 'ModelArts.4603');
			expect((await ocr({ url: `${emu.url}/images/back-beijing.png` })).status).toBe(200);
			emu.configure({ failImages: true });
			expectError(await ocr({ url: `${emu.url}/images/back-beijing.png` }), 400, 'ModelArts.4603');
			emu.configure({ failImages: false, imageDelayMs: 500, urlFetchTimeoutMs: 100 });
			expectError(await ocr({ url: `${emu.url}/images/back-beijing.png` }), 400, 'ModelArts.4603');
			expectError(await ocr({ url: 'http://127.0.0.1:9/card.jpg' }), 400, 'ModelArts.4603');
		});
	});
});

describe('results', () => {
	const ALL_FLAGS = {
		return_verification: true,
		return_text_location: true,
		detect_reproduce: true,
		detect_copy: true,
		detect_tampering: true,
		detect_border_integrity: true,
		detect_blocking_within_border: true,
		detect_blur: true,
		detect_interim: true,
		detect_glare: true,
		return_portrait_location: true,
		return_portrait_image: true,
		return_adjusted_image: true,
	};
	const ALARMS = [
		'reproduce',
		'copy',
		'tampering',
		'border_integrity',
		'blocking_within_border',
		'blur',
		'interim',
		'glare',
	];

	it.each(['jpeg', 'png', 'bmp', 'tiff'])('%s images are recognised', async (format) => {
		const r = await ocr({ image: b64('front-minority', { format }), side: 'front' });
		expect(r.json.result).toEqual(FIXTURES['front-minority'].front);
		expect(r.json.result.ethnicity).toBe('维吾尔');
	});

	it('front with every flag', async () => {
		const r = await ocr({ image: b64('front-zhangsan'), side: 'front', ...ALL_FLAGS });
		const res = r.json.result;
		expect(res.verification_result).toEqual({
			valid_number: true,
			valid_birth: true,
			valid_sex: true,
			valid_date: false,
			valid_validity_period: false,
		});
		expect(Object.keys(res.text_location).sort()).toEqual([
			'address',
			'birth',
			'ethnicity',
			'name',
			'number',
			'sex',
		]);
		expect(res.text_location.number).toHaveLength(4);
		for (const a of ALARMS) {
			expect(res[`detect_${a}_result`]).toBe(false);
			expect(typeof res.score_info[`${a}_score`]).toBe('number');
		}
		expect(res.portrait_location).toHaveLength(4);
		expect(images.readImageInfo(Buffer.from(res.portrait_image, 'base64'))).toMatchObject({
			format: 'jpeg',
		});
		expect(images.sniffFormat(Buffer.from(res.adjusted_image, 'base64'))).toBe('jpeg');
	});

	it('no flags → only the card fields', async () => {
		const r = await ocr({ image: b64('front-zhangsan') });
		expect(Object.keys(r.json.result).sort()).toEqual([
			'address',
			'birth',
			'ethnicity',
			'name',
			'number',
			'sex',
		]);
	});

	it('back with every flag: front checks false, no portrait', async () => {
		const r = await ocr({ image: b64('back-beijing'), ...ALL_FLAGS });
		const res = r.json.result;
		expect(res.verification_result).toEqual({
			valid_number: false,
			valid_birth: false,
			valid_sex: false,
			valid_date: true,
			valid_validity_period: true,
		});
		expect(Object.keys(res.text_location).sort()).toEqual(['issue', 'valid_from', 'valid_to']);
		expect(res.portrait_location).toEqual([]);
		expect(res.portrait_image).toBe('');
		expect(typeof res.adjusted_image).toBe('string');
	});

	it('verification: expired, long-term, wrong check digit, X check digit', async () => {
		const v = async (id) => (await ocr({ image: b64(id), return_verification: true })).json.result;
		const expired = await v('back-expired');
		expect(expired.verification_result).toMatchObject({
			valid_date: false,
			valid_validity_period: true,
		});
		const longTerm = await v('back-long-term');
		expect(longTerm.valid_to).toBe('长期');
		expect(longTerm.verification_result).toMatchObject({
			valid_date: true,
			valid_validity_period: true,
		});
		const bad = await v('front-bad-checksum');
		expect(bad.verification_result).toMatchObject({
			valid_number: false,
			valid_birth: true,
			valid_sex: true,
		});
		const lina = await v('front-lina-x');
		expect(lina.number).toMatch(/^\d{17}X$/);
		expect(lina.sex).toBe('女');
		expect(lina.verification_result).toMatchObject({
			valid_number: true,
			valid_birth: true,
			valid_sex: true,
		});
	});

	it('double_side gives front and back objects, each with its own extras; auto on a double gives the front', async () => {
		const r = await ocr({
			image: b64('double-zhangsan'),
			side: 'double_side',
			return_verification: true,
			detect_copy: true,
		});
		const { front, back } = r.json.result;
		expect(front).toMatchObject(FIXTURES['double-zhangsan'].front);
		expect(back).toMatchObject(FIXTURES['double-zhangsan'].back);
		expect(front.verification_result.valid_number).toBe(true);
		expect(back.verification_result.valid_date).toBe(true);
		expect(typeof back.score_info.copy_score).toBe('number');
		expect((await ocr({ image: b64('double-zhangsan') })).json.result).toEqual(
			FIXTURES['double-zhangsan'].front,
		);
		expect((await ocr({ image: b64('double-zhangsan'), side: 'back' })).json.result).toEqual(
			FIXTURES['double-zhangsan'].back,
		);
		emu.configure({ doubleAutoSide: 'double_side' });
		expect(Object.keys((await ocr({ image: b64('double-zhangsan') })).json.result)).toEqual([
			'front',
			'back',
		]);
	});

	it('alarms from the fixture, and an unknown field passed through', async () => {
		const alarm = (
			await ocr({ image: b64('front-copy-alarm'), detect_copy: true, detect_blur: true })
		).json.result;
		expect(alarm).toMatchObject({ detect_copy_result: true, detect_blur_result: false });
		expect(alarm.score_info.copy_score).toBeGreaterThan(alarm.score_info.blur_score);
		expect((await ocr({ image: b64('front-new-field') })).json.result.card_version).toBe('2nd-gen');
	});
});

describe('faults, latency and throttling (after authentication)', () => {
	it.each([
		['500', 500, 'ModelArts.4503'],
		['503', 503, 'ModelArts.4506'],
		['504', 504, 'APIG.0201'],
		['429', 429, 'APIG.0308'],
	])('failNext %s → %s %s, then normal service', async (kind, status, code) => {
		emu.configure({ failNext: [kind] });
		const r = await ocr({ image: b64('front-zhangsan') });
		expect(r.status).toBe(status);
		expect(r.json.error_code).toBe(code);
		expect((await ocr({ image: b64('front-zhangsan') })).status).toBe(200);
	});

	it('reset, malformed, 502 (HTML) and timeout', async () => {
		emu.configure({ failNext: ['reset', 'malformed', '502', 'timeout'] });
		const reset = await ocr({ image: b64('front-zhangsan') });
		expect(reset.status).toBe(0);
		expect(reset.error).toMatch(/ECONNRESET|socket hang up/);
		const malformed = await ocr({ image: b64('front-zhangsan') });
		expect(malformed.status).toBe(200);
		expect(malformed.json).toBeUndefined();
		expect(() => JSON.parse(malformed.text)).toThrow();
		const html = await ocr({ image: b64('front-zhangsan') });
		expect(html.status).toBe(502);
		expect(html.headers['content-type']).toMatch(/text\/html/);
		const started = Date.now();
		const timeout = await ocr({ image: b64('front-zhangsan') }, { timeoutMs: 300 });
		expect(timeout.error).toBe('TIMEOUT');
		expect(Date.now() - started).toBeGreaterThanOrEqual(290);
		expect((await ocr({ image: b64('front-zhangsan') })).status).toBe(200);
		const faults = emu.stats().requests.map((q) => q.fault ?? null);
		expect(faults).toEqual(['reset', 'malformed', '502', 'timeout', null]);
		expect(emu.getConfig().failNext).toEqual([]);
	});

	it('faults apply only after authentication succeeds', async () => {
		emu.configure({ failNext: ['500'] });
		expectError(await ocr({ image: b64('front-zhangsan') }, { sk: 'wrong' }), 401, 'APIG.0301');
		expect((await ocr({ image: b64('front-zhangsan') })).status).toBe(500);
	});

	it('random faults are reproducible with a seed', async () => {
		const run = async () => {
			emu.reset();
			emu.configure({ faults: { rate: 0.5, kinds: ['500', '503', 'malformed'], seed: 42 } });
			const statuses = [];
			for (let i = 0; i < 12; i++)
				statuses.push((await ocr({ image: b64('back-beijing') })).status);
			return statuses;
		};
		const first = await run();
		expect(await run()).toEqual(first);
		expect(first.filter((s) => s !== 200).length).toBeGreaterThan(0);
		expect(first.filter((s) => s === 200).length).toBeGreaterThan(0);
		expect(() => emu.configure({ failNext: ['boom'] })).toThrow(/unknown fault kind/);
	});

	it('latency with jitter delays each OCR answer', async () => {
		emu.configure({ latencyMs: 150, latencyJitterMs: 50 });
		const started = Date.now();
		await Promise.all([ocr({ image: b64('front-zhangsan') }), ocr({ image: b64('back-beijing') })]);
		const elapsed = Date.now() - started;
		expect(elapsed).toBeGreaterThanOrEqual(145);
		expect(elapsed).toBeLessThan(1000);
		expect(emu.stats().maxInFlight).toBe(2);
	});

	it('throttle: limit per window → 429 APIG.0308 (Retry-After only when configured), then recovers', async () => {
		emu.configure({ throttle: { limit: 3, windowMs: 400 } });
		const first = await Promise.all(
			Array.from({ length: 5 }, () => ocr({ image: b64('front-zhangsan') })),
		);
		expect(first.map((r) => r.status).sort()).toEqual([200, 200, 200, 429, 429]);
		const refused = first.find((r) => r.status === 429);
		expectError(
			refused,
			429,
			'APIG.0308',
			/^The throttling threshold has been reached: policy user over ratelimit,limit:3,time:/,
		);
		expect(refused.headers['retry-after']).toBeUndefined();
		await kit.sleep(450);
		expect((await ocr({ image: b64('front-zhangsan') })).status).toBe(200);
		emu.configure({ throttle: { limit: 0, windowMs: 60000, retryAfterSeconds: 2 } });
		const r = await ocr({ image: b64('front-zhangsan') });
		expect(r.json.error_msg).toBe(
			'The throttling threshold has been reached: policy user over ratelimit,limit:0,time:1 minute',
		);
		expect(r.headers['retry-after']).toBe('2');
		expect(emu.stats()).toMatchObject({ ocrCalls: 7, throttled: 3 });
	});

	it('ratePerSecond token bucket', async () => {
		emu.configure({ ratePerSecond: 2, burst: 2 });
		const statuses = [];
		for (let i = 0; i < 4; i++) statuses.push((await ocr({ image: b64('front-zhangsan') })).status);
		expect(statuses).toEqual([200, 200, 429, 429]);
		await kit.sleep(550);
		expect((await ocr({ image: b64('front-zhangsan') })).status).toBe(200);
	});

	it('maxInFlight: extra concurrent calls → 429 ModelArts.4401', async () => {
		emu.configure({ maxInFlight: 2, latencyMs: 200 });
		const replies = await Promise.all(
			Array.from({ length: 4 }, () => ocr({ image: b64('front-zhangsan') })),
		);
		expect(replies.filter((r) => r.status === 200)).toHaveLength(2);
		const refused = replies.filter((r) => r.status === 429);
		expect(refused).toHaveLength(2);
		expect(refused[0].json.error_code).toBe('ModelArts.4401');
		expect(emu.stats().throttled).toBe(2);
		expect(emu.stats().maxInFlight).toBeGreaterThanOrEqual(3);
	});
});

describe('stats, reset and control endpoints', () => {
	it('counts OCR calls of every outcome and records what was received', async () => {
		await ocr({ image: b64('front-zhangsan') });
		await ocr({ image: b64('front-zhangsan') }, { sk: 'wrong' });
		await ocr({ image: b64('not-a-card') });
		await getToken();
		await projects({ name: 'cn-north-4' });
		const s = emu.stats();
		expect(s).toMatchObject({ ocrCalls: 3, tokenCalls: 1, projectCalls: 1, throttled: 0 });
		expect(s.requests.map((r) => [r.method, r.path, r.status, r.errorCode ?? null])).toEqual([
			['POST', OCR, 200, null],
			['POST', OCR, 401, 'APIG.0301'],
			['POST', OCR, 400, 'AIS.0104'],
			['POST', '/v3/auth/tokens', 201, null],
			['GET', '/v3/projects', 200, null],
		]);
		const first = s.requests[0];
		expect(first.headers.authorization).toMatch(
			/^SDK-HMAC-SHA256 Access=EMULATORAK0000000001, SignedHeaders=content-type;host;x-sdk-date, Signature=/,
		);
		expect(first.headers['x-sdk-date']).toMatch(/^\d{8}T\d{6}Z$/);
		expect(typeof first.at).toBe('number');
		emu.reset();
		expect(emu.stats()).toEqual({
			ocrCalls: 0,
			tokenCalls: 0,
			projectCalls: 0,
			requests: [],
			maxInFlight: 0,
			throttled: 0,
		});
	});

	it('HTTP control endpoints need no signature and are not counted', async () => {
		const set = await kit.request(emu.url, {
			method: 'POST',
			path: '/__emulator/config',
			body: JSON.stringify({ failNext: ['503'] }),
		});
		expect(set.status).toBe(200);
		expect((await ocr({ image: b64('front-zhangsan') })).status).toBe(503);
		const stats = await kit.request(emu.url, { path: '/__emulator/stats' });
		expect(stats.json).toMatchObject({
			ocrCalls: 1,
			requests: [expect.objectContaining({ status: 503 })],
		});
		expect((await kit.request(emu.url, { method: 'POST', path: '/__emulator/reset' })).status).toBe(
			200,
		);
		expect(emu.stats().ocrCalls).toBe(0);
		const bad = await kit.request(emu.url, {
			method: 'POST',
			path: '/__emulator/config',
			body: JSON.stringify({ latencyMS: 5 }),
		});
		expect(bad.status).toBe(400);
		expect(bad.json.error).toMatch(/unknown emulator config key "latencyMS"/);
		expect(() => emu.configure({ nope: 1 })).toThrow(/unknown emulator config key/);
	});
});

describe('images and fixtures', () => {
	function pngChunks(buf) {
		const chunks = [];
		let p = 8;
		while (p < buf.length) {
			const len = buf.readUInt32BE(p);
			const type = buf.toString('latin1', p + 4, p + 8);
			const data = buf.subarray(p + 8, p + 8 + len);
			chunks.push({
				type,
				data,
				crcOk: images.crc32(buf.subarray(p + 4, p + 8), data) === buf.readUInt32BE(p + 8 + len),
			});
			p += 12 + len;
		}
		return chunks;
	}

	it('PNG: IHDR, IDAT that inflates to the right size, IEND, all CRCs valid', () => {
		const png = makeFixtureImage('front-zhangsan', { format: 'png', width: 333, height: 77 });
		const chunks = pngChunks(png);
		expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'tEXt', 'IDAT', 'IEND']);
		expect(chunks.every((c) => c.crcOk)).toBe(true);
		expect(zlib.inflateSync(chunks[2].data).length).toBe(77 * (1 + Math.ceil(333 / 8)));
	});

	it('JPEG: SOI, segments, SOF0 with the size, scan, EOI', () => {
		const jpg = makeFixtureImage('back-beijing', { format: 'jpeg', width: 640, height: 480 });
		expect(jpg.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
		expect(jpg.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
		const markers = [];
		let p = 2;
		while (jpg[p] === 0xff && jpg[p + 1] !== 0xda) {
			markers.push(jpg[p + 1]);
			p += 2 + jpg.readUInt16BE(p + 2);
		}
		expect(markers).toEqual([0xe0, 0xfe, 0xdb, 0xc0, 0xc4, 0xc4]);
		expect(images.readImageInfo(jpg)).toEqual({ format: 'jpeg', width: 640, height: 480 });
	});

	it('BMP and TIFF headers are consistent', () => {
		const bmp = makeFixtureImage('back-beijing', { format: 'bmp', width: 500, height: 300 });
		expect(bmp.readUInt32LE(2)).toBe(bmp.length);
		expect(bmp.readUInt32LE(10) + bmp.readUInt32LE(34)).toBe(bmp.length);
		const tif = makeFixtureImage('back-beijing', { format: 'tiff', width: 500, height: 300 });
		expect(tif.toString('latin1', 0, 4)).toBe('II*\0');
		expect(images.readImageInfo(tif)).toEqual({ format: 'tiff', width: 500, height: 300 });
	});

	it.each(['jpeg', 'png', 'bmp', 'tiff'])('%s: size, marker and exact padToBytes', (format) => {
		const img = makeFixtureImage('double-zhangsan', {
			format,
			width: 8192,
			height: 8192,
			padToBytes: 2 * MiB,
		});
		expect(img.length).toBe(2 * MiB);
		expect(images.readImageInfo(img)).toEqual({ format, width: 8192, height: 8192 });
		expect(images.findMarker(img)).toBe('double-zhangsan');
		expect(images.findMarker(makeImage({ format, width: 20, height: 20 }))).toBeUndefined();
	});

	it('fixture numbers follow GB 11643 (or break it on purpose)', () => {
		for (const [id, f] of Object.entries(FIXTURES)) {
			for (const card of [f.front, ...(f.fronts ?? [])].filter(Boolean)) {
				expect(idnumber.isValidNumber(card.number)).toBe(id !== 'front-bad-checksum');
				expect(card.number.slice(6, 14)).toBe(card.birth.replace(/-/g, ''));
				expect(Number(card.number[16]) % 2 === 1 ? '男' : '女').toBe(card.sex);
			}
		}
		expect(FIXTURES['front-zhangsan'].front.number.slice(0, 6)).toBe('110101');
		expect(idnumber.checkChar('11010519491231002')).toBe('X'); // the standard's own example
	});
});

describe('lifecycle', () => {
	it('close() does not hang on keep-alive sockets or held (timeout) requests', async () => {
		const own = await emulator.startEmulator();
		own.configure({ failNext: ['timeout'] });
		const held = kit.signedRequest(own.url, {
			ak: AK.accessKeyId,
			sk: AK.secretAccessKey,
			path: OCR,
			body: { image: b64('front-zhangsan') },
		});
		await kit.sleep(100);
		const started = Date.now();
		await own.close();
		expect(Date.now() - started).toBeLessThan(1000);
		expect((await held).status).toBe(0);
	});

	it('options: fixed port, extra accounts', async () => {
		const probe = await emulator.startEmulator();
		const port = probe.port;
		await probe.close();
		const own = await emulator.startEmulator({
			port,
			accounts: {
				second: {
					accessKeyId: 'SECONDAK000000000001',
					secretAccessKey: 'second-secret',
					projectId: PROJECT,
					region: 'cn-north-4',
				},
			},
		});
		try {
			expect(own.url).toBe(`http://127.0.0.1:${port}`);
			const r = await kit.signedRequest(own.url, {
				ak: 'SECONDAK000000000001',
				sk: 'second-secret',
				path: OCR,
				body: { image: b64('front-zhangsan') },
			});
			expect(r.status).toBe(200);
			const first = await kit.signedRequest(own.url, {
				ak: AK.accessKeyId,
				sk: AK.secretAccessKey,
				path: OCR,
				body: { image: b64('front-zhangsan') },
			});
			expect(first.status).toBe(200);
		} finally {
			await own.close();
		}
	});

	it('cli.js prints {url, accounts} and stops on SIGTERM', async () => {
		const result = await kit.runCli(
			['--port', '0'],
			async (info) => (await kit.request(info.url, { path: '/__emulator/stats' })).json,
		);
		expect(result.info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(result.info.accounts.accessKey.accessKeyId).toBe(AK.accessKeyId);
		expect(result.checked).toMatchObject({ ocrCalls: 0 });
		expect(result.code).toBe(0);
	});
});
