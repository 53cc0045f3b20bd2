/*
 * `npm run bench -- --queue --live`: the queue-mode suite's throttled runs (test/queue, real n8n 2.41.1 main +
 * workers over PostgreSQL and Redis, the emulator's throttle shared by the workers) with 2 and 4 workers, side
 * by side with the virtual-time model (bench/queueModel.js) for the same load: 48 webhook calls from 6 clients,
 * 5 slots per worker, 200 ms calls. Each live run starts its own services (about 3 minutes on 2 cores).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { RateLimiter } from '../nodes/HuaweiCloudOcr/transport/rateLimiter';

const { virtualClock, slidingWindow, runWorkers } = require('../test/unit/lib/sharedGateway');
const { THROTTLES } = require('../test/queue/lib/throttled');

const REPO = path.join(__dirname, '..');
const CALLS = 48;
const CLIENTS = 6;
const CONCURRENCY = 5;

/**
 * The suite's figures for `workers` workers (only the reference and throttled tests run).
 * @param {number} workers
 * @returns {any}
 */
function liveRun(workers) {
	const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'queue-live-')), 'figures.json');
	execFileSync(
		process.execPath,
		[
			require.resolve('jest/bin/jest'),
			'--config',
			'test/queue/jest.config.js',
			'--runInBand',
			'-t',
			'reference|throttled',
		],
		{
			cwd: REPO,
			stdio: ['ignore', 'inherit', 'inherit'],
			env: {
				...process.env,
				QUEUE_WORKERS: String(workers),
				QUEUE_WORKER_CONCURRENCY: String(CONCURRENCY),
				QUEUE_THROTTLED_CALLS: String(CALLS),
				QUEUE_THROTTLED_CLIENTS: String(CLIENTS),
				QUEUE_FIGURES_FILE: file,
				N8N_E2E_SKIP_BUILD: process.env.N8N_E2E_SKIP_BUILD ?? '1',
			},
		},
	);
	return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** @param {{ limit: number, windowMs: number, named: boolean }} throttle @param {number} workers */
async function modelRun(throttle, workers) {
	const clock = virtualClock();
	const limiters = Array.from({ length: workers }, () => new RateLimiter(clock));
	return await runWorkers(
		clock,
		limiters,
		slidingWindow(throttle.limit, throttle.windowMs, throttle),
		{
			items: CALLS,
			clients: CLIENTS,
			concurrency: CONCURRENCY,
		},
	);
}

export async function queueLive(workerCounts = [2, 4]) {
	const rows = [];
	for (const workers of workerCounts) {
		const live = liveRun(workers);
		for (const throttle of THROTTLES) {
			const f = live.throttled.find(
				(/** @type {{ throttle: string }} */ t) => t.throttle === throttle.label,
			);
			const m = await modelRun(throttle, workers);
			const ideal = CALLS / ((throttle.limit * 1000) / throttle.windowMs);
			rows.push({
				limit: throttle.label,
				workers,
				'n8n: vs ideal': f
					? `${f.vsIdeal} (${f.seconds} s; ${f.unthrottledSeconds} s unthrottled)`
					: '-',
				'n8n: refused': f ? `${f.refused} of ${f.ocrCalls} (${f.refusedPercent} %)` : '-',
				'n8n: items / calls / refused per worker': f?.perWorker
					? f.perWorker
							.map((/** @type {any} */ w) => `${w.items}/${w.calls}/${w.refused}`)
							.join(' · ')
					: (f?.unavailable ?? '-'),
				'n8n: most attempts': f?.mostAttempts ?? '-',
				'model: vs ideal': (m.seconds / ideal).toFixed(2),
				'model: refused': `${m.refused} of ${m.calls} (${((100 * m.refused) / m.calls).toFixed(1)} %)`,
				'model: most attempts': m.maxAttempts,
				'out of retries (model)': m.outOfRetries,
			});
		}
	}
	return rows;
}
