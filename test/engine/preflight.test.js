import { runOcrWorkflow } from '../harness/runWorkflow';
import { akCredentials, fileItem, fixtures, FX, imageItem, useEmulator } from './setup';

/** Every refusal Huawei would make that can be seen locally costs no API call. */
describe('pre-flight refusals (no API call spent)', () => {
	const emu = useEmulator();

	const cases = [
		{
			name: 'missing binary property',
			item: () => ({ json: { row: 'a' } }),
			code: 'INVALID_INPUT',
			text: /Input item 0 has no binary property "data"/,
		},
		{
			name: 'binary under another name',
			item: () => {
				const it = imageItem(FX.front);
				return { json: {}, binary: { attachment_0: it.binary.data } };
			},
			code: 'INVALID_INPUT',
			text: /has no binary property "data"/,
		},
		{
			name: 'not an image (a PDF)',
			item: () =>
				fileItem(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), {}, 'scan.pdf', 'application/pdf'),
			code: 'AIS.0102',
			text: /not a JPEG, PNG, BMP or TIFF image/,
		},
		{
			name: 'too small (10×10 pixels)',
			item: () =>
				fileItem(
					fixtures.makeImage({ format: 'png', width: 10, height: 10 }),
					{},
					'tiny.png',
					'image/png',
				),
			code: 'AIS.0103',
			text: /10×10 pixels; each side must be between 15 and 8192/,
		},
		{
			name: 'too large (9000 pixels wide)',
			item: () =>
				fileItem(
					fixtures.makeImage({ format: 'jpeg', width: 9000, height: 600 }),
					{},
					'wide.jpg',
					'image/jpeg',
				),
			code: 'AIS.0103',
			text: /9000×600 pixels/,
		},
		{
			name: 'over 10 MB once base64-encoded',
			item: () =>
				fileItem(
					fixtures.makeFixtureImage(FX.front, {
						format: 'png',
						width: 1000,
						height: 630,
						padToBytes: 8 * 1024 * 1024,
					}),
					{},
					'huge.png',
					'image/png',
				),
			code: 'ModelArts.4104',
			text: /MB once base64-encoded; Huawei accepts at most 10 MB/,
		},
		{
			name: 'broken base64',
			parameters: { imageSource: 'base64', imageBase64: '={{ $json.photo }}' },
			item: () => ({ json: { photo: 'data:image/jpeg;base64,@@not*base64!!' } }),
			code: 'AIS.0102',
			text: /not valid base64/,
		},
		{
			name: 'empty base64',
			parameters: { imageSource: 'base64', imageBase64: '={{ $json.photo }}' },
			item: () => ({ json: { photo: '' } }),
			code: 'INVALID_INPUT',
			text: /empty base64 image/,
		},
		{
			name: 'bad URL',
			parameters: { imageSource: 'url', imageUrl: '={{ $json.link }}' },
			item: () => ({ json: { link: 'ftp://files.example.com/card.jpg' } }),
			code: 'AIS.0101',
			text: /is not an http\(s\) URL/,
		},
	];

	it.each(cases)(
		'$name → $code, naming the item and the fix',
		async ({ parameters, item, code, text }) => {
			const result = await runOcrWorkflow({
				items: [item()],
				parameters: { imageSource: 'binary', ...parameters },
				credentials: akCredentials(emu.current),
				onError: 'continueErrorOutput',
			});
			expect(result.main).toHaveLength(0);
			expect(result.errors).toHaveLength(1);
			const json = result.errors[0].json;
			expect(json.message).toMatch(text);
			expect(json.message).toMatch(/Input item 0/);
			expect(json.error.error_code).toBe(code);
			expect(json.error.api_called).toBe(false);
			expect(String(json.error.description)).not.toBe('');
			expect(emu.current.stats().ocrCalls).toBe(0);
		},
	);

	it('stops the workflow with the same message when no error handling is set', async () => {
		const result = await runOcrWorkflow({
			items: [imageItem(FX.front), fileItem(Buffer.from('GIF89a....'), {}, 'x.gif', 'image/gif')],
			parameters: { imageSource: 'binary', side: 'front' },
			credentials: akCredentials(emu.current),
		});
		expect(result.error?.message).toMatch(/Input item 1 is not a JPEG, PNG, BMP or TIFF image/);
		expect(result.error?.description).toMatch(/Convert the file/);
	});
});
