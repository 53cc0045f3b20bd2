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

/**
 * ModelArts.4204 (not enabled in the region), APIG.0101 / 404 (no such API at the endpoint) and a bare 403 (no
 * OCR permission): the Test shows the message and the fix in one line; an execution gives the same two parts as
 * its message and description (an execution adds the item, the Test the project).
 */
describe('refusals: region, endpoint and permission refusals are worded by one module for the Test and executions', () => {
	const ctx = {
		endpoint: 'https://ocr.cn-north-4.myhuaweicloud.com',
		region: 'cn-north-4',
		itemLabel: 'item 0',
		document: {
			noun: 'ID card',
			service: 'ID Card OCR',
			unreadableHint: '',
			formats: 'JPEG',
			sides: '15 to 8192',
		},
	};
	const answer = (status, code, msg) => async () => ({
		status,
		headers: {},
		body: { error_code: code, error_msg: msg },
	});
	const execution = (status, code, msg) =>
		failureFromHttpError(
			{
				httpCode: String(status),
				cause: { response: { status, data: { error_code: code, error_msg: msg }, headers: {} } },
			},
			ctx,
		);

	it('ModelArts.4204: the same sentence and the same fix', async () => {
		const tested = await testHuaweiCredential(
			base,
			answer(403, 'ModelArts.4204', 'not subscribed'),
		);
		const failure = execution(403, 'ModelArts.4204', 'not subscribed');
		expect(failure.message).toBe(
			'ID card OCR is not enabled in region cn-north-4 for this account (ModelArts.4204)',
		);
		expect(tested.message).toBe(
			'ID card OCR is not enabled in region cn-north-4 for this account (ModelArts.4204: not subscribed). ' +
				failure.description,
		);
		expect(failure.description).toBe(
			'Open the OCR console in region cn-north-4 and enable "ID Card OCR", or pick the region where it is enabled in the credential.',
		);
	});

	it('APIG.0101: the same sentence and the same fix', async () => {
		const tested = await testHuaweiCredential(
			base,
			answer(404, 'APIG.0101', 'The API does not exist'),
		);
		const failure = execution(404, 'APIG.0101', 'The API does not exist');
		expect(failure.message).toBe(`The OCR API was not found at ${ctx.endpoint} (APIG.0101)`);
		expect(tested.message).toMatch(
			/^The OCR API was not found at https:\/\/ocr\.cn-north-4\.myhuaweicloud\.com for project 0123456789abcdef0123456789abcdef \(APIG\.0101: The API does not exist\)\. /,
		);
		expect(tested.message.endsWith(String(failure.description))).toBe(true);
	});

	it('a 403 with another code: no OCR permission, the same fix', async () => {
		const tested = await testHuaweiCredential(base, answer(403, 'APIG.0203', 'Forbidden'));
		const failure = execution(403, 'APIG.0203', 'Forbidden');
		expect(failure.message).toBe(
			'Huawei Cloud refused OCR for item 0: these keys have no OCR permission (APIG.0203: Forbidden)',
		);
		expect(tested.message).toBe(
			`Huawei Cloud refused OCR: these keys have no OCR permission (APIG.0203: Forbidden). ${failure.description}`,
		);
		expect(failure.description).toBe(
			'Give the IAM user an OCR permission (for example OCR FullAccess) in the project of region cn-north-4.',
		);
	});
});
