/*
 * Clear-text endpoints (issue 17): http:// is refused unless the host is loopback. The engine tests
 * (test/engine/iamHardening.test.js) show the execution and the Test button refusing with these words; these
 * cases pin which hosts count as loopback.
 */
import { resolveIamEndpoint, resolveOcrEndpoint } from '../../credentials/huaweiCloud/endpoints';

const ocr = (ocrEndpoint) => resolveOcrEndpoint({ region: 'cn-north-4', ocrEndpoint });
const iam = (iamEndpoint) => resolveIamEndpoint({ region: 'cn-north-4', iamEndpoint });

describe('endpoint scheme', () => {
	it.each([
		'http://ocr.cn-north-4.myhuaweicloud.com',
		'http://10.0.0.5:8080',
		'http://128.0.0.1',
		'http://localhost.example.com',
		'http://127.0.0.1.nip.io',
		'http://[::2]',
		'HTTP://OCR.EXAMPLE.COM',
	])('refuses http:// to a host that is not loopback: %s', (url) => {
		expect(() => ocr(url)).toThrow(/^The OCR endpoint ".*" uses http:\/\/.*Use https:\/\//);
		expect(() => iam(url)).toThrow(/^The IAM endpoint ".*" uses http:\/\/.*Use https:\/\//);
	});

	it('names the endpoint without any user info typed into the URL', () => {
		expect(() => ocr('http://user:Secret-Passw0rd@ocr.example.com')).toThrow(
			/^The OCR endpoint "http:\/\/ocr\.example\.com" uses http:\/\//,
		);
		expect(() => ocr('http://user:Secret-Passw0rd@ocr.example.com')).not.toThrow(/Secret-Passw0rd/);
	});

	it.each([
		['http://127.0.0.1:9000', 'http://127.0.0.1:9000'],
		['http://127.8.9.10', 'http://127.8.9.10'],
		['http://localhost:8080/', 'http://localhost:8080'],
		['http://LOCALHOST', 'http://localhost'],
		['http://[::1]:9000', 'http://[::1]:9000'],
		['https://ocr.example.com', 'https://ocr.example.com'],
	])('accepts %s (https, or http:// to a loopback host)', (url, resolved) => {
		expect(ocr(url)).toBe(resolved);
		expect(iam(url)).toBe(resolved);
	});

	it('refuses other schemes', () => {
		expect(() => ocr('ftp://ocr.example.com')).toThrow(
			/^The OCR endpoint must start with https:\/\/\.$/,
		);
	});
});
