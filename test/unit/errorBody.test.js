import { parseErrorBody } from '../../credentials/huaweiCloud/errorBody';
import { failureFromHttpError, kindOf } from '../../nodes/HuaweiCloudOcr/transport/huaweiErrors';
import { cardSides } from '../../nodes/HuaweiCloudOcr/helpers/idCard/cardFields';
import { projectIdForRequest } from '../../credentials/huaweiCloud/authenticate';
import { resolveIamEndpoint } from '../../credentials/huaweiCloud/endpoints';
import { explainAuthRefusal } from '../../credentials/huaweiCloud/refusals';

const ctx = { endpoint: 'https://ocr.example', region: 'cn-north-4', itemLabel: 'item 0' };
const httpError = (status, data) => ({
	httpCode: String(status),
	cause: { response: { status, data, headers: {} } },
});

describe('parseErrorBody: every shape the SDKs’ exception handler reads', () => {
	it.each([
		[
			'error_code/error_msg',
			{ error_code: 'AIS.0104', error_msg: 'poor', request_id: 'r' },
			'AIS.0104',
			'poor',
		],
		[
			'errorCode/errorMsg',
			{ errorCode: 'ModelArts.4204', errorMsg: 'Not subscribe this api.' },
			'ModelArts.4204',
			'Not subscribe this api.',
		],
		[
			'code/message',
			{ code: 'APIG.0301', message: 'verify aksk signature fail' },
			'APIG.0301',
			'verify aksk signature fail',
		],
		[
			'{error:{code,message}}',
			{ error: { code: 'APIG.0101', message: 'no api' } },
			'APIG.0101',
			'no api',
		],
		[
			'IAM {error:{code,message,title}}',
			{ error: { code: 403, message: 'You are not authorized', title: 'Forbidden' } },
			'403',
			'You are not authorized',
		],
		['a JSON string', '{"error_code":"AIS.0101","error_msg":"bad"}', 'AIS.0101', 'bad'],
		['a Buffer', Buffer.from('{"errorCode":"X.1","errorMsg":"m"}'), 'X.1', 'm'],
	])('%s', (_label, body, code, message) => {
		expect(parseErrorBody(body)).toMatchObject({ code, message });
	});

	it('IAM’s encoded_authorization_message, with and without a code', () => {
		expect(
			parseErrorBody({
				error_code: 'IAM.0003',
				error_msg: 'denied',
				encoded_authorization_message: 'abc',
			}),
		).toEqual({ code: 'IAM.0003', message: 'denied', encodedAuthorizationMessage: 'abc' });
		expect(parseErrorBody({ encoded_authorization_message: 'abc' })).toMatchObject({
			code: 'ACCESS_DENIED',
			encodedAuthorizationMessage: 'abc',
		});
	});

	it('nothing to read → undefined', () => {
		for (const body of [undefined, null, '', '<html>502</html>', {}, { result: {} }, [1], 'null'])
			expect(parseErrorBody(body)).toBeUndefined();
	});
});

describe('failureFromHttpError reads every shape', () => {
	it.each([
		[{ error_code: 'ModelArts.4204', error_msg: 'Not subscribe this api.' }],
		[{ errorCode: 'ModelArts.4204', errorMsg: 'Not subscribe this api.' }],
		[{ code: 'ModelArts.4204', message: 'Not subscribe this api.' }],
		[{ error: { code: 'ModelArts.4204', message: 'Not subscribe this api.' } }],
	])('%j', (body) => {
		const failure = failureFromHttpError(httpError(403, body), ctx);
		expect(failure).toMatchObject({ errorCode: 'ModelArts.4204', kind: 'fatal', httpStatus: 403 });
		expect(failure.message).toMatch(/not enabled in region cn-north-4/);
	});

	it('ModelArts.4704 (OBS file fetch failed) is explained and not retried', () => {
		const failure = failureFromHttpError(
			httpError(400, {
				error_code: 'ModelArts.4704',
				error_msg: 'Obtaining the file from OBS failed.',
			}),
			ctx,
		);
		expect(failure.kind).toBe('input');
		expect(failure.message).toMatch(/could not fetch the OBS file of item 0 \(ModelArts\.4704\)/);
		expect(failure.description).toMatch(/authorise OCR to access OBS/);
	});

	it('ModelArts.44xx over quota / concurrency is throttling (slows the batch), by its message', () => {
		expect(kindOf('ModelArts.4402', 500, 'Concurrency over quota.')).toBe('throttle');
		expect(kindOf('ModelArts.4403', 503, 'The request exceeds the quota.')).toBe('throttle');
		expect(kindOf('ModelArts.4503', 500, 'Backend timeout.')).toBe('transient');
		const failure = failureFromHttpError(
			httpError(500, { error_code: 'ModelArts.4402', error_msg: 'Concurrency over quota.' }),
			ctx,
		);
		expect(failure.kind).toBe('throttle');
	});
});

