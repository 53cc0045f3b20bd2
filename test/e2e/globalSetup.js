'use strict';
const { prepare } = require('./lib/environment');

module.exports = async function globalSetup() {
	const started = Date.now();
	const { emu, statePath } = await prepare();
	globalThis.__N8N_E2E__ = { emu, statePath, started };
	process.env.N8N_E2E_STATE = statePath;
};
