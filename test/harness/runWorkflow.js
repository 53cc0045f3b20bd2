import { randomUUID } from 'crypto';

import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';

import { NodeHelpers, Workflow } from 'n8n-workflow';

import { HuaweiCloudApi } from '../../credentials/HuaweiCloudApi.credentials';
import { HuaweiCloudOcr } from '../../nodes/HuaweiCloudOcr/HuaweiCloudOcr.node';
import { TestCredentialsHelper } from './credentialsHelper';
import { Collector, FixtureSource } from './testNodes';

/**
 * @typedef {import('n8n-workflow').IDataObject} IDataObject
 * @typedef {import('n8n-workflow').INode} INode
 * @typedef {import('n8n-workflow').INodeExecutionData} INodeExecutionData
 * @typedef {import('./testNodes').FixtureItem} FixtureItem
 */

/**
 * @typedef {object} RunOptions
 * @property {FixtureItem[]} items
 * @property {IDataObject} parameters Parameters of the OCR node (resource/operation default to idCard/recognize).
 * @property {import('n8n-workflow').ICredentialDataDecryptedObject} credentials
 * @property {'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput'} [onError]
 * @property {boolean} [retryOnFail]
 * @property {number} [maxTries]
 * @property {number} [waitBetweenTries]
 * @property {(running: { cancel(): void }) => void} [onStarted]
 *   Called with the running execution (its `cancel()` is n8n's Stop).
 * @property {TestCredentialsHelper} [credentialsHelper] Reuse one helper across runs to keep saved
 *   tokens, as n8n's database would.
 */

/**
 * The JSON of the OCR node's output items as the tests read it. n8n types item JSON as IDataObject, whose
 * nested values cannot be read without narrowing; these are the nested objects the node emits.
 * @typedef {IDataObject & {
 *   checks?: IDataObject & { passed?: boolean, failures?: string[] },
 *   error?: IDataObject & { card?: IDataObject },
 *   front?: IDataObject,
 *   back?: IDataObject,
 *   verification_result?: IDataObject,
 *   text_location?: IDataObject,
 * }} OcrJson
 * @typedef {INodeExecutionData & { json: OcrJson }} OcrItem
 */

/**
 * @typedef {object} RunResult
 * @property {OcrItem[]} main Items on the OCR node's main output (what the next node receives).
 * @property {OcrItem[]} errors Items on its error output (only with onError = continueErrorOutput).
 * @property {{ success: INodeExecutionData[], failure: INodeExecutionData[] }} received Items that
 *   reached the collector nodes downstream, as the next node would see them.
 * @property {Error & { description?: string, httpCode?: string, context?: IDataObject }} [error] The
 *   node's error when the workflow stopped on it.
 * @property {import('n8n-workflow').IRun} run
 * @property {TestCredentialsHelper} credentialsHelper
 */

export const OCR_TYPE = 'n8n-nodes-huaweicloud-ocr.huaweiCloudOcr';

/** @type {Record<string, import('n8n-workflow').INodeType | import('n8n-workflow').IVersionedNodeType>} */
const nodeTypeInstances = {
	[OCR_TYPE]: new HuaweiCloudOcr(),
	'test.fixtureSource': new FixtureSource(),
	'test.collector': new Collector(),
};

/**
 * The node-type registry of the engine, holding the real node under its community-package name.
 * @type {import('n8n-workflow').INodeTypes}
 */
export const nodeTypes = {
	getByName: (type) => nodeTypeInstances[type],
	getByNameAndVersion: (type, version) =>
		NodeHelpers.getVersionedNodeType(nodeTypeInstances[type], version),
	getKnownTypes: () => ({}),
};

/**
 * What the engine needs besides the workflow: hooks, credentials and the instance's URLs (only the
 * members these workflows use, hence the cast).
 * @param {TestCredentialsHelper} credentialsHelper
 * @param {string} executionId
 * @param {import('n8n-workflow').IWorkflowBase} workflowData
 * @param {'manual' | 'internal'} mode
 * @returns {import('n8n-workflow').IWorkflowExecuteAdditionalData}
 */
