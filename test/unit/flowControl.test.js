import { AdaptiveLimiter } from '../../nodes/HuaweiCloudOcr/transport/adaptiveLimiter';

import { DEFAULT_RETRY, retryDelay } from '../../nodes/HuaweiCloudOcr/transport/retryPolicy';

const failure = (kind, extra = {}) => ({
	kind,
	errorCode: 'X',
	errorMsg: '',
	message: '',
	...extra,
});

describe('retry policy', () => {
	const none = { transient: 0, throttle: 0 };
	it('never retries authentication failures or client errors', () => {
		expect(
			retryDelay(failure('auth', { errorCode: 'APIG.0301', httpStatus: 401 }), none, DEFAULT_RETRY),
		).toBeUndefined();
		expect(
			retryDelay(failure('input', { errorCode: 'AIS.0104' }), none, DEFAULT_RETRY),
		).toBeUndefined();
		expect(
			retryDelay(failure('fatal', { errorCode: 'ModelArts.4204' }), none, DEFAULT_RETRY),
		).toBeUndefined();
	});

	it('retries transient failures with growing jittered delays, up to maxRetries', () => {
		const top = () => 0.999;
		const d0 = retryDelay(failure('transient'), { transient: 0, throttle: 0 }, DEFAULT_RETRY, top);
		const d2 = retryDelay(failure('transient'), { transient: 2, throttle: 0 }, DEFAULT_RETRY, top);
		expect(d0).toBeLessThanOrEqual(DEFAULT_RETRY.baseDelayMs);
		expect(d2).toBeGreaterThan(d0 * 3);
		expect(
			retryDelay(failure('transient'), { transient: 3, throttle: 0 }, DEFAULT_RETRY),
		).toBeUndefined();
		expect(
			retryDelay(failure('transient'), none, { ...DEFAULT_RETRY, maxRetries: 0 }),
		).toBeUndefined();
	});

	it("honours Retry-After on throttling, otherwise waits at least Huawei's advised 1-2 s", () => {
		expect(retryDelay(failure('throttle', { retryAfterMs: 3000 }), none, DEFAULT_RETRY)).toBe(3000);
		const low = retryDelay(failure('throttle'), none, DEFAULT_RETRY, () => 0);
		expect(low).toBeGreaterThanOrEqual(1000);
		expect(
			retryDelay(failure('throttle'), { transient: 0, throttle: 8 }, DEFAULT_RETRY),
		).toBeUndefined();
	});
});

describe('adaptive limiter', () => {
	it('halves the limit on throttling (once per cool-down) and grows it back after successes', async () => {
		let now = 0;
		const limiter = new AdaptiveLimiter(8, 1000, () => now);
		limiter.onThrottle();
		expect(limiter.currentLimit).toBe(4);
		limiter.onThrottle(); // same cool-down window: no second cut
		expect(limiter.currentLimit).toBe(4);
		now = 1500;
		limiter.onThrottle();
		expect(limiter.currentLimit).toBe(2);
		for (let i = 0; i < 2; i++) limiter.onSuccess();
		expect(limiter.currentLimit).toBe(3);
		for (let i = 0; i < 100; i++) limiter.onSuccess();
		expect(limiter.currentLimit).toBe(8);
		expect(limiter.stats.minLimit).toBe(2);
	});

	it('never lets more than the limit in', async () => {
		const limiter = new AdaptiveLimiter(3);
		let inside = 0;
		let peak = 0;
		await Promise.all(
			Array.from({ length: 20 }, async () => {
				await limiter.acquire();
				inside++;
				peak = Math.max(peak, inside);
				await new Promise((r) => setImmediate(r));
				inside--;
				limiter.release();
			}),
		);
		expect(peak).toBe(3);
	});
});

describe('request body', () => {
	const { serialiseRequestBody } = require('../../nodes/HuaweiCloudOcr/transport/ocrClient');
	it('is byte-identical to JSON.stringify, image spliced in', () => {
		const bodies = [
			{ image: 'QUJD+/==', side: 'front', return_verification: true },
			{ image: 'QUJD' },
			{ url: 'https://example.com/a "b".jpg', side: 'back' },
		];
		for (const body of bodies) expect(serialiseRequestBody(body)).toBe(JSON.stringify(body));
	});
});
