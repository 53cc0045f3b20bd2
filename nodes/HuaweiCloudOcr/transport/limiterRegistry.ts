import { createHash } from 'crypto';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { RateLimiter, type LimiterClock } from './rateLimiter';

/**
 * One RateLimiter per Huawei identity, region and OCR endpoint in this process, shared by every execution
 * (Huawei's limit is per account, so executions running side by side on one n8n worker must pace together).
 * Other processes (queue-mode workers, other mains) have their own: they learn the same limit independently.
 *
 * The key is a SHA-256 of the access key ID (or IAM account and user name), the region and the endpoint, so no
 * identifier is kept in clear and the secret is never part of it. A key unused for 10 minutes is dropped the
 * next time the registry is used (no timers).
 */

export const IDLE_EXPIRY_MS = 10 * 60_000;

const limiters = new Map<string, RateLimiter>();

/** The registry key of a credential, region and endpoint (a hash: it holds no identifier in clear). */
export function limiterKey(
	credentials: ICredentialDataDecryptedObject,
	region: string,
	ocrEndpoint: string,
): string {
	const identity =
		credentials.authType === 'password'
			? `iam\n${String(credentials.domainName ?? '')}\n${String(credentials.userName ?? '')}`
			: `ak\n${String(credentials.accessKeyId ?? '')}`;
	return createHash('sha256')
		.update(`${identity}\n${region}\n${ocrEndpoint.replace(/\/+$/, '')}`)
		.digest('hex');
}

function dropIdle(now: number): void {
	for (const [key, limiter] of limiters) {
		if (limiter.idle && now - limiter.lastUsed > IDLE_EXPIRY_MS) limiters.delete(key);
	}
}

/** The process's limiter for `key`, created on first use; idle ones of any key are dropped on the way. */
export function sharedLimiter(key: string, clock?: LimiterClock): RateLimiter {
	const now = clock ? clock.now() : Date.now();
	dropIdle(now);
	let limiter = limiters.get(key);
	if (!limiter) {
		limiter = new RateLimiter(clock);
		limiters.set(key, limiter);
	}
	limiter.lastUsed = now;
	return limiter;
}

/** The limiters alive in this process, by key (tests and benchmarks read their snapshots and stats). */
export function sharedLimiters(): ReadonlyMap<string, RateLimiter> {
	return limiters;
}

/** Forgets every learned limit (tests). */
export function clearSharedLimiters(): void {
	limiters.clear();
}
