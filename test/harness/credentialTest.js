import { randomUUID } from 'crypto';

import { CredentialTestContext, WorkflowExecute } from 'n8n-core';

import { Expression, NodeConnectionTypes, NodeHelpers, Workflow } from 'n8n-workflow';

import { HuaweiCloudApi } from '../../credentials/HuaweiCloudApi.credentials';
import { HuaweiCloudOcr } from '../../nodes/HuaweiCloudOcr/HuaweiCloudOcr.node';
import { createAdditionalData, createCredentialsHelper } from './runWorkflow';

/**
 * n8n's CredentialsTester (packages/cli services/credentials-tester.service, 1.x and 2.x alike): a credential
 * type's own `test` wins; otherwise the first node whose credentials entry has `testedBy` (a string) supplies
 * `methods.credentialTest[testedBy]`, called with `this` = n8n-core's CredentialTestContext (its only HTTP
 * helper is the legacy `helpers.request`) and `{ id, name, type, data }` with the defaults applied.
 */
async function runTestedBy(helper, credentials) {
	const node = new HuaweiCloudOcr();
	const entry = node.description.credentials.find((c) => c.name === 'huaweiCloudApi');
	const fn = typeof entry?.testedBy === 'string' && node.methods?.credentialTest?.[entry.testedBy];
	if (!fn) return { status: 'Error', message: 'No testing function found for this credential.' };
	helper.saved.set('1', credentials);
	const data = await helper.getDecrypted({}, { id: '1', name: 'c' }, 'huaweiCloudApi');
	const context = new CredentialTestContext(undefined);
	return await fn.call(context, { id: '1', name: 'c', type: 'huaweiCloudApi', data });
}

/** @typedef {import('n8n-workflow').INodeType} INodeType */

/**
 * n8n's credential tester sends the credential type's `test.request` from a stand-in node typed
 * `n8n-nodes-base.noOp` with `parameters.temp === ''` (which makes preAuthentication run), through the
 * credential's authenticate, then applies the `rules`. This does the same inside the real engine.
 */
/** @implements {INodeType} */
class CredentialProbe {
	/** @type {import('n8n-workflow').INodeTypeDescription} */
	description = {
		displayName: 'Credential Probe',
		name: 'noOp',
		group: ['transform'],
		version: 1,
		description: 'Sends the credential test request',
		defaults: { name: 'Credential Probe' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'huaweiCloudApi', required: true }],
		properties: [
			{ displayName: 'Temp', name: 'temp', type: 'string', default: '' },
			{ displayName: 'Request', name: 'request', type: 'string', default: '{}' },
		],
	};

	/**
	 * @this {import('n8n-workflow').IExecuteFunctions}
	 * @returns {Promise<import('n8n-workflow').INodeExecutionData[][]>}
	 */
	async execute() {
		/** @type {import('n8n-workflow').IHttpRequestOptions} */
		const request = JSON.parse(/** @type {string} */ (this.getNodeParameter('request', 0)));
		try {
			const body = await this.helpers.httpRequestWithAuthentication.call(this, 'huaweiCloudApi', {
				...request,
				json: true,
			});
			return [[{ json: { ok: true, body } }]];
		} catch (error) {
			return [[{ json: { ok: false, message: error.message } }]];
		}
	}
}

/**
 * lodash.get for the `a.b[0]` keys the rules use.
 * @param {unknown} value
 * @param {string} path
 * @returns {unknown}
 */
function readPath(value, path) {
	return path
		.split(/[.[\]]/)
		.filter(Boolean)
		.reduce((v, key) => (v && typeof v === 'object' ? v[key] : undefined), value);
}

/**
 * @param {import('n8n-workflow').ICredentialDataDecryptedObject} credentials
 * @returns {Promise<{ status: 'OK' | 'Error', message: string, requestedUrl: string }>}
 */
export async function runCredentialTest(credentials) {
	/** @type {import('n8n-workflow').ICredentialType} the credential as n8n's loader sees it (`test` optional) */
	const type = new HuaweiCloudApi();
	const helper = createCredentialsHelper();
	if (!type.test) return await runTestedBy(helper, credentials);
	helper.saved.set('1', credentials);
	const decrypted = await helper.getDecrypted(
		/** @type {never} */ ({}),
		{ id: '1', name: 'c' },
		'huaweiCloudApi',
	);
	const expression = new Expression('UTC');
	const resolve = (value) =>
		typeof value === 'string' && value.startsWith('=')
			? expression.resolveSimpleParameterValue(
					value,
					/** @type {never} the only data a credential expression reads */ ({
						$credentials: decrypted,
					}),
				)
			: value;
	const request = type.test.request;
	const resolved = {
		method: request.method,
		baseURL: resolve(request.baseURL),
		url: resolve(request.url),
		qs: Object.fromEntries(Object.entries(request.qs ?? {}).map(([k, v]) => [k, resolve(v)])),
	};
	const probeType = new CredentialProbe();
	/** @type {import('n8n-workflow').INodeTypes} */
	const nodeTypes = {
		getByName: () => probeType,
		getByNameAndVersion: () => NodeHelpers.getVersionedNodeType(probeType, 1),
		getKnownTypes: () => ({}),
	};
	/** @type {import('n8n-workflow').INode} */
	const node = {
		id: randomUUID(),
		name: 'Temp-Node',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [0, 0],
		parameters: { temp: '', request: JSON.stringify(resolved) },
		credentials: { huaweiCloudApi: { id: '1', name: 'c' } },
	};
	/** @type {import('n8n-workflow').IWorkflowBase} the members the hooks read */
	const workflowData = /** @type {never} */ ({
		id: randomUUID(),
		name: 'credential test',
		nodes: [node],
		connections: {},
		active: false,
	});
	const workflow = new Workflow({
		id: workflowData.id,
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
	});
	const executionId = randomUUID();
	const additionalData = createAdditionalData(helper, executionId, workflowData, 'internal');
	const run = await new WorkflowExecute(additionalData, 'internal').run({
		workflow,
		startNode: node,
	});
	const out = run.data.resultData.runData['Temp-Node']?.[0]?.data?.main?.[0]?.[0]?.json;
	const requestedUrl = `${resolved.baseURL}${resolved.url}?name=${resolved.qs.name}`;
	if (!out?.ok)
		return {
			status: 'Error',
			message: String(out?.message ?? run.data.resultData.error?.message),
			requestedUrl,
		};
	for (const rule of type.test.rules ?? []) {
		if (
			rule.type === 'responseSuccessBody' &&
			readPath(out.body, rule.properties.key) === rule.properties.value
		) {
			return { status: 'Error', message: rule.properties.message, requestedUrl };
		}
	}
	return { status: 'OK', message: 'Connection tested successfully', requestedUrl };
}
