/**
 * Bounds the calls in flight and adapts the bound to what Huawei allows (AIMD):
 * a throttled call halves the limit (at most once per cool-down), and a run of successes as long as
 * the current limit raises it by one, up to the configured maximum.
 */
export class AdaptiveLimiter {
	private limit: number;

	private inFlight = 0;

	private successStreak = 0;

	private lastDecrease = Number.NEGATIVE_INFINITY;

	private readonly waiting: Array<() => void> = [];

	/** Lowest limit reached, and how many times the limit was lowered: reported by benchmarks. */
	readonly stats = { minLimit: 0, decreases: 0, throttled: 0 };

	constructor(
		private readonly max: number,
		private readonly coolDownMs = 1000,
		private readonly now: () => number = Date.now,
	) {
		this.limit = Math.max(1, Math.floor(max));
		this.stats.minLimit = this.limit;
	}

	get currentLimit(): number {
		return this.limit;
	}

	async acquire(): Promise<void> {
		if (this.inFlight < this.limit) {
			this.inFlight++;
			return;
		}
		await new Promise<void>((resolve) => this.waiting.push(resolve));
	}

	release(): void {
		this.inFlight--;
		this.drain();
	}

	onSuccess(): void {
		this.successStreak++;
		if (this.successStreak >= this.limit && this.limit < this.max) {
			this.limit++;
			this.successStreak = 0;
			this.drain();
		}
	}

	onThrottle(): void {
		this.stats.throttled++;
		this.successStreak = 0;
		const now = this.now();
		if (now - this.lastDecrease < this.coolDownMs) return;
		this.lastDecrease = now;
		const next = Math.max(1, Math.floor(this.limit / 2));
		if (next < this.limit) {
			this.limit = next;
			this.stats.decreases++;
			this.stats.minLimit = Math.min(this.stats.minLimit, next);
		}
	}

	private drain(): void {
		while (this.inFlight < this.limit && this.waiting.length > 0) {
			this.inFlight++;
			this.waiting.shift()!();
		}
	}
}
