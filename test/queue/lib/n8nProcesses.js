'use strict';
/*
 * n8n processes for the queue suite: the environment every process shares (Postgres, Redis, one encryption
 * key, binary data in the database, no outbound traffic), `n8n start` (main) and `n8n worker`, each with its
 * own N8N_USER_FOLDER, started in its own process group with its log in the run folder.
 */
const path = require('node:path');

const { N8nCli } = require('../../e2e/lib/n8n');
const { startService, readyOrStopped, freePort } = require('./processes');

/**
 * @typedef {object} Install  what test/e2e/setup-n8n.js returns
 * @property {string} node
 * @property {string} nodeBinDir
 * @property {string} n8nBin
 * @property {string} n8nDir
 * @property {string} n8nVersion
 */

/**
 * What all n8n processes of one deployment share. N8nCli.env() adds the rest: the encryption key, no
 * diagnostics / version notifications / templates / MCP registry, console logs at level info.
 * @param {{ mode: 'queue' | 'regular', pgPort: number, database: string, redisPort?: number }} o
 * @returns {Record<string, string>}
 */
function sharedEnv({ mode, pgPort, database, redisPort }) {
	/** @type {Record<string, string>} */
	const env = {
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(pgPort),
		DB_POSTGRESDB_DATABASE: database,
		DB_POSTGRESDB_USER: 'postgres',
		DB_POSTGRESDB_PASSWORD: 'not-checked', // the test cluster trusts local connections
		EXECUTIONS_MODE: mode,
		// Queue mode's default, spelled out: the main stores the uploaded photo, a worker reads it.
		N8N_DEFAULT_BINARY_DATA_MODE: 'database',
		// The package is installed by hand in every user folder and is not in the database's installed_packages:
		// nothing to reinstall, and nothing may go to the npm registry.
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '5',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_LOG_LEVEL: 'info',
	};
	if (mode === 'queue') {
		env.QUEUE_BULL_REDIS_HOST = '127.0.0.1';
		env.QUEUE_BULL_REDIS_PORT = String(redisPort);
	}
	return env;
}

/**
 * @param {object} o
 * @param {Install} o.install
 * @param {string} o.userFolder
 * @param {string} o.filesDir
 * @param {Record<string, string>} o.env
 */
function cliFor({ install, userFolder, filesDir, env }) {
	return new N8nCli({ install, userFolder, filesDir, env });
}

/**
 * @typedef {import('./processes').Service & { url: string, role: string, cli: N8nCli, startMs: number }} N8nProcess
 */

/**
 * Starts the main instance (`n8n start`) on a free port; resolves once the editor line is logged and
 * /healthz/readiness answers (active workflows, so their webhooks, are registered before that line).
 * @param {N8nCli} cli
 * @param {{ name?: string, logFile: string, timeoutMs?: number }} o
 * @returns {Promise<N8nProcess>}
 */
async function startMain(cli, { name = 'main', logFile, timeoutMs = 120000 }) {
	const started = Date.now();
	const port = await freePort();
	const env = cli.env({
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
	});
	const service = startService({
		name: `n8n ${name}`,
		command: cli.install.node,
		args: [cli.install.n8nBin, 'start'],
		logFile,
		env,
		cwd: cli.userFolder,
	});
	const url = `http://127.0.0.1:${port}`;
	await readyOrStopped(
		service,
		async () => {
			if (!/Editor is now accessible via/.test(service.log())) return false;
			const res = await fetch(`${url}/healthz/readiness`, { signal: AbortSignal.timeout(5000) });
			return res.ok;
		},
		timeoutMs,
	);
	return Object.assign(service, { url, role: name, cli, startMs: Date.now() - started });
}

/**
 * Starts `n8n worker --concurrency=N` with its health server on a free port; resolves once
 * /healthz/readiness answers (database and Redis connected).
 * @param {N8nCli} cli
 * @param {{ name: string, logFile: string, concurrency: number, timeoutMs?: number }} o
 * @returns {Promise<N8nProcess>}
 */
async function startWorker(cli, { name, logFile, concurrency, timeoutMs = 120000 }) {
	const started = Date.now();
	const port = await freePort();
	const env = cli.env({
		QUEUE_HEALTH_CHECK_ACTIVE: 'true',
		QUEUE_HEALTH_CHECK_PORT: String(port),
		N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
	});
	const service = startService({
		name: `n8n ${name}`,
		command: cli.install.node,
		args: [cli.install.n8nBin, 'worker', `--concurrency=${concurrency}`],
		logFile,
		env,
		cwd: cli.userFolder,
	});
	const url = `http://127.0.0.1:${port}`;
	await readyOrStopped(
		service,
		async () => (await fetch(`${url}/healthz/readiness`, { signal: AbortSignal.timeout(5000) })).ok,
		timeoutMs,
	);
	return Object.assign(service, { url, role: name, cli, startMs: Date.now() - started });
}

/**
 * Execution ids a worker's log says it started ("Worker started execution 12 (job 7)").
 * @param {string} log
 * @returns {string[]}
 */
function executionsStartedIn(log) {
	return [...log.matchAll(/Worker started execution (\d+) \(job [^)]*\)/g)].map((m) => m[1]);
}

/** @param {string} runDir @param {string} name */
function logPath(runDir, name) {
	return path.join(runDir, 'logs', `${name}.log`);
}

module.exports = { sharedEnv, cliFor, startMain, startWorker, executionsStartedIn, logPath };
