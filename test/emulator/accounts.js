'use strict';
/** Fake accounts and projects the emulator knows by default. None of these are real credentials. */

const DOMAIN = { id: 'd0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0', name: 'emulator-domain' };

/** A sub-project of cn-north-4 (Huawei names them `<region>_<name>`): AK/SK calls must sign X-Project-Id. */
const SUB_PROJECT = { id: '5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b', name: 'cn-north-4_ocr' };

const DEFAULT_PROJECTS = {
	'cn-north-4': ['0a1b2c3d4e5f60718293a4b5c6d7e8f9'],
	[SUB_PROJECT.name]: [SUB_PROJECT.id],
	'cn-east-3': ['e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3e3'],
	'cn-north-1': ['1a1b1c1d1e1f10111213141516171819'],
};

const DEFAULT_ACCOUNTS = {
	/** Permanent access key. */
	accessKey: {
		accessKeyId: 'EMULATORAK0000000001',
		secretAccessKey: 'emulator-secret-key',
		projectId: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
		region: 'cn-north-4',
	},
	/** Temporary access key: requests must send and sign X-Security-Token with this exact value. */
	temporary: {
		accessKeyId: 'EMULATORTMPAK0000001',
		secretAccessKey: 'emulator-temp-secret',
		securityToken: 'emulator-security-token',
		projectId: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
		region: 'cn-north-4',
	},
	/** IAM user for POST /v3/auth/tokens (password method). */
	iamUser: {
		domainName: 'emulator-domain',
		userName: 'emulator-user',
		password: 'emulator-password',
		userId: 'u0u0u0u0u0u0u0u0u0u0u0u0u0u0u0u0',
	},
};

function deepFreeze(o) {
	for (const v of Object.values(o)) if (v && typeof v === 'object') deepFreeze(v);
	return Object.freeze(o);
}
deepFreeze(DEFAULT_ACCOUNTS);
deepFreeze(DEFAULT_PROJECTS);

/**
 * Accounts from { key: account | account[] } (DEFAULT_ACCOUNTS merged with overrides, by key).
 * An entry with accessKeyId is an access key (temporary when it has securityToken); one with userName is an IAM user.
 */
function indexAccounts(overrides) {
	const merged = { ...DEFAULT_ACCOUNTS, ...(overrides || {}) };
	const accessKeys = new Map();
	const iamUsers = [];
	for (const value of Object.values(merged)) {
		for (const account of Array.isArray(value) ? value : [value]) {
			if (!account || typeof account !== 'object') continue;
			if (account.accessKeyId) accessKeys.set(account.accessKeyId, account);
			if (account.userName) iamUsers.push(account);
		}
	}
	return { merged, accessKeys, iamUsers };
}

module.exports = { DOMAIN, DEFAULT_ACCOUNTS, DEFAULT_PROJECTS, SUB_PROJECT, indexAccounts };
