import { sleep } from 'n8n-workflow';

import { DEFAULT_RETRY, MAX_SLEEP_MS } from './retryPolicy';

/**
 * Paces OCR calls at the rate Huawei allows, learned from its refusals, and bounds the calls in flight.
 *
 * What it learns, per throttled call (`done(ticket, signal)`):
 * - Huawei's APIG.0308 text "policy user over ratelimit,limit:XX,time:1 minute" gives the rule itself: at most
 *   XX calls per window. The limiter then spaces call starts at 97 % of XX per window, and keeps its own log of
 *   the calls the gateway counted, so that it never starts more than XX in any window (after a burst, it waits
 *   exactly until the window has room again, not longer).
 * - `Retry-After` pauses every call until that time.
 * - Without either, the calls admitted in the last second before the refused one started seed the pace (or,
 *   with nothing to go on, calls pause 1 s, 2 s, ... up to 8 s, one at a time, and the first admitted one sets
 *   a pace of one call per second); a call refused while paced at the learned rate lowers it by 10 %.
 * - Sharing the key with other processes (queue-mode workers): a refusal "limit:XX" while this process started
 *   fewer than XX calls in the window means the rest went to other users of the key. The process then takes its
 *   share from its own count in the window that ended when the refused call started (however late the answer
 *   came), in one step (at most that many per window; at most 90 %, then 80 % of the share held when refusals
 *   come with no call admitted in between). A refusal that names no limit is read the same way over a 1 s
 *   window, counting only calls started before the refused one (a burst still in flight is not what the gateway
 *   had counted); after that, such a share is a fraction of calls per second: a refusal at it keeps 85 % (down to
 *   one call per 8 s; 70 %, 55 %, then half when such refusals come within a second of each other), and probes
 *   add the same quarter call per second for every worker, doubling while they hold, so that the shares of
 *   workers even out (queue mode hands jobs to workers in turn, so the slowest share sets the pace). A refused
 *   probe returns to the share held before it (a named one goes halfway from it to the count), and the probes of
 *   workers are spread (1 to 1.5 times the probe period) so that they do not probe together.
 * - ModelArts concurrency over quota (ModelArts.4401) lowers the calls in flight to those that were accepted.
 *
 * It probes upward carefully: after a quiet period with calls waiting (twice the window, at least 10 s), the rate
 * and the window's count grow by 5 %; a refusal during that probe restores the previous values and doubles the
 * period (up to 10 minutes). So above the learned rate it sends at most one 5 % step per period.
 *
 * One instance is shared by every execution in the process that uses the same key and region (limiterRegistry.ts).
 */

/** A refusal Huawei classed as throttling (transport/huaweiErrors.ts kindOf → 'throttle'). */
export interface ThrottleSignal {
	/** APIG.0308, ModelArts.4401, HTTP_429... */
	code: string;
	/** Huawei's error_msg. */
	message: string;
	retryAfterMs?: number;
}

/** "limit:XX,time:1 minute": at most `limit` calls per `windowMs`. */
export interface RateHint {
	limit: number;
	windowMs: number;
}

const UNIT_MS: Record<string, number> = {
	ms: 1,
	millisecond: 1,
	s: 1000,
	sec: 1000,
	second: 1000,
	min: 60_000,
	minute: 60_000,
	h: 3_600_000,
	hour: 3_600_000,
	day: 86_400_000,
};

/** Reads Huawei's "limit:XX,time:N unit" (APIG.0308). A limit of 0 tells nothing usable: undefined. */
export function parseRateHint(message: string | undefined): RateHint | undefined {
	const m = /limit\s*:\s*(\d+)\s*,\s*time\s*:\s*(\d+(?:\.\d+)?)?\s*([a-z]+)/i.exec(message ?? '');
	if (!m) return undefined;
	const limit = Number(m[1]);
	const unit = UNIT_MS[m[3].toLowerCase().replace(/s$/, '')] ?? UNIT_MS[m[3].toLowerCase()];
	const windowMs = (m[2] === undefined ? 1 : Number(m[2])) * (unit ?? NaN);
	if (!(limit > 0) || !(windowMs > 0)) return undefined;
	return { limit, windowMs };
}

