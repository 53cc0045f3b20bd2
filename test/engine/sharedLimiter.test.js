import { sharedLimiters } from '../../nodes/HuaweiCloudOcr/transport/limiterRegistry';
import { runOcrWorkflow } from '../harness/runWorkflow';
import { ACCOUNTS, akCredentials, FX, imageItem, useEmulator } from './setup';

const ocrRequests = (emu) =>
	emu.current.stats().requests.filter((r) => r.path.includes('/ocr/id-card'));

const batch = (count, execution) =>
	Array.from({ length: count }, (_, i) =>
		imageItem(i % 2 ? FX.back : FX.front, { execution, row: i }),
	);

function expectInOrder(result, items) {
	expect(result.error).toBeUndefined();
	expect(result.errors).toHaveLength(0);
	expect(result.main.map((i) => i.pairedItem)).toEqual(items.map((_, item) => ({ item })));
	expect(result.main.map((i) => i.json.side)).toEqual(
		items.map((_, i) => (i % 2 ? 'back' : 'front')),
	);
}

describe('one limiter per credential and region in the process', () => {
	const emu = useEmulator();

	it('10 parallel executions with one key share one limiter: one learning, one cap, few 429s', async () => {
		const executions = 10;
		const perExecution = 6;
		const limit = 20; // calls per second, Huawei-style message "limit:20,time:1 second"
		emu.current.configure({ latencyMs: 20, throttle: { limit, windowMs: 1000 } });
		const inputs = Array.from({ length: executions }, (_, e) => batch(perExecution, e));
		const results = await Promise.all(
			inputs.map((items) =>
				runOcrWorkflow({
					items,
					parameters: { imageSource: 'binary' }, // Concurrency 5 (the default) in each
					credentials: akCredentials(emu.current),
				}),
			),
		);
		results.forEach((result, e) => expectInOrder(result, inputs[e]));

		expect(sharedLimiters().size).toBe(1);
		const limiter = [...sharedLimiters().values()][0];
		const snapshot = limiter.snapshot();
		expect(snapshot).toMatchObject({ cap: 5, inFlight: 0, waiting: 0, learnedFrom: 'message' });
		// The window read from Huawei's message (a refusal at the learned pace, which a slow moment of this
		// machine can cause, may lower it: no lower bound, since how often depends on the machine's timing).
		expect(snapshot.window.windowMs).toBe(1000);
		expect(snapshot.window.limit).toBeLessThanOrEqual(limit);
		// One in-process cap: the default Concurrency 5, not 10 × 5.
		expect(limiter.stats.peakInFlight).toBeLessThanOrEqual(5);
		expect(emu.current.stats().maxInFlight).toBeLessThanOrEqual(5);
		// Counted, in the order the gateway saw them: the first refusal came only after the gateway had
		// admitted the whole limit, every refusal was retried until admitted (one admitted call per item), and
		// the one limiter saw every refusal. Executions learning alone would need at least one refusal each.
		const statuses = ocrRequests(emu).map((r) => r.status);
		const throttled = statuses.filter((s) => s === 429).length;
		expect(statuses.indexOf(429)).toBeGreaterThanOrEqual(limit);
		expect(statuses.filter((s) => s === 200)).toHaveLength(executions * perExecution);
		expect(statuses).toHaveLength(executions * perExecution + throttled);
		expect(throttled).toBeGreaterThan(0);
		expect(throttled).toBeLessThan(executions);
		expect(limiter.stats.throttled).toBe(throttled);
		expect(limiter.stats.calls).toBe(statuses.length);
		// Time against the ideal is measured by the benchmark (bench/, scenario 4), not asserted here.
	});

	it('two different keys never share: what one learned does not slow the other', async () => {
		emu.current.configure({ latencyMs: 20, throttle: { limit: 4, windowMs: 1000 } });
		const first = batch(10, 'a');
		const a = await runOcrWorkflow({
			items: first,
			parameters: { imageSource: 'binary' },
			credentials: akCredentials(emu.current),
		});
		expectInOrder(a, first);
		expect(sharedLimiters().size).toBe(1);
		const [keyA, limiterA] = [...sharedLimiters().entries()][0];
		expect(limiterA.snapshot().window).toMatchObject({ windowMs: 1000 });
		expect(limiterA.snapshot().window.limit).toBeLessThanOrEqual(4);

		// The limit is lifted; a run with the temporary key must not inherit the first key's pace.
		emu.current.configure({ throttle: null, latencyMs: 100 });
		const tmp = ACCOUNTS.temporary;
		const second = batch(10, 'b');
		const b = await runOcrWorkflow({
			items: second,
			parameters: { imageSource: 'binary' },
			credentials: akCredentials(emu.current, {
				accessKeyId: tmp.accessKeyId,
				secretAccessKey: tmp.secretAccessKey,
				securityToken: tmp.securityToken,
			}),
		});
		expectInOrder(b, second);
		expect(sharedLimiters().size).toBe(2);
		const [keyB, limiterB] = [...sharedLimiters().entries()].find(([key]) => key !== keyA);
		expect(limiterB).not.toBe(limiterA);
		expect(limiterB.snapshot()).toMatchObject({ ratePerSecond: undefined, window: undefined });
		expect(limiterB.stats.throttled).toBe(0);
		// Five calls at once, as its Concurrency says, not paced at the first key's 4 per second.
		expect(limiterB.stats.peakInFlight).toBe(5);
		// Keys are hashes: neither key id appears in them.
		for (const key of [keyA, keyB]) {
			expect(key).toMatch(/^[0-9a-f]{64}$/);
			expect(key).not.toContain(tmp.accessKeyId);
			expect(key).not.toContain(ACCOUNTS.accessKey.accessKeyId);
		}
		// The first key's limiter still knows its limit (less 10 % if a slow moment cost a refusal).
		expect(limiterA.snapshot().window.windowMs).toBe(1000);
		expect(limiterA.snapshot().window.limit).toBeLessThanOrEqual(4);
	});
});
