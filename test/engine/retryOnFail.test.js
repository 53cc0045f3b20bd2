/**
 * n8n's node setting "Retry On Fail" re-runs the whole node when its first output item is an error item (or
 * when it throws). The node retries each call itself, so without a guard every call of the batch would be sent
 * and billed again on each re-run. These tests show what happens with the setting on.
 */
import { HuaweiCloudOcr } from '../../nodes/HuaweiCloudOcr/HuaweiCloudOcr.node';
import { runOcrWorkflow } from '../harness/runWorkflow';
import { akCredentials, card, FX, imageItem, useEmulator } from './setup';

describe('node setting Retry On Fail', () => {
	const emu = useEmulator();
	const retrySettings = { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 };

	it('a bad photo first in the batch: n8n re-runs the node twice, yet each photo is sent once', async () => {
		// Counts the engine's runs of the node; the real execute still runs each time.
		const spy = jest.spyOn(HuaweiCloudOcr.prototype, 'execute');
		let result;
		let nodeRuns;
		try {
			result = await runOcrWorkflow({
				items: [imageItem(FX.notACard, { row: 0 }), imageItem(FX.front, { row: 1 })],
				parameters: { imageSource: 'binary' },
				credentials: akCredentials(emu.current),
				onError: 'continueErrorOutput',
				...retrySettings,
			});
			nodeRuns = spy.mock.calls.length;
		} finally {
			spy.mockRestore();
		}
		// The engine did re-run the node: the first item is an error item on every try, so it ran the node
		// maxTries = 3 times (the first run and two re-runs) …
		expect(nodeRuns).toBe(3);
		expect(result.errors).toHaveLength(1);
		expect(result.errors[0].json).toMatchObject({ row: 0, error: { error_code: 'AIS.0104' } });
		expect(result.main.map((i) => i.json.number)).toEqual([card(FX.front).front.number]);
		// … but Huawei saw each photo once: 2 calls, not 2 × 3.
		expect(emu.current.stats().ocrCalls).toBe(2);
	});

	it('a call that failed for a passing reason is sent again by the re-run; the settled photo is not', async () => {
		// Max Retries 0: the node gives up on the first 503, n8n's re-run sends that photo again.
		emu.current.configure({ failNext: ['503'] });
		const result = await runOcrWorkflow({
			items: [imageItem(FX.front, { row: 0 }), imageItem(FX.back, { row: 1 })],
			parameters: { imageSource: 'binary', options: { maxRetries: 0, concurrency: 1 } },
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
			...retrySettings,
		});
		expect(result.errors).toHaveLength(0);
		expect(result.main.map((i) => i.json.row ?? i.pairedItem)).toHaveLength(2);
		expect(result.main[0].json.number).toBe(card(FX.front).front.number);
		expect(result.main[1].json.issue).toBe(card(FX.back).back.issue);
		// The 503, its re-send, and the back photo sent once: 3 calls.
		expect(emu.current.stats().ocrCalls).toBe(3);
	});

	it('without continue, refused keys fail the node once: the re-runs send nothing', async () => {
		const result = await runOcrWorkflow({
			items: [imageItem(FX.front), imageItem(FX.back)],
			parameters: { imageSource: 'binary', options: { concurrency: 1 } },
			credentials: akCredentials(emu.current, { secretAccessKey: 'not-the-right-secret' }),
			...retrySettings,
		});
		expect(result.error?.message).toMatch(/refused the signature: .* \(APIG\.0301/);
		// One refused signature, not three: five in a row would lock the key.
		expect(emu.current.stats().ocrCalls).toBe(1);
	});
});
