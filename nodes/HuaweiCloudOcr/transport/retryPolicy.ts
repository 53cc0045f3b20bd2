import type { OcrFailure } from './OcrCallError';

export interface RetrySettings {
	/** Retries of transient failures (5xx, timeouts, resets, malformed replies). */
	maxRetries: number;
	/**
	 * Retries after throttling; throttling is expected in large batches, so it has its own, larger budget. How
	 * long a throttled call waits is not decided here: it goes back to the shared RateLimiter, which honours
	 * Retry-After and paces at the rate it learned (see rateLimiter.ts).
	 */
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

export interface Attempts {
	transient: number;
	throttle: number;
}

/**
 * Milliseconds to wait before the next attempt, or undefined when the failure must not be retried. Transient
 * failures back off exponentially with full jitter; throttling returns 0 (the limiter does the waiting).
 */
export function retryDelay(
	failure: OcrFailure,
	attempts: Attempts,
	settings: RetrySettings,
	random: () => number = Math.random,
): number | undefined {
	if (failure.kind === 'throttle') {
		// Retried at once: RateLimiter.acquire() holds the retry until Retry-After has passed and the learned
		// pace allows the next call (retries go before new calls).
		return attempts.throttle >= settings.maxThrottleRetries ? undefined : 0;
	}
	if (failure.kind === 'transient') {
		if (attempts.transient >= settings.maxRetries) return undefined;
		const cap = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** attempts.transient);
		return random() * cap;
	}
	return undefined;
}
