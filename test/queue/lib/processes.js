'use strict';
/*
 * Long-running child processes for the queue suite (PostgreSQL, Redis, n8n main and workers): each one
 * started in its own process group (`detached`), its stdout and stderr written to a log file in the run
 * folder, and stopped by process group id (SIGTERM or SIGINT, then SIGKILL after a grace period).
 * Every group started here is also SIGKILLed when this process exits, so a crashed run leaves nothing behind.
 */
const fs = require('node:fs');
const net = require('node:net');
const { spawn, execFile } = require('node:child_process');

/**
 * @typedef {object} Service
 * @property {string} name
 * @property {number} pid          the leader of the process group
 * @property {string} logFile
 * @property {() => string} log    the log so far
 * @property {() => number | null | undefined} exitCode  undefined while running
 * @property {Promise<number | null>} exited
 * @property {(o?: { signal?: NodeJS.Signals, graceMs?: number }) => Promise<void>} stop
 */

/** @type {Set<number>} process group ids still running */
const groups = new Set();
process.on('exit', () => {
	for (const pgid of groups) killGroup(pgid, 'SIGKILL');
});

/** @param {number} pgid @param {NodeJS.Signals} signal */
function killGroup(pgid, signal) {
	try {
		process.kill(-pgid, signal);
		return true;
	} catch {
		return false; // ESRCH: the group is gone
	}
}

/** @param {number} pgid */
function groupAlive(pgid) {
	try {
		process.kill(-pgid, 0);
		return true;
	} catch {
		return false;
	}
}

/** Resolves after ms; the timer does not keep the process alive. @param {number} ms */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms).unref());

/**
 * Starts `command args` in a new process group, output to logFile.
 * @param {object} o
 * @param {string} o.name
 * @param {string} o.command
 * @param {string[]} o.args
 * @param {string} o.logFile
 * @param {NodeJS.ProcessEnv} [o.env]
 * @param {string} [o.cwd]
 * @param {number} [o.uid]
 * @param {number} [o.gid]
 * @param {NodeJS.Signals} [o.stopSignal]  what asks it to stop cleanly (postgres: SIGINT = fast shutdown)
 * @returns {Service}
 */
function startService({
	name,
	command,
	args,
	logFile,
	env,
	cwd,
	uid,
	gid,
	stopSignal = 'SIGTERM',
}) {
	const fd = fs.openSync(logFile, 'a');
	if (uid !== undefined) fs.fchownSync(fd, uid, gid ?? uid);
	const child = spawn(command, args, {
		env: env || process.env,
		cwd,
		uid,
		gid,
		detached: true,
		stdio: ['ignore', fd, fd],
	});
	fs.closeSync(fd);
	const pid = /** @type {number} */ (child.pid);
	if (!pid) throw new Error(`${name}: could not start ${command}`);
	groups.add(pid);
	/** @type {number | null | undefined} */
	let exitCode;
	/** @type {Promise<number | null>} */
	const exited = new Promise((resolve) => {
		child.on('exit', (code, signal) => {
			exitCode = code ?? (signal ? -1 : null);
			resolve(exitCode);
		});
		child.on('error', (error) => {
			fs.appendFileSync(logFile, `\n[queue suite] spawn error: ${error.message}\n`);
			exitCode = -2;
			resolve(exitCode);
		});
	});
	return {
		name,
		pid,
		logFile,
		log: () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : ''),
		exitCode: () => exitCode,
		exited,
		async stop({ signal = stopSignal, graceMs = 15000 } = {}) {
			if (exitCode === undefined) {
				killGroup(pid, signal);
				await Promise.race([exited, sleep(graceMs)]);
			}
			// Whatever is left in the group (the leader if it ignored the signal, n8n's task runner, ...).
			if (groupAlive(pid)) {
				killGroup(pid, 'SIGKILL');
				await Promise.race([exited, sleep(5000)]);
			}
			for (let i = 0; i < 50 && groupAlive(pid); i++) await sleep(100);
			groups.delete(pid);
		},
	};
}

/**
 * Polls `check` until it resolves truthy; fails when the service exits or the time is up.
 * @template T
 * @param {Service} service
 * @param {() => Promise<T>} check
 * @param {number} timeoutMs
 * @returns {Promise<T>}
 */
async function waitUntil(service, check, timeoutMs) {
	const started = Date.now();
	/** @type {unknown} */
	let lastError;
	for (;;) {
		const code = service.exitCode();
		if (code !== undefined) {
			throw new Error(
				`${service.name} exited with ${code} while starting\n${tail(service.log(), 60)}`,
			);
		}
		try {
			const ok = await check();
			if (ok) return ok;
		} catch (error) {
			lastError = error;
		}
		if (Date.now() - started > timeoutMs) {
			const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
			throw new Error(
				`${service.name} was not ready within ${timeoutMs} ms${why}\n${tail(service.log(), 60)}`,
			);
		}
		await sleep(250);
	}
}

/**
 * waitUntil for a service just started: when it never gets ready, it is stopped before the error is
 * thrown (nobody else holds it yet).
 * @template T
 * @param {Service} service
 * @param {() => Promise<T>} check
 * @param {number} timeoutMs
 * @returns {Promise<T>}
 */
async function readyOrStopped(service, check, timeoutMs) {
	try {
		return await waitUntil(service, check, timeoutMs);
	} catch (error) {
		await service.stop({ graceMs: 5000 });
		throw error;
	}
}

/**
 * Runs a command to completion with a time limit; resolves { code, stdout, stderr }.
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, uid?: number, gid?: number, timeoutMs?: number }} [o]
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
function run(command, args, { env, cwd, uid, gid, timeoutMs = 60000 } = {}) {
	return new Promise((resolve, reject) => {
		execFile(
			command,
			args,
			{
				env: env || process.env,
				cwd,
				uid,
				gid,
				timeout: timeoutMs,
				killSignal: 'SIGKILL',
				maxBuffer: 64 * 1024 * 1024,
			},
			(error, stdout, stderr) => {
				if (error && typeof error.code !== 'number') {
					reject(new Error(`${command} ${args.join(' ')}: ${error.message}\n${stdout}\n${stderr}`));
					return;
				}
				resolve({
					code: error ? Number(error.code) : 0,
					stdout: String(stdout),
					stderr: String(stderr),
				});
			},
		);
	});
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {Parameters<typeof run>[2]} [o]
 */
async function runOk(command, args, o) {
	const r = await run(command, args, o);
	if (r.code !== 0)
		throw new Error(`${command} ${args.join(' ')} exited ${r.code}\n${r.stdout}\n${r.stderr}`);
	return r;
}

/** A TCP port free on 127.0.0.1 right now, not handed out before in this run. */
/** @type {Set<number>} */
const handedOut = new Set();
async function freePort() {
	for (;;) {
		/** @type {number} */
		const port = await new Promise((resolve, reject) => {
			const srv = net.createServer();
			srv.unref();
			srv.on('error', reject);
			srv.listen(0, '127.0.0.1', () => {
				const address = /** @type {net.AddressInfo} */ (srv.address());
				srv.close(() => resolve(address.port));
			});
		});
		if (!handedOut.has(port)) {
			handedOut.add(port);
			return port;
		}
	}
}

/** The last `lines` lines of a text. @param {string} text @param {number} lines */
function tail(text, lines) {
	const all = text.split('\n');
	return all.slice(Math.max(0, all.length - lines)).join('\n');
}

module.exports = {
	startService,
	waitUntil,
	readyOrStopped,
	run,
	runOk,
	freePort,
	tail,
	sleep,
};
