'use strict';
/*
 * Queue mode end to end: n8n 2.41.1 as one main instance and two workers (EXECUTIONS_MODE=queue) over
 * PostgreSQL and Redis started here from the Debian packages, the packed package installed in every
 * process's own N8N_USER_FOLDER, the Huawei emulator on 127.0.0.1, and an active webhook workflow that
 * recognises ID-card photos sent as multipart uploads or as base64 in JSON.
 *
 * The load: QUEUE_LOAD_CALLS (default 24) webhook calls sent at once, good fronts and backs and photos
 * the emulator refuses. Checked: every call gets its own right answer; every call is one execution row in
 * Postgres, finished and successful; both workers ran executions (each worker logs "Worker started
 * execution <id>"; the ids in the two logs are disjoint and together are exactly the executions answered);
 * the IAM token was fetched at most once per worker; nothing was lost (calls = answers = executions, the
 * Bull queue empty afterwards). Then throttled runs on the same processes: the emulator admits 3 calls per
 * second (a per-second limit whose refusals name no number, then a named per-minute-style limit, 18 per 6 s),
 * both workers draw on it, and QUEUE_THROTTLED_CALLS (default 48) calls come
 * from QUEUE_THROTTLED_CLIENTS (default 6) clients that each wait for their answer. Checked: every call
 * gets its own right answer, no item's throttle retries (or time budget) ran out, every call is one
 * finished, successful execution, the queue is empty. Their figures (time against the ideal, calls
 * refused, calls per worker) are printed and written to QUEUE_FIGURES_FILE when set (the benchmark,
 * `npm run bench -- --queue`, reads them); none is asserted. Then the same load once against one
 * regular-mode n8n for comparison. Timings and throughput are printed at the end.
 *
 * Knobs (environment): N8N_E2E_SKIP_BUILD=1 (dist/ is built already), QUEUE_LOAD_CALLS, QUEUE_WORKERS (2),
 * QUEUE_WORKER_CONCURRENCY (default 5), QUEUE_EMULATOR_LATENCY_MS (default 200, about what the real
 * service takes), N8N_E2E_CACHE (where setup-n8n.js keeps n8n), QUEUE_KEEP_RUN_DIR=1 (keep logs and data).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { setup } = require('../e2e/setup-n8n');
const { REPO, buildAndPack, installIntoN8n } = require('../e2e/lib/package');
const { credentials, CREDENTIAL_IDS } = require('../e2e/lib/environment');
const { startPostgres, startRedis } = require('./lib/services');
const { tail, sleep, waitUntil } = require('./lib/processes');
const {
	sharedEnv,
	cliFor,
	startMain,
	startWorker,
	executionsStartedIn,
	logPath,
} = require('./lib/n8nProcesses');
const { queueWorkflow, WORKFLOW_ID, UPLOAD_PATH, JSON_PATH } = require('./lib/workflow');
const { plan, burst, fromClients, checkAnswer } = require('./lib/load');
const { THROTTLES, outOfRetries, throttledFigures, describeFigures } = require('./lib/throttled');

const CALLS = Math.max(20, Number(process.env.QUEUE_LOAD_CALLS) || 24);
// 2 in CI; the benchmark (`npm run bench -- --queue --live`) also runs 4.
const WORKERS = Math.max(2, Math.floor(Number(process.env.QUEUE_WORKERS)) || 2);
const CONCURRENCY = Math.max(1, Number(process.env.QUEUE_WORKER_CONCURRENCY) || 5);
const LATENCY_MS = Number(process.env.QUEUE_EMULATOR_LATENCY_MS ?? 200);
const THROTTLED_CALLS = Math.max(20, Number(process.env.QUEUE_THROTTLED_CALLS) || 48);
const THROTTLED_CLIENTS = Math.max(1, Number(process.env.QUEUE_THROTTLED_CLIENTS) || 6);
/** More than the 1 s over which a limiter reads its first share of a limit that names no number. */
const UNNAMED_WINDOW_PAUSE_MS = 1500;
const DATABASE = 'n8n';
const SETUP_TIMEOUT_MS = 15 * 60 * 1000; // the first run installs n8n (about 4 minutes)

