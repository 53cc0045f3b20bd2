/*
 * Queue-mode workers on one key: each worker process has its own RateLimiter and infers its share of Huawei's
 * limit from what the gateway tells it. Virtual time (test/unit/lib/sharedGateway.js): nothing waits for real
 * time, and the figures (ratio to the ideal, calls refused) are the benchmark's (`npm run bench -- --queue`).
 */
import { RateLimiter } from '../../nodes/HuaweiCloudOcr/transport/rateLimiter';

const {
	virtualClock,
	slidingWindow,
	fixedWindow,
	runWorkers,
	runAfter,
} = require('./lib/sharedGateway');

const named = (limit, seconds) => ({
	code: 'APIG.0308',
	message: `The throttling threshold has been reached: policy user over ratelimit,limit:${limit},time:${seconds} second`,
});

/**
 * `workers` workers, each with its own limiter, through `gateway` (sharedGateway.js runWorkers); checks that
 * nothing was lost and no item ran out of its throttle retries.
 */
async function workersRun(workers, gateway, options) {
	const clock = virtualClock();
	const limiters = Array.from({ length: workers }, () => new RateLimiter(clock));
	const run = await runWorkers(clock, limiters, gateway, options);
	expect(run.lost).toBe(0);
	expect(run.outOfRetries).toBe(0);
	return { run, limiters };
}

/** Huawei's per-second refusal, which names no limit. */
const silent = { code: 'APIG.0308', message: 'The throttling threshold has been reached.' };

/**
 * A limiter that started `admitted` + 1 calls at once (Concurrency `concurrency`): `admitted` went through and the
 * last was refused without a limit named, so its share is `admitted` calls per second.
 */
async function unnamedShare(admitted, concurrency) {
	const clock = virtualClock();
	const limiter = new RateLimiter(clock);
	const first = await clock.run(
		Promise.all(Array.from({ length: admitted + 1 }, () => limiter.acquire(concurrency))),
	);
	for (const t of first.slice(0, admitted)) limiter.done(t);
	limiter.done(first[admitted], silent);
	return { clock, limiter };
}

/**
 * 200 items from 6 clients on `workers` workers after `prelude` (sharedGateway.js runAfter: the limit comes into
 * force mid-run, or the others join the first worker, which holds the whole limit), checked as workersRun does.
 */
async function preludeRun(prelude, workers, gateway) {
	const clock = virtualClock();
	const limiters = Array.from({ length: workers }, () => new RateLimiter(clock));
	const load = { items: 200, clients: 6, latencyMs: 200, jitterMs: 20 };
	const run = await runAfter(prelude, clock, limiters, gateway, load);
	expect(run.lost).toBe(0);
	expect(run.outOfRetries).toBe(0);
	return { run, limiters };
}

