import * as http from 'http';

import { sharedLimiters } from '../../nodes/HuaweiCloudOcr/transport/limiterRegistry';
import { runOcrWorkflow } from '../harness/runWorkflow';
import { ACCOUNTS, FX, imageItem, useEmulator } from './setup';

/**
 * What the field can send back: redirects, odd error bodies, huge Retry-After, errors inside a 200, deep JSON,
 * and a Stop in the middle of a batch. Each test talks to a small loopback server it starts itself.
 */

/**
 * @typedef {{ method: string, url: string, headers: http.IncomingHttpHeaders, bytes: number }} Received
 * @typedef {(req: http.IncomingMessage, res: http.ServerResponse, index: number) => void} Handler
 */

/**
 * A loopback HTTP server recording every request it received (after reading its body).
 * @param {Handler} handler
 * @returns {Promise<{ url: string, received: Received[], close: () => Promise<void> }>}
 */
async function startServer(handler) {
	/** @type {Received[]} */
	const received = [];
	const server = http.createServer((req, res) => {
		let bytes = 0;
		req.on('data', (chunk) => (bytes += chunk.length));
		req.on('end', () => {
			received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, bytes });
			handler(req, res, received.length - 1);
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = /** @type {import('net').AddressInfo} */ (server.address());
	return {
		url: `http://127.0.0.1:${address.port}`,
		received,
		close: async () => {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(() => resolve(undefined)));
		},
	};
}

/** @param {http.ServerResponse} res @param {number} status @param {unknown} body @param {Record<string, string>} [headers] */
function answer(res, status, body, headers = {}) {
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
	res.end(text);
}

const GOOD_REPLY = {
	result: { name: '张三', sex: '男', number: '11010519491231002X', side: 'front' },
};

/** @param {string} url */
function credentialsFor(url) {
	const ak = ACCOUNTS.accessKey;
	return {
		authType: 'accessKey',
		accessKeyId: ak.accessKeyId,
		secretAccessKey: ak.secretAccessKey,
		securityToken: 'temporary-token',
		region: 'cn-north-4',
		projectId: ak.projectId,
		ocrEndpoint: url,
		iamEndpoint: url,
	};
}

describe('replies from the field', () => {
	// Resets the shared limiters, project ids and tokens before each test.
	useEmulator();
	/** @type {Array<() => Promise<void>>} */
	let closers = [];
	afterEach(async () => {
		await Promise.all(closers.map((close) => close()));
		closers = [];
	});
	/** @param {Handler} handler */
	const server = async (handler) => {
		const s = await startServer(handler);
		closers.push(s.close);
		return s;
	};

	it('a 307 from the OCR endpoint is not followed: the target receives nothing and the error item names it', async () => {
		const target = await server((req, res) => answer(res, 200, GOOD_REPLY));
		const ocr = await server((req, res) =>
			answer(res, 307, '', { Location: `${target.url}/collect?token=abc` }),
		);
		const result = await runOcrWorkflow({
			items: [imageItem(FX.front, { row: 0 })],
			parameters: { imageSource: 'binary' },
			credentials: credentialsFor(ocr.url),
			onError: 'continueErrorOutput',
		});
		expect(ocr.received).toHaveLength(1);
		expect(target.received).toHaveLength(0);
		expect(result.main).toHaveLength(0);
		expect(result.errors).toHaveLength(1);
		const error = result.errors[0].json;
		expect(error.message).toContain(`${target.url}/collect`);
		expect(error.message).not.toContain('token=abc');
		expect(error.error).toMatchObject({
			error_code: 'REDIRECT',
			http_status: 307,
			api_called: true,
		});
	});

	it('an error body whose request_id is an object keeps Huawei’s code, says api_called and frees the limiter slot (Concurrency 1)', async () => {
		const ocr = await server((req, res, index) =>
			index === 0
				? answer(res, 400, {
						error_code: 'AIS.0101',
						error_msg: 'The input parameter is invalid.',
						request_id: { toString: 1 },
					})
				: answer(res, 200, GOOD_REPLY),
		);
		const options = { imageSource: 'binary', options: { concurrency: 1 } };
		const first = await runOcrWorkflow({
			items: [imageItem(FX.front, { row: 0 })],
			parameters: options,
			credentials: credentialsFor(ocr.url),
			onError: 'continueErrorOutput',
		});
		expect(first.errors).toHaveLength(1);
		expect(first.errors[0].json.error).toMatchObject({ error_code: 'AIS.0101', api_called: true });
		const limiter = [...sharedLimiters().values()][0];
		expect(limiter.snapshot().inFlight).toBe(0);
		// A later execution with the same key gets a slot (with a leaked slot it would wait forever).
		const second = await runOcrWorkflow({
			items: [imageItem(FX.front, { row: 1 })],
			parameters: options,
			credentials: credentialsFor(ocr.url),
		});
		expect(second.error).toBeUndefined();
		expect(second.main).toHaveLength(1);
		expect(ocr.received).toHaveLength(2);
	});

	it('Retry-After: 86400 pauses the key for at most the retry policy’s maximum wait (30 s), then the call succeeds', async () => {
		/** @type {(value: number) => void} */
		let reportPause = () => undefined;
		const pause = new Promise((resolve) => (reportPause = resolve));
		const ocr = await server((req, res, index) => {
			if (index === 0) {
				answer(
					res,
					429,
					{ error_code: 'APIG.0308', error_msg: 'The throttling threshold has been reached' },
					{ 'Retry-After': '86400' },
				);
				return;
			}
			answer(res, 200, GOOD_REPLY);
		});
		const running = runOcrWorkflow({
			items: [imageItem(FX.front, { row: 0 })],
			parameters: { imageSource: 'binary', options: { concurrency: 1 } },
			credentials: credentialsFor(ocr.url),
			onError: 'continueErrorOutput',
		});
		// Read the pause while the retry waits for it.
		const watch = async () => {
			for (;;) {
				const limiter = [...sharedLimiters().values()][0];
				if (limiter && limiter.stats.throttled > 0)
					return reportPause(limiter.snapshot().pausedForMs);
				await new Promise((resolve) => setImmediate(resolve));
			}
		};
		void watch();
		expect(await pause).toBeLessThanOrEqual(30_000);
		const result = await running;
		expect(result.errors).toHaveLength(0);
		expect(result.main).toHaveLength(1);
		expect(ocr.received).toHaveLength(2);
	}, 90_000);

	it('a Concurrency expression yielding text fails every item by name (3 in, 3 error items), no call made', async () => {
		const ocr = await server((req, res) => answer(res, 200, GOOD_REPLY));
		const items = [0, 1, 2].map((row) => imageItem(FX.front, { row }));
		const result = await runOcrWorkflow({
			items,
			parameters: { imageSource: 'binary', options: { concurrency: '={{ "auto" }}' } },
			credentials: credentialsFor(ocr.url),
			onError: 'continueErrorOutput',
		});
		expect(result.main).toHaveLength(0);
		expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(result.errors.map((i) => i.json.row)).toEqual([0, 1, 2]);
		for (const item of result.errors) {
			expect(item.json.message).toMatch(/'Concurrency' must be a number/);
			expect(item.json.error).toMatchObject({ error_code: 'INVALID_OPTION', api_called: false });
		}
		expect(ocr.received).toHaveLength(0);
	});

	it('Max Retries = NaN is refused by name instead of retrying forever', async () => {
		const ocr = await server((req, res) => answer(res, 500, { error_code: 'ModelArts.0000' }));
		const result = await runOcrWorkflow({
			items: [imageItem(FX.front, { row: 0 })],
			parameters: { imageSource: 'binary', options: { maxRetries: '={{ NaN }}' } },
			credentials: credentialsFor(ocr.url),
			onError: 'continueErrorOutput',
		});
		expect(result.errors).toHaveLength(1);
		expect(result.errors[0].json.message).toMatch(/'Max Retries' must be a number/);
		expect(ocr.received).toHaveLength(0);
	});

	it('Timeout 0 is raised to the 1000 ms minimum: a call that hangs is abandoned', async () => {
		const ocr = await server(() => undefined); // never answers
		const result = await runOcrWorkflow({
			items: [imageItem(FX.front, { row: 0 })],
			parameters: { imageSource: 'binary', options: { timeout: 0, maxRetries: 0 } },
			credentials: credentialsFor(ocr.url),
			onError: 'continueErrorOutput',
		});
		expect(result.errors).toHaveLength(1);
		expect(result.errors[0].json.error).toMatchObject({ error_code: 'NETWORK_ERROR' });
		expect(ocr.received).toHaveLength(1);
	});

	it('a 200 carrying error_code is Huawei’s error with its code, not retried', async () => {
		const ocr = await server((req, res) =>
			answer(res, 200, { error_code: 'AIS.0104', error_msg: 'Recognition failed.' }),
		);
		const result = await runOcrWorkflow({
			items: [imageItem(FX.front, { row: 0 })],
			parameters: { imageSource: 'binary', options: { maxRetries: 3 } },
			credentials: credentialsFor(ocr.url),
			onError: 'continueErrorOutput',
		});
		expect(ocr.received).toHaveLength(1);
		expect(result.errors).toHaveLength(1);
		expect(result.errors[0].json.error).toMatchObject({ error_code: 'AIS.0104', api_called: true });
	});

	it.each(['none', 'mask'])(
		'a reply nested 20,000 levels deep is a malformed reply (Personal Data %s), and the execution goes on',
		async (personalData) => {
			const deep = '{"result":{"name":' + '['.repeat(20_000) + ']'.repeat(20_000) + '}}';
			const ocr = await server((req, res) => answer(res, 200, deep));
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front, { row: 0 })],
				parameters: { imageSource: 'binary', options: { maxRetries: 0, personalData } },
				credentials: credentialsFor(ocr.url),
				onError: 'continueErrorOutput',
			});
			expect(result.run.data.resultData.error).toBeUndefined();
			expect(result.errors).toHaveLength(1);
			expect(result.errors[0].json.error).toMatchObject({ error_code: 'MALFORMED_RESPONSE' });
		},
	);

	it('Stop in the middle of a batch: no call starts after Stop', async () => {
		/** @type {{ cancel(): void } | undefined} */
		let execution;
		const ocr = await server((req, res, index) => {
			// The second call is in flight when the user presses Stop; it is answered after.
			if (index === 1) {
				execution?.cancel();
				setImmediate(() => answer(res, 200, GOOD_REPLY));
				return;
			}
			answer(res, 200, GOOD_REPLY);
		});
		const items = Array.from({ length: 6 }, (_, row) => imageItem(FX.front, { row }));
		await runOcrWorkflow({
			items,
			parameters: { imageSource: 'binary', options: { concurrency: 1 } },
			credentials: credentialsFor(ocr.url),
			onError: 'continueErrorOutput',
			onStarted: (running) => (execution = running),
		});
		expect(ocr.received).toHaveLength(2);
		const limiter = [...sharedLimiters().values()][0];
		expect(limiter.snapshot()).toMatchObject({ inFlight: 0, waiting: 0 });
	});
});
