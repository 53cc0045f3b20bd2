'use strict';
/*
 * The load: N webhook calls sent at once (or from a few clients, each waiting for its answer), half as
 * multipart uploads and half as JSON bodies with base64, good fronts and backs plus photos the emulator
 * refuses, each with the answer it must get. With `distinctPhotos`, every call's photo has a size of its own
 * (padded), so the emulator's request log (bodyBytes) tells which OCR calls were that call's attempts.
 */
const path = require('node:path');

const { REPO } = require('../../e2e/lib/package');
const { UPLOAD_PATH, JSON_PATH, UPLOAD_FIELD } = require('./workflow');

/** @type {{ FIXTURES: Record<string, any>, makeFixtureImage: (id: string, o?: object) => Buffer }} */
const emulator = require(path.join(REPO, 'test', 'emulator'));

/** Photos the emulator recognises, and ones it refuses with Huawei's code. */
const GOOD = [
	'front-zhangsan',
	'front-lina-x',
	'front-minority',
	'front-mongol',
	'back-beijing',
	'back-long-term',
];
const BAD = { 'not-a-card': 'AIS.0104', 'unreadable-card': 'AIS.0105' };

/**
 * @typedef {object} Call
 * @property {number} index
 * @property {string} fixture
 * @property {'upload' | 'json'} transport
 * @property {number} [padToBytes]  the photo's size, when every call has its own
 * @property {{ ok: true, side: string, name?: string, number?: string, issue?: string, valid_to?: string } | { ok: false, code: string }} expected
 */

/**
 * Padded photo sizes: above every fixture photo (about 2.7 kB), 300 bytes apart (400 base64 characters, more
 * than any other difference between two request bodies).
 */
const PADDED_BASE = 4096;
const PADDED_STEP = 300;

/**
 * `count` calls cycling through every fixture, each fixture over both transports.
 * @param {number} count
 * @param {{ distinctPhotos?: boolean }} [o]
 * @returns {Call[]}
 */
function plan(count, { distinctPhotos = false } = {}) {
	const fixtures = [...GOOD, ...Object.keys(BAD)];
	/** @type {Call[]} */
	const calls = [];
	for (let i = 0; i < count; i++) {
		const round = Math.floor(i / fixtures.length);
		const f = i % fixtures.length;
		const fixture = fixtures[f];
		calls.push({
			index: i,
			fixture,
			transport: (round + f) % 2 === 0 ? 'upload' : 'json',
			expected: expectedFor(fixture),
			...(distinctPhotos ? { padToBytes: PADDED_BASE + PADDED_STEP * i } : {}),
		});
	}
	return calls;
}

/** @param {string} fixture @returns {Call['expected']} */
function expectedFor(fixture) {
	if (fixture in BAD) return { ok: false, code: BAD[/** @type {keyof typeof BAD} */ (fixture)] };
	const f = emulator.FIXTURES[fixture];
	if (f.side === 'front')
		return { ok: true, side: 'front', name: f.front.name, number: f.front.number };
	return { ok: true, side: 'back', issue: f.back.issue, valid_to: f.back.valid_to };
}

/** @type {Map<string, Buffer>} */
const images = new Map();
/** @param {Call} call */
function photo(call) {
	const key = `${call.fixture}:${call.padToBytes ?? ''}`;
	if (!images.has(key))
		images.set(
			key,
			emulator.makeFixtureImage(call.fixture, {
				format: 'jpeg',
				width: 1000,
				height: 630,
				padToBytes: call.padToBytes,
			}),
		);
	return /** @type {Buffer} */ (images.get(key));
}

/**
 * @typedef {object} Answer
 * @property {Call} call
 * @property {number} status   HTTP status, 0 when the request failed
 * @property {any} body
 * @property {string} [error]
 * @property {number} ms
 */

/**
 * Sends one call to the webhooks under baseUrl.
 * @param {string} baseUrl
 * @param {Call} call
 * @param {number} timeoutMs
 * @returns {Promise<Answer>}
 */
