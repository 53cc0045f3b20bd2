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

/**
 * Issue 16/12: formats Huawei does not read are named, with the fix, and cost no call; the header sniffer
 * tells a BMP from a text starting with "BM" and reads a JPEG whose height a DNL marker gives.
 */
describe('file formats recognised from the header', () => {
	const emu = useEmulator();
	const { makeFtyp } = require('../emulator/images');
	const IPHONE =
		/Convert the file to JPEG before this node.*Settings → Camera → Formats → Most Compatible/;
	const TO_JPEG = /Convert the file to JPEG before this node/;

	const refused = [
		{
			name: 'HEIC (ftyp heic)',
			bytes: () => makeFtyp('heic', ['mif1', 'heic']),
			format: 'HEIC/HEIF',
			fix: IPHONE,
		},
		{
			name: 'HEIC (ftyp heix)',
			bytes: () => makeFtyp('heix', ['mif1', 'heix']),
			format: 'HEIC/HEIF',
			fix: IPHONE,
		},
		{
			name: 'HEIC sequence (ftyp hevc)',
			bytes: () => makeFtyp('hevc', ['msf1', 'hevc']),
			format: 'HEIC/HEIF',
			fix: IPHONE,
		},
		{
			name: 'HEIF (ftyp mif1)',
			bytes: () => makeFtyp('mif1', ['heic']),
			format: 'HEIC/HEIF',
			fix: IPHONE,
		},
		{
			name: 'HEIF sequence (ftyp msf1)',
			bytes: () => makeFtyp('msf1', ['msf1']),
			format: 'HEIC/HEIF',
			fix: IPHONE,
		},
		{
			name: 'HEIF (ftyp heif)',
			bytes: () => makeFtyp('heif', []),
			format: 'HEIC/HEIF',
			fix: IPHONE,
		},
		{
			name: 'AVIF (ftyp avif)',
			bytes: () => makeFtyp('avif', ['mif1', 'miaf']),
			format: 'AVIF',
			fix: IPHONE,
		},
		{
			name: 'AVIF sequence (ftyp avis)',
			bytes: () => makeFtyp('avis', ['msf1', 'avif']),
			format: 'AVIF',
			fix: IPHONE,
		},
		{
			name: 'GIF87a',
			bytes: () => Buffer.from('GIF87a\x10\x00\x10\x00\x00\x00\x00;', 'latin1'),
			format: 'GIF',
			fix: TO_JPEG,
		},
		{
			name: 'GIF89a',
			bytes: () => Buffer.from('GIF89a\x10\x00\x10\x00\x00\x00\x00;', 'latin1'),
			format: 'GIF',
			fix: TO_JPEG,
		},
		{
			name: 'WebP',
			bytes: () => Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00', 'latin1'),
			format: 'WebP',
			fix: TO_JPEG,
		},
	];

	it.each(refused)(
		'$name to the ID card: refused with no call, the error item names the item, the format and the fix',
		async ({ bytes, format, fix }) => {
			const result = await runOcrWorkflow({
				items: [
					imageItem(FX.front),
					fileItem(bytes(), {}, 'photo.bin', 'application/octet-stream'),
				],
				parameters: { imageSource: 'binary', side: 'front' },
				credentials: akCredentials(emu.current),
				onError: 'continueErrorOutput',
			});
			expect(result.main).toHaveLength(1);
			expect(result.errors).toHaveLength(1);
			const json = result.errors[0].json;
			expect(result.errors[0].pairedItem).toEqual({ item: 1 });
			expect(json.message).toContain(
				`Input item 1 is not a JPEG, PNG, BMP or TIFF image (${format === 'AVIF' ? 'an' : 'a'} ${format} file).`,
			);
			expect(json.message).toMatch(fix);
			expect(json.error).toMatchObject({ error_code: 'AIS.0102', api_called: false });
			expect(emu.current.stats().ocrCalls).toBe(1);
		},
	);

	it.each(refused.filter((c) => c.format === 'HEIC/HEIF' || c.format === 'AVIF'))(
		'$name to General Text (which sends unknown formats as they are): refused with no call',
		async ({ bytes, format }) => {
			const result = await runOcrWorkflow({
				items: [fileItem(bytes(), {}, 'IMG_0001.HEIC', 'image/heic')],
				parameters: { resource: 'generalText', operation: 'recognize' },
				credentials: akCredentials(emu.current),
				onError: 'continueErrorOutput',
			});
			expect(result.errors).toHaveLength(1);
			expect(result.errors[0].json.message).toContain(`Input item 0 is not a`);
			expect(result.errors[0].json.message).toContain(
				`(${format === 'AVIF' ? 'an' : 'a'} ${format} file)`,
			);
			expect(result.errors[0].json.message).toMatch(IPHONE);
			expect(result.errors[0].json.error).toMatchObject({
				error_code: 'AIS.0102',
				api_called: false,
			});
			expect(emu.current.stats().ocrCalls).toBe(0);
		},
	);

	it('a text file starting with "BM" is refused as not an image (AIS.0102), not for its size', async () => {
		const text = Buffer.from(
			'BM-2024 order list\nline 2: 1 x card reader\nline 3: 2 x cable\n',
			'latin1',
		);
		const result = await runOcrWorkflow({
			items: [fileItem(text, {}, 'orders.txt', 'text/plain')],
			parameters: { imageSource: 'binary', side: 'front' },
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		expect(result.errors).toHaveLength(1);
		expect(result.errors[0].json.error).toMatchObject({
			error_code: 'AIS.0102',
			api_called: false,
		});
		expect(result.errors[0].json.message).toMatch(
			/Input item 0 is not a JPEG, PNG, BMP or TIFF image \(\d+ bytes starting with 424d/,
		);
		expect(emu.current.stats().ocrCalls).toBe(0);
	});

	it('a JPEG whose frame height is 0 with a DNL marker giving it is sent and read', async () => {
		const jpeg = fixtures.makeImage({
			format: 'jpeg',
			width: 1000,
			height: 630,
			marker: FX.front,
			dnl: true,
		});
		expect(jpeg.readUInt16BE(jpeg.indexOf(Buffer.from([0xff, 0xc0])) + 5)).toBe(0);
		const result = await runOcrWorkflow({
			items: [fileItem(jpeg, {}, 'card.jpg', 'image/jpeg')],
			parameters: { imageSource: 'binary', side: 'front' },
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		expect(result.errors).toHaveLength(0);
		expect(result.main).toHaveLength(1);
		expect(result.main[0].json.name).toBe('张三');
		expect(emu.current.stats().ocrCalls).toBe(1);
	});

	it('a JPEG whose frame height is 0 is still refused for its width when that is over the limit', async () => {
		const jpeg = fixtures.makeImage({
			format: 'jpeg',
			width: 9000,
			height: 630,
			marker: FX.front,
			dnl: true,
		});
		const result = await runOcrWorkflow({
			items: [fileItem(jpeg, {}, 'wide.jpg', 'image/jpeg')],
			parameters: { imageSource: 'binary', side: 'front' },
			credentials: akCredentials(emu.current),
			onError: 'continueErrorOutput',
		});
		expect(result.errors[0].json.error).toMatchObject({
			error_code: 'AIS.0103',
			api_called: false,
		});
		expect(result.errors[0].json.message).toMatch(/9000×630 pixels/);
		expect(emu.current.stats().ocrCalls).toBe(0);
	});
});
