/*
 * One process per measurement: what the OCR node adds to n8n's RSS while photos are in flight.
 * Args: CONCURRENCY SOURCE(binary|url) [PHOTO_MB=4] [ITEMS=max(20, 2 × CONCURRENCY)]
 *
 * Runs Fixture Source → OCR in n8n's real engine (test/harness), binary data in filesystem mode (a self-hosted
 * n8n 2.x default), against a loopback server that reads each request and answers after 400 ms, so calls pile
 * up to Concurrency in flight. RSS is sampled every 2 ms. The `url` run is the control: the same items (the
 * source node writes the same 4 MB files) and the same calls, but the node sends the image's URL, not the photo;
 * the difference between the two is what the photos in flight cost inside the node.
 */
import './resolveTs';
import * as http from 'http';

import { runOcrWorkflow, useFilesystemBinaryData } from '../test/harness/runWorkflow';
import { credentials, items } from './scenarios';

const REPLY = JSON.stringify({
	result: { name: '张三', sex: '男', number: '11010519491231002X', side: 'front' },
});

async function startServer() {
	let inFlight = 0;
	let maxInFlight = 0;
	let calls = 0;
	const server = http.createServer((req, res) => {
		inFlight++;
		calls++;
		maxInFlight = Math.max(maxInFlight, inFlight);
		req.resume();
		req.on('end', () =>
			setTimeout(() => {
				inFlight--;
				res.writeHead(200, { 'Content-Type': 'application/json' });
				res.end(REPLY);
			}, 400),
		);
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const { port } = /** @type {import('net').AddressInfo} */ (server.address());
	return {
		url: `http://127.0.0.1:${port}`,
		stats: () => ({ calls, maxInFlight }),
		close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
	};
}

async function main() {
	const concurrency = Number(process.argv[2] ?? 5);
	const source = process.argv[3] ?? 'binary';
	const photoMb = Number(process.argv[4] ?? 4);
	const count = Number(process.argv[5] ?? Math.max(20, 2 * concurrency));
	await useFilesystemBinaryData();
	const server = await startServer();
	const creds = credentials(server);
	const parameters = {
		imageSource: source,
		imageUrl: 'https://example.com/card.jpg',
		options: { concurrency },
	};
	// Warm-up: loads every module the run needs, so the baseline holds them.
	await runOcrWorkflow({ items: items(1), parameters, credentials: creds });
	const gc = /** @type {undefined | (() => void)} */ (globalThis.gc);
	gc?.();
	const before = process.memoryUsage().rss;
	let peak = before;
	const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
	const result = await runOcrWorkflow({
		items: items(count, photoMb * 1024 * 1024),
		parameters,
		credentials: creds,
	});
	clearInterval(sampler);
	peak = Math.max(peak, process.memoryUsage().rss);
	const { maxInFlight } = server.stats();
	await server.close();
	console.log(
		JSON.stringify({
			concurrency,
			source,
			photos: count,
			photoMb,
			maxInFlight,
			rssBeforeMb: Math.round(before / 1048576),
			peakRssMb: Math.round(peak / 1048576),
			addedMb: Math.round((peak - before) / 1048576),
			ok: result.main.length,
		}),
	);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
