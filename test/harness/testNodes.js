import { NodeConnectionTypes } from 'n8n-workflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeFixtureImage } = require('../emulator/fixtures');

/** A file given inline as base64, or generated from the emulator's fixture table (keeps big batches small). */

/**
 * The start node of test workflows: emits the items given in its `items` parameter, turning
 * `{ binary: { data: { base64, fileName, mimeType } } }` into real n8n binary data through the engine's
 * own helpers (so binary handling is the engine's, in whatever binary data mode it runs).
 */
export class FixtureSource {
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

	async execute() {
		const raw = this.getNodeParameter('items', 0);
		const specs = typeof raw === 'string' ? JSON.parse(raw) : raw;

		const out = [];
		for (const spec of specs) {
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
export class Collector {
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

	async execute() {
		return [this.getInputData()];
	}
}