/** ModelArts' "concurrency over quota" refusals limit calls in flight, not calls per minute. */
function isConcurrencyQuota(code: string): boolean {
	return /^ModelArts\.44\d\d$/.test(code);
}

export interface CallTicket {
	readonly id: number;
	/** When the call was let go (the clock's milliseconds). */
	readonly startedAt: number;
	/** The limiter's settings generation it was started under. */
	readonly epoch: number;
}

export interface LimiterClock {
	now(): number;
	sleep(ms: number): Promise<void>;
	/** A number in [0, 1) (Math.random unless given): spreads the probes of workers that started together. */
	random?(): number;
}

/** Every sleep is clamped: a timer past about 24.8 days would fire at once, and the pump would spin. */
const realClock: LimiterClock = {
	now: () => Date.now(),
	sleep: async (ms) => await sleep(Math.min(Math.max(0, ms), MAX_SLEEP_MS)),
};

/** Why a wait for a call slot ended without one: the execution was stopped, or the item's time ran out. */
export class LimiterWaitAborted extends Error {
	constructor(readonly reason: 'cancelled' | 'budget') {
		super(reason === 'cancelled' ? 'The execution was stopped' : "The item's time budget ran out");
		this.name = 'LimiterWaitAborted';
	}
}

/** What ends a wait for a call slot early. */
export interface AcquireOptions {
	/** The execution's cancel signal: a stopped execution starts no call. */
	signal?: AbortSignal;
	/** The clock's milliseconds after which the waiter gives up (the item's wall-clock budget). */
	deadline?: number;
}

export interface LimiterSnapshot {
	/** The pace, in calls per second; undefined until a refusal taught one. */
	ratePerSecond?: number;
	/** The window rule the limiter keeps to (from Huawei's message, possibly lowered or probed). */
	window?: RateHint;
	/** Where the pace came from. */
	learnedFrom?: 'message' | 'observed';
	/** True when the window rule is this process's share of a limit other users of the key also draw on. */
	shared: boolean;
	/** Calls in flight allowed now: the in-process cap, lowered by a concurrency quota. */
	cap: number;
	inFlight: number;
	waiting: number;
	/** Milliseconds until calls may start again after Retry-After or a pause; 0 when not paused. */
	pausedForMs: number;
	/** The quiet period after which the next upward probe comes (doubled after a refused probe). */
	probeEveryMs: number;
}

interface Waiter {
	resolve: (ticket: CallTicket) => void;
	reject: (error: LimiterWaitAborted) => void;
	deadline?: number;
}

const MARGIN = 0.97;
const DECREASE = 0.9;
/**
 * A named limit: each refusal with no call admitted since the last refusal (calls started at the current pace)
 * keeps 10 % less of the rule or share held (90 %, then 80 %). When the limit came into force while calls ran,
 * every worker's count was read from calls the gateway had not all counted; with 4 workers on
 * "limit:30,time:6 second" their counts came down a call or two per refusal, and 4 items of 200 ran out of their
 * 9 attempts. When workers join one that held the whole of "limit:40,time:1 minute", that one was refused at every
 * call while the others took the window, 9 times in 25 s.
 */
const NAMED_DECREASE_STEP = 0.1;
const NAMED_MIN_KEEP = 0.8;
const MAX_PROBE_INTERVAL_MS = 10 * 60_000;
/**
 * A count below 1/16 of the named limit is not read as a share: more likely a per-second burst under a
 * per-minute rule than 16 workers on one key (the 10 % cut applies then).
 */
