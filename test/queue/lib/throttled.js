'use strict';
/*
 * The throttled runs of the queue suite: the emulator's throttle (test/emulator/faults.js, set over
 * POST /__emulator/config) shared by both workers, as Huawei's limit is shared by every process using one key.
 * What is read from a run: the answers that say the node's throttle retries ran out, and the figures (wall time
 * against the ideal, calls refused, items, calls and refusals per worker from the emulator's request log). The figures are printed
 * and written for the benchmark, never asserted on.
 */

/**
 * @typedef {object} Throttle
 * @property {string} label
 * @property {number} limit     calls admitted per window
 * @property {number} windowMs
 * @property {boolean} named    false: the refusal names no limit (as Huawei's per-second limits)
 */

/**
 * Below what the deployment delivers without a limit (about 5 calls/s from 6 clients on 2 shared cores), so
 * the throttle, not n8n, sets the pace. They run in this order on the same workers: the second starts from the
 * share each worker learned in the first, as a worker that has been running would.
 * @type {Throttle[]}
 */
const THROTTLES = [
	{
		label: 'per-second, 3 calls/s, refusals name no limit',
		limit: 3,
		windowMs: 1000,
		named: false,
	},
	{
		label: 'per-minute-style, "limit:18,time:6 second" (window shortened)',
		limit: 18,
		windowMs: 6000,
		named: true,
	},
];

/**
 * The node's error item when it gave up on throttling: Huawei's APIG.0308 with "the retries ran out"
 * (transport/huaweiErrors.ts), or TIME_BUDGET when the waits outlasted the item's time budget
 * (transport/ocrClient.ts budgetFailure).
 */
const OUT_OF_RETRIES_CODES = ['APIG.0308', 'ModelArts.4401', 'TIME_BUDGET'];

/**
 * The answers whose error item says the throttle retries (or the item's time budget) ran out.
 * @param {import('./load').Answer[]} answers
 * @returns {string[]}
 */
function outOfRetries(answers) {
	return answers
		.filter((a) => {
			const b = a.body;
			if (!b || typeof b !== 'object' || b.ok !== false) return false;
			return (
				OUT_OF_RETRIES_CODES.includes(b.code) ||
				/retries ran out|time budget/i.test(b.message || '')
			);
		})
		.map((a) => `call ${a.call.index} (${a.call.fixture}): ${a.body.code}: ${a.body.message}`);
}

const OCR_PATH = /^\/v2\/[^/]+\/ocr\//;

/**
 * Which OCR requests were each call's attempts, and so which worker made them. Every call's photo has a size
 * of its own (load.js distinctPhotos) and the node sends it as base64 in an otherwise identical body, so the
 * request sizes, in order, are the calls in the order of their photo sizes. The worker is the one whose log
 * started the execution the call was answered with (both workers share one IAM token: n8n keeps it in the
 * credential, so the token does not tell them apart).
 * @param {{ requests: { path: string, status: number, bodyBytes: number, fixture?: string }[] }} stats
 * @param {import('./load').Answer[]} answers
 * @param {{ worker: string, executions: string[] }[]} executions  per worker, from its log
 * @returns {{ perWorker: { worker: string, items: number, calls: number, refused: number }[], mostAttempts: number } | { unavailable: string }}
 */
