import {
	IDLE_EXPIRY_MS,
	clearSharedLimiters,
	limiterKey,
	sharedLimiter,
	sharedLimiters,
} from '../../nodes/HuaweiCloudOcr/transport/limiterRegistry';
import { RateLimiter, parseRateHint } from '../../nodes/HuaweiCloudOcr/transport/rateLimiter';
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

	it('hands a throttled call straight back to the limiter (which waits), up to maxThrottleRetries', () => {
		expect(retryDelay(failure('throttle', { retryAfterMs: 3000 }), none, DEFAULT_RETRY)).toBe(0);
		expect(retryDelay(failure('throttle'), { transient: 0, throttle: 7 }, DEFAULT_RETRY)).toBe(0);
		expect(
			retryDelay(failure('throttle'), { transient: 0, throttle: 8 }, DEFAULT_RETRY),
		).toBeUndefined();
	});
});

describe("parseRateHint (Huawei's APIG.0308 text)", () => {
	it('reads "limit:XX,time:N unit"', () => {
		const text = (rule) =>
			`The throttling threshold has been reached: policy user over ratelimit,${rule}`;
		expect(parseRateHint(text('limit:480,time:1 minute'))).toEqual({ limit: 480, windowMs: 60000 });
		expect(parseRateHint(text('limit:60,time:6 second'))).toEqual({ limit: 60, windowMs: 6000 });
		expect(parseRateHint(text('limit:5,time:2 minutes'))).toEqual({ limit: 5, windowMs: 120000 });
		expect(parseRateHint(text('limit:9,time:500 millisecond'))).toEqual({
			limit: 9,
			windowMs: 500,
		});
		expect(parseRateHint(text('limit: 30, time: minute'))).toEqual({ limit: 30, windowMs: 60000 });
	});
	it('ignores what gives no usable rule', () => {
		expect(parseRateHint(undefined)).toBeUndefined();
		expect(parseRateHint('The throttling threshold has been reached.')).toBeUndefined();
		expect(parseRateHint('policy user over ratelimit,limit:0,time:1 minute')).toBeUndefined();
		expect(parseRateHint('policy user over ratelimit,limit:XX,time:1 minute')).toBeUndefined();
		expect(parseRateHint('limit:10,time:1 fortnight')).toBeUndefined();
	});
});

/**
 * A deterministic clock: sleep() registers a timer; run() lets every pending promise settle, then jumps to the
 * next timer. Nothing waits for real time.
 */
function virtualClock() {
	let now = 0;
	let seq = 0;
	/** @type {{ at: number, seq: number, wake: () => void }[]} */
	const timers = [];
	const settle = () => new Promise((resolve) => setImmediate(resolve));
	return {
		now: () => now,
		/** @type {(ms: number) => Promise<void>} */
		sleep: (ms) =>
			new Promise((resolve) => {
				timers.push({ at: now + Math.max(0, ms), seq: seq++, wake: () => resolve() });
			}),
		async run(promise) {
			let finished = false;
			promise.then(
				() => (finished = true),
				() => (finished = true),
			);
			for (;;) {
				await settle();
				if (finished) return await promise;
				if (timers.length === 0) throw new Error('deadlock: nothing to wait for');
				timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
				const next = timers.shift();
				now = Math.max(now, next.at);
				next.wake();
			}
		},
	};
}

const refusal = (rule) =>
	`The throttling threshold has been reached: policy user over ratelimit,limit:${rule.limit},time:${rule.time}`;

/** The emulator's token bucket (ratePerSecond, burst), counting calls when they arrive. */
function tokenBucket(ratePerSecond, burst = ratePerSecond) {
	let tokens = burst;
	let at = 0;
	return (now) => {
		tokens = Math.min(burst, tokens + ((now - at) / 1000) * ratePerSecond);
		at = now;
		if (tokens < 1)
			return {
				code: 'APIG.0308',
				message: refusal({ limit: Math.round(ratePerSecond * 60), time: '1 minute' }),
			};
		tokens -= 1;
		return undefined;
	};
}

/** The emulator's sliding window (throttle: { limit, windowMs }). */
function slidingWindow(limit, windowMs, options = {}) {
	let admitted = [];
	return (now) => {
		admitted = admitted.filter((t) => now - t < windowMs);
		if (admitted.length >= limit)
			return {
				code: 'APIG.0308',
				message: options.silent
					? 'The throttling threshold has been reached.'
					: refusal({ limit, time: `${windowMs / 1000} second` }),
				retryAfterMs: options.retryAfterMs,
			};
		admitted.push(now);
		return undefined;
	};
}

