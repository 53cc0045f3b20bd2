import { REQUEST_FLAGS } from '../../nodes/HuaweiCloudOcr/actions/idCard/recognize.operation';
import { runOcrWorkflow } from '../harness/runWorkflow';
import { akCredentials, card, fixtures, FX, imageItem, useEmulator } from './setup';

const FRONT = ['name', 'sex', 'ethnicity', 'birth', 'address', 'number'];
const BACK = ['issue', 'valid_from', 'valid_to'];

function pick(source, keys) {
	return Object.fromEntries(keys.map((k) => [k, source?.[k]]));
}

describe('ID Card → Recognize in the n8n engine against the emulator', () => {
	const emu = useEmulator();

	describe('image sources', () => {
		it.each(['jpeg', 'png', 'bmp', 'tiff'])('binary %s file', async (format) => {
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front, { applicant: 'A-1' }, format)],
				parameters: { imageSource: 'binary', side: 'front' },
				credentials: akCredentials(emu.current),
			});
			expect(result.error).toBeUndefined();
			expect(result.main).toHaveLength(1);
			expect(pick(result.main[0].json, FRONT)).toEqual(pick(card(FX.front).front, FRONT));
			expect(result.main[0].json.side).toBe('front');
			expect(emu.current.stats().ocrCalls).toBe(1);
		});

		it('binary under a custom property name', async () => {
			const item = imageItem(FX.front);
			const result = await runOcrWorkflow({
				items: [{ json: {}, binary: { attachment_0: item.binary.data } }],
				parameters: { imageSource: 'binary', binaryPropertyName: 'attachment_0' },
				credentials: akCredentials(emu.current),
			});
			expect(result.main[0].json.number).toBe(card(FX.front).front.number);
		});

		it('URL, from an expression on the item', async () => {
			const result = await runOcrWorkflow({
				items: [{ json: { link: `${emu.current.url}/images/${FX.back}.jpg` } }],
				parameters: { imageSource: 'url', imageUrl: '={{ $json.link }}', side: 'back' },
				credentials: akCredentials(emu.current),
			});
			expect(result.error).toBeUndefined();
			expect(pick(result.main[0].json, BACK)).toEqual(pick(card(FX.back).back, BACK));
		});

		it('base64 with a data: prefix and line breaks, from an expression', async () => {
			const b64 = fixtures
				.makeFixtureImage(FX.front, { format: 'png', width: 800, height: 500 })
				.toString('base64');
			const wrapped = 'data:image/png;base64,' + b64.replace(/.{76}/g, '$&\n');
			const result = await runOcrWorkflow({
				items: [{ json: { photo: wrapped } }],
				parameters: { imageSource: 'base64', imageBase64: '={{ $json.photo }}' },
				credentials: akCredentials(emu.current),
			});
			expect(result.error).toBeUndefined();
			expect(result.main[0].json.name).toBe(card(FX.front).front.name);
		});
	});

	describe('sides', () => {
		it('auto on a front and on a back: no side sent, side derived from the result', async () => {
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front), imageItem(FX.back)],
				parameters: { imageSource: 'binary', side: 'auto' },
				credentials: akCredentials(emu.current),
			});
			expect(result.main.map((i) => i.json.side)).toEqual(['front', 'back']);
			expect(result.main[0].json.number).toBe(card(FX.front).front.number);
			expect(result.main[1].json.valid_to).toBe(card(FX.back).back.valid_to);
		});

		it('double_side: front and back objects, card fields also at the top level', async () => {
			const result = await runOcrWorkflow({
				items: [imageItem(FX.double)],
				parameters: {
					imageSource: 'binary',
					side: 'double_side',
					options: { returnVerification: true },
				},
				credentials: akCredentials(emu.current),
			});
			const json = result.main[0].json;
			expect(json.side).toBe('double_side');
			expect(pick(json.front, FRONT)).toEqual(pick(card(FX.double).front, FRONT));
			expect(pick(json.back, BACK)).toEqual(pick(card(FX.double).back, BACK));
			expect(pick(json, [...FRONT, ...BACK])).toEqual({
				...pick(card(FX.double).front, FRONT),
				...pick(card(FX.double).back, BACK),
			});
			expect(json.front.verification_result).toBeDefined();
		});

		it('back requested on a front photo → AIS.0104 on the error output', async () => {
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front, { applicant: 'A-7' })],
				parameters: { imageSource: 'binary', side: 'back' },
				credentials: akCredentials(emu.current),
				onError: 'continueErrorOutput',
			});
			expect(result.errors[0].json).toMatchObject({
				applicant: 'A-7',
				error: { error_code: 'AIS.0104', http_status: 400 },
			});
		});
	});

	describe('options', () => {
		it('each request flag reaches Huawei and its result comes back', async () => {
			const options = Object.fromEntries(REQUEST_FLAGS.map((f) => [f.option, true]));
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary', side: 'front', options },
				credentials: akCredentials(emu.current),
			});
			const json = result.main[0].json;
			expect(json.verification_result).toMatchObject({
				valid_number: true,
				valid_birth: true,
				valid_sex: true,
			});
			expect(Object.keys(json.text_location)).toEqual(expect.arrayContaining(['name', 'number']));
			for (const alarm of [
				'reproduce',
				'copy',
				'tampering',
				'border_integrity',
				'blocking_within_border',
				'blur',
				'interim',
				'glare',
			]) {
				expect(typeof json[`detect_${alarm}_result`]).toBe('boolean');
				expect(typeof json.score_info[`${alarm}_score`]).toBe('number');
			}
			expect(Array.isArray(json.portrait_location)).toBe(true);
			// Images come out as binary properties, not base64 in the JSON.
			expect(json.portrait_image).toBeUndefined();
			expect(json.adjusted_image).toBeUndefined();
			const binary = result.main[0].binary;
			expect(binary.portrait_image).toMatchObject({
				fileName: 'portrait-item0.' + binary.portrait_image.fileExtension,
			});
			expect(binary.portrait_image.mimeType).toMatch(/^image\/(jpeg|png)$/);
			expect(binary.adjusted_image.mimeType).toMatch(/^image\//);
			expect(binary.data).toBeDefined(); // the input photo is kept by default
		});

		it('no flag set → none of the optional results', async () => {
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary', side: 'front' },
				credentials: akCredentials(emu.current),
			});
			const json = result.main[0].json;
			expect(json.verification_result).toBeUndefined();
			expect(json.text_location).toBeUndefined();
			expect(json.detect_blur_result).toBeUndefined();
			expect(Object.keys(result.main[0].binary)).toEqual(['data']);
		});

		it('include input fields, drop input binary', async () => {
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front, { rowId: 17, name: 'typed by the applicant' })],
				parameters: {
					imageSource: 'binary',
					options: { includeInputFields: true, passThroughBinary: false },
				},
				credentials: akCredentials(emu.current),
			});
			expect(result.main[0].json.rowId).toBe(17);
			expect(result.main[0].json.name).toBe(card(FX.front).front.name); // card fields win
			expect(result.main[0].binary).toBeUndefined();
		});

		it('input fields are left out by default', async () => {
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front, { rowId: 17 })],
				parameters: { imageSource: 'binary' },
				credentials: akCredentials(emu.current),
			});
			expect(result.main[0].json.rowId).toBeUndefined();
		});
	});
});