describe('independent limiters sharing one gateway (queue-mode workers)', () => {
	it('a refusal "limit:40" while this process had started 20 in the window takes a share of 20 per window, in one step', async () => {
		const clock = virtualClock();
		const limiter = new RateLimiter(clock);
		const tickets = await clock.run(
			Promise.all(Array.from({ length: 21 }, () => limiter.acquire(30))),
		);
		for (const t of tickets.slice(0, 20)) limiter.done(t);
		limiter.done(tickets[20], named(40, 60));
		expect(limiter.snapshot()).toMatchObject({
			window: { limit: 20, windowMs: 60_000 },
			shared: true,
			learnedFrom: 'message',
		});
		expect(limiter.snapshot().ratePerSecond).toBeCloseTo((20 / 60) * 0.97, 5);
	});

	it('a refusal "limit:40" whose answer came late (after the window) still reads the 20 calls started in the window before the refused one: a share of 20', async () => {
		const clock = virtualClock();
		const limiter = new RateLimiter(clock);
		const tickets = await clock.run(
			Promise.all(Array.from({ length: 21 }, () => limiter.acquire(30))),
		);
		for (const t of tickets.slice(0, 20)) limiter.done(t);
		await clock.run(clock.sleep(61_000));
		limiter.done(tickets[20], named(40, 60));
		expect(limiter.snapshot()).toMatchObject({
			window: { limit: 20, windowMs: 60_000 },
			shared: true,
		});
	});

	it('no limit named: a refusal at the share held keeps 85 % of it, a fraction of a call per second (not a whole call less)', async () => {
		const { clock, limiter } = await unnamedShare(3, 10);
		// Three admitted in the second before the refused call: a share of 3 per second.
		expect(limiter.snapshot()).toMatchObject({
			learnedFrom: 'observed',
			shared: true,
			window: { limit: 3, windowMs: 1000 },
		});
		expect(limiter.snapshot().ratePerSecond).toBeCloseTo(3 * 0.97, 5);
		const paced = await clock.run(limiter.acquire(10, true));
		limiter.done(paced, silent);
		expect(limiter.snapshot().ratePerSecond).toBeCloseTo(3 * 0.85 * 0.97, 5);
		expect(limiter.snapshot().window).toEqual({ limit: 3, windowMs: 1000 });
	});

	it('no limit named: refusals at the share held within a second of the last cut keep 70 %, then 55 %, then half; after a quiet second, 85 % again', async () => {
		const { clock, limiter } = await unnamedShare(20, 30);
		expect(limiter.snapshot().ratePerSecond).toBeCloseTo(20 * 0.97, 5);
		let share = 20;
		for (const keep of [0.85, 0.7, 0.55, 0.5, 0.5]) {
			// Each call is let go at the pace of the share held, well within a second of the last cut.
			const paced = await clock.run(limiter.acquire(30, true));
			limiter.done(paced, silent);
			share *= keep;
			expect(limiter.snapshot().ratePerSecond).toBeCloseTo(share * 0.97, 5);
		}
		await clock.run(clock.sleep(1500));
		const later = await clock.run(limiter.acquire(30, true));
		limiter.done(later, silent);
		expect(limiter.snapshot().ratePerSecond).toBeCloseTo(share * 0.85 * 0.97, 5);
	});

	it('no limit named, one process and 6 clients: a per-second limit that comes into force while calls run (the first share read from calls the gateway never counted) comes down in a few refusals, no item out of its throttle retries', async () => {
		const { run } = await preludeRun('mid-run', 1, slidingWindow(5, 1000, { named: false }));
		expect(run.maxAttempts).toBeLessThanOrEqual(7);
		expect(run.refused / run.calls).toBeLessThanOrEqual(0.05);
	});

	it('4 workers and 6 clients, a named limit ("limit:30,time:6 second") that comes into force while calls run: refusals in a row cut deeper, no item out of its throttle retries (at most 8 of its 9 attempts)', async () => {
		const { run } = await preludeRun('mid-run', 4, slidingWindow(30, 6000));
		expect(run.maxAttempts).toBeLessThanOrEqual(8);
	});

	it('a worker that joins one holding the whole of "limit:30,time:6 second": its refused probes go halfway from its share to its count, so the shares even out (within 2 calls per window), none out of retries', async () => {
		const { limiters } = await preludeRun('join', 2, slidingWindow(30, 6000));
		const [a, b] = limiters.map((l) => l.snapshot().window.limit);
		expect(Math.abs(a - b)).toBeLessThanOrEqual(2);
	});

	it('3 workers that join one holding the whole of "limit:40,time:1 minute" (fixed window): the one refused at every call while the others take the window cuts deeper, none out of retries (at most 6 of 9 attempts)', async () => {
		const { run } = await preludeRun('join', 4, fixedWindow(40, 60_000));
		expect(run.maxAttempts).toBeLessThanOrEqual(6);
	});

	it('no limit named, 2 workers and 6 clients that each wait for their answer: the shares even out (within one call per second of each other), at most 5 % of calls refused', async () => {
		const { run, limiters } = await workersRun(2, slidingWindow(5, 1000, { named: false }), {
			items: 200,
			clients: 6,
			latencyMs: 200,
			jitterMs: 20,
		});
		const [a, b] = limiters.map((l) => l.snapshot().ratePerSecond);
		expect(Math.abs(a - b)).toBeLessThanOrEqual(1);
		// Few refusals on the way (the benchmark prints the figures): at most 5 % of the calls.
		expect(run.refused / run.calls).toBeLessThanOrEqual(0.05);
	});

	it('4 workers on 3 calls per second that name no limit, 6 clients (fewer calls per second than workers): the worker refused at every call of its first burst is not starved, no item needs more than 4 of its 9 attempts', async () => {
		const { run } = await workersRun(4, slidingWindow(3, 1000, { named: false }), {
			items: 48,
			clients: 6,
			concurrency: 5,
		});
		expect(run.maxAttempts).toBeLessThanOrEqual(4);
		for (const w of run.perWorker) expect(w.items).toBeGreaterThanOrEqual(6);
	});

	it.each([2, 4])(
		'%i workers on a named window ("limit:40,time:60 second"): nothing lost, no item out of its throttle retries',
		async (workers) => {
			const { run, limiters } = await workersRun(workers, slidingWindow(40, 60_000), {
				items: 200,
			});
			expect(run.maxAttempts).toBeLessThanOrEqual(5);
			// The shares add up to the limit: every worker holds one, none above it.
			const total = limiters.reduce((sum, l) => sum + l.snapshot().window.limit, 0);
			expect(total).toBeLessThanOrEqual(40 * workers);
			for (const l of limiters) expect(l.snapshot().window.windowMs).toBe(60_000);
		},
	);

	it.each([2, 4])(
		'%i workers on a per-second window whose refusals name no limit: nothing lost, no item out of its throttle retries',
		async (workers) => {
			const { run, limiters } = await workersRun(
				workers,
				slidingWindow(5, 1000, { named: false }),
				{
					items: 200,
				},
			);
			expect(run.maxAttempts).toBeLessThanOrEqual(5);
			for (const l of limiters)
				expect(l.snapshot()).toMatchObject({ learnedFrom: 'observed', shared: true });
		},
	);

	it('2 workers on a fixed per-minute window ("limit:40,time:60 second", the count resets each minute), 200 ms calls: no item out of its throttle retries', async () => {
		const { run } = await workersRun(2, fixedWindow(40, 60_000), {
			items: 200,
			latencyMs: 200,
			jitterMs: 20,
		});
		expect(run.maxAttempts).toBeLessThanOrEqual(6);
	});

	it.each([
		['a named per-minute-style window', 40, 6000, true],
		['a per-second window that names no limit', 5, 1000, false],
	])(
		'with %s and 6 clients, a worker left alone after the other stops regains at least 90 %% of the whole limit',
		async (_label, limit, windowMs, isNamed) => {
			const items = 400;
			const { run } = await workersRun(2, slidingWindow(limit, windowMs, { named: isNamed }), {
				items,
				clients: 6,
				stopAfter: [items, 60],
			});
			const lastOfOther = Math.max(...run.perWorker[1].admitted);
			const alone = run.perWorker[0].admitted;
			const end = Math.max(...alone);
			// Its best window after the other left: at least 90 % of the limit.
			let best = 0;
			for (let i = 0; i < alone.length; i++) {
				if (alone[i] <= lastOfOther + windowMs || alone[i] + windowMs > end) continue;
				best = Math.max(best, alone.filter((t) => t >= alone[i] && t < alone[i] + windowMs).length);
			}
			expect(best).toBeGreaterThanOrEqual(Math.ceil(0.9 * limit));
		},
	);
});
