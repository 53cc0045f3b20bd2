'use strict';
/*
 * PostgreSQL and Redis from the Debian packages, each on 127.0.0.1 with a free port, data in the run folder,
 * nothing persisted beyond it. A missing binary is an error that names the package to install: this suite
 * never skips.
 *   postgresql     → /usr/lib/postgresql/<version>/bin/{initdb,postgres,pg_isready,psql}
 *   redis-server   → redis-server
 * PostgreSQL refuses to run as root: as root, the data folder belongs to the `postgres` user (created by the
 * Debian package; `nobody` otherwise) and initdb/postgres run as that user (spawn's uid/gid).
 */
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const { startService, readyOrStopped, run, runOk, freePort } = require('./processes');

const PG_USER = 'postgres';

/** @param {string} what @param {string} pkg */
function missing(what, pkg) {
	return new Error(
		`${what} not found: install the Debian package \`${pkg}\` (apt-get install -y ${pkg}). ` +
			'The queue-mode suite needs it and does not skip without it.',
	);
}

/** The bin folder of the newest PostgreSQL under /usr/lib/postgresql (or $QUEUE_PG_BIN). */
function postgresBinDir() {
	const candidates = [];
	if (process.env.QUEUE_PG_BIN) candidates.push(process.env.QUEUE_PG_BIN);
	const root = '/usr/lib/postgresql';
	if (fs.existsSync(root)) {
		const versions = fs
			.readdirSync(root)
			.filter((v) => /^\d+(\.\d+)?$/.test(v))
			.sort((a, b) => Number(b) - Number(a));
		for (const v of versions) candidates.push(path.join(root, v, 'bin'));
	}
	const found = candidates.find((dir) =>
		['initdb', 'postgres', 'pg_isready'].every((b) => isExecutable(path.join(dir, b))),
	);
	if (!found)
		throw missing(
			`PostgreSQL server binaries (initdb, postgres) under ${root}/*/bin`,
			'postgresql',
		);
	return found;
}

/** psql: next to the server, else on PATH (postgresql-client). @param {string} binDir */
function psqlBinary(binDir) {
	const own = path.join(binDir, 'psql');
	if (isExecutable(own)) return own;
	const onPath = which('psql');
	if (onPath) return onPath;
	throw missing('psql', 'postgresql-client');
}

function redisBinary() {
	const found =
		which('redis-server') || ['/usr/bin/redis-server', '/usr/sbin/redis-server'].find(isExecutable);
	if (!found) throw missing('redis-server', 'redis-server');
	return found;
}

/** @param {string} file */
function isExecutable(file) {
	try {
		fs.accessSync(file, fs.constants.X_OK);
		return fs.statSync(file).isFile();
	} catch {
		return false;
	}
}

/** @param {string} name */
function which(name) {
	for (const dir of (process.env.PATH || '').split(path.delimiter)) {
		if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
	}
	return undefined;
}

/** uid/gid to run PostgreSQL as: undefined unless we are root. */
function postgresIdentity() {
	if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
	for (const user of ['postgres', 'nobody']) {
		try {
			const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
			const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
			if (Number.isInteger(uid) && Number.isInteger(gid)) return { uid, gid, user };
		} catch {
			// no such user
		}
	}
	throw new Error(
		'running as root and neither a `postgres` nor a `nobody` user exists to run PostgreSQL as',
	);
}

/**
 * @typedef {object} Postgres
 * @property {number} port
 * @property {import('./processes').Service} service
 * @property {(sql: string, database?: string) => Promise<string>} psql   runs SQL, returns unaligned output
 * @property {(sql: string, database?: string) => Promise<any>} queryJson  `select json_agg(...)`-style query → parsed
 * @property {(name: string) => Promise<void>} createDatabase
 */

/**
 * initdb into <dir>/data and start postgres on a free port (TCP on 127.0.0.1 only, no Unix socket).
 * @param {string} dir
 * @returns {Promise<Postgres>}
 */
