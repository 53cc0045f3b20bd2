'use strict';
/** HTTP server and routing. One server answers as both the OCR endpoint and the IAM endpoint. */
const http = require('http');
const { newRequestId, send, sendJson, gatewayError, readBody } = require('./http-util');
const { handleOcr } = require('./ocr');
const { DOCUMENT_APIS } = require('./apis');
const iam = require('./iam');
const { makeFixtureImage, FIXTURES } = require('./fixtures');
const { EXTENSIONS, MIME_TYPES } = require('./images');

const OCR_PATH = /^\/v2\/([^/]+)\/ocr\/([a-z-]+)\/?$/;
const CONTROL_PREFIX = '/__emulator/';

function splitUrl(rawUrl) {
	const q = rawUrl.indexOf('?');
	return q < 0
		? { rawPath: rawUrl, rawQuery: '' }
		: { rawPath: rawUrl.slice(0, q), rawQuery: rawUrl.slice(q + 1) };
}

/** GET /images/NAME: registered images, or `<fixtureId>.<jpg|png|bmp|tif>` generated (?width=&height=). */
async function serveImage(state, ctx, name) {
	const fail = state.config.failImages;
	if (fail === true || (Array.isArray(fail) && fail.includes(name))) {
		ctx.record.errorCode = 'image-404';
		return send(ctx, 404, 'Not Found', 'text/plain');
	}
	if (state.config.imageDelayMs)
		await new Promise((r) => {
			const t = setTimeout(() => {
				state.timers.delete(t);
				r();
			}, state.config.imageDelayMs);
			state.timers.add(t);
		});
	if (ctx.res.destroyed || state.closed) return undefined;
	const registered = state.images.get(name);
	if (registered) return send(ctx, 200, registered.body, registered.contentType);
	const m = /^(.+)\.([a-z]+)$/i.exec(name);
	const format = m && EXTENSIONS[m[2].toLowerCase()];
	if (!m || !format || !FIXTURES[m[1]]) {
		ctx.record.errorCode = 'image-404';
		return send(ctx, 404, 'Not Found', 'text/plain');
	}
	const q = new URLSearchParams(ctx.rawQuery);
	const width = Number(q.get('width')) || 1000;
	const height = Number(q.get('height')) || 630;
	return send(ctx, 200, makeFixtureImage(m[1], { format, width, height }), MIME_TYPES[format]);
}

async function control(emu, ctx, what) {
	const method = ctx.req.method;
	try {
		if (what === 'config' && method === 'POST') {
			const partial = ctx.body.length ? JSON.parse(ctx.body.toString('utf8')) : {};
			emu.configure(partial);
			return sendJson(ctx, 200, { config: emu.getConfig() });
		}
		if (what === 'config' && method === 'GET')
			return sendJson(ctx, 200, { config: emu.getConfig() });
		if (what === 'reset' && method === 'POST') {
			emu.reset();
			return sendJson(ctx, 200, { ok: true });
		}
		if (what === 'stats' && method === 'GET') return sendJson(ctx, 200, emu.stats());
		if (what === 'revoke-tokens' && method === 'POST') {
			emu.revokeTokens();
			return sendJson(ctx, 200, { ok: true });
		}
		if (what.startsWith('images/') && (method === 'PUT' || method === 'POST')) {
			emu.registerImage(
				decodeURIComponent(what.slice('images/'.length)),
				ctx.body,
				ctx.req.headers['content-type'],
			);
			return sendJson(ctx, 200, { ok: true });
		}
	} catch (error) {
		return sendJson(ctx, 400, { error: String(error.message || error) });
	}
	return sendJson(ctx, 404, {
		error: `unknown control endpoint ${method} ${CONTROL_PREFIX}${what}`,
	});
}

async function route(emu, state, ctx) {
	const { rawPath } = ctx;
	const method = ctx.req.method;
	if (rawPath.startsWith(CONTROL_PREFIX))
		return control(emu, ctx, rawPath.slice(CONTROL_PREFIX.length));
	const ocr = OCR_PATH.exec(rawPath);
	if (ocr && method === 'POST' && (ocr[2] === 'id-card' || DOCUMENT_APIS[ocr[2]]))
		return handleOcr(state, ctx, decodeURIComponent(ocr[1]), ocr[2]);
	if (rawPath === '/v3/auth/tokens' && method === 'POST') return iam.tokens(state, ctx);
	if (rawPath === '/v3/projects' && method === 'GET') return iam.projects(state, ctx);
	if (rawPath.startsWith('/images/') && (method === 'GET' || method === 'HEAD')) {
		return serveImage(state, ctx, decodeURIComponent(rawPath.slice('/images/'.length)));
	}
	return gatewayError(ctx, 'APIG.0101');
}

/** Creates the http.Server for an emulator (emu = public object, state = internal state). */
function createServer(emu, state) {
	const server = http.createServer(async (req, res) => {
		const requestId = newRequestId();
		res.setHeader('X-Request-Id', requestId);
		// The gateway's clock, as clients may compare with theirs (clockOffsetMs shifts it).
		res.setHeader(
			'Date',
			new Date(Date.now() + (Number(state.config.clockOffsetMs) || 0)).toUTCString(),
		);
		const { rawPath, rawQuery } = splitUrl(req.url || '/');
		const isControl = rawPath.startsWith(CONTROL_PREFIX);
		const record = {
			method: req.method,
			path: rawPath,
			query: rawQuery,
			headers: { ...req.headers },
			status: 0,
			errorCode: undefined,
			at: Date.now(),
			requestId,
			bodyBytes: 0,
		};
		if (!isControl) state.stats.requests.push(record);
		const isOcr = OCR_PATH.test(rawPath);
		if (isOcr) {
			state.inFlight += 1;
			state.stats.maxInFlight = Math.max(state.stats.maxInFlight, state.inFlight);
			let counted = true;
			res.on('close', () => {
				if (counted) state.inFlight -= 1;
				counted = false;
			});
		}
		const { body, size, overflow } = await readBody(
			req,
			isOcr ? state.config.maxBodyBytes : 64 * 1024 * 1024,
		);
		record.bodyBytes = size;
		const ctx = {
			req,
			res,
			record,
			requestId,
			rawPath,
			rawQuery,
			body,
			overflow,
			answered: false,
			errorShape: state.config.errorShape,
		};
		try {
			await route(emu, state, ctx);
		} catch (error) {
			if (!ctx.answered)
				sendJson(ctx, 500, {
					error_code: 'EMULATOR.500',
					error_msg: `Emulator bug: ${error && error.stack}`,
				});
		}
	});
	server.on('connection', (socket) => {
		state.sockets.add(socket);
		socket.on('close', () => state.sockets.delete(socket));
	});
	return server;
}

module.exports = { createServer, OCR_PATH };
