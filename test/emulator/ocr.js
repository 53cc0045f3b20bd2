'use strict';
/** POST /v2/{project_id}/ocr/id-card: authentication, subscription, faults, validation, recognition. */
const http = require('http');
const https = require('https');
const { authenticate } = require('./auth');
const { projectRegion } = require('./iam');
const { gatewayError, serviceError, sendJson, send } = require('./http-util');
const { faultResponse } = require('./faults');
const { readImageInfo, findMarker } = require('./images');
const { FIXTURES } = require('./fixtures');
const { recognise, FLAGS, SIDES } = require('./recognise');
const { checkIdCardResult } = require('./schemas/id-card');
const { DOCUMENT_APIS } = require('./apis');

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const LOCAL_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

class OcrError extends Error {
	constructor(code, msg) {
		super(msg || code);
		this.code = code;
		this.msg = msg;
	}
}

function delay(state, ms) {
	return new Promise((resolve) => {
		if (!ms) return resolve();
		const timer = setTimeout(() => {
			state.timers.delete(timer);
			resolve();
		}, ms);
		state.timers.add(timer);
	});
}

/** Downloads a local URL (the emulator stands for Huawei fetching a public URL). */
function fetchUrl(state, url) {
	return new Promise((resolve, reject) => {
		const client = url.protocol === 'https:' ? https : http;
		const req = client.get(
			url,
			{ agent: false, timeout: Number(state.config.urlFetchTimeoutMs) || 5000 },
			(res) => {
				if (res.statusCode !== 200) {
					res.resume();
					return reject(new OcrError('ModelArts.4603'));
				}
				const chunks = [];
				let size = 0;
				res.on('data', (c) => {
					size += c.length;
					if (size > state.config.maxImageBytes) {
						req.destroy();
						return reject(new OcrError('ModelArts.4104'));
					}
					chunks.push(c);
				});
				res.on('end', () => resolve(Buffer.concat(chunks)));
				res.on('error', () => reject(new OcrError('ModelArts.4603')));
			},
		);
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', () => reject(new OcrError('ModelArts.4603')));
	});
}

/** Request body → { imageBytes | url, side, flags }; throws OcrError. */
function parseRequest(state, raw) {
	let body;
	try {
		body = JSON.parse(raw.toString('utf8'));
	} catch {
		throw new OcrError('ModelArts.4105');
	}
	if (!body || typeof body !== 'object' || Array.isArray(body))
		throw new OcrError('ModelArts.4105');
	const has = (k) => body[k] !== undefined && body[k] !== null && body[k] !== '';
	if (has('image') === has('url'))
		throw new OcrError(
			'AIS.0101',
			'The input parameter is invalid: send exactly one of image and url.',
		);
	if (has('image') && typeof body.image !== 'string')
		throw new OcrError('AIS.0101', 'The input parameter is invalid: image must be a string.');
	if (has('url') && typeof body.url !== 'string')
		throw new OcrError('AIS.0101', 'The input parameter is invalid: url must be a string.');
	if (body.side !== undefined && body.side !== '' && !SIDES.includes(body.side)) {
		throw new OcrError(
			'AIS.0101',
			'The input parameter is invalid: side must be front, back or double_side.',
		);
	}
	const flags = {};
	for (const f of FLAGS) {
		if (body[f] === undefined) continue;
		if (typeof body[f] !== 'boolean')
			throw new OcrError('AIS.0101', `The input parameter is invalid: ${f} must be a boolean.`);
		flags[f] = body[f];
	}
	return {
		image: has('image') ? body.image : undefined,
		url: has('url') ? body.url : undefined,
		side: body.side || '',
		flags,
	};
}

async function imageBytes(state, request) {
	if (request.image !== undefined) {
		if (request.image.length > state.config.maxImageBytes) throw new OcrError('ModelArts.4104');
		if (request.image.length % 4 !== 0 || !BASE64.test(request.image))
			throw new OcrError('AIS.0102');
		return Buffer.from(request.image, 'base64');
	}
	let url;
	try {
		url = new URL(request.url);
	} catch {
		throw new OcrError('ModelArts.4601');
	}
	if (!['http:', 'https:'].includes(url.protocol) || !LOCAL_HOSTS.includes(url.hostname))
		throw new OcrError('ModelArts.4601');
	if (/[^\x20-\x7e]/.test(request.url)) throw new OcrError('ModelArts.4603'); // raw non-ASCII characters
	return fetchUrl(state, url);
}

/** A card the fixture table does not know, read by the offline OCR engine; shaped like a fixture. */
async function readUnseenCard(bytes, side) {
	// Loaded lazily: the engine is heavy and most emulator users never need it.
	const { recognizeIdCard } = require('../ocr/recognizer');
	try {
		const read = await recognizeIdCard(bytes, { side: side || undefined });
		if (read.side === 'double_side')
			return { side: 'double', front: read.front.fields, back: read.back.fields };
		return { side: read.side, [read.side]: read.fields };
	} catch (error) {
		return { side: 'none', error: error && error.code === 'AIS.0105' ? 'AIS.0105' : 'AIS.0104' };
	}
}

