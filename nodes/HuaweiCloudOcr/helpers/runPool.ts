/**
 * Runs `task(i)` for i = 0..count-1 with at most `workers` tasks at once, taking indexes in order.
 * Results are written by the task itself (by index), so output order never depends on timing.
 * Once `stop()` returns true no new index is started; running tasks finish.
 */
export async function runPool(
	count: number,
	workers: number,
	task: (index: number) => Promise<void>,
	stop: () => boolean = () => false,
): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < count && !stop()) {
			const index = next++;
			await task(index);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, count)) }, worker));
}
