'use strict';
/** Runtime configuration of the emulator: defaults and merging (emu.configure / POST /__emulator/config). */

const MB = 1024 * 1024;

const DEFAULT_CONFIG = Object.freeze({
	// Latency and faults (OCR calls only, after authentication).
	latencyMs: 0,
	latencyJitterMs: 0,
	throttle: null, // { limit, windowMs = 60000, retryAfterSeconds?, named = true (false: no limit in the refusal) }
	ratePerSecond: 0, // token bucket; 0 = off
	burst: 0, // token bucket capacity; 0 = max(1, ratePerSecond)
	maxInFlight: 0, // concurrent OCR calls allowed; 0 = unlimited
	faults: null, // { rate, kinds, seed }
	failNext: [], // fault kinds for the next OCR calls, in order
	// Authentication.
	lockThreshold: 5, // signature failures in a row that lock an AK
	lockSeconds: 300,
	tokenTtlSeconds: 86400,
	clockOffsetMs: 0, // the emulator's clock = real clock + this (to test skew); also its Date header
	// Projects (ids) whose AK/SK calls must send and sign X-Project-Id, as Huawei's sub-projects do
	// (signing guide, api-sign-multi-project); otherwise APIG.0301. The default sub-project is one of them.
	requireProjectHeader: ['5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b'],
	// IAM refuses GET /v3/projects with 403 (a least-privilege, OCR-only IAM user).
	denyListProjects: false,
	// Shape of every error body (gateway, OCR and IAM), as Huawei's services vary:
	// 'default' (error_code/error_msg; IAM {error:{code,message,title}}), 'errorCode' (errorCode/errorMsg),
	// 'code' (code/message), 'nested' ({error:{code,message}}), 'encoded' (adds encoded_authorization_message).
	errorShape: 'default',
	// Service and projects.
	unsubscribed: [], // regions or project ids where OCR is not enabled → ModelArts.4204
	projectsByName: {}, // region → [projectId | {id, name}], merged over the default table
	// Recognition.
	// Images without a fixture marker: false → AIS.0104; true → read them for real with the offline OCR
	// engine of test/ocr (PaddleOCR ONNX, loaded on first use), as the cloud would.
	ocrFallback: false,
	// true: a single-side answer also carries the other side's text fields as empty strings (IdCardResult lists
	// all nine; whether the live service fills them so is unknown, the node must cope either way).
	emptyOtherSide: false,
	doubleAutoSide: 'front', // what side='' (auto) returns for a two-sided image: 'front' fields or 'double_side' objects
	// Size limits.
	maxImageBytes: 10 * MB, // length of the base64 `image` string
	maxBodyBytes: 10 * MB + 64 * 1024, // raw request body (room for the JSON around a maximal image)
	// URL input and /images.
	urlFetchTimeoutMs: 5000,
	failImages: false, // true, or a list of image names, → GET /images/... answers 404
	imageDelayMs: 0,
});

/** Keys that are actions, not settings. */
const ACTIONS = ['revokeAllTokens'];

function cloneDefaults(base) {
	return JSON.parse(JSON.stringify(base));
}

/** Merges a partial config: top-level keys replace, except projectsByName which merges by region. Unknown keys are refused. */
function mergeConfig(current, partial) {
	if (!partial || typeof partial !== 'object' || Array.isArray(partial))
		throw new Error('config must be an object');
	const next = { ...current };
	for (const [key, value] of Object.entries(partial)) {
		if (ACTIONS.includes(key)) continue;
		if (!Object.prototype.hasOwnProperty.call(DEFAULT_CONFIG, key)) {
			throw new Error(
				`unknown emulator config key "${key}"; known: ${[...Object.keys(DEFAULT_CONFIG), ...ACTIONS].join(', ')}`,
			);
		}
		if (key === 'projectsByName')
			next.projectsByName = { ...current.projectsByName, ...(value || {}) };
		else if (value === undefined) next[key] = cloneDefaults({ v: DEFAULT_CONFIG[key] }).v;
		else next[key] = value;
	}
	return next;
}

module.exports = { DEFAULT_CONFIG, ACTIONS, MB, mergeConfig, cloneDefaults };
