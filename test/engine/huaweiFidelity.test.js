/*
 * The node against an emulator as strict as Huawei's real service and the official SDK models (issue 11):
 * sub-projects (signed X-Project-Id), least-privilege keys, every error-body shape, the SDK response models,
 * Enterprise-Project-Id, and one IAM sign-in under concurrency.
 */
import { REQUEST_FLAGS } from '../../nodes/HuaweiCloudOcr/actions/idCard/recognize.operation';
import { runOcrWorkflow, createCredentialsHelper } from '../harness/runWorkflow';
import { ACCOUNTS, akCredentials, card, FX, imageItem, useEmulator } from './setup';

const schema = require('../emulator/schemas/id-card');
const { SUB_PROJECT } = require('../emulator/accounts');

function passwordCredentials(url, extra = {}) {
	return {
		authType: 'password',
		domainName: ACCOUNTS.iamUser.domainName,
		userName: ACCOUNTS.iamUser.userName,
		password: ACCOUNTS.iamUser.password,
		region: 'cn-north-4',
		ocrEndpoint: url,
		iamEndpoint: url,
		...extra,
	};
}

const ocrCalls = (emu) => emu.stats().requests.filter((r) => r.path.includes('/ocr/id-card'));
const signedHeaders = (request) =>
	/SignedHeaders=([^,]+)/.exec(request.headers.authorization ?? '')?.[1].split(';') ?? [];