const MIN_SHARE_FRACTION = 1 / 16;
/**
 * A count above 80 % of the named limit is not read as a share either: this process alone, counted a little
 * differently from the gateway (arrival times), is the likelier cause (the 10 % cut applies then).
 */
const MAX_SHARE_FRACTION = 0.8;
/** The window over which a refusal that names no limit is read (Huawei's per-second limits). */
const UNNAMED_WINDOW_MS = 1000;
/** No limit named: a refusal at the share held keeps 85 % of it, down to one call per 8 windows. */
const UNNAMED_DECREASE = 0.85;
/**
 * No limit named: each refusal at the share held within a window of the last cut keeps 15 % less (70 %, 55 %),
 * down to half. A share far above what the gateway leaves this process (a limit that came into force, or was
 * lowered, while calls ran; the first share read from calls the gateway had not counted) is refused at almost
 * every call: at 15 % a refusal, 27 calls per second took 10 refusals in under a second to come down to 5,
 * and the item first in line ran out of its 9 attempts.
 */
const UNNAMED_DECREASE_STEP = 0.15;
const UNNAMED_MIN_KEEP = 0.5;
const UNNAMED_MIN_SHARE = 1 / 8;
/** No limit named: the share taken once a call is admitted after a burst refused whole. */
const RAMP_SHARE = 0.5;
/**
 * No limit named: a probe asks a quarter of a call per window more than the share, doubling while they hold (up
 * to 2 calls). The same step for every worker, whatever its share (a step in proportion would keep the shares'
 * ratios as they are; an equal one evens them out).
 */
const UNNAMED_STEP = 0.25;
const UNNAMED_MAX_GAINS = 3;
const UNNAMED_PROBE_MS = 4000;
const UNNAMED_PROBE_MAX_MS = 16_000;
/** Holding a share: the quiet period before probing for the whole limit, and its ceiling after refused probes. */
const SHARE_PROBE_WINDOWS = 2;
const SHARE_PROBE_MIN_MS = 2000;
const SHARE_PROBE_MAX_WINDOWS = 8;
const SHARE_PROBE_MAX_MIN_MS = 16_000;
/** How long a Concurrency option keeps counting for the in-process cap after a call last asked with it. */
const CAP_MEMORY_MS = 60_000;
/** How far back the log of started calls reaches (Huawei counts per minute). */
const LOG_HORIZON_MS = 60_000;
/** The longest pause a Retry-After may impose (the retry policy's maximum wait). */
const MAX_RETRY_AFTER_MS = DEFAULT_RETRY.maxDelayMs;

export class RateLimiter {
	/** Counters over the limiter's life, read by the tests and the benchmarks. */
	readonly stats = {
		calls: 0,
		throttled: 0,
		/** Times the pace or the window rule changed (learned, lowered, probed, restored). */
		changes: 0,
		probes: 0,
		failedProbes: 0,
		/** Most calls in flight at once, over the limiter's life and since the first refusal. */
		peakInFlight: 0,
		peakInFlightSinceThrottled: 0,
	};

	/** When a call last started or ended (for the registry's idle expiry). */
	lastUsed: number;

	private readonly clock: LimiterClock;

	private readonly retries: Waiter[] = [];

	private readonly fresh: Waiter[] = [];

	private pumping = false;

	private inFlight = 0;

	private nextId = 1;

	private epoch = 0;

	/** Calls per millisecond; undefined = not paced. */
	private rate?: number;

	private window?: RateHint;

	private hint?: RateHint;

	private learnedFrom?: 'message' | 'observed';

	private nextSlot = 0;

	private pausedUntil = 0;

	private noInfoStreak = 0;

	private concurrencyQuota = Number.POSITIVE_INFINITY;

	private quotaChangedAt = 0;

	private lastChangeAt = 0;

	private probeIntervalMs = 10_000;

	private probe?: {
		rate: number;
		window?: RateHint;
		kind: 'step' | 'share';
		at: number;
		/** The share held before a share probe. */
		share?: number;
	};