const log = (/** @type {string} */ m) => process.stderr.write(`[queue] ${m}\n`);

/**
 * Everything the run started, for the tests and for teardown.
 * @type {{
 *   runDir?: string,
 *   install?: import('./lib/n8nProcesses').Install,
 *   pg?: import('./lib/services').Postgres,
 *   redis?: import('./lib/services').Redis,
 *   emu?: any,
 *   main?: import('./lib/n8nProcesses').N8nProcess,
 *   workers: import('./lib/n8nProcesses').N8nProcess[],
 *   single?: import('./lib/n8nProcesses').N8nProcess,
 *   userFolders: Record<string, string>,
 *   filesDir?: string,
 *   load?: Awaited<ReturnType<typeof burst>>,
 *   loadStats?: any,
 *   comparison?: Awaited<ReturnType<typeof burst>> & { tokenCalls: number, maxInFlight: number, startMs: number },
 *   reference?: Awaited<ReturnType<typeof fromClients>>,
 *   throttled: { throttle: import('./lib/throttled').Throttle, load: Awaited<ReturnType<typeof fromClients>>, figures: ReturnType<typeof throttledFigures> }[],
 *   executionsBefore: number,
 *   timings: Record<string, number>,
 * }}
 */
const run = { workers: [], userFolders: {}, timings: {}, throttled: [], executionsBefore: 0 };

/** @template T @param {string} label @param {() => Promise<T> | T} fn @returns {Promise<T>} */
async function timed(label, fn) {
	const t0 = Date.now();
	try {
		return await fn();
	} finally {
		run.timings[label] = (Date.now() - t0) / 1000;
		log(`${label}: ${run.timings[label].toFixed(1)} s`);
	}
}

/** Every n8n process started so far (stopped ones too: their logs stay). */
function n8nProcesses() {
	return /** @type {import('./lib/n8nProcesses').N8nProcess[]} */ (
		[run.main, ...run.workers, run.single].filter(Boolean)
	);
}

/** The tail of every n8n process's log, for a failure message. */
function logTails(lines = 40) {
	return n8nProcesses()
		.map(
			(p) =>
				`--- ${p.name} (pid ${p.pid}, ${p.logFile}), last ${lines} lines\n${tail(p.log(), lines)}`,
		)
		.join('\n');
}

/** Runs assertions; when one fails, its message gets the n8n logs' tails. @param {() => Promise<void> | void} fn */
async function withLogs(fn) {
	try {
		await fn();
	} catch (error) {
		if (error instanceof Error) error.message += `\n\n${logTails()}`;
		throw error;
	}
}

/** @param {string} method @param {string} what @param {object} [body] */
async function emulatorControl(method, what, body) {
	const res = await fetch(`${run.emu.url}/__emulator/${what}`, {
		method,
		headers: body ? { 'content-type': 'application/json' } : {},
		body: body ? JSON.stringify(body) : undefined,
		signal: AbortSignal.timeout(10000),
	});
	if (!res.ok)
		throw new Error(`emulator ${method} ${what}: HTTP ${res.status} ${await res.text()}`);
	return await res.json();
}

/**
 * The workflow's execution rows, polled until there are `expected` and every one has stopped (a webhook
 * answers before its run ends).
 * @param {number} expected
 */
async function executionRows(expected, timeoutMs = 60000) {
	const pg = /** @type {import('./lib/services').Postgres} */ (run.pg);
	const started = Date.now();
	for (;;) {
		/** @type {{ id: string, status: string, mode: string, finished: boolean, stoppedAt: string | null }[]} */
		const rows = await pg.queryJson(
			`select id::text as id, status, mode, finished, "stoppedAt" from execution_entity where "workflowId" = '${WORKFLOW_ID}' order by id`,
			DATABASE,
		);
		const done = rows.filter(
			(r) => r.stoppedAt !== null && r.status !== 'running' && r.status !== 'new',
		);
		if (
			(rows.length >= expected && done.length === rows.length) ||
			Date.now() - started > timeoutMs
		)
			return rows;
		await sleep(500);
	}
}

