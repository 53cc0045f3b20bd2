'use strict';
/* What a test file needs: the run's state, an n8n CLI, `execute` with timing, and emulator control over HTTP. */
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const { N8nCli, nodeOutput, nodeRuns } = require('./n8n');

function loadState() {
	const file = process.env.N8N_E2E_STATE;
	if (!file || !fs.existsSync(file))
		throw new Error(
			'N8N_E2E_STATE is not set: run the suite with `npm run test:e2e` (its globalSetup prepares n8n)',
		);
	return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function harness() {
	const state = loadState();
	const cli = new N8nCli({
		install: state.install,
		userFolder: state.userFolder,
		filesDir: state.filesDir,
		env: state.env,
	});

	async function emulator(method, what, body) {
		const res = await fetch(`${state.emulatorUrl}/__emulator/${what}`, {
			method,
			headers: body ? { 'content-type': 'application/json' } : {},
			body: body ? JSON.stringify(body) : undefined,
		});
		const json = await res.json();
		if (!res.ok)
			throw new Error(`emulator ${method} ${what}: ${res.status} ${JSON.stringify(json)}`);
		return json;
	}

	/** `n8n execute --id … --rawOutput`; returns the parsed run and accessors. Records the time it took. */
	async function execute(workflowId, label = workflowId) {
		const r = await cli.execute(workflowId);
		fs.appendFileSync(
			state.timingsFile,
			JSON.stringify({ what: `execute ${label}`, ms: r.ms }) + '\n',
		);
		if (!r.run) {
			throw new Error(
				`n8n execute --id ${workflowId} printed no run data (exit ${r.code})\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`,
			);
		}
		return {
			...r,
			status: r.run.status,
			error: r.run.data.resultData.error,
			output: (node, index = 0) => nodeOutput(r.run, node, index),
			runs: (node) => nodeRuns(r.run, node),
			describe: () =>
				`exit ${r.code}, status ${r.run.status}\n${r.stdout.slice(0, 4000)}\n${r.stderr.slice(-2000)}`,
		};
	}

	/** Loads an installed package with n8n's own PackageDirectoryLoader under the n8n install's Node. */
	function inspectInstalledPackage() {
		const out = execFileSync(
			state.install.node,
			[path.join(__dirname, 'inspect-package.js'), state.packageDir],
			{
				encoding: 'utf8',
				env: {
					...process.env,
					NODE_PATH: path.join(state.install.n8nDir, 'node_modules'),
					N8N_USER_FOLDER: state.userFolder,
				},
			},
		);
		return JSON.parse(out.trim().split('\n').pop());
	}

	return {
		state,
		cli,
		execute,
		inspectInstalledPackage,
		emulator: {
			reset: () => emulator('POST', 'reset'),
			configure: (partial) => emulator('POST', 'config', partial),
			stats: () => emulator('GET', 'stats'),
		},
	};
}

module.exports = { harness, loadState };
