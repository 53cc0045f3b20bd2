'use strict';
/*
 * A virtual-time model of queue mode against one Huawei gateway: W workers, each with its own RateLimiter
 * (as each n8n worker process has), take items from one shared backlog, up to C at a time each, and call a
 * gateway that admits a fixed number of calls per sliding window. Nothing waits for real time.
 */

/**
 * A clock whose sleeps resolve in virtual-time order (see flowControl.test.js). `seed` draws its `random` (the
 * limiters' probe spread).
 */
function virtualClock(seed = 99) {
	let now = 0;
	let seq = 0;
	/** @type {{ at: number, seq: number, wake: () => void }[]} */
	const timers = [];
	const settle = () => new Promise((resolve) => setImmediate(resolve));
	const random = prng(seed);
	return {
		now: () => now,
		random,
		/** @type {(ms: number) => Promise<void>} */
		sleep: (ms) =>
			new Promise((resolve) => {
				timers.push({ at: now + Math.max(0, ms), seq: seq++, wake: () => resolve(undefined) });
			}),
		/** @template T @param {Promise<T>} promise @returns {Promise<T>} */
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
				const next = /** @type {{ at: number, wake: () => void }} */ (timers.shift());
				now = Math.max(now, next.at);
				next.wake();
			}
		},
	};
}

/**
 * The emulator's sliding window: at most `limit` calls admitted per `windowMs`. `named`: the refusal says
 * "limit:XX,time:…" (Huawei's per-minute rules); otherwise it names no limit (per-second refusals).
 * @param {number} limit @param {number} windowMs @param {{ named?: boolean }} [o]
 */
function slidingWindow(limit, windowMs, { named = true } = {}) {
	/** @type {number[]} */
	let admitted = [];
	return (/** @type {number} */ now) => {
		admitted = admitted.filter((t) => now - t < windowMs);
		if (admitted.length >= limit)
			return {
				code: 'APIG.0308',
				message: named
					? `The throttling threshold has been reached: policy user over ratelimit,limit:${limit},time:${windowMs / 1000} second`
					: 'The throttling threshold has been reached.',
			};
		admitted.push(now);
		return undefined;
	};
}

/**
 * A fixed window: the gateway counts calls per window of `windowMs` that starts at multiples of it (the count
 * resets at each boundary), as a counter per time unit does. Same refusals as slidingWindow.
 * @param {number} limit @param {number} windowMs @param {{ named?: boolean }} [o]
 */
function fixedWindow(limit, windowMs, { named = true } = {}) {
	let start = 0;
	let count = 0;
	return (/** @type {number} */ now) => {
		const current = Math.floor(now / windowMs) * windowMs;
		if (current !== start) {
			start = current;
			count = 0;
		}
		if (count >= limit)
			return {
				code: 'APIG.0308',
				message: named
					? `The throttling threshold has been reached: policy user over ratelimit,limit:${limit},time:${windowMs / 1000} second`
					: 'The throttling threshold has been reached.',
			};
		count++;
		return undefined;
	};
}

/** mulberry32, so a run's latencies can be replayed. @param {number} seed */
function prng(seed) {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Runs `items` through `limiters` (one per worker). `stopAfter[w]`: worker w takes no new item after that
 * many (so the others are left alone). `clients`: that many senders, each waiting for its answer (0: a backlog). Returns the virtual seconds, refusals, attempts per item, and per worker
 * the items done and the admitted call times.
 * @param {ReturnType<typeof virtualClock>} clock
 * @param {any[]} limiters
 * @param {(now: number) => any} gateway
 * `concurrency`: the node's Concurrency option (the limiter's in-process cap); `slots`: items a worker takes at
 * once (`n8n worker --concurrency`), by default the same. `executionMs` (with `clients`): n8n's own time per
 * execution around the node's call (the job's hand-out, starting the workflow, saving the execution, answering
 * the webhook; 0.3-1 s in the live queue suite on 2 shared cores); the worker's slot is held meanwhile.
 * @param {{ items: number, concurrency?: number, slots?: number, executionMs?: number, latencyMs?: number, jitterMs?: number, refusalMs?: number,
 *   maxThrottleRetries?: number, stopAfter?: number[], seed?: number, clients?: number,
 *   handout?: 'round-robin' | 'random' }} o
 */
