'use strict';
/* `n8n start` on a free loopback port, for what only the server does: the credential "Test" button, node types, icons. */
const { spawn } = require('node:child_process');
const { freePort } = require('./freePort');

const BROWSER_ID = 'n8n-e2e-browser';

/** Starts the server with the CLI's environment; resolves once the REST API answers. */
async function startServer(cli, { timeoutMs = 90000 } = {}) {
	const port = await freePort();
	const env = cli.env({
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
	});
	const child = spawn(cli.install.node, [cli.install.n8nBin, 'start'], {
		env,
		cwd: cli.userFolder,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout.on('data', (d) => (log += d));
	child.stderr.on('data', (d) => (log += d));
	const url = `http://127.0.0.1:${port}`;
	const started = Date.now();
	const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
	let exitCode;
	exited.then((c) => (exitCode = c));
	for (;;) {
		if (exitCode !== undefined) throw new Error(`n8n start exited with ${exitCode}\n${log}`);
		if (Date.now() - started > timeoutMs) {
			child.kill('SIGKILL');
			throw new Error(`n8n start was not ready within ${timeoutMs} ms\n${log}`);
		}
		// /healthz and /rest/settings answer before the rest of the REST API is mounted; the last startup line
		// comes after it.
		if (/Editor is now accessible via/.test(log)) {
			try {
				const res = await fetch(`${url}/rest/settings`);
				if (res.ok) break;
			} catch {
				// not listening yet
			}
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	let cookie = '';
	const server = {
		url,
		startMs: Date.now() - started,
		log: () => log,
		async request(method, path, body) {
			const res = await fetch(`${url}${path}`, {
				method,
				headers: {
					'browser-id': BROWSER_ID,
					...(cookie ? { cookie } : {}),
					...(body ? { 'content-type': 'application/json' } : {}),
				},
				body: body ? JSON.stringify(body) : undefined,
			});
			const setCookie = res.headers.get('set-cookie');
			const auth = setCookie && /n8n-auth=[^;]+/.exec(setCookie);
			if (auth) cookie = auth[0];
			const text = await res.text();
			let json;
			try {
				json = JSON.parse(text);
			} catch {
				json = undefined;
			}
			return { status: res.status, headers: res.headers, text, json };
		},
		async stop() {
			if (exitCode !== undefined) return;
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
			await exited;
			clearTimeout(timer);
		},
	};
	return server;
}

module.exports = { startServer };
