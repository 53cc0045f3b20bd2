/* One process per measurement: peak RSS of a batch of 3 MB images. Args: COUNT MODE(default|filesystem) */
import './resolveTs';
import { runOcrWorkflow, useFilesystemBinaryData } from '../test/harness/runWorkflow';
import { credentials, items, startEmulator } from './scenarios';

async function main() {
	const count = Number(process.argv[2] ?? 50);
	const mode = process.argv[3] ?? 'default';
	if (mode === 'filesystem') await useFilesystemBinaryData();
	const emu = await startEmulator();
	const batch = items(count, 3 * 1024 * 1024);
	const inputMb = (count * 3 * 4) / 3; // base64 of the inputs as the source node holds them in default mode
	const before = process.resourceUsage().maxRSS / 1024;
	const result = await runOcrWorkflow({
		items: batch,
		parameters: { imageSource: 'binary', options: { concurrency: 5 } },
		credentials: credentials(emu),
	});
	await emu.close();
	const peak = process.resourceUsage().maxRSS / 1024;
	console.log(
		JSON.stringify({
			items: count,
			'binary mode': mode,
			'peak RSS (MB)': Math.round(peak),
			'RSS before run (MB)': Math.round(before),
			'inputs as base64 (MB)': Math.round(inputMb),
			ok: result.main.length,
		}),
	);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
