'use strict';
const fs = require('node:fs');

module.exports = async function globalTeardown() {
	const ctx = globalThis.__N8N_E2E__;
	if (!ctx) return;
	await ctx.emu.close();
	const state = JSON.parse(fs.readFileSync(ctx.statePath, 'utf8'));
	const lines = ['', 'n8n end-to-end timings'];
	for (const [label, s] of Object.entries(state.timings))
		lines.push(`  ${label.padEnd(48)} ${s.toFixed(1)} s`);
	if (fs.existsSync(state.timingsFile)) {
		for (const line of fs.readFileSync(state.timingsFile, 'utf8').trim().split('\n')) {
			const t = JSON.parse(line);
			lines.push(`  ${`n8n ${t.what}`.padEnd(48)} ${(t.ms / 1000).toFixed(1)} s`);
		}
	}
	lines.push(
		`  ${'total (setup + tests)'.padEnd(48)} ${((Date.now() - ctx.started) / 1000).toFixed(1)} s`,
	);
	process.stderr.write(`${lines.join('\n')}\n`);
	if (process.env.N8N_E2E_KEEP === '1') process.stderr.write(`kept ${state.runDir}\n`);
	else fs.rmSync(state.runDir, { recursive: true, force: true });
};
