#!/usr/bin/env node
'use strict';
/**
 * Runs the emulator as a process: `node test/emulator/cli.js [--port N] [--config '{"latencyMs":50}']`.
 * Prints one JSON line {"url", "accounts"} on stdout, then serves until SIGINT/SIGTERM.
 */
const { startEmulator } = require('./index');

function parseArgs(argv) {
	const out = {};
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=', 2);
		const value = inline !== undefined ? inline : argv[i + 1];
		if (flag === '--port') {
			out.port = Number(value);
			if (inline === undefined) i++;
		} else if (flag === '--config') {
			out.config = JSON.parse(value);
			if (inline === undefined) i++;
		} else if (flag === '--help' || flag === '-h') {
			process.stdout.write('usage: node test/emulator/cli.js [--port N] [--config JSON]\n');
			process.exit(0);
		} else {
			process.stderr.write(`unknown argument ${argv[i]}\n`);
			process.exit(2);
		}
	}
	return out;
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	const emu = await startEmulator(args);
	process.stdout.write(JSON.stringify({ url: emu.url, accounts: emu.accounts }) + '\n');
	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		await emu.close();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	process.stderr.write(`emulator failed to start: ${error && error.stack}\n`);
	process.exit(1);
});
