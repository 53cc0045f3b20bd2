'use strict';
/**
 * Helpers for emulator.test.js (plain JS, like the emulator): real HTTP requests, requests signed by the
 * OFFICIAL Huawei signer (@huaweicloud/huaweicloud-sdk-core, a dev dependency used as an oracle), sleeping,
 * and running cli.js in a child process.
 */
const http = require('http');
const crypto = require('crypto');
const path = require('path');
const { spawn } = require('child_process');
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner');
const { BasicCredentials } = require('@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials');

/** @type {(ms: number) => Promise<void>} */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** 'YYYYMMDDTHHMMSSZ' for now + offsetMs. */
function sdkDate(offsetMs = 0) {
	return new Date(Date.now() + offsetMs)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/**
 * @typedef {object} RequestOptions
 * @property {string} [method]
 * @property {string} [path]
 * @property {import('http').OutgoingHttpHeaders} [headers]
 * @property {string | Buffer} [body]
 * @property {number} [timeoutMs]
 */

/**
 * @typedef {object} Reply
 * @property {number} status 0 when the connection failed (then `error` is set)
 * @property {import('http').IncomingHttpHeaders} [headers]
 * @property {string} [text]
 * @property {any} [json] the parsed body, undefined when it is not JSON
 * @property {string} [error] error code or message of a reset or timeout
 */

/**
 * Plain HTTP request. Resolves { status, headers, text, json, error? }; a reset or timeout resolves
 * { status: 0, error: code }.
 * @param {string | URL} baseUrl
 * @param {RequestOptions} [options]
 * @returns {Promise<Reply>}
 */
function request(
	baseUrl,
	{ method = 'GET', path: p = '/', headers = {}, body, timeoutMs = 10000 } = {},
) {
	return new Promise((resolve) => {
		const url = new URL(p, baseUrl);
		const req = http.request(url, { method, headers, agent: false }, (res) => {
			const chunks = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () => {
				const text = Buffer.concat(chunks).toString('utf8');
				let json;
				try {
					json = JSON.parse(text);
				} catch {
					json = undefined;
				}
				resolve({ status: res.statusCode, headers: res.headers, text, json });
			});
			res.on('error', (/** @type {NodeJS.ErrnoException} */ e) =>
				resolve({ status: 0, error: e.code || e.message }),
			);
		});
		req.setTimeout(timeoutMs, () =>
			req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })),
		);
		req.on('error', (/** @type {NodeJS.ErrnoException} */ e) =>
			resolve({ status: 0, error: e.code || e.message }),
		);
		if (body !== undefined) req.write(body);
		req.end();
	});
}

/**
 * A request signed by the official signer, then sent (optionally altered after signing).
 * body: object (sent as JSON.stringify(body), which is what the signer hashes) or string/Buffer (hashed
 * via the signer's X-Sdk-Content-Sha256 input). query: object. date: X-Sdk-Date to sign with.
 * alter(sent): mutate { path, headers, body } after signing (tampering tests).
 * @param {string | URL} baseUrl
 * @param {SignedRequestOptions} options
 * @returns {Promise<Reply>}
 */
function signedRequest(
	baseUrl,
	{
		ak,
		sk,
		securityToken,
		method = 'POST',
		path: p,
		query,
		headers = {},
		body,
		date,
		alter,
		timeoutMs,
	},
) {
	const h = { 'Content-Type': 'application/json', ...headers };
	if (date) h['X-Sdk-Date'] = date;
	if (securityToken) h['X-Security-Token'] = securityToken;
	let raw;
	let data;
	if (body === undefined) raw = undefined;
	else if (typeof body === 'string' || Buffer.isBuffer(body)) {
		raw = body;
		h['X-Sdk-Content-Sha256'] = crypto.createHash('sha256').update(body).digest('hex');
	} else {
		data = body;
		raw = JSON.stringify(body);
	}
	const credential = new BasicCredentials().withAk(ak).withSk(sk);
	const signed = AKSKSigner.sign(
		{ method, endpoint: new URL(p, baseUrl).toString(), headers: h, queryParams: query, data },
		credential,
	);
	const qs = query ? '?' + new URLSearchParams(query).toString().replace(/\+/g, '%20') : '';
	const sent = { path: p + qs, headers: { ...signed }, body: raw };
	if (alter) alter(sent);
	return request(baseUrl, {
		method,
		path: sent.path,
		headers: sent.headers,
		body: sent.body,
		timeoutMs,
	});
}

/**
 * @typedef {object} SignedRequestOptions
 * @property {string} ak
 * @property {string} sk
 * @property {string} [securityToken]
 * @property {string} [method]
 * @property {string} path
 * @property {Record<string, string>} [query]
 * @property {Record<string, string>} [headers]
 * @property {object | string | Buffer} [body]
 * @property {string} [date] X-Sdk-Date to sign with
 * @property {(sent: { path: string, headers: Record<string, string>, body: string | Buffer }) => void} [alter]
 * @property {number} [timeoutMs]
 */

/**
 * Signs with the official signer without sending: the headers it returns.
 * @param {{ method: string, url: string, headers: Record<string, string>, query?: Record<string, string>, data?: object, ak: string, sk: string }} request
 * @returns {Record<string, string>}
 */
function officialSign({ method, url, headers, query, data, ak, sk }) {
	const credential = new BasicCredentials().withAk(ak).withSk(sk);
	return AKSKSigner.sign({ method, endpoint: url, headers, queryParams: query, data }, credential);
}

/** Runs cli.js, waits for its JSON line, calls check(info), sends SIGTERM; resolves { info, code, signal, checked }. */
function runCli(args, check) {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [path.join(__dirname, 'cli.js'), ...args], {
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let out = '';
		let checked;
		let info;
		let killed = false;
		child.stdout.on('data', async (chunk) => {
			out += chunk.toString('utf8');
			const nl = out.indexOf('\n');
			if (nl < 0 || info) return;
			try {
				info = JSON.parse(out.slice(0, nl));
				checked = await check(info);
			} catch (error) {
				checked = { error: String(error) };
			}
			killed = true;
			child.kill('SIGTERM');
		});
		child.on('error', reject);
		child.on('exit', (code, signal) => resolve({ info, code, signal, checked, killed }));
		setTimeout(() => {
			if (!killed) child.kill('SIGKILL');
		}, 10000).unref();
	});
}

module.exports = { sleep, sdkDate, request, signedRequest, officialSign, runCli };
