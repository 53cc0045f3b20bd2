import { runCredentialTest } from '../harness/credentialTest';
import { runOcrWorkflow } from '../harness/runWorkflow';
import { ACCOUNTS, akCredentials, FX, imageItem, useEmulator } from './setup';

/** The emulator's IAM user, project id given. */
const tokenCredentials = (emu) => ({
	authType: 'password',
	domainName: ACCOUNTS.iamUser.domainName,
	userName: ACCOUNTS.iamUser.userName,
	password: ACCOUNTS.iamUser.password,
	region: 'cn-north-4',
	projectId: ACCOUNTS.accessKey.projectId,
	ocrEndpoint: emu.url,
	iamEndpoint: emu.url,
});

/**
 * n8n 2.x's "Allowed HTTP Request Domains" on the credential: the node's own calls (OCR, IAM sign-in,
 * project lookup) are held to the list, with n8n's wording, before anything is sent.
 */
describe('Allowed HTTP Request Domains', () => {
	const emu = useEmulator();
	/** @type {[string, () => object][]} */
	const KINDS = [
		['AK/SK', () => akCredentials(emu.current)],
		['IAM user password', () => tokenCredentials(emu.current)],
	];
	const restrict = (credentials, allowedDomains) => ({
		...credentials,
		allowedHttpRequestDomains: 'domains',
		allowedDomains,
	});

	it.each(KINDS)(
		'%s: "*.myhuaweicloud.com" plus the endpoint override’s host → every card recognized',
		async (_label, credentials) => {
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front), imageItem(FX.front)],
				parameters: { imageSource: 'binary', side: 'front' },
				credentials: restrict(credentials(), '*.myhuaweicloud.com, 127.0.0.1'),
				onError: 'continueErrorOutput',
			});
			expect(result.errors).toHaveLength(0);
			expect(result.main).toHaveLength(2);
			expect(emu.current.stats().ocrCalls).toBe(2);
		},
	);

	it.each(KINDS)(
		'%s: a list without the endpoint’s host → each item on the error output with n8n’s message, nothing sent',
		async (_label, credentials) => {
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front), imageItem(FX.front)],
				parameters: { imageSource: 'binary', side: 'front' },
				credentials: restrict(credentials(), '*.myhuaweicloud.com'),
				onError: 'continueErrorOutput',
			});
			expect(result.main).toHaveLength(0);
			expect(result.errors).toHaveLength(2);
			for (const item of result.errors)
				expect(item.json.message).toMatch(
					/Domain not allowed: This credential is restricted from accessing 127\.0\.0\.1:\d+\. Only the following domains are allowed: \*\.myhuaweicloud\.com/,
				);
			expect(emu.current.stats().requests).toEqual([]);
		},
	);
});

describe('Allowed HTTP Request Domains, the credential’s Test button', () => {
	const emu = useEmulator();
	/** @type {[string, () => object][]} */
	const TEST_KINDS = [
		['AK/SK, project id typed in', () => akCredentials(emu.current)],
		['AK/SK, project looked up', () => akCredentials(emu.current, { projectId: '' })],
		['IAM user password', () => tokenCredentials(emu.current)],
	];
	const restricted = (credentials, allowedDomains) => ({
		...credentials,
		allowedHttpRequestDomains: 'domains',
		allowedDomains,
	});

	it.each(TEST_KINDS)(
		'%s: the Huawei domains plus the endpoint’s host → OK',
		async (_label, credentials) => {
			const result = await runCredentialTest(
				restricted(credentials(), '*.myhuaweicloud.com, 127.0.0.1'),
			);
			expect(result).toMatchObject({ status: 'OK' });
		},
	);

	it.each(TEST_KINDS)(
		'%s: a list without the endpoint’s host → n8n’s "Domain not allowed", nothing sent (not even the sign-in)',
		async (_label, credentials) => {
			const result = await runCredentialTest(restricted(credentials(), '*.myhuaweicloud.com'));
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(
				/Domain not allowed: This credential is restricted from accessing 127\.0\.0\.1:\d+\. Only the following domains are allowed: \*\.myhuaweicloud\.com/,
			);
			expect(emu.current.stats().requests).toEqual([]);
		},
	);
});