/** The length of a Redis list or sorted set of n8n's Bull queue ("jobs", prefix "bull"). @param {string} key */
async function bullCount(key) {
	const redis = /** @type {import('./lib/services').Redis} */ (run.redis);
	const type = (await redis.command('TYPE', `bull:jobs:${key}`)).trim();
	if (type === '+none') return 0;
	const reply = await redis.command(type === '+zset' ? 'ZCARD' : 'LLEN', `bull:jobs:${key}`);
	return Number(reply.replace(/^:/, '').trim());
}

/**
 * n8n 2.41 registers a published workflow's webhooks after startup (the workflow publication service's
 * reconciler, in the background): wait until both webhooks are rows of webhook_entity, which is where the
 * main looks them up.
 * @param {import('./lib/n8nProcesses').N8nProcess} main
 */
async function webhooksRegistered(main, timeoutMs = 60000) {
	const pg = /** @type {import('./lib/services').Postgres} */ (run.pg);
	await waitUntil(
		main,
		async () => {
			/** @type {{ webhookPath: string, method: string }[]} */
			const rows = await pg.queryJson(
				`select "webhookPath", method from webhook_entity where "workflowId" = '${WORKFLOW_ID}'`,
				DATABASE,
			);
			const paths = rows.filter((r) => r.method === 'POST').map((r) => r.webhookPath);
			return paths.includes(UPLOAD_PATH) && paths.includes(JSON_PATH);
		},
		timeoutMs,
	);
}

const suiteStarted = Date.now();

beforeAll(async () => {
	const t0 = Date.now();
	run.install = await timed('n8n install (cached after the first run)', () => setup());
	const install = run.install;
	run.runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-queue-'));
	const runDir = run.runDir;
	fs.mkdirSync(path.join(runDir, 'logs'), { recursive: true });
	run.filesDir = path.join(runDir, 'files');
	fs.mkdirSync(run.filesDir, { recursive: true });
	log(`run folder ${runDir} (logs in ${path.join(runDir, 'logs')})`);

	await timed('PostgreSQL + Redis started', async () => {
		const [pgStart, redisStart] = await Promise.allSettled([
			startPostgres(path.join(runDir, 'pg')),
			startRedis(path.join(runDir, 'redis')),
		]);
		// Keep whichever started, so teardown stops it when the other one failed.
		if (pgStart.status === 'fulfilled') run.pg = pgStart.value;
		if (redisStart.status === 'fulfilled') run.redis = redisStart.value;
		for (const s of [pgStart, redisStart]) if (s.status === 'rejected') throw s.reason;
	});
	const pg = /** @type {import('./lib/services').Postgres} */ (run.pg);
	const redis = /** @type {import('./lib/services').Redis} */ (run.redis);
	log(
		`postgres on 127.0.0.1:${pg.port} (pid ${pg.service.pid}), redis on 127.0.0.1:${redis.port} (pid ${redis.service.pid})`,
	);
	await pg.createDatabase(DATABASE);

	const pack = await timed('build + npm pack', () =>
		buildAndPack(path.join(runDir, 'pack'), { skipBuild: process.env.N8N_E2E_SKIP_BUILD === '1' }),
	);
	await timed(`install the tarball into ${WORKERS + 1} user folders`, () => {
		for (const name of ['main', ...Array.from({ length: WORKERS }, (_, i) => `worker-${i + 1}`)]) {
			run.userFolders[name] = path.join(runDir, 'users', name);
			fs.mkdirSync(run.userFolders[name], { recursive: true });
			installIntoN8n(pack.tarball, run.userFolders[name]);
		}
	});

	const { startEmulator, DEFAULT_ACCOUNTS } = require(path.join(REPO, 'test', 'emulator'));
	run.emu = await startEmulator({ config: { latencyMs: LATENCY_MS } });
	log(`emulator on ${run.emu.url} (OCR latency ${LATENCY_MS} ms)`);

	const env = sharedEnv({
		mode: 'queue',
		pgPort: pg.port,
		database: DATABASE,
		redisPort: redis.port,
	});
	const mainCli = cliFor({
		install,
		userFolder: run.userFolders.main,
		filesDir: run.filesDir,
		env,
	});
	const credential = credentials(run.emu.url, DEFAULT_ACCOUNTS).find(
		(c) => c.id === CREDENTIAL_IDS.tokenWithProject,
	);
	if (!credential || credential.data.authType !== 'password')
		throw new Error('no IAM password credential in test/e2e/lib/environment.js');
	await timed('n8n import:credentials (migrates the Postgres database)', () =>
		mainCli.importCredentials([credential]),
	);
	await timed('n8n import:workflow + publish:workflow', async () => {
		await mainCli.importWorkflows(queueWorkflow(credential));
		await mainCli.runOk(['publish:workflow', `--id=${WORKFLOW_ID}`]);
	});

	await timed(`n8n main + ${WORKERS} workers started`, async () => {
		const starts = [
			startMain(mainCli, { logFile: logPath(runDir, 'main') }),
			...Array.from({ length: WORKERS }, (_, i) => {
				const name = `worker-${i + 1}`;
				const cli = cliFor({
					install,
					userFolder: run.userFolders[name],
					filesDir: /** @type {string} */ (run.filesDir),
					env,
				});
				return startWorker(cli, { name, logFile: logPath(runDir, name), concurrency: CONCURRENCY });
			}),
		];
		// Keep hold of every process that started, even when another one failed, so teardown stops it.
		const settled = await Promise.allSettled(starts);
		for (const s of settled) {
			if (s.status !== 'fulfilled') continue;
			if (s.value.role === 'main') run.main = s.value;
			else run.workers.push(s.value);
		}
		const failed = settled.find((s) => s.status === 'rejected');
		if (failed) throw /** @type {PromiseRejectedResult} */ (failed).reason;
		await webhooksRegistered(/** @type {import('./lib/n8nProcesses').N8nProcess} */ (run.main));
	});
	run.timings['setup total'] = (Date.now() - t0) / 1000;
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
	const t0 = Date.now();
	// Every process by its process group, even after a failure; the emulator last but one, Postgres last.
	const stops = [...n8nProcesses().map((p) => p.stop())];
	await Promise.allSettled(stops);
	if (run.emu) await run.emu.close().catch(() => {});
	await Promise.allSettled([
		run.redis && run.redis.service.stop(),
		run.pg && run.pg.service.stop(),
	]);
	run.timings['teardown'] = (Date.now() - t0) / 1000;
	run.timings['suite total'] = (Date.now() - suiteStarted) / 1000;
	printReport();
	if (run.runDir && process.env.QUEUE_KEEP_RUN_DIR !== '1')
		fs.rmSync(run.runDir, { recursive: true, force: true });
	else if (run.runDir) log(`kept ${run.runDir}`);
}, 120000);