/**
 * Runs `items` calls through `limiter` with `concurrency` workers taking items in order (as runPool does),
 * against `gateway(now)`. Returns when the last call ended, the refusals, each item's attempts, and the starts.
 */
async function simulate(clock, limiter, gateway, { items, concurrency, latencyMs = 250 }) {
	let next = 0;
	let throttled = 0;
	let inFlight = 0;
	let peakInFlight = 0;
	const starts = [];
	const admittedStarts = [];
	const attempts = new Array(items).fill(0);
	const finishedAt = new Array(items);
	const worker = async () => {
		while (next < items) {
			const index = next++;
			for (;;) {
				const ticket = await limiter.acquire(concurrency, attempts[index] > 0);
				attempts[index]++;
				inFlight++;
				peakInFlight = Math.max(peakInFlight, inFlight);
				starts.push(clock.now());
				const refused = gateway(clock.now());
				if (refused) {
					inFlight--;
					throttled++;
					limiter.done(ticket, refused);
					expect(attempts[index]).toBeLessThanOrEqual(DEFAULT_RETRY.maxThrottleRetries);
					continue;
				}
				admittedStarts.push(clock.now());
				await clock.sleep(latencyMs);
				inFlight--;
				limiter.done(ticket);
				finishedAt[index] = clock.now();
				break;
			}
		}
	};
	await clock.run(Promise.all(Array.from({ length: concurrency }, worker)));
	return {
		seconds: Math.max(...finishedAt) / 1000,
		throttled,
		attempts,
		starts,
		admittedStarts,
		peakInFlight,
		lost: finishedAt.filter((t) => t === undefined).length,
	};
}