async function send(baseUrl, call, timeoutMs) {
	const started = Date.now();
	const bytes = photo(call);
	/** @type {RequestInit} */
	let init;
	if (call.transport === 'upload') {
		const form = new FormData();
		form.append(UPLOAD_FIELD, new Blob([bytes], { type: 'image/jpeg' }), `${call.fixture}.jpg`);
		form.append('ref', `call-${call.index}`);
		init = { method: 'POST', body: form };
	} else {
		init = {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ ref: `call-${call.index}`, image: bytes.toString('base64') }),
		};
	}
	const url = `${baseUrl}/webhook/${call.transport === 'upload' ? UPLOAD_PATH : JSON_PATH}`;
	try {
		const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
		const text = await res.text();
		let body;
		try {
			body = JSON.parse(text);
		} catch {
			body = text;
		}
		return { call, status: res.status, body, ms: Date.now() - started };
	} catch (error) {
		return { call, status: 0, body: undefined, error: String(error), ms: Date.now() - started };
	}
}

/**
 * Sends every call at once; resolves the answers (in call order) and the wall time.
 * @param {string} baseUrl
 * @param {Call[]} calls
 * @param {{ timeoutMs?: number }} [o]
 */
async function burst(baseUrl, calls, { timeoutMs = 60000 } = {}) {
	for (const c of calls) photo(c); // build the images before the clock starts
	const started = Date.now();
	const answers = await Promise.all(calls.map((c) => send(baseUrl, c, timeoutMs)));
	return summary(answers, Date.now() - started);
}

/**
 * `clients` clients, each sending its next call once the last one was answered (the calls taken in order
 * from one list); resolves the answers (in call order) and the wall time.
 * @param {string} baseUrl
 * @param {Call[]} calls
 * @param {{ clients: number, timeoutMs?: number }} o
 */
async function fromClients(baseUrl, calls, { clients, timeoutMs = 60000 }) {
	for (const c of calls) photo(c);
	const started = Date.now();
	/** @type {Answer[]} */
	const answers = new Array(calls.length);
	let next = 0;
	const client = async () => {
		while (next < calls.length) {
			const i = next++;
			answers[i] = await send(baseUrl, calls[i], timeoutMs);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, clients) }, client));
	return summary(answers, Date.now() - started);
}

/** @param {Answer[]} answers @param {number} wallMs */
function summary(answers, wallMs) {
	const latencies = answers.map((a) => a.ms).sort((a, b) => a - b);
	const pct = (/** @type {number} */ p) =>
		latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)];
	return {
		answers,
		wallMs,
		callsPerSecond: answers.length / (wallMs / 1000),
		latencyMs: {
			min: latencies[0],
			p50: pct(50),
			p90: pct(90),
			max: latencies[latencies.length - 1],
		},
	};
}

/**
 * What is wrong with an answer, or '' when it is the right one.
 * @param {Answer} a
 * @returns {string}
 */
function checkAnswer(a) {
	const { call } = a;
	const where = `call ${call.index} (${call.fixture} as ${call.transport})`;
	if (a.status === 0) return `${where}: no answer: ${a.error}`;
	const b = a.body;
	if (!b || typeof b !== 'object')
		return `${where}: HTTP ${a.status}, not JSON: ${String(b).slice(0, 300)}`;
	if (!b.executionId) return `${where}: no executionId in ${JSON.stringify(b).slice(0, 300)}`;
	const e = call.expected;
	if (e.ok) {
		if (a.status !== 200 || b.ok !== true)
			return `${where}: expected the card, got HTTP ${a.status} ${JSON.stringify(b).slice(0, 400)}`;
		const card = b.card || {};
		for (const key of /** @type {const} */ (['side', 'name', 'number', 'issue', 'valid_to'])) {
			if (e[key] !== undefined && card[key] !== e[key])
				return `${where}: card.${key} is ${JSON.stringify(card[key])}, expected ${JSON.stringify(e[key])}`;
		}
		return '';
	}
	if (a.status !== 422 || b.ok !== false)
		return `${where}: expected the error branch, got HTTP ${a.status} ${JSON.stringify(b).slice(0, 400)}`;
	const refused = /** @type {{ ok: false, code: string, message?: string }} */ (b);
	const expected = /** @type {{ ok: false, code: string }} */ (e);
	if (refused.code !== expected.code)
		return `${where}: error code ${JSON.stringify(refused.code)}, expected ${expected.code} (${refused.message})`;
	return '';
}

module.exports = { plan, burst, fromClients, checkAnswer, GOOD, BAD };