describe(`queue mode: n8n main + ${WORKERS} workers (concurrency ${CONCURRENCY}), PostgreSQL, Redis`, () => {
	test(`${CALLS} concurrent webhook calls each get their own right answer`, async () => {
		const main = /** @type {import('./lib/n8nProcesses').N8nProcess} */ (run.main);
		await emulatorControl('POST', 'reset');
		await emulatorControl('POST', 'config', { latencyMs: LATENCY_MS });
		const calls = plan(CALLS);
		run.load = await timed(`load: ${CALLS} concurrent calls`, () =>
			burst(main.url, calls, { timeoutMs: 90000 }),
		);
		run.loadStats = await emulatorControl('GET', 'stats');
		await withLogs(() => {
			const wrong = run.load ? run.load.answers.map(checkAnswer).filter(Boolean) : ['no load ran'];
			expect(wrong).toEqual([]);
			// Different calls, different executions.
			const ids = new Set(run.load?.answers.map((a) => a.body.executionId));
			expect(ids.size).toBe(CALLS);
		});
	});

	test('every call is one finished, successful execution in Postgres', async () => {
		await withLogs(async () => {
			const answered = (run.load?.answers || [])
				.map((a) => String(a.body && a.body.executionId))
				.sort();
			const rows = await executionRows(CALLS);
			expect(rows.length).toBe(CALLS);
			expect(rows.map((r) => r.id).sort()).toEqual(answered);
			// The error branch is a handled outcome: those runs succeed too.
			expect(
				rows.filter((r) => r.status !== 'success' || !r.finished || r.mode !== 'webhook'),
			).toEqual([]);
			// Nothing left behind in the queue.
			const left = {
				wait: await bullCount('wait'),
				active: await bullCount('active'),
				delayed: await bullCount('delayed'),
				failed: await bullCount('failed'),
			};
			expect(left).toEqual({ wait: 0, active: 0, delayed: 0, failed: 0 });
		});
	});

	test('every worker ran executions, each execution on exactly one worker, none on the main', async () => {
		await withLogs(() => {
			const answered = (run.load?.answers || [])
				.map((a) => String(a.body && a.body.executionId))
				.sort();
			const perWorker = run.workers.map((w) => ({
				worker: w.role,
				executions: executionsStartedIn(w.log()),
			}));
			log(
				`executions per worker: ${perWorker.map((w) => `${w.worker} ${w.executions.length}`).join(', ')}`,
			);
			for (const w of perWorker)
				expect({ worker: w.worker, ran: w.executions.length > 0 }).toEqual({
					worker: w.worker,
					ran: true,
				});
			const all = perWorker.flatMap((w) => w.executions);
			expect(all.length).toBe(new Set(all).size); // no execution started twice
			expect([...all].sort()).toEqual(answered);
			// The emulator never had more OCR calls in flight than the workers have slots.
			expect(run.loadStats.maxInFlight).toBeLessThanOrEqual(WORKERS * CONCURRENCY);
		});
	});

	test('the IAM token was fetched at most once per worker', async () => {
		await withLogs(() => {
			const { tokenCalls, ocrCalls } = run.loadStats;
			log(
				`emulator: ${tokenCalls} IAM token calls, ${ocrCalls} OCR calls, at most ${run.loadStats.maxInFlight} OCR calls in flight`,
			);
			expect(ocrCalls).toBe(CALLS);
			expect(tokenCalls).toBeGreaterThanOrEqual(1);
			expect(tokenCalls).toBeLessThanOrEqual(WORKERS);
		});
	});

	test(`reference, no throttle: ${THROTTLED_CALLS} calls from ${THROTTLED_CLIENTS} clients each get their own right answer`, async () => {
		const main = /** @type {import('./lib/n8nProcesses').N8nProcess} */ (run.main);
		await emulatorControl('POST', 'reset');
		await emulatorControl('POST', 'config', { latencyMs: LATENCY_MS });
		// The same load as the throttled runs: its time is what the deployment takes without a limit.
		run.reference = await timed(
			`load: reference, ${THROTTLED_CALLS} calls from ${THROTTLED_CLIENTS} clients, no throttle`,
			() =>
				fromClients(main.url, plan(THROTTLED_CALLS, { distinctPhotos: true }), {
					clients: THROTTLED_CLIENTS,
					timeoutMs: 90000,
				}),
		);
		await withLogs(() => {
			const answers = run.reference?.answers || [];
			expect(answers.map(checkAnswer).filter(Boolean)).toEqual([]);
			expect(new Set(answers.map((a) => a.body && a.body.executionId)).size).toBe(THROTTLED_CALLS);
		});
	});

	for (const throttle of THROTTLES) {
		const title = `throttled, ${throttle.label}: ${THROTTLED_CALLS} calls from ${THROTTLED_CLIENTS} clients`;
		/** This throttle's run, once it ran. */
		const throttledRun = () => run.throttled.find((t) => t.throttle === throttle);

		test(`${title} each get their own right answer, none out of throttle retries`, async () => {
			const main = /** @type {import('./lib/n8nProcesses').N8nProcess} */ (run.main);
			// Every execution so far has finished: the ones of this run are the rows added after them.
			run.executionsBefore = (await executionRows(0)).length;
			await emulatorControl('POST', 'reset');
			await emulatorControl('POST', 'config', {
				latencyMs: LATENCY_MS,
				throttle: { limit: throttle.limit, windowMs: throttle.windowMs, named: throttle.named },
			});
			// Huawei's limit is always in force. Right after the unthrottled reference run, each worker's log of
			// the last second still holds calls this throttle never counted, and its first refusal would read a
			// share of 4-5 calls per second from them against a limit of 3 (a limit that comes into force while
			// calls run: the model's "mid-run" load in `npm run bench -- --queue`). So the first throttled run
			// starts once those calls are more than a second old; the next one starts from the shares learned.
			if (throttle === THROTTLES[0]) await sleep(UNNAMED_WINDOW_PAUSE_MS);
			const load = await timed(`load: ${title}`, () =>
				fromClients(main.url, plan(THROTTLED_CALLS, { distinctPhotos: true }), {
					clients: THROTTLED_CLIENTS,
					timeoutMs: 150000,
				}),
			);
			const stats = await emulatorControl('GET', 'stats');
			const answered = new Set(load.answers.map((a) => String(a.body && a.body.executionId)));
			const figures = throttledFigures({
				throttle,
				clients: THROTTLED_CLIENTS,
				load,
				referenceMs: run.reference?.wallMs,
				stats,
				executions: run.workers.map((w) => ({
					worker: w.role,
					executions: executionsStartedIn(w.log()).filter((id) => answered.has(id)),
				})),
			});
			run.throttled.push({ throttle, load, figures });
			log(describeFigures(figures));
			await withLogs(() => {
				expect(outOfRetries(load.answers)).toEqual([]);
				expect(load.answers.map(checkAnswer).filter(Boolean)).toEqual([]);
				expect(answered.size).toBe(THROTTLED_CALLS);
			});
		});

		test(`${title}: each call is one finished, successful execution, nothing left in the queue`, async () => {
			await withLogs(async () => {
				const t = throttledRun();
				expect(t).toBeDefined();
				const answered = (t?.load.answers || [])
					.map((a) => String(a.body && a.body.executionId))
					.sort();
				const rows = await executionRows(run.executionsBefore + THROTTLED_CALLS);
				expect(rows.length).toBe(run.executionsBefore + THROTTLED_CALLS);
				const mine = new Set(answered);
				expect(
					rows
						.map((r) => r.id)
						.filter((id) => mine.has(id))
						.sort(),
				).toEqual(answered);
				expect(
					rows.filter((r) => r.status !== 'success' || !r.finished || r.mode !== 'webhook'),
				).toEqual([]);
				const left = {
					wait: await bullCount('wait'),
					active: await bullCount('active'),
					delayed: await bullCount('delayed'),
					failed: await bullCount('failed'),
				};
				expect(left).toEqual({ wait: 0, active: 0, delayed: 0, failed: 0 });
			});
		});
	}

	test('comparison: the same load against one regular-mode n8n', async () => {
		// Same database (the workflow is active there already), no Redis, no workers.
		await timed('comparison: queue-mode n8n processes stopped', () =>
			Promise.all(n8nProcesses().map((p) => p.stop())),
		);
		const pg = /** @type {import('./lib/services').Postgres} */ (run.pg);
		const env = sharedEnv({ mode: 'regular', pgPort: pg.port, database: DATABASE });
		const cli = cliFor({
			install: /** @type {any} */ (run.install),
			userFolder: run.userFolders.main,
			filesDir: /** @type {string} */ (run.filesDir),
			env,
		});
		run.single = await timed('comparison: regular-mode n8n started', async () => {
			const single = await startMain(cli, {
				name: 'single',
				logFile: logPath(/** @type {string} */ (run.runDir), 'single'),
			});
			await webhooksRegistered(single);
			return single;
		});
		await emulatorControl('POST', 'reset');
		await emulatorControl('POST', 'config', { latencyMs: LATENCY_MS });
		const result = await timed(`comparison load: ${CALLS} concurrent calls, one process`, () =>
			burst(/** @type {any} */ (run.single).url, plan(CALLS), { timeoutMs: 90000 }),
		);
		const stats = await emulatorControl('GET', 'stats');
		run.comparison = {
			...result,
			tokenCalls: stats.tokenCalls,
			maxInFlight: stats.maxInFlight,
			startMs: run.single.startMs,
		};
		await withLogs(() => {
			expect(result.answers.map(checkAnswer).filter(Boolean)).toEqual([]);
		});
	});
});

