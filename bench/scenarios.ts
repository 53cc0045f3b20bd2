import { runOcrWorkflow, type FixtureItem } from '../test/harness/runWorkflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const emulatorModule = require('../test/emulator');

export const FRONT = 'front-zhangsan';
export const BACK = 'back-beijing';

export interface Emulator {
	url: string;
	close(): Promise<void>;
	configure(c: Record<string, unknown>): void;
	reset(): void;
	stats(): { ocrCalls: number; maxInFlight: number; requests: Array<{ path: string; status: number }> };
}

export async function startEmulator(): Promise<Emulator> {
	return await emulatorModule.startEmulator();
}

export function items(count: number, bytes?: number): FixtureItem[] {
	return Array.from({ length: count }, (_, i) => {
		const fixture = { id: i % 2 ? BACK : FRONT, format: 'jpeg', width: 1000, height: 630, ...(bytes ? { padToBytes: bytes } : {}) };
		return { json: { row: i }, binary: { data: { fixture, fileName: `card-${i}.jpg`, mimeType: 'image/jpeg' } } };
	});
}

export function credentials(emu: Emulator) {
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

export interface BatchOutcome {
	seconds: number;
	ok: number;
	failed: number;
	lost: number;
	inOrder: boolean;
	calls: number;
	throttled: number;
	maxInFlight: number;
}

export async function runBatch(emu: Emulator, batch: FixtureItem[], options: Record<string, unknown> = {}): Promise<BatchOutcome> {
	const started = process.hrtime.bigint();
	const result = await runOcrWorkflow({
		items: batch,
		parameters: { imageSource: 'binary', options },
		credentials: credentials(emu),
		onError: 'continueErrorOutput',
	});
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	const stats = emu.stats();
	const paired = [...result.main, ...result.errors].map((i) => (i.pairedItem as { item: number }).item);
	return {
		seconds,
		ok: result.main.length,
		failed: result.errors.length,
		lost: batch.length - new Set(paired).size,
		inOrder: result.main.every((item, k) => k === 0 || (item.pairedItem as { item: number }).item > (result.main[k - 1].pairedItem as { item: number }).item),
		calls: stats.ocrCalls,
		throttled: stats.requests.filter((r) => r.path.includes('/ocr/') && r.status === 429).length,
		maxInFlight: stats.maxInFlight,
	};
}
