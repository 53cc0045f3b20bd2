import { createHash, createHmac } from 'crypto';

/**
 * Huawei Cloud API Gateway request signing, algorithm SDK-HMAC-SHA256.
 *
 * Canonical form (as the gateway and the official SDK build it):
 *   Method \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n SignedHeaders \n hex(sha256(body))
 * CanonicalURI encodes every path segment as it appears on the wire and always ends with '/'.
 * The query is sorted by key and re-encoded; headers are lower-cased and sorted.
 */
export const SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';

/** Headers an HTTP client adds or rewrites after signing: never part of the signature. */
const UNSIGNED_HEADERS = new Set([
	'authorization',
	'user-agent',
	'content-length',
	'connection',
	'accept-encoding',
	'transfer-encoding',
]);

export type QueryValue = string | number | boolean | Array<string | number | boolean>;

export interface SignableRequest {
	method: string;
	/** Absolute URL; its query string, if any, is signed together with `query`. */
	url: string;
	query?: Record<string, QueryValue | undefined>;
	headers: Record<string, string>;
	/** The exact bytes that will be sent. */
	body?: string | Buffer;
}

export interface SigningKey {
	accessKeyId: string;
	secretAccessKey: string;
}

export interface SignedRequest {
	/** URL to send: path unchanged, query in canonical order and encoding. */
	url: string;
	/** All headers to send, including Host, X-Sdk-Date and Authorization. */
	headers: Record<string, string>;
	signedHeaders: string;
	signature: string;
	canonicalRequest: string;
}

/** RFC 3986 unreserved characters stay, everything else is %XX over UTF-8. */
export function uriEncode(value: string): string {
	return encodeURIComponent(value).replace(
		/[!'()*]/g,
		(c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
	);
}

/** `20240101T000000Z` */
export function formatSdkDate(date: Date): string {
	return date
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

export function sha256Hex(data: string | Buffer): string {
	return createHash('sha256').update(data).digest('hex');
}

/** Each segment is decoded first, so `%E8%BA%AB` and `身` sign alike, as the gateway compares them. */
export function canonicalUri(pathname: string): string {
	const encoded = pathname
		.split('/')
		.map((segment) => uriEncode(safeDecode(segment)))
		.join('/');
	return encoded.endsWith('/') ? encoded : encoded + '/';
}

function safeDecode(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

/** Decoded query pairs from a URL search string plus extra parameters. */
export function collectQuery(
	search: string,
	query: SignableRequest['query'] = {},
): Array<[string, string]> {
	const pairs: Array<[string, string]> = [];
	for (const [key, value] of new URLSearchParams(search)) pairs.push([key, value]);
	for (const [key, value] of Object.entries(query)) {
		if (value === undefined) continue;
		const values = Array.isArray(value) ? value : [value];
		for (const v of values) pairs.push([key, String(v)]);
	}
	return pairs;
}

/** Sorted by the decoded key (then value), as the official signer does; both encoded, joined with '&'. */
export function canonicalQueryString(pairs: Array<[string, string]>): string {
	return [...pairs]
		.sort((a, b) => (a[0] === b[0] ? compare(a[1], b[1]) : compare(a[0], b[0])))
		.map(([k, v]) => `${uriEncode(k)}=${uriEncode(v)}`)
		.join('&');
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Signs a request. `date` must be fresh for every attempt: the gateway refuses a skew over 15 minutes.
 * Every header passed in is signed (except the client-managed ones above); Host and X-Sdk-Date are added.
 */
export function signRequest(request: SignableRequest, key: SigningKey, date: Date): SignedRequest {
	const url = new URL(request.url);
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(request.headers)) {
		if (value === undefined || value === null) continue;
		const lower = name.toLowerCase();
		if (lower === 'host' || lower === 'x-sdk-date') continue;
		headers[name] = String(value);
	}
	headers.Host = url.host;
	headers['X-Sdk-Date'] = formatSdkDate(date);

	const signed = Object.keys(headers)
		.filter((name) => !UNSIGNED_HEADERS.has(name.toLowerCase()))
		.map((name) => ({ lower: name.toLowerCase(), value: headers[name] }))
		.sort((a, b) => compare(a.lower, b.lower));
	const signedHeaders = signed.map((h) => h.lower).join(';');
	const canonicalHeaders = signed.map((h) => `${h.lower}:${h.value}\n`).join('');
	const query = canonicalQueryString(collectQuery(url.search, request.query));

	const canonicalRequest = [
		request.method.toUpperCase(),
		canonicalUri(url.pathname),
		query,
		canonicalHeaders,
		signedHeaders,
		sha256Hex(request.body ?? ''),
	].join('\n');
	const stringToSign = [SIGNING_ALGORITHM, headers['X-Sdk-Date'], sha256Hex(canonicalRequest)].join(
		'\n',
	);
	const signature = createHmac('sha256', key.secretAccessKey).update(stringToSign).digest('hex');
	headers.Authorization = `${SIGNING_ALGORITHM} Access=${key.accessKeyId}, SignedHeaders=${signedHeaders}, Signature=${signature}`;

	return {
		url: `${url.origin}${url.pathname}${query ? '?' + query : ''}`,
		headers,
		signedHeaders,
		signature,
		canonicalRequest,
	};
}
