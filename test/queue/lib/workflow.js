'use strict';
/*
 * The workflow the queue suite activates: two production webhooks (a multipart upload and a JSON body with
 * the photo as base64), each into the Huawei Cloud OCR node with "On Error: Continue (using error output)",
 * and two Respond to Webhook nodes: the card on the success branch (200), the error on the error branch (422).
 * Every answer carries the execution id, which ties a call to its execution row and to the worker that ran it.
 */

const WORKFLOW_ID = 'hwcOcrQueue00001';
const UPLOAD_PATH = 'hwc-ocr-queue/upload';
const JSON_PATH = 'hwc-ocr-queue/json';
/** The multipart field (and so the binary property) carrying the photo. */
const UPLOAD_FIELD = 'photo';

/**
 * @param {{ id: string, name: string }} credential  a huaweiCloudApi credential already imported
 * @returns {object} an n8n workflow, ready for `n8n import:workflow`
 */
function queueWorkflow(credential) {
	const ocr = {
		type: 'n8n-nodes-huaweicloud-ocr.huaweiCloudOcr',
		typeVersion: 1,
		onError: 'continueErrorOutput',
		credentials: { huaweiCloudApi: { id: credential.id, name: credential.name } },
	};
	const nodes = [
		{
			id: '7b3f0c52-9a51-4c1e-8e11-000000000001',
			name: 'Upload (multipart)',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: [0, 0],
			webhookId: '7b3f0c52-9a51-4c1e-8e11-0000000000a1',
			parameters: {
				httpMethod: 'POST',
				path: UPLOAD_PATH,
				responseMode: 'responseNode',
				options: {},
			},
		},
		{
			id: '7b3f0c52-9a51-4c1e-8e11-000000000002',
			name: 'JSON with base64',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: [0, 300],
			webhookId: '7b3f0c52-9a51-4c1e-8e11-0000000000a2',
			parameters: {
				httpMethod: 'POST',
				path: JSON_PATH,
				responseMode: 'responseNode',
				options: {},
			},
		},
		{
			...ocr,
			id: '7b3f0c52-9a51-4c1e-8e11-000000000003',
			name: 'Recognise uploaded card',
			position: [260, 0],
			parameters: {
				resource: 'idCard',
				operation: 'recognize',
				imageSource: 'binary',
				binaryPropertyName: UPLOAD_FIELD,
				side: 'auto',
				options: {},
			},
		},
		{
			...ocr,
			id: '7b3f0c52-9a51-4c1e-8e11-000000000004',
			name: 'Recognise base64 card',
			position: [260, 300],
			parameters: {
				resource: 'idCard',
				operation: 'recognize',
				imageSource: 'base64',
				imageBase64: '={{ $json.body.image }}',
				side: 'auto',
				options: {},
			},
		},
		{
			id: '7b3f0c52-9a51-4c1e-8e11-000000000005',
			name: 'Answer with the card',
			type: 'n8n-nodes-base.respondToWebhook',
			typeVersion: 1.1,
			position: [560, 0],
			parameters: {
				respondWith: 'json',
				responseBody: '={{ { ok: true, executionId: $execution.id, card: $json } }}',
				options: {},
			},
		},
		{
			id: '7b3f0c52-9a51-4c1e-8e11-000000000006',
			name: 'Answer with the error',
			type: 'n8n-nodes-base.respondToWebhook',
			typeVersion: 1.1,
			position: [560, 300],
			parameters: {
				respondWith: 'json',
				// The node's error item is { message, error: { error_code, http_status, ... } } (older builds:
				// { error: message, details: { error_code, ... } }): answer with the same fields for both.
				responseBody: `={{ (() => {
	const details = $json.error && typeof $json.error === 'object' ? $json.error : $json.details || {};
	const message = typeof $json.error === 'string' ? $json.error : $json.message;
	return { ok: false, executionId: $execution.id, code: details.error_code, message, httpStatus: details.http_status };
})() }}`,
				options: { responseCode: 422 },
			},
		},
	];
	const toAnswers = {
		main: [
			[{ node: 'Answer with the card', type: 'main', index: 0 }],
			[{ node: 'Answer with the error', type: 'main', index: 0 }],
		],
	};
	return {
		id: WORKFLOW_ID,
		name: 'Queue mode: ID card photos over webhooks',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes,
		connections: {
			'Upload (multipart)': {
				main: [[{ node: 'Recognise uploaded card', type: 'main', index: 0 }]],
			},
			'JSON with base64': { main: [[{ node: 'Recognise base64 card', type: 'main', index: 0 }]] },
			'Recognise uploaded card': toAnswers,
			'Recognise base64 card': toAnswers,
		},
		pinData: {},
	};
}

module.exports = { queueWorkflow, WORKFLOW_ID, UPLOAD_PATH, JSON_PATH, UPLOAD_FIELD };
