'use strict';
/**
 * Independent SDK-HMAC-SHA256 verifier, written from Huawei's signing guide (see
 * /work/shared/reference/huawei-ocr-id-card.md §4). It recomputes the signature from what was RECEIVED:
 * raw method, raw path and query, header values as they arrived, and the raw body bytes.
 * It is a test oracle: it must never import the project's own signer.
 */
const crypto = require('crypto');

const ALGORITHM = 'SDK-HMAC-SHA256';
const MAX_SKEW_MS = 15 * 60 * 1000;

const sha256Hex = (data) => crypto.createHash('sha256').update(data).digest('hex');
const hmacHex = (key, data) => crypto.createHmac('sha256', key).update(data).digest('hex');

/** RFC 3986 encoding: only A-Z a-z 0-9 - _ . ~ stay as they are; everything else as %XX of its UTF-8 bytes. */
function rfc3986(value) {
	const bytes = Buffer.from(String(value), 'utf8');
	let out = '';
	for (const b of bytes) {
		const c = String.fromCharCode(b);
		out += /[A-Za-z0-9\-_.~]/.test(c) ? c : '%' + b.toString(16).toUpperCase().padStart(2, '0');
	}
	return out;
}

/** Percent-decoding that leaves malformed escapes as they are. */
function safeDecode(value) {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}

/** Each segment of the received path decoded, then RFC 3986-encoded; a trailing '/' is appended if missing. */
function canonicalUri(rawPath) {
	const encoded = String(rawPath || '/')
		.split('/')
		.map((segment) => rfc3986(safeDecode(segment)))
		.join('/');
	return encoded.endsWith('/') ? encoded : encoded + '/';
}

/** Received query string → pairs sorted by key (then value), key and value RFC 3986-encoded. */
function canonicalQuery(rawQuery) {
	if (!rawQuery) return '';
	const pairs = rawQuery
		.split('&')
		.filter((p) => p !== '')
		.map((p) => {
			const eq = p.indexOf('=');
			const k = eq < 0 ? p : p.slice(0, eq);
			const v = eq < 0 ? '' : p.slice(eq + 1);
			return [safeDecode(k.replace(/\+/g, ' ')), safeDecode(v.replace(/\+/g, ' '))];
		});
	pairs.sort((a, b) =>
		a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0,
	);
	return pairs.map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join('&');
}

/**
 * Pure signature computation.
 * @param {object} r
 * @param {string} r.method       e.g. 'POST'
 * @param {string} r.path         raw path as sent, without the query (e.g. '/v2/p/ocr/id-card')
 * @param {string} [r.query]      raw query string without '?' (e.g. 'name=cn-north-4')
 * @param {object} r.headers      header name → value (any case; values are trimmed)
 * @param {string[]} r.signedHeaders lower-case names to sign
 * @param {Buffer|string} [r.body] raw body bytes
 * @param {string} r.secretKey
 * @returns {{ canonicalRequest: string, stringToSign: string, signature: string }}
 */
function computeSignature({
	method,
	path,
	query = '',
	headers,
	signedHeaders,
	body = '',
	secretKey,
}) {
	const lower = {};
	for (const [k, v] of Object.entries(headers || {}))
		lower[k.toLowerCase()] = Array.isArray(v) ? v.join(',') : String(v);
	const names = signedHeaders.map((h) => h.toLowerCase()).sort();
	const canonicalHeaders = names.map((h) => `${h}:${(lower[h] ?? '').trim()}\n`).join('');
	const canonicalRequest = [
		String(method).toUpperCase(),
		canonicalUri(path),
		canonicalQuery(query),
		canonicalHeaders,
		names.join(';'),
		sha256Hex(body),
	].join('\n');
	const stringToSign = [ALGORITHM, lower['x-sdk-date'] ?? '', sha256Hex(canonicalRequest)].join(
		'\n',
	);
	return { canonicalRequest, stringToSign, signature: hmacHex(secretKey, stringToSign) };
}

/**
 * Convenience for test vectors: sign a full URL the way a client would (host taken from the URL when
 * not given), returning the Authorization header value too.
 * @param {object} r
 * @param {string} r.method
 * @param {string} r.url
 * @param {Record<string, string>} [r.headers]
 * @param {Buffer|string} [r.body]
 * @param {string} r.accessKey
 * @param {string} r.secretKey
 * @param {string[]} [r.signedHeaders] names to sign; all headers (and host) when omitted
 */
function signUrl({ method, url, headers = {}, body = '', accessKey, secretKey, signedHeaders }) {
	const u = new URL(url);
	const all = {
		host: u.host,
		...Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
	};
	const names = signedHeaders || Object.keys(all).sort();
	const result = computeSignature({
		method,
		path: u.pathname,
		query: u.search.replace(/^\?/, ''),
		headers: all,
		signedHeaders: names,
		body,
		secretKey,
	});
	const authorization = `${ALGORITHM} Access=${accessKey}, SignedHeaders=${names
		.map((h) => h.toLowerCase())
		.sort()
		.join(';')}, Signature=${result.signature}`;
	return { ...result, authorization };
}

