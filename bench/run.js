/* Benchmarks (not tests): ratios measured side by side in one run. `npm run bench` */
import { execFileSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';

import { cpuCostPerCall } from './cpuCost';
import { items, runBatch, startEmulator } from './scenarios';

const N = Number(process.env.BENCH_ITEMS ?? 200);
const LATENCY = 250;
const DEFAULT_CONCURRENCY = 5;
const RATE = Number(process.env.BENCH_RATE ?? 8);

function print(title, rows) {
	console.log(`\n### ${title}\n`);
	const keys = Object.keys(rows[0]);
	console.log(`| ${keys.join(' | ')} |`);
	console.log(`|${keys.map(() => '---').join('|')}|`);
	for (const row of rows) console.log(`| ${keys.map((k) => String(row[k])).join(' | ')} |`);
}

async function main() {
	const only = new Set((process.env.BENCH_ONLY ?? '1,2,3,4,5').split(','));
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
			emu.reset();
			emu.configure({ latencyMs: LATENCY, ratePerSecond: RATE });
			const throttled = await runBatch(emu, batch, { concurrency: 10 });
			const ideal = N / RATE;
			print(
				`2. ${N} items, ${LATENCY} ms latency, throttled at ${RATE} calls/s (node at concurrency 10)`,
				[
					{
						run: 'node',
						seconds: throttled.seconds.toFixed(1),
						'ideal (items ÷ rate)': ideal.toFixed(1),
						'vs ideal': (throttled.seconds / ideal).toFixed(2),
						'429s': throttled.throttled,
						calls: throttled.calls,
						lost: throttled.lost,
						failed: throttled.failed,
					},
				],
			);
		}
		if (only.has('3')) {
			emu.reset();
			emu.configure({ latencyMs: LATENCY });
			const clean = await runBatch(emu, batch);
			emu.reset();
			emu.configure({
				latencyMs: LATENCY,
				faults: { rate: 0.1, kinds: ['500', '503', 'reset'], seed: 42 },
			});
			const faulty = await runBatch(emu, batch, { maxRetries: 5 });
			print(`3. ${N} items, ${LATENCY} ms latency, 10 % injected 5xx/resets`, [
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
	if (only.has('4'))
		print(
			"4. CPU per call: the node's work vs hashing + base64 of the same bytes alone",
			cpuCostPerCall(),
		);
	if (only.has('5')) {
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
		print('5. Peak RSS, 3 MB images, concurrency 5', rows);
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