export function createAdditionalData(credentialsHelper, executionId, workflowData, mode) {
	return /** @type {import('n8n-workflow').IWorkflowExecuteAdditionalData} */ (
		/** @type {unknown} */ ({
			hooks: new ExecutionLifecycleHooks(mode, executionId, workflowData),
			credentialsHelper,
			executionId,
			variables: {},
			restApiUrl: 'http://127.0.0.1/rest',
			instanceBaseUrl: 'http://127.0.0.1/',
			webhookBaseUrl: 'http://127.0.0.1/webhook',
			webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
			webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
			formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
			userId: 'test-user',
			currentNodeParameters: undefined,
			executionTimeoutTimestamp: undefined,
		})
	);
}

/** @returns {TestCredentialsHelper} */
export function createCredentialsHelper() {
	return new TestCredentialsHelper({ huaweiCloudApi: new HuaweiCloudApi() });
}

/**
 * Runs Fixture Source → Huawei Cloud OCR → collectors in n8n's real WorkflowExecute.
 * @param {RunOptions} options
 * @returns {Promise<RunResult>}
 */
export async function runOcrWorkflow(options) {
	const credentialsHelper = options.credentialsHelper ?? createCredentialsHelper();
	credentialsHelper.saved.set('1', options.credentials);
	/** @type {INode} */
	const ocr = {
		id: randomUUID(),
		name: 'Huawei Cloud OCR',
		type: OCR_TYPE,
		typeVersion: 1,
		position: [200, 0],
		parameters: { resource: 'idCard', operation: 'recognize', ...options.parameters },
		credentials: { huaweiCloudApi: { id: '1', name: 'Huawei Cloud account' } },
		onError: options.onError,
		retryOnFail: options.retryOnFail,
		maxTries: options.maxTries,
		waitBetweenTries: options.waitBetweenTries,
	};
	/** @type {INode[]} */
	const nodes = [
		{
			id: randomUUID(),
			name: 'Fixture Source',
			type: 'test.fixtureSource',
			typeVersion: 1,
			position: [0, 0],
			parameters: { items: JSON.stringify(options.items) },
		},
		ocr,
		{
			id: randomUUID(),
			name: 'Success',
			type: 'test.collector',
			typeVersion: 1,
			position: [400, 0],
			parameters: {},
		},
		{
			id: randomUUID(),
			name: 'Failure',
			type: 'test.collector',
			typeVersion: 1,
			position: [400, 200],
			parameters: {},
		},
	];
	/** @type {import('n8n-workflow').IConnections} */
	const connections = {
		'Fixture Source': { main: [[{ node: 'Huawei Cloud OCR', type: 'main', index: 0 }]] },
		'Huawei Cloud OCR': {
			main: [
				[{ node: 'Success', type: 'main', index: 0 }],
				[{ node: 'Failure', type: 'main', index: 0 }],
			],
		},
	};
	/** @type {import('n8n-workflow').IWorkflowBase} */
	const workflowData = {
		id: randomUUID(),
		name: 'OCR test',
		active: false,
		activeVersionId: null,
		isArchived: false,
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
		createdAt: new Date(),
		updatedAt: new Date(),
	};
	const workflow = new Workflow({
		id: workflowData.id,
		name: workflowData.name,
		nodes,
		connections,
		active: false,
		nodeTypes,
		settings: workflowData.settings,
	});
	const executionId = randomUUID();
	const additionalData = createAdditionalData(
		credentialsHelper,
		executionId,
		workflowData,
		'manual',
	);

	const running = new WorkflowExecute(additionalData, 'manual').run({
		workflow,
		startNode: nodes[0],
	});
	options.onStarted?.(running);
	const run = await running;
	const taskData = run.data.resultData.runData['Huawei Cloud OCR']?.[0];
	const outputs = taskData?.data?.main ?? [];
	const receivedBy = (name) => run.data.resultData.runData[name]?.[0]?.data?.main?.[0] ?? [];
	return {
		main: /** @type {OcrItem[]} */ (outputs[0] ?? []),
		errors: /** @type {OcrItem[]} */ (outputs[1] ?? []),
		received: { success: receivedBy('Success'), failure: receivedBy('Failure') },
		error: taskData?.error ?? run.data.resultData.error,
		run,
		credentialsHelper,
	};
}

/**
 * Switches n8n's binary data to the filesystem mode (files under N8N_USER_FOLDER), as a default
 * self-hosted n8n 2.x stores them. Call once per process, before running workflows.
 */
export async function useFilesystemBinaryData() {
	process.env.N8N_DEFAULT_BINARY_DATA_MODE = 'filesystem';
	const { Container } = require('@n8n/di');
	const { BinaryDataService } = require('n8n-core');
	await Container.get(BinaryDataService).init();
}
