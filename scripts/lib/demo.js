'use strict';
/*
 * The offline demo as a library (scripts/demo.js is its command line; test/browser and test/examples use it too):
 *
 *   const demo = await prepareDemo({ root });   n8n (cached), this package built + packed + installed into
 *                                               <root>/user/.n8n/nodes, sample photos in <root>/files, the Huawei
 *                                               emulator, a credential pointing at it, the example workflows imported
 *   const r = await runHeadline(demo);          `n8n execute` of the headline example → { run, rows, ms }
 *   const server = await startN8n(demo, { port });   `n8n start` with an owner account → { url, owner, stop() }
 *   await demo.close();                         stops the emulator (and a server started here)
 *
 * Everything lives under <root> (default .cache/demo, gitignored): the n8n database and settings persist between
 * runs; the package, the credential, the example workflows and the sample photos are refreshed every run.
 */
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { spawn } = require('node:child_process');

const {
	REPO,
	HEADLINE,
	loadAllExamples,
	writeSampleFiles,
	registerServedImages,
	demoCredentials,
	headlineRows,
} = require('./examples');

const E2E = path.join(REPO, 'test', 'e2e');
const DEFAULT_ROOT = path.join(REPO, '.cache', 'demo');
const OWNER = {
	email: 'demo@example.com',
	password: 'Demo-OCR-2026',
	firstName: 'Demo',
	lastName: 'Owner',
};

function freePort(host = '127.0.0.1') {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, host, () => {
			const { port } = /** @type {import('net').AddressInfo} */ (srv.address());
			srv.close(() => resolve(port));
		});
	});
}

/** Resolves true when nothing listens on host:port. */
function portIsFree(port, host) {
	return new Promise((resolve) => {
		const srv = net.createServer();
		srv.once('error', () => resolve(false));
		srv.listen(port, host, () => srv.close(() => resolve(true)));
	});
}