async function runWorkers(clock, limiters, gateway, o) {
	const {
		items,
		concurrency = 10,
		latencyMs = 200,
		jitterMs = 100,
		refusalMs = 5,
		maxThrottleRetries = 8,
		stopAfter = [],
		seed = 7,
		clients = 0,
		handout = 'round-robin',
		executionMs = 0,
	} = o;
	const slotsPerWorker = o.slots ?? concurrency;
	const random = prng(seed);
	// n8n's own work around the call, half before it and half after, each 0-50 % longer at random.
	const executionHalf = () => (executionMs / 2) * (1 + random() / 2);
	let next = 0;
	let refused = 0;
	let outOfRetries = 0;
	const attempts = new Array(items).fill(0);
	const finishedAt = new Array(items);
	const perWorker = limiters.map(() => ({ items: 0, admitted: /** @type {number[]} */ ([]) }));
	const slot = async (/** @type {number} */ w) => {
		const limiter = limiters[w];
		while (next < items && !(perWorker[w].items >= (stopAfter[w] ?? Infinity))) {
			const index = next++;
			perWorker[w].items++;
			for (;;) {
				const ticket = await limiter.acquire(concurrency, attempts[index] > 0);
				attempts[index]++;
				const refusal = gateway(clock.now());
				if (refusal) {
					await clock.sleep(refusalMs);
					refused++;
					limiter.done(ticket, refusal);
					if (attempts[index] > maxThrottleRetries) {
						outOfRetries++;
						finishedAt[index] = clock.now();
						break;
					}
					continue;
				}
				perWorker[w].admitted.push(clock.now());
				await clock.sleep(latencyMs + Math.floor(random() * (jitterMs + 1)));
				limiter.done(ticket);
				finishedAt[index] = clock.now();
				break;
			}
		}
	};
	const slots = [];
	if (clients > 0) {
		// `clients` senders, each waiting for its answer before the next call. The queue hands each call to the
		// worker with a free slot that has waited longest for a job: n8n's workers (Bull) each block on Redis for
		// the next job while they have a free slot, and Redis serves the longest-blocked client first
		// (`handout: 'random'` picks any worker with a free slot instead).
		const busy = limiters.map(() => 0);
		const lastJob = limiters.map((_, w) => -limiters.length + w);
		let jobs = 0;
		const one = async (/** @type {number} */ w, /** @type {number} */ index) => {
			const limiter = limiters[w];
			perWorker[w].items++;
			for (;;) {
				const ticket = await limiter.acquire(concurrency, attempts[index] > 0);
				attempts[index]++;
				const refusal = gateway(clock.now());
				if (refusal) {
					await clock.sleep(refusalMs);
					refused++;
					limiter.done(ticket, refusal);
					if (attempts[index] > maxThrottleRetries) {
						outOfRetries++;
						break;
					}
					continue;
				}
				perWorker[w].admitted.push(clock.now());
				await clock.sleep(latencyMs + Math.floor(random() * (jitterMs + 1)));
				limiter.done(ticket);
				break;
			}
			finishedAt[index] = clock.now();
		};
		const client = async () => {
			while (next < items) {
				const index = next++;
				let free = [];
				for (;;) {
					free = limiters
						.map((_, w) => w)
						.filter(
							(w) => busy[w] < slotsPerWorker && perWorker[w].items < (stopAfter[w] ?? Infinity),
						);
					if (free.length > 0) break;
					// Every slot is busy: the job waits in the queue for the first worker to free one.
					await clock.sleep(5);
				}
				const w =
					handout === 'random'
						? free[Math.floor(random() * free.length)]
						: free.reduce((a, b) => (lastJob[b] < lastJob[a] ? b : a));
				lastJob[w] = jobs++;
				busy[w]++;
				if (executionMs > 0) await clock.sleep(executionHalf());
				await one(w, index);
				if (executionMs > 0) await clock.sleep(executionHalf());
				busy[w]--;
				await clock.sleep(1);
			}
		};
		for (let c = 0; c < clients; c++) slots.push(client());
	} else
		for (let w = 0; w < limiters.length; w++)
			for (let c = 0; c < slotsPerWorker; c++) slots.push(slot(w));
	await clock.run(Promise.all(slots));
	return {
		seconds: Math.max(...finishedAt) / 1000,
		calls: attempts.reduce((a, b) => a + b, 0),
		refused,
		outOfRetries,
		maxAttempts: Math.max(...attempts),
		lost: finishedAt.filter((t) => t === undefined).length,
		perWorker,
	};
}

/**
 * runWorkers after a prelude on the same clock and limiters, its seconds counted from the prelude's end.
 * 'mid-run': the same load first runs with no limit, so the limit comes into force while calls run (each
 * worker's log then holds calls the gateway never counted). 'join': 100 items first run through `gateway` on
 * the first worker alone, so the others join one that holds the whole limit.
 * @param {'mid-run' | 'join'} prelude
 * @param {ReturnType<typeof virtualClock>} clock
 * @param {any[]} limiters
 * @param {(now: number) => any} gateway
 * @param {Parameters<typeof runWorkers>[3]} o
 */
async function runAfter(prelude, clock, limiters, gateway, o) {
	if (prelude === 'mid-run') await runWorkers(clock, limiters, () => undefined, o);
	else await runWorkers(clock, limiters.slice(0, 1), gateway, { ...o, items: 100 });
	const since = clock.now() / 1000;
	const run = await runWorkers(clock, limiters, gateway, o);
	return { ...run, seconds: run.seconds - since };
}

module.exports = { virtualClock, slidingWindow, fixedWindow, runWorkers, runAfter, prng };