	/**
	 * The share held, in calls per window (a fraction when no limit is named: 2.5 per second paces as such, so
	 * that workers can hold equal shares of 5 per second).
	 */
	private share?: number;

	/** Probes for a larger unnamed share held in a row: each step is twice the last (¼, ½, 1, 2 calls per window). */
	private probeGains = 0;

	/**
	 * After a refusal that taught nothing (every call of a burst refused): the calls in flight allowed (one)
	 * until the gateway admits one again; undefined otherwise.
	 */
	private ramp?: number;

	/**
	 * 1 to 1.5, drawn anew with each share: workers that took their shares at the same moment do not probe at
	 * the same moment (their probes would be refused together, and take shares above the limit together).
	 */
	private probeSpread = 1;

	/** The window rule is a share (see LimiterSnapshot.shared). */
	private shared = false;

	private lastRefusalAt = Number.NEGATIVE_INFINITY;

	/** No limit named: when the share held was last cut, and how many cuts came in a row (UNNAMED_DECREASE_STEP). */
	private lastCutAt = Number.NEGATIVE_INFINITY;

	private cutsInARow = 0;

	/** Refusals at the current pace with no call admitted in between (NAMED_DECREASE_STEP). */
	private refusalsInARow = 0;

	private admittedSinceRefusal = 0;

	/** Calls started and not refused (the gateway counted them), oldest first. */
	private readonly log: CallTicket[] = [];

	/** Concurrency option → when a call last asked with it. */
	private readonly caps = new Map<number, number>();

	constructor(clock: LimiterClock = realClock) {
		this.clock = clock;
		this.lastUsed = clock.now();
	}

	/** Waits until a call may start. `concurrency` is the asking execution's option; retries go first. */
	async acquire(
		concurrency: number,
		retry = false,
		options: AcquireOptions = {},
	): Promise<CallTicket> {
		const { signal, deadline } = options;
		if (signal?.aborted) throw new LimiterWaitAborted('cancelled');
		const now = this.clock.now();
		this.lastUsed = now;
		const asked = Math.floor(concurrency);
		this.caps.set(Number.isFinite(asked) && asked >= 1 ? asked : 1, now);
		const queue = retry ? this.retries : this.fresh;
		let onAbort: (() => void) | undefined;
		const ticket = new Promise<CallTicket>((resolve, reject) => {
			const waiter: Waiter = { resolve, reject, deadline };
			queue.push(waiter);
			if (signal) {
				onAbort = () => {
					const index = queue.indexOf(waiter);
					if (index >= 0) queue.splice(index, 1);
					reject(new LimiterWaitAborted('cancelled'));
				};
				signal.addEventListener('abort', onAbort, { once: true });
			}
		});
		void this.pump();
		try {
			return await ticket;
		} finally {
			if (onAbort) signal?.removeEventListener('abort', onAbort);
		}
	}

	/** Reports the end of a call: `signal` when Huawei throttled it. */
	done(ticket: CallTicket, signal?: ThrottleSignal): void {
		const now = this.clock.now();
		this.lastUsed = now;
		this.inFlight--;
		if (signal) this.onThrottle(ticket, signal, now);
		else {
			this.noInfoStreak = 0;
			this.admittedSinceRefusal++;
			if (this.ramp !== undefined) {
				this.ramp = undefined;
				if (this.rate === undefined) {
					// The gateway admits again after a burst it refused whole: the others hold about all of it.
					// Pace at half a call per second and probe upward from there rather than burst again (at one
					// call per second, 4 workers on 3 per second left the fourth refused at every call).
					this.learnedFrom = 'observed';
					this.takeShare(now, RAMP_SHARE, UNNAMED_WINDOW_MS);
				}
			}
		}
		void this.pump();
	}

	/** True when no call is in flight or waiting (the registry may then drop it). */
	get idle(): boolean {
		return this.inFlight === 0 && this.retries.length + this.fresh.length === 0;
	}

