import * as http from 'http';

import { runOcrWorkflow } from '../harness/runWorkflow';
import { ACCOUNTS, akCredentials, card, fileItem, FX, imageItem, useEmulator } from './setup';

/**
 * A loopback proxy in front of the emulator that holds the answer to one item until every other item has
 * been answered, and records, by item, the order in which it sent the answers. Items are told apart by the
 * size of the image in the request body (`sizes`: image bytes → item index); other requests pass straight.
 * @param {string} target the emulator's URL
 * @param {Map<number, number>} sizes
 * @param {number} heldItem the item whose answer goes out last
 */
async function startHoldingProxy(target, sizes, heldItem) {
	/** @type {number[]} */
	const sent = [];
	let inFlight = 0;
	let maxInFlight = 0;
	/** @type {(() => void) | undefined} */
	let held;
	const releaseWhenOthersAnswered = () => {
		if (held && sent.length === sizes.size - 1) {
			const answer = held;
			held = undefined;
			answer();
		}
	};
	const server = http.createServer((req, res) => {
		/** @type {Buffer[]} */
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			const body = Buffer.concat(chunks);
			/** @type {number | undefined} */
			let item;
			try {
				const image = JSON.parse(body.toString('utf8')).image;
				if (typeof image === 'string') item = sizes.get(Buffer.from(image, 'base64').length);
			} catch {
				item = undefined; // not a JSON request: passed through
			}
			inFlight++;
			maxInFlight = Math.max(maxInFlight, inFlight);
			// The Host header goes along unchanged: the signature the emulator checks covers it.
			const upstream = http.request(
				`${target}${req.url}`,
				{ method: req.method, headers: req.headers },
				(reply) => {
					/** @type {Buffer[]} */
					const parts = [];
					reply.on('data', (part) => parts.push(part));
					reply.on('end', () => {
						const answer = () => {
							res.writeHead(reply.statusCode ?? 502, reply.headers);
							res.end(Buffer.concat(parts));
							inFlight--;
							if (item !== undefined) sent.push(item);
							releaseWhenOthersAnswered();
						};
						if (item === heldItem) {
							held = answer;
							releaseWhenOthersAnswered();
						} else answer();
					});
				},
			);
			upstream.end(body);
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const { port } = /** @type {import('net').AddressInfo} */ (server.address());
	return {
		url: `http://127.0.0.1:${port}`,
		sent,
		maxInFlight: () => maxInFlight,
		close: async () => {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(() => resolve(undefined)));
		},
	};
}

describe('batches: every item comes out once, in order, paired to its input', () => {
	const emu = useEmulator();

	const mixedBatch = () => [
		imageItem(FX.front, { row: 0 }),
		{ json: { row: 1 } }, // no file
		imageItem(FX.back, { row: 2 }),
		imageItem(FX.notACard, { row: 3 }), // Huawei: AIS.0104
		fileItem(Buffer.from('not an image at all'), { row: 4 }),
		imageItem(FX.double, { row: 5 }),
		imageItem(FX.front, { row: 6 }, 'png'),
	];

	it('error output: failures carry the input fields, Huawei code, status and request id', async () => {
		const result = await runOcrWorkflow({
			items: mixedBatch(),
			parameters: { imageSource: 'binary', options: { concurrency: 3 } },
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		expect(result.main.map((i) => i.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 2 },
			{ item: 5 },
			{ item: 6 },
		]);
		expect(result.errors.map((i) => i.pairedItem)).toEqual([{ item: 1 }, { item: 3 }, { item: 4 }]);
		expect(result.main.length + result.errors.length).toBe(7);
		expect(result.main[0].json.number).toBe(card(FX.front).front.number);
		expect(result.main[1].json.issue).toBe(card(FX.back).back.issue);
		expect(result.main[2].json.side).toBe('front'); // auto-detect reads the front of a two-sided photo

		const apiFailure = result.errors[1].json;
		expect(apiFailure.row).toBe(3);
		expect(apiFailure.message).toMatch(/no readable ID card in input item 3 \(AIS\.0104\)/);
		expect(apiFailure.error).toMatchObject({
			error_code: 'AIS.0104',
			http_status: 400,
			api_called: true,
		});
		expect(apiFailure.error.request_id).toMatch(/^[0-9a-f]{32}$/);
		expect(result.errors.map((i) => i.json.row)).toEqual([1, 3, 4]);
		// What the next nodes receive, as routed by the engine.
		expect(result.received.failure.map((i) => i.json.row)).toEqual([1, 3, 4]);
		expect(result.received.success).toHaveLength(4);
		// Only the four valid images and the non-card cost a call.
		expect(emu.current.stats().ocrCalls).toBe(5);
	});

	it('continue (regular output): error items in place, in order', async () => {
		const result = await runOcrWorkflow({
			items: mixedBatch(),
			parameters: { imageSource: 'binary' },
			credentials: akCredentials(emu.current),
			onError: 'continueRegularOutput',
		});
		expect(result.main).toHaveLength(7);
		expect(result.main.map((i) => i.pairedItem)).toEqual(
			[0, 1, 2, 3, 4, 5, 6].map((item) => ({ item })),
		);
		expect(result.main[3].json).toMatchObject({ error: { error_code: 'AIS.0104' } });
		expect(result.main[3].json.message).toMatch(/AIS\.0104/);
		expect(result.main[6].json.name).toBe(card(FX.front).front.name);
	});

	it('later items answer first (item 0 answered last, after items 1-19), yet the output is in input order and paired (20 items, concurrency 5)', async () => {
		// Each item's photo has its own size (padToBytes), so the proxy can tell which item a request is.
		const sizeOf = (/** @type {number} */ i) => 30000 + 16 * i;
		const items = Array.from({ length: 20 }, (_, i) =>
			imageItem(i % 2 ? FX.back : FX.front, { row: i }, 'jpeg', {
				width: 1000,
				height: 630,
				padToBytes: sizeOf(i),
			}),
		);
		const proxy = await startHoldingProxy(
			emu.current.url,
			new Map(items.map((_, i) => [sizeOf(i), i])),
			0,
		);
		try {
			const result = await runOcrWorkflow({
				items,
				parameters: { imageSource: 'binary', options: { concurrency: 5 } },
				credentials: akCredentials(emu.current, { ocrEndpoint: proxy.url }),
			});
			// The answers really went out of order: item 0's last, every item answered once.
			expect(proxy.sent).toHaveLength(20);
			expect(proxy.sent[19]).toBe(0);
			expect([...proxy.sent].sort((a, b) => a - b)).toEqual(items.map((_, i) => i));
			// The output is still in input order, each item with its own answer, paired to its input.
			expect(result.error).toBeUndefined();
			expect(result.main.map((i) => i.json.side)).toEqual(
				items.map((_, i) => (i % 2 ? 'back' : 'front')),
			);
			expect(result.main.map((i) => i.pairedItem)).toEqual(items.map((_, item) => ({ item })));
			expect(proxy.maxInFlight()).toBeGreaterThan(1);
			expect(proxy.maxInFlight()).toBeLessThanOrEqual(5);
		} finally {
			await proxy.close();
		}
	});
});

describe('errors a user can act on (workflow stops)', () => {
	const emu = useEmulator();

	it('wrong secret key → APIG.0301 with the fix, never retried', async () => {
		const result = await runOcrWorkflow({
			items: [imageItem(FX.front)],
			parameters: { imageSource: 'binary', options: { maxRetries: 3 } },
			credentials: akCredentials(emu.current, { secretAccessKey: 'wrong-secret' }),
		});
		// The credential Test's wording (credentials/huaweiCloud/refusals.ts): the cause, then the fix.
		expect(result.error?.message).toMatch(
			/refused the signature: the Secret Access Key does not belong to this Access Key ID \(APIG\.0301.*Enter the secret/,
		);
		expect(result.error?.description).toMatch(
			/lock the key for 5 minutes, so the node does not retry/,
		);
		expect(emu.current.stats().ocrCalls).toBe(1);
	});

	it('OCR not enabled in the region → ModelArts.4204', async () => {
		emu.current.configure({
			unsubscribed: ['cn-north-4', ACCOUNTS.accessKey?.projectId].filter(Boolean),
		});
		const result = await runOcrWorkflow({
			items: [imageItem(FX.front)],
			parameters: { imageSource: 'binary' },
			credentials: akCredentials(emu.current),
		});
		expect(result.error?.message).toMatch(/not enabled in region cn-north-4.*ModelArts\.4204/);
		expect(result.error?.description).toMatch(/enable "ID Card OCR"/);
	});

	it('throttled until retries run out → APIG.0308', async () => {
		emu.current.configure({ throttle: { limit: 0, windowMs: 60000, retryAfterSeconds: 0 } });
		const result = await runOcrWorkflow({
			items: [imageItem(FX.front)],
			parameters: { imageSource: 'binary' },
			credentials: akCredentials(emu.current),
		});
		expect(result.error?.message).toMatch(/throttled the calls \(APIG\.0308\)/);
		expect(result.error?.description).toMatch(/Concurrency/);
		expect(emu.current.stats().ocrCalls).toBe(9); // first call + 8 throttle retries
	});

	it('not an ID card → AIS.0104 naming the item', async () => {
		const result = await runOcrWorkflow({
			items: [imageItem(FX.front), imageItem(FX.notACard)],
			parameters: { imageSource: 'binary' },
			credentials: akCredentials(emu.current),
		});
		expect(result.error?.message).toMatch(/no readable ID card in input item 1 \(AIS\.0104\)/);
	});

	it('unreachable endpoint → names the endpoint and what to check', async () => {
		const closed = await new Promise((resolve) => {
			const srv = require('net').createServer();
			srv.listen(0, '127.0.0.1', () => {
				const { port } = /** @type {import('net').AddressInfo} */ (srv.address());
				srv.close(() => resolve(port));
			});
		});
		const result = await runOcrWorkflow({
			items: [imageItem(FX.front)],
			parameters: { imageSource: 'binary', options: { maxRetries: 1 } },
			credentials: akCredentials(emu.current, { ocrEndpoint: `http://127.0.0.1:${closed}` }),
		});
		expect(result.error?.message).toMatch(
			new RegExp(`Could not reach Huawei Cloud OCR at http://127.0.0.1:${closed}.*refused`),
		);
		expect(result.error?.description).toMatch(/endpoint/);
	});

	it('a region that is not a region id → says how to write one, no call made', async () => {
		const result = await runOcrWorkflow({
			items: [imageItem(FX.front)],
			parameters: { imageSource: 'binary' },
			credentials: akCredentials(emu.current, {
				region: 'custom',
				customRegion: 'Beijing 4',
				ocrEndpoint: '',
			}),
		});
		expect(result.error?.message).toMatch(
			/"Beijing 4" is not a Huawei Cloud region ID.*cn-north-4/,
		);
		expect(emu.current.stats().ocrCalls).toBe(0);
	});

	it('v1.0 endpoint answer is explained (APIG.0101) when the OCR endpoint is wrong', async () => {
		const result = await runOcrWorkflow({
			items: [imageItem(FX.front)],
			parameters: { imageSource: 'binary' },
			credentials: akCredentials(emu.current, { projectId: 'ffffffffffffffffffffffffffffffff' }),
		});
		expect(result.error?.message).toMatch(/OCR API was not found.*APIG\.0101/);
		expect(result.error?.description).toMatch(
			/Project ID \(it must be the project of region cn-north-4\)/,
		);
	});
});
