'use strict';
/** Small HTTP helpers shared by the routes: request ids, JSON answers, Huawei error bodies, body reading. */
const crypto = require('crypto');

const MESSAGES = {
	'APIG.0101': 'The API does not exist or has not been published in the environment',
	'APIG.0201': 'Backend timeout.',
	'APIG.0301': 'Incorrect IAM authentication information',
	'APIG.0307': 'The token must be updated.',
	'AIS.0101': 'The input parameter is invalid.',
	'AIS.0102': 'The image format is not supported.',
	'AIS.0103': 'The image size does not meet the requirements.',
	'AIS.0104': 'The image is not supported or the image quality is poor.',
	'AIS.0105': 'Recognition failed.',
	'AIS.0122': 'The image contains two or more ID cards with the same side.',
	'ModelArts.4104': 'Invalid Request Content Length.',
	'ModelArts.4105': 'The JSON format of the input data is incorrect.',
	'ModelArts.4204': 'Not subscribe this api.',
	'ModelArts.4401':
		'Concurrency over quota: too many requests are being processed at the same time.',
	'ModelArts.4601': 'The URL is not allowed.',
	'ModelArts.4603': 'Obtaining the file from the URL failed.',
};

const STATUS = {
	'APIG.0101': 404,
	'APIG.0301': 401,
	'APIG.0307': 401,
	'ModelArts.4204': 403,
	'ModelArts.4401': 429,
};

const newRequestId = () => crypto.randomBytes(16).toString('hex');

const ERROR_SHAPES = ['default', 'errorCode', 'code', 'nested', 'encoded'];

/** A Huawei error body { error_code, error_msg, ...extra } in the configured shape (config.errorShape). */
function shapeError(ctx, code, msg, extra = {}) {
	switch (ctx.errorShape) {
		case 'errorCode':
			return { errorCode: code, errorMsg: msg, ...extra };
		case 'code':
			return { code, message: msg, ...extra };
		case 'nested':
			return { error: { code, message: msg }, ...extra };
		case 'encoded':
			return {
				error_code: code,
				error_msg: msg,
				encoded_authorization_message: Buffer.from(`emulator:${code}`).toString('base64'),
				...extra,
			};
		default:
			return { error_code: code, error_msg: msg, ...extra };
	}
}

/** Ends the response (once) and records status / error code in the request's stats entry. */
function send(ctx, status, body, contentType = 'application/json;charset=UTF-8', headers = {}) {
	const { res, record } = ctx;
	if (ctx.answered || res.destroyed || res.writableEnded) return;
	ctx.answered = true;
	record.status = status;
	const payload = Buffer.isBuffer(body)
		? body
		: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body), 'utf8');
	res.writeHead(status, {
		'Content-Type': contentType,
		'Content-Length': payload.length,
		...headers,
	});
	res.end(payload);
}

function sendJson(ctx, status, obj, headers) {
	send(ctx, status, obj, 'application/json;charset=UTF-8', headers);
}

/** API gateway error (APIG.*): body carries request_id. */
function gatewayError(ctx, code, msg, status, headers) {
	ctx.record.errorCode = code;
	sendJson(
		ctx,
		status ?? STATUS[code] ?? 400,
		shapeError(ctx, code, msg ?? MESSAGES[code], { request_id: ctx.requestId }),
		headers,
	);
}

/** IAM authentication failure (401 APIG.0301 "Incorrect IAM authentication information: <reason>"). */
function authError(ctx, reason) {
	gatewayError(ctx, 'APIG.0301', `${MESSAGES['APIG.0301']}: ${reason}`, 401);
}

/** OCR service error (AIS.* / ModelArts.*): body { error_code, error_msg }. */
function serviceError(ctx, code, msg, status, headers) {
	ctx.record.errorCode = code;
	sendJson(
		ctx,
		status ?? STATUS[code] ?? 400,
		shapeError(ctx, code, msg ?? MESSAGES[code]),
		headers,
	);
}

/**
 * Reads the whole body, keeping at most `limit` bytes (the rest is drained and dropped).
 * Resolves { body: Buffer, size, overflow }.
 */
function readBody(req, limit) {
	return new Promise((resolve) => {
		const chunks = [];
		let size = 0;
		let kept = 0;
		let overflow = false;
		req.on('data', (chunk) => {
			size += chunk.length;
			if (overflow) return;
			if (kept + chunk.length > limit) {
				overflow = true;
				chunks.length = 0;
				return;
			}
			chunks.push(chunk);
			kept += chunk.length;
		});
		const done = () =>
			resolve({ body: overflow ? Buffer.alloc(0) : Buffer.concat(chunks), size, overflow });
		req.on('end', done);
		req.on('error', done);
		req.on('aborted', done);
	});
}

module.exports = {
	ERROR_SHAPES,
	shapeError,
	MESSAGES,
	newRequestId,
	send,
	sendJson,
	gatewayError,
	authError,
	serviceError,
	readBody,
};
