const { generateCard } = require('../cards/generate');
const { closeRecognizer } = require('../ocr/recognizer');
import { runOcrWorkflow } from '../harness/runWorkflow';
import { akCredentials, startEmulator } from '../engine/setup';

/** The emulator reads a card it has never seen (a freshly generated one) and answers like the cloud. */
describe("emulator with the offline OCR fallback, through the node in n8n's engine", () => {
	let emu;
	beforeAll(async () => {
		emu = await startEmulator();
		emu.configure({ ocrFallback: true });
	});
	afterAll(async () => {
		await emu?.close();
		await closeRecognizer();
	});

	it('recognises an unseen clean card: fields, side and local checks', async () => {
		const card = await generateCard({ seed: 11, side: 'front', degrade: 'clean' });
		const result = await runOcrWorkflow({
			items: [
				{
					json: {},
					binary: {
						data: {
							base64: card.buffer.toString('base64'),
							fileName: 'card.jpg',
							mimeType: card.mimeType,
						},
					},
				},
			],
			parameters: { imageSource: 'binary', side: 'front', options: { returnVerification: true } },
			credentials: akCredentials(emu),
		});
		expect(result.error).toBeUndefined();
		const json = result.main[0].json;
		expect(json.side).toBe('front');
		expect(json.number).toBe(card.truth.number);
		expect(json.name).toBe(card.truth.name);
		expect(json.verification_result.valid_number).toBe(true);
		expect(json.checks.check_digit_valid).toBe(true);
	}, 120000);
});
