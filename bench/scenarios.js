import { runOcrWorkflow } from '../test/harness/runWorkflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
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

export async function runBatch(emu, batch, options = {}) {
	const started = process.hrtime.bigint();
	const result = await runOcrWorkflow({
		items: batch,
		parameters: { imageSource: 'binary', options },
		credentials: credentials(emu),
		onError: 'continueErrorOutput',
	});
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	const stats = emu.stats();
	const paired = [...result.main, ...result.errors].map((i) => i.pairedItem.item);
	return {
		seconds,
		ok: result.main.length,
		failed: result.errors.length,
		lost: batch.length - new Set(paired).size,
		inOrder: result.main.every(
			(item, k) => k === 0 || item.pairedItem.item > result.main[k - 1].pairedItem.item,
		),
		calls: stats.ocrCalls,
		throttled: stats.requests.filter((r) => r.path.includes('/ocr/') && r.status === 429).length,
		maxInFlight: stats.maxInFlight,
	};
}