function printReport() {
	const t = run.timings;
	const fmt = (/** @type {number | undefined} */ s) =>
		s === undefined ? '-' : `${s.toFixed(1)} s`;
	/** @param {string} k */
	const isSetup = (k) => !/^(load|comparison|teardown|setup total|suite total)/.test(k);
	const lines = ['', '=== queue-mode suite: figures ==='];
	lines.push(
		`n8n ${run.install ? run.install.n8nVersion : '?'}; ${WORKERS} workers × concurrency ${CONCURRENCY}; ` +
			`${CALLS} calls; emulator OCR latency ${LATENCY_MS} ms; ${os.cpus().length} CPUs`,
	);
	lines.push(`setup: ${fmt(t['setup total'])}`);
	for (const [k, v] of Object.entries(t)) if (isSetup(k)) lines.push(`  ${k}: ${fmt(v)}`);
	const latency = (/** @type {{ min: number, p50: number, p90: number, max: number }} */ l) =>
		`latency ms min ${l.min} / p50 ${l.p50} / p90 ${l.p90} / max ${l.max}`;
	if (run.load) {
		const l = run.load;
		lines.push(
			`load (queue mode): ${CALLS} calls in ${(l.wallMs / 1000).toFixed(2)} s = ${l.callsPerSecond.toFixed(1)} calls/s; ${latency(l.latencyMs)}`,
		);
		const per = run.workers
			.map((w) => `${w.role} ${executionsStartedIn(w.log()).length}`)
			.join(', ');
		lines.push(
			`  executions per worker: ${per}; IAM token calls ${run.loadStats?.tokenCalls}; most OCR calls in flight ${run.loadStats?.maxInFlight}`,
		);
	}
	if (run.comparison) {
		const c = run.comparison;
		lines.push(
			`comparison, one regular-mode n8n (started in ${(c.startMs / 1000).toFixed(1)} s): ${CALLS} calls in ${(c.wallMs / 1000).toFixed(2)} s = ` +
				`${c.callsPerSecond.toFixed(1)} calls/s; ${latency(c.latencyMs)}; most OCR calls in flight ${c.maxInFlight}`,
		);
	}
	if (run.reference)
		lines.push(
			`reference, no throttle: ${THROTTLED_CALLS} calls from ${THROTTLED_CLIENTS} clients in ${(run.reference.wallMs / 1000).toFixed(2)} s; ${latency(run.reference.latencyMs)}`,
		);
	for (const { figures } of run.throttled) lines.push(`throttled: ${describeFigures(figures)}`);
	lines.push(`teardown: ${fmt(t.teardown)}`);
	lines.push(`suite total: ${fmt(t['suite total'])}`);
	const burstFigures = (
		/** @type {Awaited<ReturnType<typeof burst>> | undefined} */ b,
		/** @type {any} */ stats,
	) =>
		b && {
			wallMs: b.wallMs,
			callsPerSecond: Number(b.callsPerSecond.toFixed(2)),
			latencyMs: b.latencyMs,
			tokenCalls: stats?.tokenCalls,
			maxInFlight: stats?.maxInFlight,
		};
	const figures = {
		n8n: run.install?.n8nVersion,
		workers: WORKERS,
		concurrency: CONCURRENCY,
		calls: CALLS,
		emulatorLatencyMs: LATENCY_MS,
		seconds: Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Number(v.toFixed(2))])),
		queue: burstFigures(run.load, run.loadStats),
		regular: burstFigures(run.comparison, run.comparison),
		referenceUnthrottled: run.reference && {
			calls: THROTTLED_CALLS,
			clients: THROTTLED_CLIENTS,
			wallMs: run.reference.wallMs,
			latencyMs: run.reference.latencyMs,
		},
		throttled: run.throttled.map((r) => r.figures),
	};
	lines.push(`figures (JSON): ${JSON.stringify(figures)}`);
	process.stderr.write(lines.join('\n') + '\n');
	if (process.env.QUEUE_FIGURES_FILE)
		fs.writeFileSync(process.env.QUEUE_FIGURES_FILE, JSON.stringify(figures, null, 2) + '\n');
}