/** Parses `SDK-HMAC-SHA256 Access=..., SignedHeaders=..., Signature=...`; undefined when malformed. */
function parseAuthorization(value) {
	if (typeof value !== 'string') return undefined;
	const m = /^\s*SDK-HMAC-SHA256\s+(.*)$/.exec(value);
	if (!m) return undefined;
	const parts = {};
	for (const piece of m[1].split(',')) {
		const eq = piece.indexOf('=');
		if (eq < 0) continue;
		parts[piece.slice(0, eq).trim()] = piece.slice(eq + 1).trim();
	}
	if (!parts.Access || !parts.SignedHeaders || !parts.Signature) return undefined;
	return {
		accessKey: parts.Access,
		signedHeaders: parts.SignedHeaders.split(';')
			.map((h) => h.trim().toLowerCase())
			.filter(Boolean),
		signature: parts.Signature.toLowerCase(),
	};
}

/** 'YYYYMMDDTHHMMSSZ' → ms since epoch, or undefined. */
function parseSdkDate(value) {
	const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(String(value || '').trim());
	if (!m) return undefined;
	const t = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
	return Number.isNaN(t) ? undefined : t;
}

/** 'YYYYMMDDTHHMMSSZ' for a Date / ms. */
function formatSdkDate(date) {
	return new Date(date)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/**
 * @typedef {{ ok: true, accessKey: string, account: { secretAccessKey: string, securityToken?: string } }} VerifyOk
 * @typedef {{ ok: false, accessKey?: string, reason: string, countsAsFailure: boolean }} VerifyFailure
 *   countsAsFailure: whether the failure counts towards the AK lock-out (a known AK that signed wrongly).
 */

/**
 * Verifies a received request against a table of access keys.
 * @param {object} req      { method, rawPath, rawQuery, headers (lower-case, as received), body (Buffer) }
 * @param {(ak: string) => ({ secretAccessKey: string, securityToken?: string } | undefined)} lookup
 * @param {number} [now]
 * @returns {VerifyOk | VerifyFailure}
 */
function verifyRequest(req, lookup, now = Date.now()) {
	const auth = req.headers.authorization;
	if (auth === undefined)
		return { ok: false, reason: 'Authorization not found.', countsAsFailure: false };
	const parsed = parseAuthorization(auth);
	if (!parsed)
		return { ok: false, reason: 'Authorization format incorrect.', countsAsFailure: false };
	const account = lookup(parsed.accessKey);
	if (!account)
		return {
			ok: false,
			accessKey: parsed.accessKey,
			// Huawei's documented wording (API signing guide, "Common Errors Related to IAM Authentication").
			reason: `Get secretKey failed,ak:${parsed.accessKey},err:ak not exist`,
			countsAsFailure: false,
		};
	/** @type {(reason: string) => VerifyFailure} */
	const fail = (reason) => ({
		ok: false,
		accessKey: parsed.accessKey,
		reason,
		countsAsFailure: true,
	});

	const dateValue = req.headers['x-sdk-date'];
	if (dateValue === undefined || !parsed.signedHeaders.includes('x-sdk-date')) {
		return fail('x-sdk-date not found or not signed.');
	}
	const date = parseSdkDate(dateValue);
	if (date === undefined) return fail('x-sdk-date format incorrect, expected YYYYMMDDTHHMMSSZ.');
	if (Math.abs(now - date) > MAX_SKEW_MS) {
		return fail(
			'verify aksk signature fail, the request has expired: x-sdk-date is more than 15 minutes away from the server time.',
		);
	}
	for (const h of parsed.signedHeaders) {
		if (req.headers[h] === undefined)
			return fail(`signed header ${h} is missing from the request.`);
	}
	if (account.securityToken !== undefined) {
		const sent = req.headers['x-security-token'];
		if (sent === undefined || !parsed.signedHeaders.includes('x-security-token')) {
			return fail('the temporary access key needs a signed X-Security-Token header.');
		}
		if (String(sent).trim() !== account.securityToken)
			return fail('the security token does not match the temporary access key.');
	}
	const { signature } = computeSignature({
		method: req.method,
		path: req.rawPath,
		query: req.rawQuery,
		headers: req.headers,
		signedHeaders: parsed.signedHeaders,
		body: req.body,
		secretKey: account.secretAccessKey,
	});
	if (signature !== parsed.signature) return fail('verify aksk signature fail.');
	return { ok: true, accessKey: parsed.accessKey, account };
}

module.exports = {
	ALGORITHM,
	MAX_SKEW_MS,
	rfc3986,
	canonicalUri,
	canonicalQuery,
	computeSignature,
	signUrl,
	parseAuthorization,
	parseSdkDate,
	formatSdkDate,
	verifyRequest,
	sha256Hex,
};
