'use strict';
/**
 * Latency, throttling and fault injection for OCR calls. All of it applies after authentication succeeded.
 *
 * Config keys (see config.js for defaults):
 *   latencyMs, latencyJitterMs            delay before each OCR answer
 *   throttle: { limit, windowMs, retryAfterSeconds?, named? }
 *                                         at most `limit` admitted OCR calls per sliding window → 429 APIG.0308;
 *                                         named: false → the refusal names no limit (as Huawei's per-second ones)
 *   ratePerSecond, burst                  token bucket alternative → 429 APIG.0308
 *   maxInFlight                           concurrent OCR calls above this → 429 ModelArts.4401
 *   faults: { rate, kinds, seed }         random faults from a seeded PRNG
 *   failNext: [kind, ...]                 deterministic faults for the next OCR calls, in order
 * Fault kinds: '500', '502', '503', '504', '429', 'reset', 'malformed', 'timeout'.
 */

const FAULT_KINDS = ['500', '502', '503', '504', '429', 'reset', 'malformed', 'timeout'];

/** mulberry32: small seeded PRNG, so a run with faults can be replayed. */
function prng(seed) {
	let s = (Number(seed) || 0) >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

class FaultState {
	constructor() {
		this.reset();
	}

	reset() {
		this.admitted = []; // timestamps of OCR calls let through the throttle window
		this.bucket = undefined; // { tokens, at }
		this.random = undefined;
		this.randomSeed = undefined;
		this.failNext = [];
	}

	/** Called when config changes: restarts the PRNG and the queue when they were given. */
	onConfigure(partial, config) {
		if (Object.prototype.hasOwnProperty.call(partial, 'faults')) {
			this.random = config.faults ? prng(config.faults.seed ?? 1) : undefined;
		}
		if (Object.prototype.hasOwnProperty.call(partial, 'failNext')) {
			this.failNext = Array.isArray(partial.failNext) ? partial.failNext.map(String) : [];
		}
		if (Object.prototype.hasOwnProperty.call(partial, 'throttle')) this.admitted = [];
		if (
			Object.prototype.hasOwnProperty.call(partial, 'ratePerSecond') ||
			Object.prototype.hasOwnProperty.call(partial, 'burst')
		) {
			this.bucket = undefined;
		}
	}

	/**
	 * Throttle decision for one OCR call. Returns undefined to admit it, or
	 * { status, errorCode, errorMsg, retryAfter? } to refuse it.
	 */
	throttle(config, now = Date.now()) {
		const t = config.throttle;
		if (t && Number.isFinite(Number(t.limit))) {
			const windowMs = Number(t.windowMs) > 0 ? Number(t.windowMs) : 60000;
			this.admitted = this.admitted.filter((at) => now - at < windowMs);
			if (this.admitted.length >= Number(t.limit)) {
				return {
					status: 429,
					errorCode: 'APIG.0308',
					errorMsg:
						t.named === false
							? 'The throttling threshold has been reached.'
							: `The throttling threshold has been reached: policy user over ratelimit,limit:${t.limit},time:${describeWindow(windowMs)}`,
					retryAfter: typeof t.retryAfterSeconds === 'number' ? t.retryAfterSeconds : undefined,
				};
			}
		}
		const rate = Number(config.ratePerSecond);
		if (rate > 0) {
			const capacity = Number(config.burst) > 0 ? Number(config.burst) : Math.max(1, rate);
			if (!this.bucket) this.bucket = { tokens: capacity, at: now };
			this.bucket.tokens = Math.min(
				capacity,
				this.bucket.tokens + ((now - this.bucket.at) / 1000) * rate,
			);
			this.bucket.at = now;
			if (this.bucket.tokens < 1) {
				return {
					status: 429,
					errorCode: 'APIG.0308',
					errorMsg: `The throttling threshold has been reached: policy user over ratelimit,limit:${Math.round(rate * 60)},time:1 minute`,
					retryAfter:
						t && typeof t.retryAfterSeconds === 'number' ? t.retryAfterSeconds : undefined,
				};
			}
			this.bucket.tokens -= 1;
		}
		if (t) this.admitted.push(now);
		return undefined;
	}

	/** The fault for the next OCR call, or undefined. */
	nextFault(config) {
		if (this.failNext.length) return this.failNext.shift();
		const f = config.faults;
		if (f && Number(f.rate) > 0) {
			if (!this.random) this.random = prng(f.seed ?? 1);
			const kinds =
				Array.isArray(f.kinds) && f.kinds.length
					? f.kinds.map(String)
					: ['500', '503', 'reset', 'malformed'];
			if (this.random() < Number(f.rate)) return kinds[Math.floor(this.random() * kinds.length)];
		}
		return undefined;
	}

	latency(config) {
		const base = Math.max(0, Number(config.latencyMs) || 0);
		const jitter = Math.max(0, Number(config.latencyJitterMs) || 0);
		if (!jitter) return base;
		if (!this.random) this.random = prng((config.faults && config.faults.seed) ?? 1);
		return base + Math.floor(this.random() * (jitter + 1));
	}
}

function describeWindow(ms) {
	if (ms === 60000) return '1 minute';
	if (ms % 60000 === 0) return `${ms / 60000} minute`;
	if (ms % 1000 === 0) return `${ms / 1000} second`;
	return `${ms} millisecond`;
}

/** The HTTP answer of a fault kind that answers ({status, body, contentType}); reset/timeout are handled by the server. */
function faultResponse(kind) {
	switch (kind) {
		case '500':
			return {
				status: 500,
				json: {
					error_code: 'ModelArts.4503',
					error_msg: 'Internal server error: the inference service failed.',
				},
			};
		case '502':
			return {
				status: 502,
				contentType: 'text/html',
				text: '<html><head><title>502 Bad Gateway</title></head><body>502 Bad Gateway</body></html>',
			};
		case '503':
			return {
				status: 503,
				json: {
					error_code: 'ModelArts.4506',
					error_msg: 'The service is temporarily unavailable.',
				},
			};
		case '504':
			return {
				status: 504,
				json: { error_code: 'APIG.0201', error_msg: 'Backend timeout.' },
				gateway: true,
			};
		case '429':
			return {
				status: 429,
				json: {
					error_code: 'APIG.0308',
					error_msg:
						'The throttling threshold has been reached: policy user over ratelimit,limit:0,time:1 minute',
				},
				gateway: true,
			};
		case 'malformed':
			// Cut off in the middle of a JSON document, as a broken proxy would.
			return {
				status: 200,
				contentType: 'application/json;charset=UTF-8',
				text: '{"result":{"name":"张三","sex":"男","birth":"1990-',
			};
		default:
			return undefined;
	}
}

module.exports = { FaultState, faultResponse, prng, FAULT_KINDS };
