import { runOcrWorkflow, useFilesystemBinaryData } from '../harness/runWorkflow';
import { akCredentials, card, FX, useEmulator } from './setup';

/** n8n 2.x stores binary data on disk by default; the node must read and write it there too. */
describe('filesystem binary-data mode', () => {
	const emu = useEmulator();
	beforeAll(async () => {
		await useFilesystemBinaryData();
	});

	it('reads input photos from disk and writes the portrait to disk', async () => {
		const fixture = (id) => ({
			fixture: { id, format: 'jpeg', width: 1000, height: 630 },
			fileName: `${id}.jpg`,
			mimeType: 'image/jpeg',
		});
		const result = await runOcrWorkflow({
			items: [
				{ json: { row: 0 }, binary: { data: fixture(FX.front) } },
				{ json: { row: 1 }, binary: { data: fixture(FX.back) } },
			],
			parameters: { imageSource: 'binary', options: { returnPortraitImage: true } },
			credentials: akCredentials(emu.current),
		});
		expect(result.error).toBeUndefined();
		expect(result.main[0].json.number).toBe(card(FX.front).front.number);
		expect(result.main[1].json.issue).toBe(card(FX.back).back.issue);
		const input = result.main[0].binary.data;
		const portrait = result.main[0].binary.portrait_image;
		expect(input.id).toMatch(/^filesystem/);
		expect(portrait.id).toMatch(/^filesystem/);
		expect(portrait.mimeType).toMatch(/^image\//);
		// The back side has no portrait: Huawei sends an empty string, and no binary is made of it.
		expect(result.main[1].binary.portrait_image).toBeUndefined();
	});
});
