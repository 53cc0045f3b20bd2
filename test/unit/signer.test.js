import { randomBytes } from 'crypto';

import { signRequest } from '../../credentials/huaweiCloud/signer';

// The official Huawei signer is a dev dependency used only as a test oracle.
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner');
const { BasicCredentials } = require('@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials');

const OCR_URL = 'https://ocr.cn-north-4.myhuaweicloud.com/v2/0123456789abcdef/ocr/id-card';
const BODY = '{"image":"AAAA","side":"front"}';
const DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

describe('SDK-HMAC-SHA256 signer: reference test vectors', () => {
	it('vector 1: content-type, host, x-sdk-date', () => {
		const signed = signRequest(
			{ method: 'POST', url: OCR_URL, headers: { 'Content-Type': 'application/json' }, body: BODY },
			{ accessKeyId: 'testAK', secretAccessKey: 'testSK' },
			DATE,
		);
		expect(signed.headers['X-Sdk-Date']).toBe('20240101T000000Z');
		expect(signed.headers.Authorization).toBe(
			'SDK-HMAC-SHA256 Access=testAK, SignedHeaders=content-type;host;x-sdk-date, Signature=6c5d37208d74dedfa67f1ac44b5f72c3246e7d4a92b75e99e62279c488a5288a',
		);
	});

	it('vector 2: with X-Project-Id', () => {
		const signed = signRequest(
			{
				method: 'POST',
				url: OCR_URL,
				headers: { 'Content-Type': 'application/json', 'X-Project-Id': '0123456789abcdef' },
				body: BODY,
			},
			{ accessKeyId: 'testAK', secretAccessKey: 'testSK' },
			DATE,
		);
		expect(signed.signedHeaders).toBe('content-type;host;x-project-id;x-sdk-date');
		expect(signed.signature).toBe(
			'787e1fb418330e0199d0c116112581fed0ce11848cc7b8235cc15940427a7210',
		);
	});

	it("vector 3: Huawei's documented GET example with a query", () => {
		const signed = signRequest(
			{
				method: 'GET',
				url: 'https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
				headers: { 'Content-Type': 'application/json' },
			},
			{
				accessKeyId: 'QTWAOYTTINDUT2QVKYUC',
				secretAccessKey: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc',
			},
			new Date(Date.UTC(2019, 10, 15, 3, 36, 55)),
		);
		expect(signed.signature).toBe(
			'7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
		);
	});

	it('signs with a fresh date for every call', () => {
		const key = { accessKeyId: 'testAK', secretAccessKey: 'testSK' };
		const a = signRequest(
			{ method: 'GET', url: OCR_URL, headers: {} },
			key,
			new Date(Date.UTC(2024, 0, 1)),
		);
		const b = signRequest(
			{ method: 'GET', url: OCR_URL, headers: {} },
			key,
			new Date(Date.UTC(2024, 0, 1, 0, 0, 1)),
		);
		expect(a.headers['X-Sdk-Date']).not.toBe(b.headers['X-Sdk-Date']);
		expect(a.signature).not.toBe(b.signature);
	});
});

// The emulator's seeded PRNG (mulberry32), so a failing case can be replayed.
const { prng } = require('../emulator/faults');

const ALPHABET = [
	...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
	...'-_.~!*\'();:@&=+$,/?#[] %"<>\\^`{|}',
	'身',
	'份',
	'证',
	'长',
	'期',
	'é',
	'😀',
];

describe('SDK-HMAC-SHA256 signer agrees with the official Huawei signer', () => {
	it('on 400 random requests (paths, unicode and reserved query strings, header sets, bodies)', () => {
		const rand = prng(20261124);
		const pick = (list) => list[Math.floor(rand() * list.length)];
		const text = (min, max) => {
			const n = min + Math.floor(rand() * (max - min + 1));
			let s = '';
			for (let i = 0; i < n; i++) s += pick(ALPHABET);
			return s;
		};
		// Path characters the legacy URL parser inside the official SDK leaves alone (it escapes the others,
		// then signs the escapes literally, which the gateway does not do).
		const safeSegment = () => text(1, 8).replace(/[/?#%\\ "<>`{}|^'[\]]/g, 'x');
		for (let i = 0; i < 400; i++) {
			// Dot segments are resolved by every URL parser before anything is sent.
			const segments = Array.from({ length: 1 + Math.floor(rand() * 4) }, () =>
				safeSegment().replace(/^\.+$/, 'dots'),
			);
			// What goes on the wire: the path as the URL parser encodes it.
			const pathname = `/${segments.join('/')}` + (rand() < 0.3 ? '/' : '');
			const host = pick([
				'ocr.cn-north-4.myhuaweicloud.com',
				'127.0.0.1:8443',
				'iam.myhuaweicloud.com',
			]);
			/** @type {Record<string, string>} */
			const query = {};
			const nQuery = Math.floor(rand() * 4);
			for (let q = 0; q < nQuery; q++) query[text(1, 6)] = text(0, 8);
			/** @type {Record<string, string>} */
			const headers = {};
			if (rand() < 0.8)
				headers['content-type'] = pick(['application/json', 'application/json;charset=utf8']);
			if (rand() < 0.4) headers['x-project-id'] = randomBytes(16).toString('hex');
			if (rand() < 0.3) headers['x-security-token'] = randomBytes(24).toString('base64');
			if (rand() < 0.2) headers['enterprise-project-id'] = '0';
			const method = pick(['GET', 'POST', 'PUT', 'DELETE']);
			const data =
				method === 'GET' || rand() < 0.2
					? undefined
					: {
							image: randomBytes(Math.floor(rand() * 64)).toString('base64'),
							side: text(0, 5),
							n: i,
						};
			const ak = 'AK' + randomBytes(8).toString('hex').toUpperCase();
			const sk = randomBytes(20).toString('base64');
			const date = new Date(
				Date.UTC(
					2020 + Math.floor(rand() * 6),
					Math.floor(rand() * 12),
					1 + Math.floor(rand() * 28),
					Math.floor(rand() * 24),
					Math.floor(rand() * 60),
					Math.floor(rand() * 60),
				),
			);
			const sdkDate = date
				.toISOString()
				.replace(/[-:]/g, '')
				.replace(/\.\d{3}/, '');

			/** @type {Record<string, string>} the signed headers */
			const oracle = AKSKSigner.sign(
				{
					endpoint: `https://${host}${pathname}`,
					method,
					headers: { ...headers, 'X-Sdk-Date': sdkDate },
					queryParams: query,
					data,
				},
				new BasicCredentials().withAk(ak).withSk(sk),
			);
			const ours = signRequest(
				{
					method,
					url: `https://${host}${pathname}`,
					query,
					headers,
					body: data === undefined ? undefined : JSON.stringify(data),
				},
				{ accessKeyId: ak, secretAccessKey: sk },
				date,
			);
			expect({ case: i, authorization: ours.headers.Authorization }).toEqual({
				case: i,
				authorization: oracle.Authorization,
			});
		}
	});
});