	snapshot(): LimiterSnapshot {
		const now = this.clock.now();
		return {
			ratePerSecond: this.rate === undefined ? undefined : this.rate * 1000,
			window: this.window && { ...this.window },
			learnedFrom: this.learnedFrom,
			shared: this.shared,
			cap: this.cap(now),
			inFlight: this.inFlight,
			waiting: this.retries.length + this.fresh.length,
			pausedForMs: Math.max(0, this.pausedUntil - now),
			probeEveryMs: this.probeIntervalMs,
		};
	}

	/** The in-process cap: the largest Concurrency asked for in the last minute, lowered by a concurrency quota. */
	private cap(now: number): number {
		let cap = 1;
		for (const [value, seen] of this.caps) {
			if (now - seen > CAP_MEMORY_MS && this.caps.size > 1) this.caps.delete(value);
			else cap = Math.max(cap, value);
		}
		return Math.max(1, Math.min(cap, this.concurrencyQuota, this.ramp ?? cap));
	}

	private guardMs(windowMs: number): number {
		// The gateway counts a call when it arrives, a little after it started here.
		return 20 + windowMs * 0.02;
	}

	/** The earliest time the next call may start (pace, pause, window rule). */
	private startAt(now: number): number {
		let at = this.pausedUntil;
		if (this.rate !== undefined) at = Math.max(at, this.nextSlot);
		const horizon = Math.max(LOG_HORIZON_MS, this.window ? this.window.windowMs * 2 : 0);
		while (this.log.length > 0 && this.log[0].startedAt < now - horizon) this.log.shift();
		if (this.window) {
			const { limit, windowMs } = this.window;
			const guard = this.guardMs(windowMs);
			const oldest = this.log[this.log.length - limit];
			if (oldest && oldest.startedAt > now - windowMs - guard)
				at = Math.max(at, oldest.startedAt + windowMs + guard);
		}
		return at;
	}

	private async pump(): Promise<void> {
		if (this.pumping) return;
		this.pumping = true;
		try {
			for (;;) {
				const now = this.clock.now();
				this.dropExpired(now);
				const waiting = this.retries.length + this.fresh.length;
				if (waiting === 0 || this.inFlight >= this.cap(now)) return;
				const at = this.startAt(now);
				if (at > now) {
					// In steps, so that waiters whose time ran out are let go on the way.
					await this.clock.sleep(Math.min(at - now, MAX_SLEEP_MS));
					continue;
				}
				const waiter = (this.retries.length > 0 ? this.retries : this.fresh).shift()!;
				const ticket: CallTicket = { id: this.nextId++, startedAt: now, epoch: this.epoch };
				this.inFlight++;
				this.stats.calls++;
				this.stats.peakInFlight = Math.max(this.stats.peakInFlight, this.inFlight);
				if (this.stats.throttled > 0)
					this.stats.peakInFlightSinceThrottled = Math.max(
						this.stats.peakInFlightSinceThrottled,
						this.inFlight,
					);
				this.log.push(ticket);
				if (this.rate !== undefined) this.nextSlot = Math.max(this.nextSlot, now) + 1 / this.rate;
				waiter.resolve(ticket);
				if (waiting > 1) this.maybeProbe(now);
			}
		} finally {
			this.pumping = false;
		}
	}

	/** Waiters past their deadline leave the queue with a budget error. */
	private dropExpired(now: number): void {
		for (const queue of [this.retries, this.fresh]) {
			for (let i = queue.length - 1; i >= 0; i--) {
				const waiter = queue[i];
				if (waiter.deadline !== undefined && now >= waiter.deadline) {
					queue.splice(i, 1);
					waiter.reject(new LimiterWaitAborted('budget'));
				}
			}
		}
	}

