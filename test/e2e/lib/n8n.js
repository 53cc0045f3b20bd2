'use strict';
/*
 * Drives a real n8n CLI (installed by ../setup-n8n.js) in an isolated N8N_USER_FOLDER:
 * import:credentials, import:workflow, execute --id … --rawOutput.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

const ENCRYPTION_KEY = 'e2e-test-encryption-key-not-secret';

class N8nCli {
	/**
	 * @param {object} o
	 * @param {{node:string,nodeBinDir:string,n8nBin:string,n8nDir:string}} o.install  from setup-n8n.js
	 * @param {string} o.userFolder  N8N_USER_FOLDER (the .n8n folder is created inside it)
	 * @param {string} o.filesDir    the only folder the Read/Write Files node may touch
	 * @param {object} [o.env]       extra environment
	 */
	constructor({ install, userFolder, filesDir, env }) {
		this.install = install;
		this.userFolder = userFolder;
		this.filesDir = filesDir;
		this.extraEnv = env || {};
		this.timings = [];
	}

	/** Whether this n8n version has a backend module (modules come and go between versions). */
	hasModule(name) {
		return fs.existsSync(
			path.join(this.install.n8nDir, 'node_modules', 'n8n', 'dist', 'modules', name),
		);
	}

	env(extra) {
		const base = {};
		// Keep the caller's PATH/HOME/locale, but nothing n8n- or npm-specific that could leak in.
		for (const [k, v] of Object.entries(process.env)) {
			if (/^(N8N_|DB_|EXECUTIONS_|QUEUE_|GENERIC_|NODE_OPTIONS$|npm_)/.test(k)) continue;
			base[k] = v;
		}
		return {
			...base,
			PATH: `${this.install.nodeBinDir}${path.delimiter}${process.env.PATH}`,
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
			DB_TYPE: 'sqlite',
			N8N_RESTRICT_FILE_ACCESS_TO: this.filesDir,
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			// No outbound calls to n8n's own services (the MCP server registry refresh would try api.n8n.io).
			// Versions before the module existed refuse to start when it is named.
			...(this.hasModule('mcp-registry') ? { N8N_DISABLED_MODULES: 'mcp-registry' } : {}),
			N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
			// Binary data on disk, as self-hosted n8n keeps it: the node reads photos through n8n's binary
			// helpers whatever the mode, and the matrix proves it on every version.
			N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			// `n8n execute --rawOutput` prints the run through the logger at level info: anything quieter hides it.
			N8N_LOG_LEVEL: 'info',
			N8N_LOG_OUTPUT: 'console',
			NODE_ENV: 'production',
			...this.extraEnv,
			...(extra || {}),
		};
	}

	/**
	 * Runs `n8n <args>` and resolves { code, stdout, stderr, ms } (never rejects on exit code).
	 * @param {string[]} args
	 * @param {{ env?: Record<string, string>, timeoutMs?: number }} [options] env: extra environment
	 */
	run(args, { env, timeoutMs = 120000 } = {}) {
		const started = Date.now();
		return new Promise((resolve, reject) => {
			const child = spawn(this.install.node, [this.install.n8nBin, ...args], {
				env: this.env(env),
				cwd: this.userFolder,
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (d) => (stdout += d));
			child.stderr.on('data', (d) => (stderr += d));
			const timer = setTimeout(() => {
				child.kill('SIGKILL');
				reject(
					new Error(`n8n ${args.join(' ')} timed out after ${timeoutMs} ms\n${stdout}\n${stderr}`),
				);
			}, timeoutMs);
			child.on('error', (e) => {
				clearTimeout(timer);
				reject(e);
			});
			child.on('close', (code) => {
				clearTimeout(timer);
				const ms = Date.now() - started;
				this.timings.push({ args: args.join(' '), ms });
				resolve({ code, stdout, stderr, ms });
			});
		});
	}

	async runOk(args, opts) {
		const r = await this.run(args, opts);
		if (r.code !== 0) {
			throw new Error(
				`n8n ${args.join(' ')} exited ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`,
			);
		}
		return r;
	}

	writeJson(name, data) {
		const dir = path.join(this.userFolder, 'imports');
		fs.mkdirSync(dir, { recursive: true });
		const file = path.join(dir, name);
		fs.writeFileSync(file, JSON.stringify(data, null, 2));
		return file;
	}

	/** credentials: [{ id, name, type, data: {plain object} }] */
	async importCredentials(credentials) {
		const file = this.writeJson(`credentials-${Date.now()}.json`, credentials);
		return await this.runOk(['import:credentials', `--input=${file}`]);
	}

	/** workflows: one workflow object or an array; each needs an id. */
	async importWorkflows(workflows) {
		const list = Array.isArray(workflows) ? workflows : [workflows];
		const file = this.writeJson(`workflows-${Date.now()}.json`, list);
		return await this.runOk(['import:workflow', `--input=${file}`]);
	}

	/**
	 * `n8n execute --id <id> --rawOutput`; resolves { code, run, stdout, stderr, ms } where `run` is the
	 * parsed run data (IRun: { data: { resultData: { runData, error? } }, status, ... }) or null.
	 */
	async execute(id, opts) {
		const r = await this.run(['execute', `--id=${id}`, '--rawOutput'], opts);
		return { ...r, run: parseRawOutput(r.stdout) };
	}
}

/**
 * `--rawOutput` prints log lines, then the run as pretty JSON from a line that starts with `{` to a line
 * that is just `}`; a failed run is followed by more text ("Error executing workflow. …").
 */
function parseRawOutput(stdout) {
	const lines = stdout.split('\n');
	for (let i = 0; i < lines.length; i++) {
		if (!lines[i].startsWith('{')) continue;
		for (let j = i; j < lines.length; j++) {
			if (lines[j].trimEnd() !== '}' && !(j === i && lines[j].trimEnd().endsWith('}'))) continue;
			try {
				return JSON.parse(lines.slice(i, j + 1).join('\n'));
			} catch {
				// not the end of that object yet, or a log line that happens to start with '{'
			}
		}
	}
	return null;
}

/** Items of one node's output `outputIndex` in its last run. */
function nodeOutput(run, nodeName, outputIndex = 0) {
	const runs = run && run.data && run.data.resultData && run.data.resultData.runData[nodeName];
	if (!runs) return undefined;
	const last = runs[runs.length - 1];
	if (!last.data || !last.data.main) return [];
	return last.data.main[outputIndex] || [];
}

function nodeRuns(run, nodeName) {
	return (run && run.data && run.data.resultData && run.data.resultData.runData[nodeName]) || [];
}

module.exports = { N8nCli, parseRawOutput, nodeOutput, nodeRuns, ENCRYPTION_KEY };
