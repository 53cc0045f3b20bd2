/*
 * Part of `npm run bench -- --queue`: what no limiter without shared state can reach under a per-second limit
 * (issue 20). W workers each pace exactly their fair share of the total (no learning, no probes), their phases
 * random as those of independent processes are, against the model's gateway admitting 5 calls per 1 s window. Every call
 * that finds the window full counts as refused. Mean over 40 phase draws of 200 s each.
 */
const { prng, slidingWindow, fixedWindow } = require('../test/unit/lib/sharedGateway');

const LIMIT = 5;
const SECONDS = 200;
const DRAWS = 40;

/** Share of calls refused when `workers` streams of `total ÷ workers` calls/s meet one window. */
function refusedShare(workers, total, sliding, seed) {
	const random = prng(seed);
	const rate = total / workers;
	const times = [];
	for (let w = 0; w < workers; w++)
		for (let t = random() / rate; t < SECONDS; t += 1 / rate) times.push(t);
	times.sort((a, b) => a - b);
	const gateway = (sliding ? slidingWindow : fixedWindow)(LIMIT, 1000, { named: false });
	const refused = times.filter((t) => gateway(t * 1000) !== undefined).length;
	return refused / times.length;
}

/** One row per window kind and worker count; one column per total pace (as × the ideal). */
export function queueBound() {
	const rows = [];
	for (const sliding of [true, false])
		for (const workers of [2, 4]) {
			const row = { window: sliding ? 'sliding' : 'fixed', workers };
			for (const total of [4, 4.35, 4.5, 4.85]) {
				let sum = 0;
				for (let d = 1; d <= DRAWS; d++) sum += refusedShare(workers, total, sliding, d * 7919);
				row[`${(LIMIT / total).toFixed(2)} × (${total}/s)`] =
					`${((100 * sum) / DRAWS).toFixed(1)} % refused`;
			}
			rows.push(row);
		}
	return rows;
}