	/** Calls are waiting on the pace: after a quiet probe period, try 5 % more (10 % when the pace was guessed). */
	private maybeProbe(now: number): void {
		if (
			this.concurrencyQuota !== Number.POSITIVE_INFINITY &&
			this.inFlight >= this.concurrencyQuota &&
			now - this.quotaChangedAt >= this.probeIntervalMs
		) {
			this.concurrencyQuota++;
			this.quotaChangedAt = now;
		}
		if (this.rate === undefined) return;
		if (this.shared && this.window) {
			this.maybeProbeShare(now, this.window);
			return;
		}
		if (now - this.lastChangeAt < this.probeIntervalMs) return;
		if (this.probe) {
			// The last step held for a whole period: keep it, and probe again from the base period.
			this.probe = undefined;
			this.probeIntervalMs = this.baseProbeInterval();
		}
		const step = this.learnedFrom === 'message' ? 1.05 : 1.1;
		this.probe = {
			rate: this.rate,
			window: this.window && { ...this.window },
			kind: 'step',
			at: now,
		};
		this.rate *= step;
		if (this.window) this.window.limit = Math.ceil(this.window.limit * step);
		this.stats.probes++;
		this.changed(now);
	}

	/**
	 * Holding a share: once refusals have stopped for a probe period, try the whole limit (twice the share when
	 * none is named). Held for a window without a refusal, it is kept; a refusal takes the share from the count.
	 */
	private maybeProbeShare(now: number, window: RateHint): void {
		if (this.probe?.kind === 'share') {
			if (now - this.probe.at < this.shareProbeInterval(window.windowMs)) return;
			// A whole probe period at the probed rule without a refusal: keep it.
			this.probe = undefined;
			this.probeIntervalMs = this.shareProbeInterval(window.windowMs);
			if (this.hint && window.limit >= this.hint.limit) this.shared = false;
			if (!this.hint) this.probeGains = Math.min(this.probeGains + 1, UNNAMED_MAX_GAINS);
			return;
		}
		const quiet = Math.min(now - this.lastChangeAt, now - this.lastRefusalAt);
		if (quiet < this.probeIntervalMs * this.probeSpread) return;
		const held = this.share ?? window.limit;
		this.probe = { rate: this.rate!, window: { ...window }, kind: 'share', at: now, share: held };
		// A named limit: the whole of it (a worker left alone regains it in a window or two). None named: a
		// step above the share, growing while the steps hold, so that workers that share a per-second limit
		// settle on equal shares of it instead of overshooting it together.
		const share = this.hint ? this.hint.limit : held + UNNAMED_STEP * 2 ** this.probeGains;
		this.setShare(share, window.windowMs);
		this.stats.probes++;
		this.changed(now);
	}

	/** At most `share` calls per window (rounded up), paced at 97 % of it. */
	private setShare(share: number, windowMs: number): void {
		this.share = share;
		this.window = { limit: Math.max(1, Math.ceil(share - 1e-9)), windowMs };
		this.rate = (share / windowMs) * MARGIN;
	}

	private shareProbeInterval(windowMs: number): number {
		if (!this.hint) return UNNAMED_PROBE_MS;
		return Math.max(SHARE_PROBE_WINDOWS * windowMs, SHARE_PROBE_MIN_MS);
	}

	private maxShareProbeInterval(windowMs: number): number {
		if (!this.hint) return UNNAMED_PROBE_MAX_MS;
		return Math.max(SHARE_PROBE_MAX_WINDOWS * windowMs, SHARE_PROBE_MAX_MIN_MS);
	}

	/**
	 * Calls this process started in the window that ended when `at` started, and the gateway has not refused
	 * (in flight included): what the gateway counted of this process when that call arrived, however long its
	 * answer took (a slow machine or network must not shrink the share).
	 */
	private countAt(at: number, windowMs: number): number {
		let count = 0;
		for (const t of this.log) if (t.startedAt <= at && t.startedAt > at - windowMs) count++;
		return count;
	}