async function startPostgres(dir) {
	const binDir = postgresBinDir();
	const psqlBin = psqlBinary(binDir);
	const { uid, gid } = postgresIdentity();
	const dataDir = path.join(dir, 'data');
	fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
	if (uid !== undefined) {
		// The postgres user has to reach its folder through the run folder (mkdtemp makes that 0700).
		fs.chmodSync(path.dirname(dir), 0o755);
		fs.chownSync(dir, uid, gid ?? uid);
		fs.chownSync(dataDir, uid, gid ?? uid);
	}
	/** @type {NodeJS.ProcessEnv} */
	const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
	delete env.PGDATA;
	await runOk(
		path.join(binDir, 'initdb'),
		['-D', dataDir, '-U', PG_USER, '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-sync'],
		{ env, uid, gid, cwd: dir, timeoutMs: 120000 },
	);
	const port = await freePort();
	const service = startService({
		name: 'postgres',
		command: path.join(binDir, 'postgres'),
		args: [
			'-D',
			dataDir,
			'-p',
			String(port),
			'-c',
			'listen_addresses=127.0.0.1',
			'-c',
			'unix_socket_directories=',
			'-c',
			'fsync=off',
			'-c',
			'synchronous_commit=off',
			'-c',
			'full_page_writes=off',
			'-c',
			'max_connections=200',
		],
		logFile: path.join(dir, 'postgres.log'),
		env,
		cwd: dir,
		uid,
		gid,
		stopSignal: 'SIGINT', // fast shutdown
	});
	const pgArgs = ['-h', '127.0.0.1', '-p', String(port), '-U', PG_USER];
	await readyOrStopped(
		service,
		async () =>
			(
				await run(path.join(binDir, 'pg_isready'), [...pgArgs, '-d', 'postgres'], {
					timeoutMs: 5000,
				})
			).code === 0,
		60000,
	);
	/** @type {Postgres['psql']} */
	const psql = async (sql, database = 'postgres') => {
		const r = await runOk(
			psqlBin,
			[...pgArgs, '-d', database, '-v', 'ON_ERROR_STOP=1', '-X', '-A', '-t', '-q', '-c', sql],
			{
				env: { ...env, PGCONNECT_TIMEOUT: '10' },
				timeoutMs: 30000,
			},
		);
		return r.stdout.trim();
	};
	return {
		port,
		service,
		psql,
		async queryJson(sql, database) {
			const out = await psql(`select coalesce(json_agg(q), '[]'::json) from (${sql}) q`, database);
			return JSON.parse(out);
		},
		async createDatabase(name) {
			await psql(`create database "${name}"`);
		},
	};
}

/**
 * @typedef {object} Redis
 * @property {number} port
 * @property {import('./processes').Service} service
 * @property {(...args: string[]) => Promise<string>} command  one command, the raw RESP reply
 */

/**
 * redis-server on a free port, no persistence, data folder <dir>.
 * @param {string} dir
 * @returns {Promise<Redis>}
 */
async function startRedis(dir) {
	const bin = redisBinary();
	fs.mkdirSync(dir, { recursive: true });
	const port = await freePort();
	const service = startService({
		name: 'redis',
		command: bin,
		args: [
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--dir',
			dir,
			'--save',
			'',
			'--appendonly',
			'no',
			'--daemonize',
			'no',
			'--protected-mode',
			'yes',
		],
		logFile: path.join(dir, 'redis.log'),
		cwd: dir,
	});
	/** @param {string[]} args */
	const command = (...args) => redisCommand(port, args);
	await readyOrStopped(service, async () => (await command('PING')).startsWith('+PONG'), 30000);
	return { port, service, command };
}

/**
 * Sends one command over RESP and resolves the first reply chunk (enough for PING/INFO-sized answers).
 * @param {number} port
 * @param {string[]} args
 * @returns {Promise<string>}
 */
function redisCommand(port, args) {
	return new Promise((resolve, reject) => {
		const socket = net.connect({ host: '127.0.0.1', port });
		const timer = setTimeout(() => {
			socket.destroy();
			reject(new Error(`redis ${args[0]}: no answer within 5 s`));
		}, 5000);
		let data = '';
		socket.on('error', (e) => {
			clearTimeout(timer);
			reject(e);
		});
		socket.on('data', (d) => {
			data += d;
			if (data.endsWith('\r\n')) {
				clearTimeout(timer);
				socket.end();
				resolve(data);
			}
		});
		socket.on('connect', () => {
			socket.write(
				`*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`,
			);
		});
	});
}

module.exports = { startPostgres, startRedis, postgresBinDir, redisBinary, PG_USER };
