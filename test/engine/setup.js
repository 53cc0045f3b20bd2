import { clearProjectIdCache } from '../../nodes/HuaweiCloudOcr/transport/projectId';
import { clearSharedLimiters } from '../../nodes/HuaweiCloudOcr/transport/limiterRegistry';
import { clearTokenCache } from '../../credentials/huaweiCloud/iamToken';

// The emulator is plain JavaScript (it is a stand-in for Huawei's servers, not package code).
const emulatorModule = require('../emulator');
export const fixtures = require('../emulator/fixtures');

export const ACCOUNTS = emulatorModule.DEFAULT_ACCOUNTS;

/** Fixture ids of the emulator's card table used by these tests (one place to adapt). */
export const FX = {
	front: 'front-zhangsan',
	back: 'back-beijing',
	double: 'double-zhangsan',
	doubleTwoFronts: 'double-two-fronts',
	notACard: 'not-a-card',
};

/** The card of a fixture, as the emulator's table holds it. */
export function card(fixtureId) {
	return fixtures.FIXTURES[fixtureId];
}

export async function startEmulator(options) {
	return await emulatorModule.startEmulator(options);
}

/**
 * Starts one emulator for the test file and resets it (and the node's project-id cache, token cache and shared
 * limiters) before each test.
 */
export function useEmulator() {
	const holder = {};
	beforeAll(async () => {
		holder.current = await startEmulator();
	});
	beforeEach(() => {
		holder.current.reset();
		clearProjectIdCache();
		clearTokenCache();
		// A throttle learned in one test must not pace the next (the registry is per process, like a worker's).
		clearSharedLimiters();
	});
	afterAll(async () => {
		await holder.current?.close();
	});
	return holder;
}

export function akCredentials(emu, extra = {}) {
	const ak = ACCOUNTS.accessKey ?? ACCOUNTS.ak ?? ACCOUNTS[0];
	return {
		authType: 'accessKey',
		accessKeyId: ak.accessKeyId,
		secretAccessKey: ak.secretAccessKey,
		region: 'cn-north-4',
		projectId: ak.projectId,
		ocrEndpoint: emu.url,
		iamEndpoint: emu.url,
		...extra,
	};
}

export function imageItem(
	fixtureId,
	json = {},
	format = 'jpeg',
	size = { width: 1000, height: 630 },
) {
	const bytes = fixtures.makeFixtureImage(fixtureId, { format, ...size });
	const mimeType = { jpeg: 'image/jpeg', png: 'image/png', bmp: 'image/bmp', tiff: 'image/tiff' }[
		format
	];
	return {
		json,
		binary: {
			data: { base64: bytes.toString('base64'), fileName: `${fixtureId}.${format}`, mimeType },
		},
	};
}

export function fileItem(
	bytes,
	json = {},
	fileName = 'file.bin',
	mimeType = 'application/octet-stream',
) {
	return { json, binary: { data: { base64: bytes.toString('base64'), fileName, mimeType } } };
}