	/**
	 * What the gateway had counted of this process when it refused `ticket`: the calls started before it, in the
	 * window that ended at its start and not refused. Calls started after it (a burst still in flight) are not
	 * counted: the gateway had not seen them yet, and most of them will be refused too.
	 */
	private countBefore(ticket: CallTicket, windowMs: number): number {
		let count = 0;
		for (const t of this.log)
			if (t.id < ticket.id && t.startedAt > ticket.startedAt - windowMs) count++;
		return count;
	}

	/** Takes this process's share: at most `count` calls per window, paced at 97 % of it. */
	private takeShare(now: number, count: number, windowMs: number): void {
		this.probeSpread = 1 + 0.5 * (this.clock.random ?? Math.random)();
		const probe = this.probe?.kind === 'share' ? this.probe : undefined;
		const wasShared = this.shared && this.window?.windowMs === windowMs;
		// A refused probe: back to the share held before it (its own count includes the probe's calls, and
		// workers that probed together would take more than the limit between them); a named limit goes halfway
		// from it to the count (a worker that joined one holding the whole limit took 2 of 30 per 6 s at its
		// first refusal, and returned to 2 after each probe that counted 16: 4.7 × the ideal).
		const floor = this.hint ? 1 : UNNAMED_MIN_SHARE;
		const held = probe?.share;
		let share = count;
		if (held !== undefined)
			share = this.hint && count > held ? Math.floor((held + count) / 2) : Math.min(count, held);
		this.setShare(Math.max(floor, share), windowMs);
		this.probeGains = 0;
		this.shared = true;
		if (probe || (wasShared && this.probe === undefined && this.hint)) {
			// A refused probe, or a refusal at a named share held: the share is about what the gateway leaves
			// this process, so the next probe waits twice as long (each probe that fails costs a refusal).
			if (probe) this.stats.failedProbes++;
			this.probeIntervalMs = Math.min(
				this.maxShareProbeInterval(windowMs),
				this.probeIntervalMs * 2,
			);
		} else if (this.probe === undefined) this.probeIntervalMs = this.shareProbeInterval(windowMs);
		this.probe = undefined;
		this.changed(now);
	}

	/** What a named rule or share keeps at a refusal that came in a row (NAMED_DECREASE_STEP). */
	private namedKeep(): number {
		return Math.max(NAMED_MIN_KEEP, 1 - NAMED_DECREASE_STEP * this.refusalsInARow);
	}

	private baseProbeInterval(): number {
		return this.window ? Math.max(2 * this.window.windowMs, 10_000) : 10_000;
	}

	private changed(now: number): void {
		this.epoch++;
		this.lastChangeAt = now;
		this.stats.changes++;
		if (this.rate !== undefined) this.nextSlot = Math.max(this.nextSlot, now + 1 / this.rate);
	}

