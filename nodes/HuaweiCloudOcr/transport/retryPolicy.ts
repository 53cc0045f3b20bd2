import type { OcrFailure } from './OcrCallError';

export interface RetrySettings {
	/** Retries of transient failures (5xx, timeouts, resets, malformed replies). */
	maxRetries: number;
	/** Retries after throttling; throttling is expected in large batches, so it has its own, larger budget. */
	maxThrottleRetries: number;
	baseDelayMs: number;
	maxDelayMs: number;
}

export const DEFAULT_RETRY: RetrySettings = {
	maxRetries: 3,
	maxThrottleRetries: 8,
	baseDelayMs: 500,
	maxDelayMs: 30_000,
};

/** Huawei advises waiting 2–5 s after APIG.0308. */
const THROTTLE_BASE_MS = 2000;

export interface Attempts {
	transient: number;
	throttle: number;
}

/** Milliseconds to wait before the next attempt, or undefined when the failure must not be retried. */
export function retryDelay(
	failure: OcrFailure,
	attempts: Attempts,
	settings: RetrySettings,
	random: () => number = Math.random,
): number | undefined {
	if (failure.kind === 'throttle') {
		if (attempts.throttle >= settings.maxThrottleRetries) return undefined;
		if (failure.retryAfterMs !== undefined)
			return Math.min(failure.retryAfterMs, settings.maxDelayMs);
		const cap = Math.min(settings.maxDelayMs, THROTTLE_BASE_MS * 2 ** attempts.throttle);
		return cap / 2 + random() * (cap / 2);
	}
	if (failure.kind === 'transient') {
		if (attempts.transient >= settings.maxRetries) return undefined;
		const cap = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** attempts.transient);
		return random() * cap;
	}
	return undefined;
}