describe('rate limiter (virtual clock)', () => {
	it('learns a per-second limit from the first 429 and finishes within 1.10 × the ideal', async () => {
		const clock = virtualClock();
		const limiter = new RateLimiter(clock);
		const run = await simulate(clock, limiter, tokenBucket(8), { items: 200, concurrency: 10 });
		const ideal = 200 / 8;
		expect(run.lost).toBe(0);
		expect(run.seconds / ideal).toBeLessThanOrEqual(1.1);
		// Only the calls already in flight when the first refusal came back are refused.
		expect(run.throttled).toBeLessThanOrEqual(10);
		expect(limiter.snapshot()).toMatchObject({ learnedFrom: 'message', inFlight: 0, waiting: 0 });
		expect(limiter.snapshot().ratePerSecond).toBeCloseTo(8 * 0.97, 5);
	});

	it('learns a per-window limit ("limit:60,time:6 second"), waits only until the window has room, then paces', async () => {
		const clock = virtualClock();
		const limiter = new RateLimiter(clock);
		const run = await simulate(clock, limiter, slidingWindow(60, 6000), {
			items: 200,
			concurrency: 10,
		});
		const ideal = 200 / (60 / 6);
		expect(run.lost).toBe(0);
		expect(run.seconds / ideal).toBeLessThanOrEqual(1.1);
		expect(run.throttled).toBeLessThanOrEqual(10);
		expect(limiter.snapshot().window).toEqual({ limit: 60, windowMs: 6000 });
		// The gateway counted exactly 60 calls per 6 s at most, and the limiter never needed more refusals.
		const ok = run.admittedStarts;
		for (let i = 60; i < ok.length; i++) expect(ok[i] - ok[i - 60]).toBeGreaterThanOrEqual(6000);
		// After the burst of 60 it waited for the window to open (6 s after the burst's start), not longer.
		const firstAfterBurst = ok[60];
		expect(firstAfterBurst).toBeGreaterThanOrEqual(6000);
		expect(firstAfterBurst).toBeLessThan(6000 + 400);
	});

	it('honours Retry-After: no call starts before it has passed; the admitted rate seeds the pace', async () => {
		const clock = virtualClock();
		const limiter = new RateLimiter(clock);
		const gateway = slidingWindow(5, 1000, { silent: true, retryAfterMs: 1000 });
		const run = await simulate(clock, limiter, gateway, {
			items: 20,
			concurrency: 5,
			latencyMs: 100,
		});
		expect(run.lost).toBe(0);
		// Five admitted at 0, the sixth refused at 100 ms with Retry-After: 1 → nothing before 1100 ms.
		const sixth = run.starts[5];
		expect(sixth).toBe(100);
		expect(run.starts.slice(6).every((t) => t >= 1100)).toBe(true);
		expect(limiter.snapshot()).toMatchObject({
			learnedFrom: 'observed',
			window: { limit: 5, windowMs: 1000 },
		});
		expect(limiter.snapshot().ratePerSecond).toBeCloseTo(5 * 0.97, 5);
		expect(run.throttled).toBeLessThanOrEqual(3);
	});

	it('with nothing to go on (no rule, no Retry-After, nothing admitted), pauses 1 s, then 2 s, one call at a time, then paces at half a call per second once admitted', async () => {
		const clock = virtualClock();
		const limiter = new RateLimiter(clock);
		const first = await clock.run(limiter.acquire(5));
		limiter.done(first, { code: 'APIG.0308', message: 'limit:0,time:1 minute' });
		expect(limiter.snapshot().pausedForMs).toBe(1000);
		const second = await clock.run(limiter.acquire(5, true));
		expect(second.startedAt).toBe(1000);
		limiter.done(second, { code: 'HTTP_429', message: '' });
		const third = await clock.run(limiter.acquire(5, true));
		expect(third.startedAt).toBe(3000);
		limiter.done(third);
		// Every call refused until then (others use the key): it paces at half a call per second, and probes
		// upward from there rather than burst again.
		expect(limiter.snapshot()).toMatchObject({
			learnedFrom: 'observed',
			shared: true,
			window: { limit: 1, windowMs: 1000 },
		});
		expect(limiter.snapshot().ratePerSecond).toBeCloseTo(0.5 * 0.97, 5);
	});

	it('lowers the pace by 10 % when refused at the learned pace, but not for calls started before it learned', async () => {
		const clock = virtualClock();
		const limiter = new RateLimiter(clock);
		const rule = { code: 'APIG.0308', message: refusal({ limit: 600, time: '1 minute' }) };
		const early = await clock.run(Promise.all([limiter.acquire(5), limiter.acquire(5)]));
		limiter.done(early[0], rule);
		expect(limiter.snapshot().ratePerSecond).toBeCloseTo(9.7, 5);
		limiter.done(early[1], rule); // started before the limiter learned: no further cut
		expect(limiter.snapshot().ratePerSecond).toBeCloseTo(9.7, 5);
		const paced = await clock.run(limiter.acquire(5));
		limiter.done(paced, rule);
		expect(limiter.snapshot().ratePerSecond).toBeCloseTo(9.7 * 0.9, 5);
		expect(limiter.snapshot().window).toEqual({ limit: 540, windowMs: 60000 });
		// A new rule from Huawei replaces what was learned.
		const later = await clock.run(limiter.acquire(5));
		limiter.done(later, {
			code: 'APIG.0308',
			message: refusal({ limit: 1200, time: '1 minute' }),
		});
		expect(limiter.snapshot().ratePerSecond).toBeCloseTo(19.4, 5);
	});

	it('probes upward by 5 % after a quiet period with calls waiting; a refused probe restores the pace and waits twice as long', async () => {
		const clock = virtualClock();
		const limiter = new RateLimiter(clock);
		// The gateway allows 10/s; the limiter learns it, then finds out the hard way that 10.2/s is too much
		// (the first probe comes after twice the rule's window, 2 minutes, of calls waiting on the pace).
		let allowed = tokenBucket(10, 1);
		const run1 = await simulate(clock, limiter, (now) => allowed(now), {
			items: 2000,
			concurrency: 4,
			latencyMs: 50,
		});
		expect(run1.lost).toBe(0);
		expect(limiter.stats.probes).toBeGreaterThanOrEqual(1);
		expect(limiter.stats.failedProbes).toBeGreaterThanOrEqual(1);
		expect(limiter.snapshot().ratePerSecond).toBeCloseTo(9.7, 5);
		expect(limiter.snapshot().probeEveryMs).toBe(120_000 * 2 ** limiter.stats.failedProbes);
		// One 5 % step above the pace at a time: the refusals stay few.
		expect(limiter.stats.throttled).toBeLessThanOrEqual(4 + 2 * limiter.stats.probes);

		// Huawei raised the limit (to 20/s) without saying so: probing finds more.
		allowed = tokenBucket(20, 1);
		const before = limiter.snapshot().ratePerSecond;
		await simulate(clock, limiter, (now) => allowed(now), {
			items: 6000,
			concurrency: 4,
			latencyMs: 50,
		});
		expect(limiter.snapshot().ratePerSecond).toBeGreaterThan(before * 1.05);
	});

	it('a concurrency quota refusal (ModelArts.4401) lowers the calls in flight to those accepted', async () => {
		const clock = virtualClock();
		const limiter = new RateLimiter(clock);
		const tickets = await clock.run(
			Promise.all(Array.from({ length: 5 }, () => limiter.acquire(5))),
		);
		expect(limiter.snapshot()).toMatchObject({ cap: 5, inFlight: 5 });
		limiter.done(tickets[4], { code: 'ModelArts.4401', message: 'Concurrency over quota.' });
		expect(limiter.snapshot()).toMatchObject({ cap: 4, inFlight: 4 });
		expect(limiter.snapshot().ratePerSecond).toBeUndefined();
		for (const t of tickets.slice(0, 4)) limiter.done(t);
	});

	it('one in-process cap: the largest Concurrency asked for in the last minute, never exceeded', async () => {
		const clock = virtualClock();
		const limiter = new RateLimiter(clock);
		let inside = 0;
		let peak = 0;
		const call = async (concurrency) => {
			const ticket = await limiter.acquire(concurrency);
			inside++;
			peak = Math.max(peak, inside);
			await clock.sleep(100);
			inside--;
			limiter.done(ticket);
		};
		await clock.run(Promise.all([...Array(10)].map(() => call(3))));
		expect(peak).toBe(3);
		peak = 0;
		await clock.run(Promise.all([...Array(10)].map((_, i) => call(i === 0 ? 6 : 2))));
		expect(peak).toBe(6);
		await clock.run(clock.sleep(61_000));
		peak = 0;
		await clock.run(Promise.all([...Array(10)].map(() => call(2))));
		expect(peak).toBe(2);
	});
});