describe('Huawei fidelity', () => {
	const emu = useEmulator();

	describe('sub-projects: X-Project-Id signed on AK/SK calls', () => {
		it('a sub-project key recognises cards (the emulator refuses calls without a signed X-Project-Id)', async () => {
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary' },
				credentials: akCredentials(emu.current, { projectId: SUB_PROJECT.id }),
			});
			expect(result.error).toBeUndefined();
			expect(result.main[0].json.number).toBe(card(FX.front).front.number);
			const [call] = ocrCalls(emu.current);
			expect(call.path).toBe(`/v2/${SUB_PROJECT.id}/ocr/id-card`);
			expect(call.headers['x-project-id']).toBe(SUB_PROJECT.id);
			expect(signedHeaders(call)).toContain('x-project-id');
		});

		it('a discovered project id is sent and signed as X-Project-Id too', async () => {
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary' },
				credentials: akCredentials(emu.current, { projectId: '' }),
			});
			expect(result.error).toBeUndefined();
			const [call] = ocrCalls(emu.current);
			expect(call.headers['x-project-id']).toBe(ACCOUNTS.accessKey.projectId);
			expect(signedHeaders(call)).toContain('x-project-id');
			// IAM's project listing names no project: no X-Project-Id there.
			const list = emu.current.stats().requests.find((r) => r.path === '/v3/projects');
			expect(list.headers['x-project-id']).toBeUndefined();
		});

		it('Enterprise-Project-Id is sent and signed on OCR calls only', async () => {
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary' },
				credentials: akCredentials(emu.current, { projectId: '', enterpriseProjectId: 'eps-42' }),
			});
			expect(result.error).toBeUndefined();
			const [call] = ocrCalls(emu.current);
			expect(call.headers['enterprise-project-id']).toBe('eps-42');
			expect(signedHeaders(call)).toContain('enterprise-project-id');
			const list = emu.current.stats().requests.find((r) => r.path === '/v3/projects');
			expect(list.headers['enterprise-project-id']).toBeUndefined();
		});

		it('IAM token requests ask for no catalog', async () => {
			await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary' },
				credentials: passwordCredentials(emu.current.url),
			});
			const signIn = emu.current.stats().requests.find((r) => r.path === '/v3/auth/tokens');
			expect(signIn.query).toBe('nocatalog=true');
		});
	});

	describe('least-privilege keys (IAM refuses to list projects)', () => {
		it('with the project id typed in, cards are recognised and IAM is never asked', async () => {
			emu.current.configure({ denyListProjects: true });
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary' },
				credentials: akCredentials(emu.current),
			});
			expect(result.error).toBeUndefined();
			expect(emu.current.stats().projectCalls).toBe(0);
		});

		it('without it, the node says to type the project id', async () => {
			emu.current.configure({ denyListProjects: true });
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary' },
				credentials: akCredentials(emu.current, { projectId: '' }),
			});
			expect(result.error?.message).toMatch(/may not list IAM projects.*IAM answered 403/);
			// The fix is in the message, worded as the credential's Test words it (projectLookup.ts).
			expect(result.error?.message).toMatch(/Type the Project ID in the credential/);
			expect(emu.current.stats().ocrCalls).toBe(0);
		});
	});

	describe.each(['default', 'errorCode', 'code', 'nested', 'encoded'])(
		'error bodies in the %s shape',
		(shape) => {
			it('an OCR refusal keeps Huawei’s code and the node’s words', async () => {
				emu.current.configure({ errorShape: shape });
				const result = await runOcrWorkflow({
					items: [imageItem(FX.notACard)],
					parameters: { imageSource: 'binary', side: 'front' },
					credentials: akCredentials(emu.current),
					onError: 'continueErrorOutput',
				});
				expect(result.errors[0].json.error).toMatchObject({
					error_code: 'AIS.0104',
					http_status: 400,
				});
			});

			it('a service not enabled (ModelArts.4204) says so', async () => {
				emu.current.configure({ errorShape: shape, unsubscribed: ['cn-north-4'] });
				const result = await runOcrWorkflow({
					items: [imageItem(FX.front)],
					parameters: { imageSource: 'binary' },
					credentials: akCredentials(emu.current),
					onError: 'continueErrorOutput',
				});
				expect(result.errors[0].json.error).toMatchObject({ error_code: 'ModelArts.4204' });
				expect(JSON.stringify(result.errors[0].json)).toMatch(/not enabled in region cn-north-4/);
			});

			it('a refused signature is an auth failure, not retried', async () => {
				emu.current.configure({ errorShape: shape });
				const result = await runOcrWorkflow({
					items: [imageItem(FX.front)],
					parameters: { imageSource: 'binary' },
					credentials: akCredentials(emu.current, { secretAccessKey: 'not-the-key' }),
					onError: 'continueErrorOutput',
				});
				expect(result.errors[0].json.error).toMatchObject({ error_code: 'APIG.0301' });
				expect(emu.current.stats().ocrCalls).toBe(1);
			});

			it('IAM discovery refused (403) still says to type the project id', async () => {
				emu.current.configure({ errorShape: shape, denyListProjects: true });
				const result = await runOcrWorkflow({
					items: [imageItem(FX.front)],
					parameters: { imageSource: 'binary' },
					credentials: akCredentials(emu.current, { projectId: '' }),
				});
				expect(result.error?.message).toMatch(/may not list IAM projects/);
			});
		},
	);

	describe('answers follow the SDK models (one schema: test/emulator/schemas/id-card.js)', () => {
		const allFlags = Object.fromEntries(REQUEST_FLAGS.map((f) => [f.option, true]));

		it.each([
			['front', FX.front],
			['back', FX.back],
		])('%s: the Huawei fields the node passes on have the SDK types', async (side, fixture) => {
			const result = await runOcrWorkflow({
				items: [imageItem(fixture)],
				parameters: { imageSource: 'binary', side, options: allFlags },
				credentials: akCredentials(emu.current),
			});
			const json = result.main[0].json;
			expect(json.side).toBe(side);
			expect(schema.check(schema.SINGLE_SIDE_RESULT, json)).toEqual([]);
			expect(Object.keys(json.score_info).sort()).toEqual(Object.keys(schema.SCORE_INFO).sort());
			for (const value of Object.values(json.score_info))
				expect(Number.isInteger(value)).toBe(true);
		});

		it('double_side: front/back verification and portrait fields as the models have them', async () => {
			const result = await runOcrWorkflow({
				items: [imageItem(FX.double)],
				parameters: { imageSource: 'binary', side: 'double_side', options: allFlags },
				credentials: akCredentials(emu.current),
			});
			const json = result.main[0].json;
			expect(json.side).toBe('double_side');
			expect(schema.check(schema.FRONT_RESULT, json.front)).toEqual([]);
			expect(schema.check(schema.BACK_RESULT, json.back)).toEqual([]);
			expect(Object.keys(json.front.verification_result).sort()).toEqual(
				Object.keys(schema.FRONT_VERIFICATION).sort(),
			);
			expect(Object.keys(json.back.verification_result).sort()).toEqual(
				Object.keys(schema.BACK_VERIFICATION).sort(),
			);
			expect(json.back).not.toHaveProperty('portrait_location');
			expect(json.back).not.toHaveProperty('portrait_image');
		});

		it('a front answer carrying the back fields as empty strings is still a front', async () => {
			emu.current.configure({ emptyOtherSide: true });
			const result = await runOcrWorkflow({
				items: [imageItem(FX.front), imageItem(FX.back)],
				parameters: { imageSource: 'binary' },
				credentials: akCredentials(emu.current),
			});
			expect(result.error).toBeUndefined();
			expect(result.main.map((i) => i.json.side)).toEqual(['front', 'back']);
			expect(result.main[0].json.number).toBe(card(FX.front).front.number);
			expect(result.main[1].json.issue).toBe(card(FX.back).back.issue);
		});
	});

	describe('one IAM sign-in at a time', () => {
		it('concurrency 5 with no token: exactly one sign-in serves every call', async () => {
			emu.current.configure({ latencyMs: 20 });
			const items = Array.from({ length: 10 }, () => imageItem(FX.front));
			const result = await runOcrWorkflow({
				items,
				parameters: { imageSource: 'binary', options: { concurrency: 5 } },
				credentials: passwordCredentials(emu.current.url),
			});
			expect(result.error).toBeUndefined();
			expect(result.main).toHaveLength(10);
			expect(emu.current.stats().tokenCalls).toBe(1);
		});

		it('several executions in one process share one sign-in', async () => {
			emu.current.configure({ latencyMs: 20 });
			const runs = await Promise.all(
				[0, 1, 2].map(() =>
					runOcrWorkflow({
						items: [imageItem(FX.front), imageItem(FX.back)],
						parameters: { imageSource: 'binary', options: { concurrency: 5 } },
						credentials: passwordCredentials(emu.current.url),
						credentialsHelper: createCredentialsHelper(),
					}),
				),
			);
			for (const run of runs) expect(run.error).toBeUndefined();
			expect(emu.current.stats().tokenCalls).toBe(1);
		});

		it('a refused token (APIG.0307) under concurrency is refreshed once', async () => {
			const credentialsHelper = createCredentialsHelper();
			await runOcrWorkflow({
				items: [imageItem(FX.front)],
				parameters: { imageSource: 'binary' },
				credentials: passwordCredentials(emu.current.url),
				credentialsHelper,
			});
			emu.current.configure({ revokeAllTokens: true, latencyMs: 20 });
			const result = await runOcrWorkflow({
				items: Array.from({ length: 10 }, () => imageItem(FX.back)),
				parameters: { imageSource: 'binary', options: { concurrency: 5 } },
				credentials: credentialsHelper.saved.get('1'),
				credentialsHelper,
			});
			expect(result.error).toBeUndefined();
			expect(result.main).toHaveLength(10);
			expect(emu.current.stats().tokenCalls).toBe(2);
		});
	});
});