function attribute(stats, answers, executions) {
	const ocr = stats.requests.filter((r) => OCR_PATH.test(r.path));
	/** @type {Map<number, { calls: number, refused: number, fixtures: Set<string> }>} */
	const bySize = new Map();
	for (const r of ocr) {
		const s = bySize.get(r.bodyBytes) || { calls: 0, refused: 0, fixtures: new Set() };
		s.calls += 1;
		if (r.status === 429) s.refused += 1;
		if (r.fixture) s.fixtures.add(r.fixture); // what the emulator recognised, on success
		bySize.set(r.bodyBytes, s);
	}
	const sizes = [...bySize.keys()].sort((a, b) => a - b);
	const calls = answers
		.map((a) => a.call)
		.sort((a, b) => (a.padToBytes ?? 0) - (b.padToBytes ?? 0));
	if (sizes.length !== calls.length || calls.some((c) => c.padToBytes === undefined))
		return {
			unavailable: `${sizes.length} distinct OCR request sizes for ${calls.length} calls: attempts not attributable`,
		};
	const mismatch = calls.find((c, i) => {
		const f = /** @type {{ fixtures: Set<string> }} */ (bySize.get(sizes[i])).fixtures;
		return f.size > 1 || (f.size === 1 && !f.has(c.fixture));
	});
	if (mismatch)
		return { unavailable: `request sizes do not line up with the photos (call ${mismatch.index})` };
	/** @type {Map<string, string>} execution id → worker */
	const workerOf = new Map();
	for (const w of executions) for (const id of w.executions) workerOf.set(id, w.worker);
	/** @type {Map<number, string>} call index → worker */
	const callWorker = new Map(
		answers.map((a) => [
			a.call.index,
			workerOf.get(String(a.body && a.body.executionId)) || 'unknown',
		]),
	);
	/** @type {Map<string, { worker: string, items: number, calls: number, refused: number }>} */
	const perWorker = new Map(
		executions.map((w) => [w.worker, { worker: w.worker, items: 0, calls: 0, refused: 0 }]),
	);
	let mostAttempts = 0;
	calls.forEach((call, i) => {
		const s = /** @type {{ calls: number, refused: number }} */ (bySize.get(sizes[i]));
		const name = callWorker.get(call.index) || 'unknown';
		const w = perWorker.get(name) || { worker: name, items: 0, calls: 0, refused: 0 };
		w.items += 1;
		w.calls += s.calls;
		w.refused += s.refused;
		perWorker.set(name, w);
		mostAttempts = Math.max(mostAttempts, s.calls);
	});
	return { perWorker: [...perWorker.values()], mostAttempts };
}

/**
 * @param {object} o
 * @param {Throttle} o.throttle
 * @param {number} o.clients
 * @param {{ wallMs: number, answers: import('./load').Answer[] }} o.load
 * @param {number} [o.referenceMs]  the same load without a throttle
 * @param {{ ocrCalls: number, throttled: number, requests: any[] }} o.stats  the emulator's, after the run
 * @param {{ worker: string, executions: string[] }[]} o.executions  this run's executions per worker, from the logs
 */
function throttledFigures({ throttle, clients, load, referenceMs, stats, executions }) {
	const calls = load.answers.length;
	// Items ÷ allowed rate (as bench/queueModel.js), and no less than the same load takes without a limit.
	const byRateS = calls / ((throttle.limit * 1000) / throttle.windowMs);
	const idealS = Math.max(byRateS, (referenceMs ?? 0) / 1000);
	return {
		throttle: throttle.label,
		calls,
		clients,
		seconds: Number((load.wallMs / 1000).toFixed(2)),
		idealSeconds: Number(idealS.toFixed(2)),
		byRateSeconds: Number(byRateS.toFixed(2)),
		unthrottledSeconds:
			referenceMs === undefined ? undefined : Number((referenceMs / 1000).toFixed(2)),
		vsIdeal: Number((load.wallMs / 1000 / idealS).toFixed(2)),
		ocrCalls: stats.ocrCalls,
		refused: stats.throttled,
		refusedPercent: Number(((100 * stats.throttled) / Math.max(1, stats.ocrCalls)).toFixed(1)),
		...attribute(stats, load.answers, executions),
	};
}

/** One line for the report. @param {ReturnType<typeof throttledFigures>} f */
function describeFigures(f) {
	return (
		`${f.throttle}: ${f.calls} calls from ${f.clients} clients in ${f.seconds} s = ${f.vsIdeal} × the ideal ` +
		`(${f.idealSeconds} s: ${f.byRateSeconds} s at the allowed rate, ${f.unthrottledSeconds ?? '-'} s without a limit); ${f.refused} of ${f.ocrCalls} OCR calls refused (${f.refusedPercent} %); ` +
		('unavailable' in f
			? f.unavailable
			: `per worker (items, OCR calls, refused): ${f.perWorker.map((w) => `${w.worker} ${w.items}, ${w.calls}, ${w.refused}`).join('; ')}; ` +
				`most attempts for one item ${f.mostAttempts}`)
	);
}

module.exports = {
	THROTTLES,
	OUT_OF_RETRIES_CODES,
	outOfRetries,
	throttledFigures,
	describeFigures,
};
