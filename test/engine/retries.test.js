import { runOcrWorkflow } from '../harness/runWorkflow';
import { sharedLimiters } from '../../nodes/HuaweiCloudOcr/transport/limiterRegistry';
import { akCredentials, card, FX, imageItem, useEmulator } from './setup';

const ocrRequests = (emu) =>
	emu.current.stats().requests.filter((r) => r.path.includes('/ocr/id-card'));

describe('retries, throttling and faults lose nothing', () => {
	const emu = useEmulator();

	it('retries 5xx, resets and malformed replies, signing each attempt with a fresh X-Sdk-Date', async () => {
		// Each attempt takes over a second, so signatures made at attempt time must all differ.
		emu.current.configure({ failNext: ['500', 'reset', 'malformed'], latencyMs: 1050 });
		const started = Date.now();
		const result = await runOcrWorkflow({
			items: [imageItem(FX.front)],
			parameters: { imageSource: 'binary', options: { maxRetries: 3 } },
			credentials: akCredentials(emu.current),
		});
		expect(result.error).toBeUndefined();
		expect(result.main[0].json.number).toBe(card(FX.front).front.number);
		const attempts = ocrRequests(emu);
		expect(attempts).toHaveLength(4);
		const signatures = attempts.map((r) => /Signature=(\w+)/.exec(r.headers.authorization)[1]);
		expect(new Set(signatures).size).toBe(4);
		// Each X-Sdk-Date is the time of its own attempt (second resolution), never earlier than the run.
		for (const r of attempts) {
			const d = r.headers['x-sdk-date'];
			const t = Date.UTC(
				+d.slice(0, 4),
				+d.slice(4, 6) - 1,
				+d.slice(6, 8),
				+d.slice(9, 11),
				+d.slice(11, 13),
				+d.slice(13, 15),
			);
			expect(t).toBeGreaterThanOrEqual(Math.floor(started / 1000) * 1000);
		}
	});

	it('a timeout is retried', async () => {
		emu.current.configure({ failNext: ['timeout'] });
		const result = await runOcrWorkflow({
			items: [imageItem(FX.back)],
			parameters: { imageSource: 'binary', options: { timeout: 1000, maxRetries: 2 } },
			credentials: akCredentials(emu.current),
		});
		expect(result.error).toBeUndefined();
		expect(result.main[0].json.side).toBe('back');
		expect(ocrRequests(emu)).toHaveLength(2);
	});

	it('gives up after Max Retries and says so on the error output', async () => {
		emu.current.configure({ failNext: ['500', '500', '500'] });
		const result = await runOcrWorkflow({
			items: [imageItem(FX.front, { row: 'r1' })],
			parameters: { imageSource: 'binary', options: { maxRetries: 2 } },
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		expect(ocrRequests(emu)).toHaveLength(3);
		expect(result.errors[0].json).toMatchObject({ row: 'r1', error: { http_status: 500 } });
	});

	it('a refused signature (401) is never retried', async () => {
		const result = await runOcrWorkflow({
			items: [imageItem(FX.front)],
			parameters: { imageSource: 'binary', options: { maxRetries: 5 } },
			credentials: akCredentials(emu.current, { secretAccessKey: 'wrong' }),
			onError: 'continueErrorOutput',
		});
		expect(ocrRequests(emu)).toHaveLength(1);
		expect(result.errors[0].json).toMatchObject({
			error: { error_code: 'APIG.0301', http_status: 401 },
		});
	});

	it('client errors (AIS.*) are not retried', async () => {
		await runOcrWorkflow({
			items: [imageItem(FX.notACard)],
			parameters: { imageSource: 'binary', options: { maxRetries: 5 } },
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		expect(ocrRequests(emu)).toHaveLength(1);
	});

	it('backs off on 429 (honouring Retry-After), learns the limit and lowers the calls in flight', async () => {
		emu.current.configure({
			latencyMs: 30,
			throttle: { limit: 6, windowMs: 1000, retryAfterSeconds: 1 },
		});
		const items = Array.from({ length: 16 }, (_, i) =>
			imageItem(i % 3 ? FX.front : FX.back, { row: i }),
		);
		const started = Date.now();
		const result = await runOcrWorkflow({
			items,
			parameters: { imageSource: 'binary', options: { concurrency: 8 } },
			credentials: akCredentials(emu.current),
		});
		const elapsed = Date.now() - started;
		expect(result.error).toBeUndefined();
		expect(result.main.map((i) => i.pairedItem)).toEqual(items.map((_, item) => ({ item })));
		expect(result.main.map((i) => i.json.side)).toEqual(
			items.map((_, i) => (i % 3 ? 'front' : 'back')),
		);
		// 16 calls at 6 per second cannot finish in under two windows.
		expect(elapsed).toBeGreaterThanOrEqual(2000);

		// The limiter learned Huawei's rule from "limit:6,time:1 second" and paces at 97 % of it.
		expect(sharedLimiters().size).toBe(1);
		const limiter = [...sharedLimiters().values()][0];
		expect(limiter.snapshot()).toMatchObject({
			window: { limit: 6, windowMs: 1000 },
			learnedFrom: 'message',
			inFlight: 0,
		});
		expect(limiter.snapshot().ratePerSecond).toBeCloseTo(6 * 0.97, 5);
		// Eight calls in flight at first (Concurrency 8); once throttled, one at a time (30 ms calls spaced by
		// 1000 ms ÷ 5.82 = 172 ms).
		expect(limiter.stats.peakInFlight).toBe(8);
		expect(limiter.stats.peakInFlightSinceThrottled).toBeLessThanOrEqual(2);

		// What the gateway saw: only the calls already in flight were refused. Once the node had heard the first
		// refusal it honoured the Retry-After second and paced its calls, which the gateway (counting calls per
		// second) shows by refusing no more of them. Counted, not timed: a loaded machine only spreads calls out.
		const calls = ocrRequests(emu);
		const throttled = calls.filter((r) => r.status === 429);
		expect(throttled.length).toBeGreaterThan(0);
		expect(throttled.length).toBeLessThanOrEqual(2);
		expect(calls.filter((r) => r.status === 200)).toHaveLength(16);
		expect(emu.current.stats().maxInFlight).toBeLessThanOrEqual(8);
	});

	it('the engine’s own "Retry On Fail" setting still works on top', async () => {
		emu.current.configure({ failNext: ['500', '500'] });
		const result = await runOcrWorkflow({
			items: [imageItem(FX.front)],
			parameters: { imageSource: 'binary', options: { maxRetries: 0 } },
			credentials: akCredentials(emu.current),
			retryOnFail: true,
			maxTries: 3,
			waitBetweenTries: 10,
		});
		expect(result.error).toBeUndefined();
		expect(result.main[0].json.name).toBe(card(FX.front).front.name);
		expect(ocrRequests(emu)).toHaveLength(3);
	});

	it('zero loss under 20 % injected faults over 40 items', async () => {
		emu.current.configure({
			faults: { rate: 0.2, kinds: ['500', '503', 'reset', 'malformed'], seed: 7 },
		});
		const items = Array.from({ length: 40 }, (_, i) =>
			imageItem(i % 2 ? FX.back : FX.front, { row: i }),
		);
		const result = await runOcrWorkflow({
			items,
			parameters: { imageSource: 'binary', options: { concurrency: 6, maxRetries: 6 } },
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		expect(result.errors).toHaveLength(0);
		expect(result.main).toHaveLength(40);
		expect(result.main.map((i) => i.pairedItem)).toEqual(items.map((_, item) => ({ item })));
		expect(result.main.map((i) => i.json.side)).toEqual(
			items.map((_, i) => (i % 2 ? 'back' : 'front')),
		);
		expect(ocrRequests(emu).length).toBeGreaterThan(40);
	});
});
