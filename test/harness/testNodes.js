import { NodeConnectionTypes } from 'n8n-workflow';

const { makeFixtureImage } = require('../emulator/fixtures');

/** @typedef {import('n8n-workflow').INodeType} INodeType */

/**
 * A file given inline as base64, or generated from the emulator's fixture table (keeps big batches small).
 * @typedef {object} BinarySpec
 * @property {string} [base64]
 * @property {{ id: string, format: string, width: number, height: number, padToBytes?: number }} [fixture]
 * @property {string} [fileName]
 * @property {string} [mimeType]
 */

/**
 * An item of the Fixture Source's `items` parameter.
 * @typedef {{ json: import('n8n-workflow').IDataObject, binary?: Record<string, BinarySpec> }} FixtureItem
 */

/**
 * The start node of test workflows: emits the items given in its `items` parameter, turning
 * `{ binary: { data: { base64, fileName, mimeType } } }` into real n8n binary data through the engine's
 * own helpers (so binary handling is the engine's, in whatever binary data mode it runs).
 */
/** @implements {INodeType} */
export class FixtureSource {
	/** @type {import('n8n-workflow').INodeTypeDescription} */
	description = {
		displayName: 'Fixture Source',
		name: 'fixtureSource',
		group: ['input'],
		version: 1,
		description: 'Emits test items',
		defaults: { name: 'Fixture Source' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' }],
	};

	/**
	 * @this {import('n8n-workflow').IExecuteFunctions}
	 * @returns {Promise<import('n8n-workflow').INodeExecutionData[][]>}
	 */
	async execute() {
		const raw = /** @type {string | FixtureItem[]} */ (this.getNodeParameter('items', 0));
		/** @type {FixtureItem[]} */
		const specs = typeof raw === 'string' ? JSON.parse(raw) : raw;

		/** @type {import('n8n-workflow').INodeExecutionData[]} */
		const out = [];
		for (const spec of specs) {
			/** @type {import('n8n-workflow').INodeExecutionData} */
			const item = { json: spec.json ?? {} };
			if (spec.binary) {
				item.binary = {};
				for (const [key, file] of Object.entries(spec.binary)) {
					const bytes = file.fixture
						? makeFixtureImage(file.fixture.id, file.fixture)
						: Buffer.from(file.base64 ?? '', 'base64');
					item.binary[key] = await this.helpers.prepareBinaryData(
						bytes,
						file.fileName,
						file.mimeType,
					);
				}
			}
			out.push(item);
		}
		return [out];
	}
}

/** Passes items through untouched: a downstream node to observe what reaches each output. */
/** @implements {INodeType} */
export class Collector {
	/** @type {import('n8n-workflow').INodeTypeDescription} */
	description = {
		displayName: 'Collector',
		name: 'collector',
		group: ['transform'],
		version: 1,
		description: 'Passes items through',
		defaults: { name: 'Collector' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	/**
	 * @this {import('n8n-workflow').IExecuteFunctions}
	 * @returns {Promise<import('n8n-workflow').INodeExecutionData[][]>}
	 */
	async execute() {
		return [this.getInputData()];
	}
}
