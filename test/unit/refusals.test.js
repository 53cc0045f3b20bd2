import { testHuaweiCredential } from '../../credentials/huaweiCloud/connectionTest';
import { failureFromHttpError } from '../../nodes/HuaweiCloudOcr/transport/huaweiErrors';

/**
 * Issue 18: a refusal is explained by one module, so the credential's Test and an execution word the
 * same answer from Huawei identically (the Test's precise wording).
 */
const base = {
	authType: 'accessKey',
	region: 'cn-north-4',
	accessKeyId: 'AKEXAMPLE0000000000',
	secretAccessKey: 'secret-example',
	projectId: '0123456789abcdef0123456789abcdef',
};

const refusals = [
	[
		'a wrong secret',
		'APIG.0301',
		'Incorrect IAM authentication information: verify aksk signature fail',
		'',
	],
	[
		'an unknown access key',
		'APIG.0301',
		'Incorrect IAM authentication information: Get secretKey failed,ak:******,err:ak not exist',
		'',
	],
	[
		'a locked key',
		'APIG.0301',
		'Incorrect IAM authentication information: AK access failed to reach the limit,forbidden.',
		'',
	],
	[
		'a missing security token',
		'APIG.0301',
		'the temporary access key needs a signed X-Security-Token header.',
		'',
	],
	[
		'a refused security token',
		'APIG.0301',
		'the temporary access key needs a signed X-Security-Token header.',
		'token-secret-value',
	],
	[
		'an expired request',
		'APIG.0301',
		'Incorrect IAM authentication information: the request has expired',
		'',
	],
	['another authentication refusal', 'APIG.0301', 'Incorrect IAM authentication information', ''],
	['a refused IAM token', 'APIG.0307', 'The token must be updated.', ''],
];

describe('refusals: the credential Test and an execution word the same refusal identically', () => {
	it.each(refusals)('%s (%s)', async (_what, code, huaweiMessage, securityToken) => {
		const credentials = { ...base, securityToken };
		const body = { error_code: code, error_msg: huaweiMessage };
		const tested = await testHuaweiCredential(credentials, async () => ({
			status: 401,
			headers: {},
			body,
		}));
		const failure = failureFromHttpError(
			{ httpCode: '401', cause: { response: { status: 401, data: body, headers: {} } } },
			{ endpoint: 'https://ocr.example', region: 'cn-north-4', itemLabel: 'item 0', credentials },
		);
		expect(tested.status).toBe('Error');
		expect(failure.message).toBe(tested.message);
		expect(JSON.stringify(failure)).not.toMatch(/secret-example|token-secret-value/);
	});
});
