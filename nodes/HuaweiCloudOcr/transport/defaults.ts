/** The client's defaults, in one place: the node options show them and the client falls back to them. */
export const CLIENT_DEFAULTS = {
	/** Calls in flight per execution. */
	concurrency: 5,
	/** Milliseconds one attempt may take. */
	timeoutMs: 30_000,
} as const;
