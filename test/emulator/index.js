'use strict';
/**
 * Local emulator of Huawei Cloud OCR (ID card) and the IAM calls the node makes.
 *
 *   const { startEmulator, DEFAULT_ACCOUNTS } = require('./test/emulator');
 *   const emu = await startEmulator({ port?, accounts?, projectsByName?, config?, images? });
 *   emu.url                      http://127.0.0.1:PORT (OCR endpoint AND IAM endpoint)
 *   emu.configure(partial)       merge runtime config (see config.js); { revokeAllTokens: true } revokes tokens
 *   emu.reset()                  stats, counters, locks, fault state and config back to the start values
 *   emu.stats()                  { ocrCalls, tokenCalls, projectCalls, requests, maxInFlight, throttled }
 *   emu.revokeTokens()           every issued IAM token answers APIG.0307 from now on
 *   emu.registerImage(name, buf, contentType?)   served at GET /images/NAME
 *   emu.issueToken({ projectId?, ttlSeconds? })  a token without an IAM call (not counted)
 *   await emu.close()
 * Control over HTTP (no signature): POST /__emulator/config, POST /__emulator/reset, GET /__emulator/stats,
 * POST /__emulator/revoke-tokens, PUT /__emulator/images/NAME.
 */
const { createServer } = require('./server');
const { DEFAULT_ACCOUNTS, DEFAULT_PROJECTS, DOMAIN, indexAccounts } = require('./accounts');
const { DEFAULT_CONFIG, mergeConfig, cloneDefaults } = require('./config');
const { FaultState, FAULT_KINDS } = require('./faults');
const { FIXTURES, makeFixtureImage, makeImage } = require('./fixtures');
const { issueToken } = require('./auth');
const signature = require('./signature');
const images = require('./images');

function emptyStats() {
	return {
		ocrCalls: 0,
		tokenCalls: 0,
		projectCalls: 0,
		requests: [],
		maxInFlight: 0,
		throttled: 0,
	};
}

function checkFaultKinds(partial) {
	const kinds = [
		...(Array.isArray(partial.failNext) ? partial.failNext : []),
		...((partial.faults && partial.faults.kinds) || []),
	];
	for (const k of kinds) {
		if (!FAULT_KINDS.includes(String(k)))
			throw new Error(`unknown fault kind "${k}"; known: ${FAULT_KINDS.join(', ')}`);
	}
}

async function startEmulator(options = {}) {
	const initialConfig = mergeConfig(cloneDefaults(DEFAULT_CONFIG), options.config || {});
	const state = {
		url: '',
		config: initialConfig,
		accounts: indexAccounts(options.accounts),
		projectsByName: options.projectsByName || {},
		tokens: new Map(),
		locks: new Map(),
		stats: emptyStats(),
		inFlight: 0, // OCR requests received and not answered (stats.maxInFlight)
		active: 0, // OCR calls admitted past the concurrency quota and not answered
		faults: new FaultState(),
		images: new Map(),
		sockets: new Set(),
		timers: new Set(),
		closed: false,
	};
	state.faults.onConfigure(options.config || {}, state.config);
	for (const [name, body] of Object.entries(options.images || {}))
		state.images.set(name, { body, contentType: 'application/octet-stream' });

	const emu = {
		url: '',
		port: 0,
		accounts: state.accounts.merged,
		configure(partial) {
			checkFaultKinds(partial || {});
			state.config = mergeConfig(state.config, partial);
			state.faults.onConfigure(partial, state.config);
			if (partial.revokeAllTokens) state.tokens.clear();
			return emu.getConfig();
		},
		getConfig() {
			return { ...cloneDefaults(state.config), failNext: [...state.faults.failNext] };
		},
		reset() {
			state.stats = emptyStats();
			state.locks.clear();
			state.faults.reset();
			state.config = mergeConfig(cloneDefaults(DEFAULT_CONFIG), options.config || {});
			state.faults.onConfigure(options.config || {}, state.config);
		},
		stats() {
			const s = state.stats;
			return { ...s, requests: s.requests.map((r) => ({ ...r, headers: { ...r.headers } })) };
		},
		revokeTokens() {
			state.tokens.clear();
		},
		/** @param {{ projectId?: string, ttlSeconds?: number }} [scope] */
		issueToken({ projectId = DEFAULT_ACCOUNTS.accessKey.projectId, ttlSeconds } = {}) {
			return issueToken(state, { projectId, projectName: undefined, user: 'direct', ttlSeconds })
				.token;
		},
		registerImage(name, body, contentType = 'application/octet-stream') {
			state.images.set(name, { body: Buffer.from(body), contentType });
		},
		async close() {
			if (state.closed) return;
			state.closed = true;
			for (const t of state.timers) clearTimeout(t);
			state.timers.clear();
			await new Promise((resolve) => {
				server.close(() => resolve());
				if (typeof server.closeAllConnections === 'function') server.closeAllConnections();
				for (const socket of state.sockets) socket.destroy();
			});
		},
	};

	const server = createServer(emu, state);
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port || 0, options.host || '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	emu.port = /** @type {import('net').AddressInfo} */ (server.address()).port;
	emu.url = `http://127.0.0.1:${emu.port}`;
	state.url = emu.url;
	emu.server = server;
	return emu;
}

module.exports = {
	startEmulator,
	DEFAULT_ACCOUNTS,
	DEFAULT_PROJECTS,
	DEFAULT_CONFIG,
	DOMAIN,
	FIXTURES,
	FAULT_KINDS,
	makeFixtureImage,
	makeImage,
	signature,
	images,
};