function seconds(ms) {
	return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * @param {object} [o]
 * @param {string} [o.root]         folder for the user folder, files and logs (default .cache/demo)
 * @param {boolean} [o.skipBuild]   reuse dist/ as it is (still packs and installs)
 * @param {(msg:string)=>void} [o.log]
 */
async function prepareDemo({ root = DEFAULT_ROOT, skipBuild = false, log = () => {} } = {}) {
	const timings = {};
	const step = async (label, fn) => {
		const t0 = Date.now();
		const out = await fn();
		timings[label] = Date.now() - t0;
		log(`${label} (${seconds(timings[label])})`);
		return out;
	};
	const { setup } = require(path.join(E2E, 'setup-n8n'));
	const { N8nCli } = require(path.join(E2E, 'lib', 'n8n'));
	const { buildAndPack, installIntoN8n } = require(path.join(E2E, 'lib', 'package'));
	const { startEmulator, DEFAULT_ACCOUNTS } = require(path.join(REPO, 'test', 'emulator'));

	root = path.resolve(root);
	const userFolder = path.join(root, 'user');
	const filesDir = path.join(root, 'files');
	fs.mkdirSync(userFolder, { recursive: true });

	const install = await step(
		'n8n and Node 24 ready (installed once into the cache, about 4 minutes the first time)',
		() => setup(),
	);
	const pack = await step(skipBuild ? 'package packed' : 'package built and packed', () =>
		buildAndPack(path.join(root, 'pack'), { skipBuild }),
	);
	await step('package installed as a community package', () =>
		installIntoN8n(pack.tarball, userFolder),
	);
	writeSampleFiles(filesDir);

	const emu = await startEmulator();
	// Photos of cards the emulator has never seen are read for real by the offline OCR engine (test/ocr).
	emu.configure({ ocrFallback: true });
	registerServedImages(emu);
	let closed = false;
	const demo = {
		root,
		userFolder,
		filesDir,
		install,
		pack,
		emu,
		emulatorUrl: emu.url,
		timings,
		cli: null,
		server: null,
		async close() {
			if (closed) return;
			closed = true;
			if (demo.server) await demo.server.stop();
			await emu.close();
			await require(path.join(REPO, 'test', 'ocr', 'recognizer')).closeRecognizer();
		},
	};
	try {
		log(`Huawei Cloud emulator listening on ${emu.url}`);
		demo.cli = new N8nCli({
			install,
			userFolder,
			filesDir,
			env: { N8N_RUNNERS_BROKER_PORT: String(await freePort()) },
		});
		await step('credential "Huawei Cloud account" imported (points at the emulator)', () =>
			demo.cli.importCredentials(demoCredentials(emu.url, DEFAULT_ACCOUNTS)),
		);
		const workflows = loadAllExamples({ filesDir });
		demo.workflows = workflows;
		await step(`${workflows.length} example workflows imported`, () =>
			demo.cli.importWorkflows(workflows),
		);
	} catch (e) {
		await demo.close();
		throw e;
	}
	return demo;
}

/** Runs the headline example with `n8n execute`; resolves { run, rows, ms, code }. */
async function runHeadline(demo, { timeoutMs = 180000 } = {}) {
	for (const f of ['id-cards.csv', 'needs-review.csv'])
		fs.rmSync(path.join(demo.filesDir, 'output', f), { force: true });
	const r = await demo.cli.execute(HEADLINE.id, { timeoutMs });
	if (!r.run) {
		throw new Error(
			`n8n execute --id ${HEADLINE.id} printed no run data (exit ${r.code})\n--- stdout\n${r.stdout.slice(-4000)}\n--- stderr\n${r.stderr.slice(-4000)}`,
		);
	}
	return {
		run: r.run,
		rows: headlineRows(r.run),
		ms: r.ms,
		code: r.code,
		stdout: r.stdout,
		stderr: r.stderr,
	};
}

/** bcrypt hash of the demo owner's password, with the bcryptjs n8n itself uses (N8N_INSTANCE_OWNER_PASSWORD_HASH). */
function ownerPasswordHash(install, password) {
	const bcrypt = require(path.join(install.n8nDir, 'node_modules', 'bcryptjs'));
	return bcrypt.hashSync(password, 10);
}

/**
 * `n8n start` on host:port with the demo owner set up from the environment (n8n 2.x's
 * N8N_INSTANCE_OWNER_MANAGED_BY_ENV: created, or reset to this password, at every start). Resolves when the
 * editor answers. The server runs in its own process group, so a Ctrl-C in the terminal reaches only the demo,
 * which then stops n8n in order.
 * @param {object} demo what prepareDemo resolved
 * @param {object} [o]
 * @param {number} [o.port]
 * @param {string} [o.host]
 * @param {string} [o.publicHost]
 * @param {number} [o.timeoutMs]
 * @param {(msg: string) => void} [o.log]
 */
async function startN8n(
	demo,
	{
		port = 5678,
		host = '127.0.0.1',
		publicHost = 'localhost',
		timeoutMs = 120000,
		log = () => {},
	} = {},
) {
	if (!(await portIsFree(port, host))) {
		throw new Error(
			`port ${port} on ${host} is in use (another n8n?): stop it or choose another port with --port`,
		);
	}
	const logFile = path.join(demo.root, 'n8n.log');
	const out = fs.openSync(logFile, 'w');
	const env = demo.cli.env({
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: host,
		N8N_HOST: publicHost,
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `http://${publicHost}:${port}`,
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
		N8N_INSTANCE_OWNER_EMAIL: OWNER.email,
		N8N_INSTANCE_OWNER_FIRST_NAME: OWNER.firstName,
		N8N_INSTANCE_OWNER_LAST_NAME: OWNER.lastName,
		N8N_INSTANCE_OWNER_PASSWORD_HASH: ownerPasswordHash(demo.install, OWNER.password),
		N8N_HIDE_USAGE_PAGE: 'true',
		N8N_LOG_OUTPUT: 'console',
		N8N_LOG_LEVEL: 'info',
	});
	const t0 = Date.now();
	const child = spawn(demo.install.node, [demo.install.n8nBin, 'start'], {
		env,
		cwd: demo.userFolder,
		stdio: ['ignore', out, out],
		detached: true,
	});
	fs.closeSync(out);
	let exitCode;
	const exited = new Promise((resolve) =>
		child.on('exit', (code, signal) => resolve((exitCode = code === null ? signal : code))),
	);
	const killGroup = (signal) => {
		try {
			process.kill(-child.pid, signal);
		} catch {
			// already gone
		}
	};
	// Last resort if the demo itself dies without stopping n8n (its group would outlive it).
	const onExit = () => killGroup('SIGKILL');
	process.on('exit', onExit);

	const url = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${port}`;
	const readLog = () => fs.readFileSync(logFile, 'utf8');
	for (;;) {
		if (exitCode !== undefined)
			throw new Error(
				`n8n start exited with ${exitCode}; its log (${logFile}):\n${readLog().slice(-4000)}`,
			);
		if (Date.now() - t0 > timeoutMs) {
			killGroup('SIGKILL');
			throw new Error(
				`n8n start was not ready within ${timeoutMs / 1000} s; its log (${logFile}):\n${readLog().slice(-4000)}`,
			);
		}
		if (/Editor is now accessible via/.test(readLog())) {
			try {
				const res = await fetch(`${url}/rest/settings`);
				if (res.ok) break;
			} catch {
				// not listening yet
			}
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	log(`n8n started (${seconds(Date.now() - t0)})`);

	let stopping;
	const server = {
		url,
		editorUrl: `http://${publicHost}:${port}`,
		owner: { email: OWNER.email, password: OWNER.password },
		logFile,
		pid: child.pid,
		startMs: Date.now() - t0,
		exited,
		/** SIGTERM to n8n's process group (n8n and its task runner), SIGKILL after `graceMs`. */
		stop({ graceMs = 20000 } = {}) {
			if (!stopping) {
				stopping = (async () => {
					if (exitCode === undefined) {
						killGroup('SIGTERM');
						const timer = setTimeout(() => killGroup('SIGKILL'), graceMs);
						await exited;
						clearTimeout(timer);
					}
					killGroup('SIGKILL'); // anything left in the group (a task runner)
					process.removeListener('exit', onExit);
				})();
			}
			return stopping;
		},
	};
	demo.server = server;
	return server;
}

/** Signs in as the demo owner over REST; resolves the auth cookie ("n8n-auth=…") and the browser id it is bound to. */
async function login(server, { browserId = 'n8n-demo-cli' } = {}) {
	const res = await fetch(`${server.url}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'browser-id': browserId },
		body: JSON.stringify({
			emailOrLdapLoginId: server.owner.email,
			password: server.owner.password,
		}),
	});
	if (!res.ok)
		throw new Error(`login as ${server.owner.email} failed: ${res.status} ${await res.text()}`);
	const cookie = /n8n-auth=[^;]+/.exec(res.headers.get('set-cookie') || '');
	return { cookie: cookie && cookie[0], browserId };
}

module.exports = {
	prepareDemo,
	runHeadline,
	startN8n,
	login,
	freePort,
	portIsFree,
	DEFAULT_ROOT,
	OWNER,
	HEADLINE,
};
