import { randomUUID } from 'crypto';

import { WorkflowExecute } from 'n8n-core';

import { Expression, NodeConnectionTypes, NodeHelpers, Workflow } from 'n8n-workflow';

import { HuaweiCloudApi } from '../../credentials/HuaweiCloudApi.credentials';
import { createAdditionalData, createCredentialsHelper } from './runWorkflow';

/**
 * n8n's credential tester sends the credential type's `test.request` from a stand-in node typed
 * `n8n-nodes-base.noOp` with `parameters.temp === ''` (which makes preAuthentication run), through the
 * credential's authenticate, then applies the `rules`. This does the same inside the real engine.
 */
class CredentialProbe {
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

	async execute() {
		const request = JSON.parse(this.getNodeParameter('request', 0));
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

/** lodash.get for the `a.b[0]` keys the rules use. */
function readPath(value, path) {
	return path
		.split(/[.[\]]/)
		.filter(Boolean)
		.reduce((v, key) => (v && typeof v === 'object' ? v[key] : undefined), value);
}

export async function runCredentialTest(credentials) {
	const type = new HuaweiCloudApi();
	const helper = createCredentialsHelper();
	helper.saved.set('1', credentials);
	const decrypted = await helper.getDecrypted({}, { id: '1', name: 'c' }, 'huaweiCloudApi');
	const expression = new Expression('UTC');
	const resolve = (value) =>
		typeof value === 'string' && value.startsWith('=')
			? expression.resolveSimpleParameterValue(value, { $credentials: decrypted })
			: value;
	const request = type.test.request;
	const resolved = {
		method: request.method,
		baseURL: resolve(request.baseURL),
		url: resolve(request.url),
		qs: Object.fromEntries(Object.entries(request.qs ?? {}).map(([k, v]) => [k, resolve(v)])),
	};
	const probeType = new CredentialProbe();
	const nodeTypes = {
		getByName: () => probeType,
		getByNameAndVersion: () => NodeHelpers.getVersionedNodeType(probeType, 1),
		getKnownTypes: () => ({}),
	};
	const node = {
		id: randomUUID(),
		name: 'Temp-Node',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [0, 0],
		parameters: { temp: '', request: JSON.stringify(resolved) },
		credentials: { huaweiCloudApi: { id: '1', name: 'c' } },
	};
	const workflowData = {
		id: randomUUID(),
		name: 'credential test',
		nodes: [node],
		connections: {},
		active: false,
	};
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
