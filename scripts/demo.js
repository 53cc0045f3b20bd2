#!/usr/bin/env node
'use strict';
/*
 * npm run demo [-- --once] [-- --port 5678] [-- --host 0.0.0.0] [-- --skip-build]
 *
 * The offline demo: a real n8n 2.x with this package installed as a community package, a local Huawei Cloud
 * emulator in place of Huawei, a credential pointing at it and the example workflows of examples/ imported.
 * Runs the headline example (a folder of ID card photos → OCR → CSV, failures to a review list) once and prints
 * what the OCR node returned; then keeps n8n (http://localhost:5678) and the emulator running until Ctrl-C.
 * --once: run the example, print the table and exit (exit code 1 if the run did not give the expected mix).
 *
 * Plain JavaScript so that it runs right after `npm install`, before anything is built.
 */
const path = require('node:path');

const { prepareDemo, runHeadline, startN8n, DEFAULT_ROOT } = require('./lib/demo');
const { HEADLINE, TABLE_COLUMNS, EXAMPLES } = require('./lib/examples');
const { formatTable } = require('./lib/table');

function parseArgs(argv) {
	const o = { once: false, port: 5678, host: '127.0.0.1', skipBuild: false, root: DEFAULT_ROOT };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=', 2);
		const value = () => (inline !== undefined ? inline : argv[++i]);
		if (flag === '--once') o.once = true;
		else if (flag === '--port') o.port = Number(value());
		else if (flag === '--host') o.host = value();
		else if (flag === '--skip-build') o.skipBuild = true;
		else if (flag === '--root') o.root = path.resolve(value());
		else if (flag === '--help' || flag === '-h') {
			process.stdout.write(
				'usage: npm run demo [-- --once] [--port 5678] [--host 127.0.0.1|0.0.0.0] [--skip-build] [--root .cache/demo]\n',
			);
			process.exit(0);
		} else {
			process.stderr.write(`unknown argument ${argv[i]} (see --help)\n`);
			process.exit(2);
		}
	}
	if (!Number.isInteger(o.port) || o.port <= 0 || o.port > 65535) {
		process.stderr.write(`--port must be a port number\n`);
		process.exit(2);
	}
	return o;
}

/** Set once Ctrl-C / SIGTERM (or n8n exiting) starts the shutdown; later failures are then expected, not reported. */
let stopping = null;

const rel = (p) => path.relative(process.cwd(), p) || '.';
const say = (msg = '') => process.stdout.write(`${msg}\n`);

/** What the CI checks with --once: cards on the success output, a failed check among them, one photo on the error output. */
function verdict(rows) {
	const ok = rows.filter((r) => r.output === 'main');
	const failed = rows.filter((r) => r.output === 'error');
	const problems = [];
	if (ok.length < 1) problems.push('no card on the success output');
	if (failed.length < 1) problems.push('no photo on the error output');
	if (!ok.some((r) => r.number === '110101199003070118' && r['checks.passed'] === true))
		problems.push('张三 (110101199003070118) was not read with checks passed');
	if (!ok.some((r) => r['checks.passed'] === false))
		problems.push('no card that fails the local checks');
	return { ok, failed, problems };
}

async function main() {
	const opts = parseArgs(process.argv.slice(2));
	const started = Date.now();
	say(
		'n8n-nodes-huaweicloud-ocr demo: a real n8n with this node, Huawei Cloud replaced by a local emulator',
	);
	say('');

	let demo;
	const shutdown = (why, code = 0) => {
		if (!stopping) {
			if (why) say(`\n${why}: stopping n8n and the emulator…`);
			stopping = (async () => {
				const hardStop = setTimeout(() => process.exit(code || 1), 30000);
				hardStop.unref();
				try {
					if (demo) await demo.close();
				} catch (e) {
					process.stderr.write(`while stopping: ${e && e.message}\n`);
				}
				if (why) say('stopped.');
				process.exit(code);
			})();
		}
		return stopping;
	};
	// A Ctrl-C while n8n is being installed or started also ends cleanly.
	process.on('SIGINT', () => shutdown('Ctrl-C'));
	process.on('SIGTERM', () => shutdown('SIGTERM'));

	demo = await prepareDemo({
		root: opts.root,
		skipBuild: opts.skipBuild,
		log: (m) => say(`  ✓ ${m}`),
	});
	if (stopping) return;
	say('');
	say(`Running the example "${demo.workflows.find((w) => w.id === HEADLINE.id).name}"`);
	say(
		`  (reads ${rel(path.join(demo.filesDir, 'id-cards'))}/*.jpg, writes ${rel(path.join(demo.filesDir, 'output'))}/id-cards.csv and needs-review.csv)`,
	);
	const result = await runHeadline(demo);
	say('');
	say(
		formatTable(result.rows, {
			columns: ['output', ...TABLE_COLUMNS],
			maxWidth: { error: 64, issue: 20, name: 14 },
		}),
	);
	const { ok, failed, problems } = verdict(result.rows);
	say('');
	say(
		`${ok.length} cards read (${ok.filter((r) => r['checks.passed'] === false).length} failing the local checks), ` +
			`${failed.length} photo(s) on the error output → review list; n8n execute took ${(result.ms / 1000).toFixed(1)} s.`,
	);
	if (result.run.status !== 'success' || problems.length) {
		process.stderr.write(
			`\nThe example did not give the expected result (status ${result.run.status}): ${problems.join('; ')}\n`,
		);
		if (result.run.data.resultData.error)
			process.stderr.write(
				`${JSON.stringify(result.run.data.resultData.error, null, 2).slice(0, 3000)}\n`,
			);
		await demo.close();
		process.exit(1);
	}

	if (opts.once) {
		await demo.close();
		say(`done in ${((Date.now() - started) / 1000).toFixed(1)} s (--once: n8n was not started).`);
		process.exit(0);
	}

	say('');
	say(`Starting n8n on ${opts.host}:${opts.port} (log: ${rel(path.join(demo.root, 'n8n.log'))})…`);
	const server = await startN8n(demo, {
		port: opts.port,
		host: opts.host,
		log: (m) => say(`  ✓ ${m}`),
	});
	if (stopping) return;
	server.exited.then((code) => {
		if (!stopping) shutdown(`n8n exited on its own (${code}); see ${rel(server.logFile)}`, 1);
	});
	const wf = (id) => `${server.editorUrl}/workflow/${id}`;
	say('');
	say(`n8n is running:       ${server.editorUrl}`);
	say(`  sign in as          ${server.owner.email}  /  ${server.owner.password}`);
	say(`  headline example    ${wf(HEADLINE.id)}`);
	say(
		`  email → sheet       ${wf(EXAMPLES.email.id)}   (needs IMAP and Google Sheets credentials)`,
	);
	say(
		`  form upload         ${wf(EXAMPLES.form.id)}   (Execute workflow, then upload a photo from ${rel(path.join(demo.filesDir, 'id-cards'))})`,
	);
	say(
		`  AI agent tool       ${wf(EXAMPLES.agent.id)}   (needs an OpenAI-compatible chat model credential)`,
	);
	say(
		`Huawei emulator:      ${demo.emulatorUrl}   (credential "Huawei Cloud account" points here)`,
	);
	say(`Files n8n may read:   ${rel(demo.filesDir)}`);
	say(
		`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Press Ctrl-C to stop n8n and the emulator.`,
	);
}

main().catch(async (e) => {
	if (stopping) return; // interrupted: the shutdown in progress exits
	process.stderr.write(`\ndemo failed: ${(e && e.stack) || e}\n`);
	process.exit(1);
});
