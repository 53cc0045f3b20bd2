/* Benchmarks (not tests): ratios measured side by side in one run. `npm run bench` */
import './resolveTs';
import { execFileSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';

import { cpuCostPerCall } from './cpuCost';
import { queueBound } from './queueBound';
import { queueLive } from './queueLive';
import { queueModel } from './queueModel';
import { items, runBatch, runParallel, startEmulator } from './scenarios';

const N = Number(process.env.BENCH_ITEMS ?? 200);
const LATENCY = 250;
const DEFAULT_CONCURRENCY = 5;
/** Scenario 2 and 4: the gateway's token bucket, calls per second. */
const RATE = Number(process.env.BENCH_RATE ?? 8);
/**
 * Scenario 3: Huawei's rule "limit:XX,time:1 minute", with the window shortened to 6 s (a 1-minute window would
 * make the run last minutes; the limiter reads the window from the message either way).
 */
const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 6000);
const WINDOW_LIMIT = Number(process.env.BENCH_WINDOW_LIMIT ?? 60);
/** Scenario 4: executions running at once, sharing the items. */
const PARALLEL = 10;

function print(title, rows) {
	console.log(`\n### ${title}\n`);
	const keys = Object.keys(rows[0]);
	console.log(`| ${keys.join(' | ')} |`);
	console.log(`|${keys.map(() => '---').join('|')}|`);
	for (const row of rows) console.log(`| ${keys.map((k) => String(row[k])).join(' | ')} |`);
}

/** A throttled scenario: the node and one call at a time, against the ideal (items ÷ allowed rate). */
function printThrottled(title, ideal, node, serial) {
	const row = (run, r) => ({
		run,
		seconds: r.seconds.toFixed(1),
		'vs ideal': (r.seconds / ideal).toFixed(2),
		'vs one-at-a-time': (r.seconds / serial.seconds).toFixed(2),
		'429s': r.throttled,
		calls: r.calls,
		lost: r.lost,
		failed: r.failed,
		'in order': r.inOrder,
		limiters: r.limiters,
	});
	print(title, [
		row('node', node),
		row('one at a time (Concurrency 1)', serial),
		{
			run: 'ideal (items ÷ allowed rate)',
			seconds: ideal.toFixed(1),
			'vs ideal': '1.00',
			'vs one-at-a-time': (ideal / serial.seconds).toFixed(2),
			'429s': 0,
			calls: N,
			lost: 0,
			failed: 0,
			'in order': true,
			limiters: '',
		},
	]);
	const learned = node.learned;
	if (learned)
		console.log(
			`\nlearned: ${learned.ratePerSecond?.toFixed(2) ?? '-'} calls/s` +
				(learned.window
					? `, at most ${learned.window.limit} per ${learned.window.windowMs} ms`
					: '') +
				` (from the ${learned.learnedFrom ?? '-'}); in-process cap ${learned.cap}`,
		);
}

