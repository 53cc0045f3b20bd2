/*
 * `npm run bench -- --queue`: queue-mode workers on one key, each with its own RateLimiter (as each n8n worker
 * process has), against one gateway, in virtual time (test/unit/lib/sharedGateway.js): one process, 2 and 4
 * workers, under a per-second limit whose refusals name no number and named per-minute limits (the real
 * 1 minute, and a window shortened to 6 s), each against a sliding and a fixed window (which of the two Huawei's
 * gateway keeps is not documented). 200 ms calls (+0-20 ms), 10 slots per worker (`n8n worker --concurrency=10`) unless the load says Concurrency 1.
 * Three loads: 6 clients each sending one call after another, handed to the worker that has waited longest for
 * a job (as Bull hands jobs out; the measurement), a backlog (every item queued at once), and the same
 * backlog at Concurrency 1 (one call in flight per worker, what docs/running-at-scale.md advises for backlogs),
 * 6 clients again with the second n8n spends per execution in live queue mode (as the live runs measure), and
 * 6 clients again after the same load ran without a limit (the limit comes into force while calls run), and
 * 6 clients again after one worker ran 100 items alone (the others join one that holds the whole limit).
 */
import { RateLimiter } from '../nodes/HuaweiCloudOcr/transport/rateLimiter';

const {
	virtualClock,
	slidingWindow,
	fixedWindow,
	runWorkers,
	runAfter,
} = require('../test/unit/lib/sharedGateway');

const LIMITS = [
	{
		label: 'per-second, 5 calls/s, refusals name no limit',
		limit: 5,
		windowMs: 1000,
		named: false,
	},
	{ label: 'per-minute, "limit:40,time:1 minute"', limit: 40, windowMs: 60_000, named: true },
	{ label: 'per-minute-style, "limit:30,time:6 second"', limit: 30, windowMs: 6000, named: true },
];
const WINDOWS = [
	{ label: 'sliding', gateway: slidingWindow },
	{ label: 'fixed', gateway: fixedWindow },
];
const LOADS = [
	{ label: '6 clients', clients: 6, concurrency: 10 },
	{ label: 'backlog', clients: 0, concurrency: 10 },
	// What docs/running-at-scale.md advises for a backlog on many workers: the node's Concurrency 1 (workers ×
	// calls in flight at or below the limit per second; still 10 executions per worker), so that the first calls
	// of every worker do not overshoot it.
	{ label: 'backlog, Concurrency 1', clients: 0, concurrency: 1 },
	// 6 clients, and n8n's own time around each call (0.3-1 s per execution in the live queue suite, with the
	// machine's load; 0.5 s here, so that 5 calls/s still binds), which leaves each worker's limiter only a call
	// or two waiting.
	{ label: '6 clients, 0.5 s of n8n per execution', clients: 6, concurrency: 10, executionMs: 500 },
	// The limit comes into force while calls run (Huawei lowering it, or the emulator's throttle switched on):
	// each worker's first refusal reads its share from calls the gateway never counted, so it starts far above
	// what it gets. Timed from the moment the limit applies.
	{
		label: '6 clients, the limit comes into force mid-run',
		clients: 6,
		concurrency: 10,
		prelude: 'mid-run',
	},
	// The other workers join one that ran alone and holds the whole limit (a worker started later, or the only
	// one that had OCR jobs). Timed from the join.
	{
		label: '6 clients, workers join one that ran alone',
		clients: 6,
		concurrency: 10,
		prelude: 'join',
	},
];

/**
 * The load's run of `items` on `workers` workers (own limiters, one clock) against `gateway`. `seed` draws the
 * calls' latencies and the limiters' probe spread (7: the figures in docs/running-at-scale.md).
 */
async function runLoad(load, workers, items, gateway, seed = 7) {
	// Seed 7 keeps the clock seed 99 of the unit tests and of the figures before --seeds; the others use their own.
	const clock = virtualClock(seed === 7 ? 99 : seed);
	const limiters = Array.from({ length: workers }, () => new RateLimiter(clock));
	const options = {
		items,
		clients: load.clients,
		concurrency: load.concurrency,
		slots: 10,
		latencyMs: 200,
		jitterMs: 20,
		executionMs: load.executionMs ?? 0,
		seed,
	};
	return load.prelude
		? await runAfter(load.prelude, clock, limiters, gateway, options)
		: await runWorkers(clock, limiters, gateway, options);
}

/** One run: ratio to the ideal (items ÷ allowed rate), calls refused, per worker, out of retries, lost. */
async function one(l, w, load, workers, items, seed) {
	const run = await runLoad(load, workers, items, w.gateway(l.limit, l.windowMs, l), seed);
	// Items ÷ allowed rate, and no less than the same load takes without a limit (as test/queue measures).
	const unlimited = load.executionMs
		? (await runLoad(load, workers, items, () => undefined, seed)).seconds
		: 0;
	const ideal = Math.max(items / ((l.limit * 1000) / l.windowMs), unlimited);
	return { ratio: run.seconds / ideal, ...run };
}

/** Percent of `part` in `whole`, one decimal. */
const percent = (part, whole) => ((100 * part) / whole).toFixed(1);

/**
 * The side-by-side table (issue 20): one row per limit, window and load; one column per worker count. With
 * several `seeds`, each cell is the mean ratio and the calls refused over all of them (a single seed's cell can
 * sit a few hundredths off its mean), and the per-run rows list every seed.
 */
export async function queueModel(items = 200, seeds = [7]) {
	const rows = [];
	const details = [];
	for (const load of LOADS)
		for (const l of LIMITS)
			for (const w of WINDOWS) {
				const row = { load: load.label, limit: l.label, window: w.label };
				for (const workers of [1, 2, 4]) {
					const sum = { ratio: 0, refused: 0, calls: 0, outOfRetries: 0, lost: 0 };
					for (const seed of seeds) {
						const r = await one(l, w, load, workers, items, seed);
						for (const key of Object.keys(sum)) sum[key] += r[key];
						details.push({
							load: load.label,
							limit: l.label,
							window: w.label,
							workers,
							...(seeds.length > 1 ? { seed } : {}),
							'vs ideal': r.ratio.toFixed(2),
							refused: `${r.refused} of ${r.calls} (${percent(r.refused, r.calls)} %)`,
							'calls per worker': r.perWorker.map((p) => p.items).join(' / '),
							'most attempts': r.maxAttempts,
							'out of retries': r.outOfRetries,
							lost: r.lost,
						});
					}
					const head = workers === 1 ? 'one process' : `${workers} workers`;
					row[head] =
						`${(sum.ratio / seeds.length).toFixed(2)} ×, ${percent(sum.refused, sum.calls)} % refused` +
						(sum.outOfRetries ? `, ${sum.outOfRetries} out of retries` : '') +
						(sum.lost ? `, ${sum.lost} lost` : '');
				}
				rows.push(row);
			}
	return { rows, details };
}
