'use strict';
/* global beforeAll, beforeEach, afterAll -- registers the hooks of the Jest test file that calls it */
/**
 * The set-up every document API test of the emulator shares (bankcard.test.js, passport.test.js...): one
 * emulator for the test file, reset before each test, and requests to one API signed by Huawei's official
 * signer with the default account's keys.
 */
const kit = require('./testkit');
const emulator = require('./index');
const { makeImage } = require('./images');

/**
 * @typedef {object} DocumentApiSuite
 * @property {any} emu the running emulator (set in beforeAll)
 * @property {string} path `/v2/{project_id}/ocr/<api>` of the default account
 * @property {(marker: string, size?: { width?: number, height?: number }) => string} jpeg a base64 JPEG showing the
 *   fixture `marker`, of the suite's size unless `size` says otherwise
 * @property {(body: object) => Promise<import('./testkit').Reply>} call a signed POST of `body` to the API
 */

/**
 * Starts the emulator around the calling test file (beforeAll / beforeEach reset / afterAll) for `api`.
 * @param {string} api the last path segment: `bankcard`, `driver-license`...
 * @param {{ width: number, height: number }} imageSize the size of the suite's JPEGs
 * @returns {DocumentApiSuite}
 */
function useDocumentApi(api, imageSize) {
	const ak = emulator.DEFAULT_ACCOUNTS.accessKey;
	/** @type {DocumentApiSuite} */
	const suite = {
		emu: undefined,
		path: `/v2/${ak.projectId}/ocr/${api}`,
		jpeg: (marker, size = {}) =>
			makeImage({ format: 'jpeg', ...imageSize, marker, ...size }).toString('base64'),
		call: (body) =>
			kit.signedRequest(suite.emu.url, {
				ak: ak.accessKeyId,
				sk: ak.secretAccessKey,
				path: suite.path,
				body,
			}),
	};
	beforeAll(async () => {
		suite.emu = await emulator.startEmulator();
	});
	beforeEach(() => suite.emu.reset());
	afterAll(async () => {
		await suite.emu?.close();
	});
	return suite;
}

module.exports = { useDocumentApi };