async function validateAndRecognise(state, ctx) {
	const request = parseRequest(state, ctx.body);
	const bytes = await imageBytes(state, request);
	const info = readImageInfo(bytes);
	if (!info || !info.width || !info.height) throw new OcrError('AIS.0102');
	if (info.width < 15 || info.height < 15 || info.width > 8192 || info.height > 8192)
		throw new OcrError('AIS.0103');
	const id = findMarker(bytes);
	let fixture = id !== undefined ? FIXTURES[id] : undefined;
	if (!fixture && state.config.ocrFallback) fixture = await readUnseenCard(bytes, request.side);
	const outcome = recognise(fixture, request.side, request.flags, {
		width: info.width,
		height: info.height,
		doubleAutoSide: state.config.doubleAutoSide,
		emptyOtherSide: state.config.emptyOtherSide,
	});
	if (outcome.errorCode) throw new OcrError(outcome.errorCode);
	// The emulator never answers outside the SDK models (an emulator bug answers 500).
	const problems = checkIdCardResult(
		outcome.result,
		outcome.result.front || outcome.result.back ? 'double_side' : request.side,
	);
	if (problems.length) throw new Error(`answer outside the SDK model: ${problems.join('; ')}`);
	ctx.record.fixture = id;
	return outcome.result;
}

/** Tools for the modules of ./apis: the request and image rules every OCR API shares. */
const API_TOOLS = {
	OcrError,
	parseBody(ctx) {
		let body;
		try {
			body = JSON.parse(ctx.body.toString('utf8'));
		} catch {
			throw new OcrError('ModelArts.4105');
		}
		if (!body || typeof body !== 'object' || Array.isArray(body))
			throw new OcrError('ModelArts.4105');
		return body;
	},
	async imageBytes(state, body) {
		const has = (k) => body[k] !== undefined && body[k] !== null && body[k] !== '';
		if (has('image') === has('url'))
			throw new OcrError(
				'AIS.0101',
				'The input parameter is invalid: send exactly one of image and url.',
			);
		if (has('image') && typeof body.image !== 'string')
			throw new OcrError('AIS.0101', 'The input parameter is invalid: image must be a string.');
		if (has('url') && typeof body.url !== 'string')
			throw new OcrError('AIS.0101', 'The input parameter is invalid: url must be a string.');
		return imageBytes(state, { image: has('image') ? body.image : undefined, url: body.url });
	},
	readImageInfo,
	findMarker,
};

/**
 * A module's answer, checked against its SDK schema when it has one (`check`, from ../schemas/<api>.js):
 * the emulator never answers outside the SDK models (an emulator bug answers 500).
 * @param {{ answer: Function, check?: (result: unknown) => string[] }} module
 * @param {any} state
 * @param {any} ctx
 */
async function answerInModel(module, state, ctx) {
	const result = await module.answer(state, ctx, API_TOOLS);
	const problems = module.check ? module.check(result) : [];
	if (problems.length) throw new Error(`answer outside the SDK model: ${problems.join('; ')}`);
	return result;
}

/**
 * @param {any} state
 * @param {any} ctx
 * @param {string} projectId
 * @param {string} [api] the path's last segment: 'id-card' or a module of ./apis
 */
async function handleOcr(state, ctx, projectId, api = 'id-card') {
	state.stats.ocrCalls += 1;
	if (ctx.overflow) return serviceError(ctx, 'ModelArts.4104');
	const region = projectRegion(state, projectId);
	if (!region) return gatewayError(ctx, 'APIG.0101');
	if (!authenticate(state, ctx, { projectId })) return undefined;

	const unsubscribed = state.config.unsubscribed || [];
	if (unsubscribed.includes(region) || unsubscribed.includes(projectId))
		return serviceError(ctx, 'ModelArts.4204', undefined, 403);

	// Concurrency quota: calls admitted past this point and not answered yet.
	const limit = Number(state.config.maxInFlight) || 0;
	if (limit > 0 && state.active >= limit) {
		state.stats.throttled += 1;
		return serviceError(ctx, 'ModelArts.4401', undefined, 429);
	}
	state.active += 1;
	ctx.res.on('close', () => {
		state.active -= 1;
	});
	const refusal = state.faults.throttle(state.config);
	if (refusal) {
		state.stats.throttled += 1;
		const headers =
			refusal.retryAfter !== undefined ? { 'Retry-After': String(refusal.retryAfter) } : {};
		return gatewayError(ctx, refusal.errorCode, refusal.errorMsg, refusal.status, headers);
	}

	const fault = state.faults.nextFault(state.config);
	if (fault) ctx.record.fault = fault;
	if (fault === 'timeout') {
		ctx.record.errorCode = 'timeout';
		return undefined; // never answered; the socket is destroyed by the client or by close()
	}
	await delay(state, state.faults.latency(state.config));
	if (ctx.res.destroyed || state.closed) return undefined;

	if (fault === 'reset') {
		ctx.record.errorCode = 'reset';
		ctx.answered = true;
		ctx.req.socket.destroy();
		return undefined;
	}
	const faulty = fault ? faultResponse(fault) : undefined;
	if (faulty) {
		if (faulty.status === 429) state.stats.throttled += 1;
		if (faulty.json) {
			return faulty.gateway
				? gatewayError(ctx, faulty.json.error_code, faulty.json.error_msg, faulty.status)
				: serviceError(ctx, faulty.json.error_code, faulty.json.error_msg, faulty.status);
		}
		ctx.record.errorCode = fault;
		return send(ctx, faulty.status, faulty.text, faulty.contentType);
	}
	if (fault) {
		ctx.record.errorCode = `unknown fault ${fault}`;
		return serviceError(ctx, 'ModelArts.4503', `Emulator: unknown fault kind "${fault}".`, 500);
	}

	try {
		const result =
			api === 'id-card'
				? await validateAndRecognise(state, ctx)
				: await answerInModel(DOCUMENT_APIS[api], state, ctx);
		return sendJson(ctx, 200, { result });
	} catch (error) {
		if (error instanceof OcrError) return serviceError(ctx, error.code, error.msg);
		throw error;
	}
}

module.exports = { handleOcr, parseRequest, OcrError };
