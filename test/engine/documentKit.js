'use strict';
// CommonJS like the emulator's helpers; the ESM modules it uses are transpiled by ts-jest.
const { runOcrWorkflow } = require('../harness/runWorkflow');
const { akCredentials, fileItem, fixtures } = require('./setup');

/**
 * What the engine tests of one document share (driverLicense.test.js, passport.test.js...): input items
 * holding a fixture's photo, running the resource's Recognize in n8n's WorkflowExecute against the emulator,
 * and the requests the emulator saw for the document's API.
 * @param {string} resource the node's resource (`driverLicense`)
 * @param {string} api the API's last path segment (`driver-license`)
 * @param {{ width: number, height: number }} imageSize the size of the items' images unless told
 */
function documentKit(resource, api, imageSize) {
	return {
		/**
		 * An input item holding the photo of fixture `id` (a JPEG of the kit's size unless told).
		 * @param {string} id
		 * @param {object} [json]
		 * @param {{ format?: string, width?: number, height?: number }} [image]
		 */
		item(id, json = {}, { format = 'jpeg', ...size } = {}) {
			const bytes = fixtures.makeImage({ format, ...imageSize, ...size, marker: id });
			const extension = format === 'jpeg' ? 'jpg' : format;
			return fileItem(bytes, json, `${id}.${extension}`, `image/${format}`);
		},

		/**
		 * Runs Recognize of the resource over `items` (image source: binary) with the emulator's keys.
		 * @param {any} emu what useEmulator() returned
		 * @param {any[]} items
		 * @param {object} [parameters] node parameters besides resource, operation and image source
		 * @param {object} [extra] more of runOcrWorkflow's arguments
		 */
		async run(emu, items, parameters = {}, extra = {}) {
			return await runOcrWorkflow({
				items,
				parameters: { resource, operation: 'recognize', imageSource: 'binary', ...parameters },
				credentials: akCredentials(emu.current),
				...extra,
			});
		},

		/**
		 * The requests the emulator received for the API, in order.
		 * @param {any} emu what useEmulator() returned
		 * @returns {any[]}
		 */
		calls(emu) {
			return emu.current.stats().requests.filter((r) => r.path.endsWith(`/ocr/${api}`));
		},
	};
}

module.exports = { documentKit };