describe('limiter registry', () => {
	const ak = (id, extra = {}) => ({
		authType: 'accessKey',
		accessKeyId: id,
		secretAccessKey: 'dummy-secret',
		...extra,
	});
	beforeEach(() => clearSharedLimiters());

	it('keys on a hash of the identity, region and endpoint, never the key id or secret in clear', () => {
		const key = limiterKey(ak('EXAMPLEAK01'), 'cn-north-4', 'https://ocr.cn-north-4.example.com');
		expect(key).toMatch(/^[0-9a-f]{64}$/);
		expect(key).not.toContain('EXAMPLEAK01');
		// The secret is no part of it: a rotated secret keeps the learned limit of the same key id.
		expect(
			limiterKey(
				ak('EXAMPLEAK01', { secretAccessKey: 'other' }),
				'cn-north-4',
				'https://ocr.cn-north-4.example.com/',
			),
		).toBe(key);
		const others = [
			limiterKey(ak('EXAMPLEAK02'), 'cn-north-4', 'https://ocr.cn-north-4.example.com'),
			limiterKey(ak('EXAMPLEAK01'), 'cn-east-3', 'https://ocr.cn-north-4.example.com'),
			limiterKey(ak('EXAMPLEAK01'), 'cn-north-4', 'https://ocr.cn-east-3.example.com'),
			limiterKey(
				{ authType: 'password', domainName: 'acme', userName: 'ocr', password: 'x' },
				'cn-north-4',
				'https://ocr.cn-north-4.example.com',
			),
			limiterKey(
				{ authType: 'password', domainName: 'acme', userName: 'ocr2', password: 'x' },
				'cn-north-4',
				'https://ocr.cn-north-4.example.com',
			),
		];
		expect(new Set([key, ...others]).size).toBe(6);
	});

	it('one limiter per key; a key idle for 10 minutes is dropped lazily, a busy one is kept', async () => {
		const clock = virtualClock();
		const a = sharedLimiter('a', clock);
		expect(sharedLimiter('a', clock)).toBe(a);
		const b = sharedLimiter('b', clock);
		expect(b).not.toBe(a);
		expect(sharedLimiters().size).toBe(2);
		const busy = await clock.run(b.acquire(1));
		await clock.run(clock.sleep(IDLE_EXPIRY_MS + 1));
		// Dropped on the next access, not by a timer: 'a' was idle, 'b' has a call in flight.
		expect(sharedLimiters().size).toBe(2);
		sharedLimiter('c', clock);
		expect([...sharedLimiters().keys()].sort()).toEqual(['b', 'c']);
		b.done(busy);
		expect(sharedLimiter('a', clock)).not.toBe(a);
	});
});
