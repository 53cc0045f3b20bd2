import {
	clearSharedLimiters,
	sharedLimiters,
} from '../nodes/HuaweiCloudOcr/transport/limiterRegistry';
import { runOcrWorkflow } from '../test/harness/runWorkflow';

const emulatorModule = require('../test/emulator');

export const FRONT = 'front-zhangsan';
export const BACK = 'back-beijing';

export async function startEmulator() {
	return await emulatorModule.startEmulator();
}

export function items(count, bytes) {
	return Array.from({ length: count }, (_, i) => {
		const fixture = {
			id: i % 2 ? BACK : FRONT,
			format: 'jpeg',
			width: 1000,
			height: 630,
			...(bytes ? { padToBytes: bytes } : {}),
		};
		return {
			json: { row: i },
			binary: { data: { fixture, fileName: `card-${i}.jpg`, mimeType: 'image/jpeg' } },
		};
	});
}

export function credentials(emu) {
	const ak = emulatorModule.DEFAULT_ACCOUNTS.accessKey;
	return {
		authType: 'accessKey',
		accessKeyId: ak.accessKeyId,
		secretAccessKey: ak.secretAccessKey,
		projectId: ak.projectId,
		region: 'cn-north-4',
		ocrEndpoint: emu.url,
		iamEndpoint: emu.url,
	};
}

/**
 * The index of the input item an output item came from (the node pairs each output with one `{ item }`).
 * @param {import('n8n-workflow').INodeExecutionData} out
 * @returns {number}
 */
const inputIndex = (out) =>
	/** @type {import('n8n-workflow').IPairedItemData} */ (out.pairedItem).item;

/** What a run reports: time, outcome per item, and what the emulator saw. */
function summarise(emu, seconds, pairs) {
	const stats = emu.stats();
	let ok = 0;
	let failed = 0;
	let lost = 0;
	let inOrder = true;
	for (const { batch, result } of pairs) {
		ok += result.main.length;
		failed += result.errors.length;
		const paired = [...result.main, ...result.errors].map(inputIndex);
		lost += batch.length - new Set(paired).size;
		inOrder &&= result.main.every(
			(item, k) => k === 0 || inputIndex(item) > inputIndex(result.main[k - 1]),
		);
	}
	const limiters = [...sharedLimiters().values()];
	return {
		seconds,
		ok,
		failed,
		lost,
		inOrder,
		calls: stats.ocrCalls,
		throttled: stats.requests.filter((r) => r.path.includes('/ocr/') && r.status === 429).length,
		maxInFlight: stats.maxInFlight,
		/** Limiters in the process after the run (one per key). */
		limiters: limiters.length,
		learned: limiters[0]?.snapshot(),
	};
}

/**
 * One execution of the OCR node over `batch`, in n8n's WorkflowExecute. The process's shared limiters are
 * cleared first, so each run starts without a learned limit (as a freshly started worker would).
 */
export async function runBatch(emu, batch, options = {}) {
	return await runParallel(emu, [batch], options);
}

/** Several executions of the same workflow at once (Promise.all), with one key: they share one limiter. */
export async function runParallel(emu, batches, options = {}) {
	clearSharedLimiters();
	const started = process.hrtime.bigint();
	const results = await Promise.all(
		batches.map((batch) =>
			runOcrWorkflow({
				items: batch,
				parameters: { imageSource: 'binary', options },
				credentials: credentials(emu),
				onError: 'continueErrorOutput',
			}),
		),
	);
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	return summarise(
		emu,
		seconds,
		batches.map((batch, k) => ({ batch, result: results[k] })),
	);
}
