import { createHash } from 'crypto';

import { signRequest } from '../credentials/huaweiCloud/signer';
import { serializeRequestBody } from '../nodes/HuaweiCloudOcr/transport/ocrClient';
import { readImageInfo } from '../nodes/HuaweiCloudOcr/helpers/imageFormat';

const { makeFixtureImage } = require('../test/emulator/fixtures');

function timeIt(fn, minMs = 1500) {
	fn();
	let runs = 0;
	const start = process.hrtime.bigint();
	let elapsed = 0;
	while (elapsed < minMs) {
		fn();
		runs++;
		elapsed = Number(process.hrtime.bigint() - start) / 1e6;
	}
	return elapsed / runs;
}

/** Scenario 4: what the node adds per call (checks, base64, JSON, signing) vs hashing + encoding alone. */
export function cpuCostPerCall() {
	const rows = [];
	for (const mb of [1, 8]) {
		const bytes = makeFixtureImage('front-zhangsan', {
			format: 'jpeg',
			width: 1000,
			height: 630,
			padToBytes: mb * 1024 * 1024,
		});
		const baseline = timeIt(() => {
			const b64 = bytes.toString('base64');
			createHash('sha256').update(b64).digest('hex');
		});
		const node = timeIt(() => {
			readImageInfo(bytes); // the pre-flight header read (an 8 MB image is then refused locally: over 10 MB as base64)
			const body = serializeRequestBody({
				image: bytes.toString('base64'),
				side: 'front',
				return_verification: true,
			});
			signRequest(
				{
					method: 'POST',
					url: 'https://ocr.cn-north-4.myhuaweicloud.com/v2/0123456789abcdef0123456789abcdef/ocr/id-card',
					headers: { 'Content-Type': 'application/json' },
					body,
				},
				{ accessKeyId: 'EXAMPLEAK', secretAccessKey: 'example-secret' },
				new Date(),
			);
		});
		rows.push({
			image: `${mb} MB`,
			'base64+sha256 alone (ms)': +baseline.toFixed(2),
			'node: check+base64+JSON+sign (ms)': +node.toFixed(2),
			ratio: +(node / baseline).toFixed(2),
		});
	}
	return rows;
}