describe('side of a single-side answer: values, not keys', () => {
	const empty = { issue: '', valid_from: '', valid_to: '' };
	it('a front carrying empty back fields is a front', () => {
		const front = { name: '张三', sex: '男', number: '110101199003070011', ...empty };
		expect(cardSides(front, '').side).toBe('front');
		expect(cardSides(front).back).toBeUndefined();
	});
	it('a back carrying empty front fields is a back', () => {
		const back = {
			name: '',
			sex: '',
			birth: '',
			ethnicity: '',
			address: '',
			number: '',
			issue: 'X',
			valid_from: '2021-01-01',
			valid_to: '长期',
		};
		expect(cardSides(back, '').side).toBe('back');
		expect(cardSides(back).front).toBeUndefined();
	});
});

describe('credential plumbing', () => {
	it('X-Project-Id: the typed id, else the project the path names; none for IAM', () => {
		const url = 'https://ocr.cn-north-4.myhuaweicloud.com/v2/abc123/ocr/id-card';
		expect(projectIdForRequest({ projectId: '' }, url)).toBe('abc123');
		expect(projectIdForRequest({ projectId: 'typed' }, url)).toBe('typed');
		expect(
			projectIdForRequest({ projectId: '' }, 'https://iam.example/v3/projects?name=x'),
		).toBeUndefined();
		expect(
			projectIdForRequest({ projectId: '' }, 'https://ocr.example/v2/%7Bproject_id%7D/ocr/id-card'),
		).toBeUndefined();
	});

	it('IAM endpoint: regional where the SDKs use it, global otherwise, the field overrides', () => {
		expect(resolveIamEndpoint({ region: 'cn-north-4' })).toBe(
			'https://iam.cn-north-4.myhuaweicloud.com',
		);
		expect(resolveIamEndpoint({ region: 'custom', customRegion: 'ap-southeast-3' })).toBe(
			'https://iam.ap-southeast-3.myhuaweicloud.com',
		);
		expect(resolveIamEndpoint({ region: 'custom', customRegion: 'xx-nowhere-1' })).toBe(
			'https://iam.myhuaweicloud.com',
		);
		expect(
			resolveIamEndpoint({ region: 'cn-north-4', iamEndpoint: 'https://iam.myhuaweicloud.com/' }),
		).toBe('https://iam.myhuaweicloud.com');
	});

	it('APIG.0301 causes are told apart by Huawei’s documented wording', () => {
		const ak = { authType: 'accessKey' };
		expect(
			explainAuthRefusal(
				'APIG.0301',
				'Incorrect IAM authentication information: Get secretKey failed,ak:******,err:ak not exist',
				ak,
			),
		).toMatch(/does not know this access key/);
		expect(
			explainAuthRefusal(
				'APIG.0301',
				'Incorrect IAM authentication information: verify aksk signature fail',
				ak,
			),
		).toMatch(/Secret Access Key does not belong/);
		expect(
			explainAuthRefusal(
				'APIG.0301',
				'Incorrect IAM authentication information: AK access failed to reach the limit,forbidden.',
				ak,
			),
		).toMatch(/locked this access key for 5 minutes/);
		expect(explainAuthRefusal('APIG.0301', 'verify aksk signature fail', ak, 42)).toMatch(
			/clock is about 42 minutes off/,
		);
		expect(
			explainAuthRefusal(
				'APIG.0301',
				'the temporary access key needs a signed X-Security-Token header.',
				ak,
			),
		).toMatch(/need their Security Token/);
	});
});