	private onThrottle(ticket: CallTicket, signal: ThrottleSignal, now: number): void {
		this.stats.throttled++;
		// The gateway did not count a refused call.
		const index = this.log.indexOf(ticket);
		if (index >= 0) this.log.splice(index, 1);
		if (signal.retryAfterMs !== undefined)
			this.pausedUntil = Math.max(
				this.pausedUntil,
				now + Math.min(Math.max(0, signal.retryAfterMs), MAX_RETRY_AFTER_MS),
			);
		const hint = parseRateHint(signal.message);
		const paced = ticket.epoch === this.epoch;

		if (!hint && isConcurrencyQuota(signal.code)) {
			// Calls in flight when it was refused, itself included, were one too many.
			this.concurrencyQuota = Math.max(1, Math.min(this.concurrencyQuota, this.inFlight));
			this.quotaChangedAt = now;
			return;
		}
		// Calls of this process the gateway counted in the named window when it refused this one.
		const count = hint ? this.countAt(ticket.startedAt, hint.windowMs) : 0;
		const isShare =
			hint !== undefined &&
			count <= hint.limit * MAX_SHARE_FRACTION &&
			count >= hint.limit * MIN_SHARE_FRACTION;
		if (hint && (hint.limit !== this.hint?.limit || hint.windowMs !== this.hint.windowMs)) {
			// Huawei told the rule (first time, or it changed it).
			this.hint = hint;
			this.learnedFrom = 'message';
			this.probe = undefined;
			if (isShare) {
				this.takeShare(now, count, hint.windowMs);
				return;
			}
			this.shared = false;
			this.share = undefined;
			this.window = { ...hint };
			this.rate = (hint.limit / hint.windowMs) * MARGIN;
			this.probeIntervalMs = this.baseProbeInterval();
			this.changed(now);
			return;
		}
		if (!paced && this.rate !== undefined) {
			// Started before the last change: it says nothing about the current pace.
			this.nextSlot = Math.max(this.nextSlot, now + 1 / this.rate);
			return;
		}
		this.refusalsInARow = this.admittedSinceRefusal === 0 ? this.refusalsInARow + 1 : 0;
		this.admittedSinceRefusal = 0;
		this.lastRefusalAt = now;
		if (this.probe?.kind === 'step') {
			this.rate = this.probe.rate;
			this.window = this.probe.window;
			this.probe = undefined;
			this.stats.failedProbes++;
			this.probeIntervalMs = Math.min(MAX_PROBE_INTERVAL_MS, this.probeIntervalMs * 2);
			this.changed(now);
			return;
		}
		if (hint && (isShare || this.probe?.kind === 'share')) {
			// Others drew the rest of the window: this process's share is what it had started, in one step (less,
			// when refusals come in a row: the count included calls the gateway had not counted).
			let share = Math.min(count, hint.limit - 1);
			if (this.probe?.kind !== 'share' && this.refusalsInARow > 0 && this.window)
				share = Math.min(
					share,
					Math.max(1, Math.floor((this.share ?? this.window.limit) * this.namedKeep())),
				);
			this.takeShare(now, share, hint.windowMs);
			return;
		}
		if (!hint && this.learnedFrom === 'observed' && this.window) {
			// No limit named: a refused probe returns to the share before it; a refusal at the share held
			// lowers it by 15 % (the worker holding more is refused more often, so the shares even out), more
			// when the last cut was less than a window ago.
			const held = this.share ?? this.window.limit;
			if (this.probe?.kind === 'share') {
				this.takeShare(now, held, this.window.windowMs);
				return;
			}
			this.cutsInARow = now - this.lastCutAt < this.window.windowMs ? this.cutsInARow + 1 : 0;
			this.lastCutAt = now;
			const keep = Math.max(
				UNNAMED_MIN_KEEP,
				UNNAMED_DECREASE - UNNAMED_DECREASE_STEP * this.cutsInARow,
			);
			this.takeShare(now, held * keep, this.window.windowMs);
			return;
		}
		if (this.rate !== undefined) {
			// Refused at the learned pace: the account's allowance is smaller (other workers use the same key).
			const keep = Math.min(DECREASE, this.namedKeep());
			this.rate *= keep;
			if (this.window) this.window.limit = Math.max(1, Math.floor(this.window.limit * keep));
			this.share = undefined;
			this.changed(now);
			return;
		}
		// Nothing told: the calls the gateway admitted in the last second are this process's share of it.
		const admitted = this.countBefore(ticket, UNNAMED_WINDOW_MS);
		if (admitted >= 1) {
			this.learnedFrom = 'observed';
			this.takeShare(now, admitted, UNNAMED_WINDOW_MS);
		} else if (signal.retryAfterMs === undefined) {
			// Every call of this burst was refused: others use the key. Start again one call at a time.
			if (paced) this.ramp = 1;
			this.pausedUntil = Math.max(
				this.pausedUntil,
				now + Math.min(8000, 1000 * 2 ** this.noInfoStreak),
			);
			this.noInfoStreak++;
		}
	}
}
