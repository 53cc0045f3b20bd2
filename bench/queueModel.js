/*
 * `npm run bench -- --queue`: queue-mode workers on one key, each with its own RateLimiter (as each n8n worker
 * process has), against one gateway, in virtual time (test/unit/lib/sharedGateway.js): one process, 2 and 4
 * workers, under a per-second limit whose refusals name no number and a named per-minute-style limit (window
 * shortened to 6 s, and the real 1 minute). Two loads: a backlog (every item queued at once, 10 slots per
 * worker) and 6 clients each sending one call after another (the measurement).
 */
import { RateLimiter } from '../nodes/HuaweiCloudOcr/transport/rateLimiter';

const { virtualClock, slidingWindow, runWorkers } = require('../test/unit/lib/sharedGateway');

const LIMITS = [
	{
		label: 'per-second, 5 calls/s, refusals name no limit',
		limit: 5,
		windowMs: 1000,
		named: false,
	},
	{ label: 'per-minute-style, "limit:30,time:6 second"', limit: 30, windowMs: 6000, named: true },
	{ label: 'per-minute, "limit:40,time:1 minute"', limit: 40, windowMs: 60_000, named: true },
];

export async function queueModel(items = 200) {
	const rows = [];
	for (const load of [
		{ label: 'backlog', clients: 0 },
		{ label: '6 clients', clients: 6 },
	]) {
		for (const l of LIMITS) {
			for (const workers of [1, 2, 4]) {
				const clock = virtualClock();
				const limiters = Array.from({ length: workers }, () => new RateLimiter(clock));
				const run = await runWorkers(clock, limiters, slidingWindow(l.limit, l.windowMs, l), {
					items,
					clients: load.clients,
				});
				const ideal = items / ((l.limit * 1000) / l.windowMs);
				rows.push({
					load: load.label,
					limit: l.label,
					workers,
					'vs ideal': (run.seconds / ideal).toFixed(2),
					refused: `${run.refused} of ${run.calls} (${((100 * run.refused) / run.calls).toFixed(1)} %)`,
					'calls per worker': run.perWorker.map((w) => w.items).join(' / '),
					'most attempts': run.maxAttempts,
					'out of retries': run.outOfRetries,
					lost: run.lost,
				});
			}
		}
	}
	return rows;
}