async function main() {
	if (process.argv.includes('--queue')) {
		console.log(
			`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
		);
		// `--seeds K`: each cell the mean of K runs (seeds 7, 8, …), whose latencies and probe spreads differ.
		const at = process.argv.indexOf('--seeds');
		const count = at > 0 ? Number(process.argv[at + 1]) : 1;
		if (!(Number.isInteger(count) && count >= 1))
			throw new Error('--seeds takes a whole number of runs, e.g. --seeds 5');
		const seeds = Array.from({ length: count }, (_, k) => 7 + k);
		const model = await queueModel(N, seeds);
		print(
			`Queue mode, side by side: workers with their own limiters on one key, ${N} items, 200 ms calls, 10 slots per worker unless the load says Concurrency 1 (virtual time${count > 1 ? `; each cell the mean of ${count} seeds` : ''})`,
			model.rows,
		);
		print(
			'Queue mode, each run: items (calls) per worker, most attempts for one item',
			model.details,
		);
		print(
			'Per-second limit, the bound for workers without shared state: each paces exactly its fair share, at random phases (bench/queueBound.js)',
			queueBound(),
		);
		if (process.argv.includes('--live'))
			print(
				'Queue mode, real n8n workers (test/queue) beside the model: 48 webhook calls from 6 clients, 5 slots per worker, 200 ms calls',
				await queueLive(),
			);
		return;
	}
	const only = new Set((process.env.BENCH_ONLY ?? '1,2,3,4,5,6,7,8').split(','));
	console.log(
		`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
	);
	const emu = await startEmulator();
	const batch = items(N);
	try {
		if (only.has('1')) {
			emu.reset();
			emu.configure({ latencyMs: LATENCY });
			const node = await runBatch(emu, batch);
			emu.reset();
			emu.configure({ latencyMs: LATENCY });
			const serial = await runBatch(emu, batch, { concurrency: 1 });
			const ideal = (N * LATENCY) / 1000 / DEFAULT_CONCURRENCY;
			print(`1. ${N} items, ${LATENCY} ms latency, no throttle`, [
				{
					run: `node, default (concurrency ${DEFAULT_CONCURRENCY})`,
					seconds: node.seconds.toFixed(1),
					'vs ideal': (node.seconds / ideal).toFixed(2),
					'vs one-at-a-time': (node.seconds / serial.seconds).toFixed(2),
					lost: node.lost,
					'in order': node.inOrder,
				},
				{
					run: 'one at a time (concurrency 1)',
					seconds: serial.seconds.toFixed(1),
					'vs ideal': (serial.seconds / ideal).toFixed(2),
					'vs one-at-a-time': '1.00',
					lost: serial.lost,
					'in order': serial.inOrder,
				},
				{
					run: `ideal (items × latency ÷ ${DEFAULT_CONCURRENCY})`,
					seconds: ideal.toFixed(1),
					'vs ideal': '1.00',
					'vs one-at-a-time': (ideal / serial.seconds).toFixed(2),
					lost: 0,
					'in order': true,
				},
			]);
		}
		if (only.has('2')) {
			const configure = () => {
				emu.reset();
				emu.configure({ latencyMs: LATENCY, ratePerSecond: RATE });
			};
			configure();
			const node = await runBatch(emu, batch, { concurrency: 10 });
			configure();
			const serial = await runBatch(emu, batch, { concurrency: 1 });
			printThrottled(
				`2. ${N} items, ${LATENCY} ms latency, per-second limit: ${RATE} calls/s (token bucket, burst ${RATE}); node at Concurrency 10`,
				N / RATE,
				node,
				serial,
			);
		}
		if (only.has('3')) {
			const configure = () => {
				emu.reset();
				emu.configure({
					latencyMs: LATENCY,
					throttle: { limit: WINDOW_LIMIT, windowMs: WINDOW_MS },
				});
			};
			configure();
			const node = await runBatch(emu, batch, { concurrency: 10 });
			configure();
			const serial = await runBatch(emu, batch, { concurrency: 1 });
			printThrottled(
				`3. ${N} items, ${LATENCY} ms latency, per-minute-style limit: ${WINDOW_LIMIT} calls per ${WINDOW_MS / 1000} s sliding window ("limit:${WINDOW_LIMIT},time:${WINDOW_MS / 1000} second"; Huawei's window is 1 minute, shortened here); node at Concurrency 10`,
				N / (WINDOW_LIMIT / (WINDOW_MS / 1000)),
				node,
				serial,
			);
		}
		if (only.has('4')) {
			const per = Math.ceil(N / PARALLEL);
			const batches = Array.from({ length: PARALLEL }, (_, e) =>
				batch.slice(e * per, (e + 1) * per),
			);
			const configure = () => {
				emu.reset();
				emu.configure({ latencyMs: LATENCY, ratePerSecond: RATE });
			};
			configure();
			const node = await runParallel(emu, batches);
			configure();
			const serial = await runParallel(emu, batches, { concurrency: 1 });
			printThrottled(
				`4. ${PARALLEL} executions at once in one process (${per} items each, default Concurrency ${DEFAULT_CONCURRENCY}), one key, ${LATENCY} ms latency, ${RATE} calls/s`,
				N / RATE,
				node,
				serial,
			);
		}
		if (only.has('5')) {
			emu.reset();
			emu.configure({ latencyMs: LATENCY });
			const clean = await runBatch(emu, batch);
			emu.reset();
			emu.configure({
				latencyMs: LATENCY,
				faults: { rate: 0.1, kinds: ['500', '503', 'reset'], seed: 42 },
			});
			const faulty = await runBatch(emu, batch, { maxRetries: 5 });
			print(`5. ${N} items, ${LATENCY} ms latency, 10 % injected 5xx/resets`, [
				{
					run: 'no faults',
					seconds: clean.seconds.toFixed(1),
					calls: clean.calls,
					ok: clean.ok,
					failed: clean.failed,
					lost: clean.lost,
				},
				{
					run: '10 % faults',
					seconds: faulty.seconds.toFixed(1),
					calls: faulty.calls,
					ok: faulty.ok,
					failed: faulty.failed,
					lost: faulty.lost,
					slowdown: (faulty.seconds / clean.seconds).toFixed(2),
				},
			]);
		}
	} finally {
		await emu.close();
	}
	if (only.has('6'))
		print(
			"6. CPU per call: the node's work vs hashing + base64 of the same bytes alone",
			cpuCostPerCall(),
		);
	if (only.has('7')) {
		const rows = [];
		for (const count of [50, 500]) {
			for (const mode of ['default', 'filesystem']) {
				const out = execFileSync(
					process.execPath,
					['--import', 'tsx', path.join(__dirname, 'memoryProbe.js'), String(count), mode],
					{ encoding: 'utf8', maxBuffer: 1 << 20 },
				);
				rows.push(JSON.parse(out.trim().split('\n').pop()));
			}
		}
		print('7. Peak RSS, 3 MB images, concurrency 5', rows);
	}
	if (only.has('8')) {
		// One fresh process per figure (bench/inFlightMemory.js): photos vs the URL control, side by side.
		const probe = (concurrency, source) =>
			JSON.parse(
				execFileSync(
					process.execPath,
					[
						'--expose-gc',
						'--import',
						'tsx',
						path.join(__dirname, 'inFlightMemory.js'),
						String(concurrency),
						source,
					],
					{ encoding: 'utf8', maxBuffer: 1 << 20 },
				)
					.trim()
					.split('\n')
					.pop(),
			);
		const rows = [1, 5, 20].map((concurrency) => {
			const photos = probe(concurrency, 'binary');
			const control = probe(concurrency, 'url');
			const node = photos.addedMb - control.addedMb;
			return {
				concurrency,
				'photos in flight (max)': photos.maxInFlight,
				'RSS added, photos (MB)': photos.addedMb,
				'RSS added, URL control (MB)': control.addedMb,
				'photos in flight cost (MB)': node,
				'per photo in flight (× photo)': (node / photos.maxInFlight / photos.photoMb).toFixed(1),
				'peak RSS (MB)': photos.peakRssMb,
			};
		});
		print(
			'8. RSS against photos in flight, 4 MB photos, filesystem binary data, 400 ms calls',
			rows,
		);
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
