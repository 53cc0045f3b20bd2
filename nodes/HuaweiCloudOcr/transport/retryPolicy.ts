import type { OcrFailure } from '../model/OcrCallError';

export interface RetrySettings {
	/** Retries of transient failures (5xx, timeouts, resets, malformed replies). */
	maxRetries: number;
	/**
	 * Retries after throttling; throttling is expected in large batches, so it has its own, larger budget. How
	 * long a throttled call waits is not decided here: it goes back to the shared RateLimiter, which honors
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

/**
 * The longest one wait may last: a Retry-After is honored up to the policy's maximum wait (a gateway asking
 * for a day would otherwise pause every execution on the key for a day), and no sleep is ever longer (timers
 * past about 24.8 days fire at once).
 */
export function maxWaitMs(settings: RetrySettings): number {
	return Math.max(0, Math.min(settings.maxDelayMs, MAX_SLEEP_MS));
}

/** The longest single sleep anywhere in the transport (longer waits are taken in steps). */
export const MAX_SLEEP_MS = 60_000;

/**
 * The wall-clock time one item may take, all attempts and waits included: each attempt may last the timeout
 * and be followed by the longest wait. Past it, the item fails (TIME_BUDGET) instead of waiting on.
 */
export function itemBudgetMs(settings: RetrySettings, timeoutMs: number): number {
	const attempts = settings.maxRetries + settings.maxThrottleRetries + 1;
	return attempts * (timeoutMs + maxWaitMs(settings));
}
