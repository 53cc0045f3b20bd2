'use strict';
/**
 * Authentication of a request: AK/SK signature (with the five-failures lock-out) or an IAM token the
 * emulator issued (X-Auth-Token). On failure the error answer is sent and undefined returned.
 */
const crypto = require('crypto');
const { verifyRequest, parseAuthorization } = require('./signature');
const { authError, gatewayError } = require('./http-util');

function now(state) {
	return Date.now() + (Number(state.config.clockOffsetMs) || 0);
}

/**
 * Issues a token; returns { token, record }.
 * @param {object} state the emulator state
 * @param {{ projectId?: string, projectName?: string, user: string, ttlSeconds?: number }} scope
 *   ttlSeconds defaults to the configured tokenTtlSeconds
 */
function issueToken(state, { projectId, projectName, user, ttlSeconds }) {
	const issued = now(state);
	const ttl = Number(ttlSeconds ?? state.config.tokenTtlSeconds) * 1000;
	const token =
		'MIIemulator' +
		crypto.randomBytes(48).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
	const record = { projectId, projectName, user, issuedAt: issued, expiresAt: issued + ttl };
	state.tokens.set(token, record);
	return { token, record };
}

function checkLock(state, accessKey, at) {
	const lock = state.locks.get(accessKey);
	if (lock && lock.lockedUntil && lock.lockedUntil > at) return lock;
	if (lock && lock.lockedUntil && lock.lockedUntil <= at) state.locks.delete(accessKey);
	return undefined;
}

function noteFailure(state, accessKey, at) {
	const lock = state.locks.get(accessKey) || { failures: 0, lockedUntil: 0 };
	lock.failures += 1;
	if (lock.failures >= Number(state.config.lockThreshold)) {
		lock.lockedUntil = at + Number(state.config.lockSeconds) * 1000;
		lock.failures = 0;
	}
	state.locks.set(accessKey, lock);
}

/**
 * @param {object} state the emulator state
 * @param {object} ctx   { req, res, record, requestId, body (Buffer), rawPath, rawQuery }
 * @param {{ projectId?: string }} [opts] project the path names (a token must be scoped to it)
 * @returns {object | undefined} principal { kind: 'aksk'|'token', accessKey?, account?, token? } or
 *   undefined (answered)
 */
function authenticate(state, ctx, opts = {}) {
	const headers = ctx.req.headers;
	const at = now(state);
	if (headers.authorization !== undefined) {
		const parsed = parseAuthorization(headers.authorization);
		if (parsed) {
			const lock = checkLock(state, parsed.accessKey, at);
			if (lock) {
				const seconds = Math.ceil((lock.lockedUntil - at) / 1000);
				// Huawei's documented wording, plus how long the lock lasts (the emulator's addition).
				authError(
					ctx,
					`AK access failed to reach the limit,forbidden. (the access key is locked for ${seconds} seconds after ${state.config.lockThreshold} failed signatures in a row)`,
				);
				return undefined;
			}
		}
		const result = verifyRequest(
			{
				method: ctx.req.method,
				rawPath: ctx.rawPath,
				rawQuery: ctx.rawQuery,
				headers,
				body: ctx.body,
			},
			(ak) => state.accounts.accessKeys.get(ak),
			at,
		);
		if (result.ok === false) {
			if (result.countsAsFailure) noteFailure(state, result.accessKey, at);
			authError(ctx, result.reason);
			return undefined;
		}
		const required = state.config.requireProjectHeader || [];
		if (opts.projectId !== undefined && required.includes(opts.projectId)) {
			// A sub-project: the signature must cover X-Project-Id naming this project.
			const sent = headers['x-project-id'];
			const signedHeaders = (parseAuthorization(headers.authorization) || {}).signedHeaders || [];
			if (
				sent === undefined ||
				!signedHeaders.includes('x-project-id') ||
				String(sent).trim() !== opts.projectId
			) {
				authError(
					ctx,
					`the project ${opts.projectId} is a sub-project: sign the request with an X-Project-Id header naming it.`,
				);
				return undefined;
			}
		}
		state.locks.delete(result.accessKey);
		return { kind: 'aksk', accessKey: result.accessKey, account: result.account };
	}
	const tokenHeader = headers['x-auth-token'];
	if (tokenHeader !== undefined) {
		const token = String(tokenHeader).trim();
		const record = state.tokens.get(token);
		if (!record || record.expiresAt <= at) {
			gatewayError(ctx, 'APIG.0307', 'The token must be updated.', 401);
			return undefined;
		}
		if (opts.projectId !== undefined && record.projectId !== opts.projectId) {
			authError(
				ctx,
				`the token is scoped to project ${record.projectId || '(none)'}, not to ${opts.projectId}.`,
			);
			return undefined;
		}
		return { kind: 'token', token, tokenRecord: record };
	}
	authError(ctx, 'Authorization not found.');
	return undefined;
}

module.exports = { authenticate, issueToken, now };
