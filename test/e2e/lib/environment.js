'use strict';
/*
 * One end-to-end environment per run, shared by every test file (jest globalSetup/globalTeardown):
 *   1. the real n8n (setup-n8n.js: installed once, cached under .cache/e2e, reused);
 *   2. this package built, `npm pack`ed and installed into a fresh N8N_USER_FOLDER/.n8n/nodes;
 *   3. the Huawei emulator, started in this process, serving OCR, IAM and the images for URL input;
 *   4. fixture photos written under a files folder (the only folder n8n may read and write);
 *   5. credentials (both auth types, with and without a project id) and the workflows of
 *      test/e2e/workflows/ imported with `n8n import:credentials` / `n8n import:workflow`.
 * Tests read the state from $N8N_E2E_STATE and drive `n8n execute` through lib/n8n.js.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { setup } = require('../setup-n8n');
const { freePort } = require('./freePort');
const { N8nCli } = require('./n8n');
const { REPO, buildAndPack, installIntoN8n } = require('./package');
const { EXAMPLES, loadExample } = require('../../../scripts/lib/examples');

const WORKFLOWS_DIR = path.join(__dirname, '..', 'workflows');
/** What the stored workflows say, and what a run replaces it with. */
const PLACEHOLDER_FILES_DIR = '/home/node/.n8n-files';
const PLACEHOLDER_IMAGE_BASE = 'https://example.com/id-cards/';

/** Photos on disk (folder → fixture ids) and images the emulator serves for URL input. */
const DISK_FIXTURES = {
	'id-cards': ['front-zhangsan', 'front-lina-x', 'back-beijing', 'back-long-term'],
	double: ['double-zhangsan'],
};

/** Folder → the emulator fixture module (test/emulator/apis/) whose e2ePhotos() fill it, one per workflow. */
const PHOTO_FOLDERS = {
	'bank-cards': 'bankcard.fixtures', // workflow 10
	'driver-licences': 'driver-license.fixtures', // workflow 11
	'hk-id-cards': 'hk-id-card.fixtures', // workflow 13
	'vat-invoices': 'vat-invoice.fixtures', // workflow 14
};
const URL_FIXTURES = [
	'front-zhangsan',
	'front-lina-x',
	'front-minority',
	'back-long-term',
	'not-a-card',
	'unreadable-card',
];

const CREDENTIAL_IDS = {
	akSkWithProject: 'hwcOcrE2eAkSkPrj',
	akSkDiscover: 'hwcOcrE2eAkSkDsc',
	tokenWithProject: 'hwcOcrE2eTokPrj1',
	tokenDiscover: 'hwcOcrE2eTokDsc1',
	temporaryAkSk: 'hwcOcrE2eTmpAkSk',
	wrongSecret: 'hwcOcrE2eBadSk01',
	temporaryAkSkProject: 'hwcOcrE2eTmpPrj1',
	restrictedAllowsEmulator: 'hwcOcrE2eDomOk01',
	restrictedHuaweiOnly: 'hwcOcrE2eDomNo01',
};

/** The credentials examples/06 (HTTP Request node) runs with. */
const HTTP_REQUEST_CREDENTIALS = [
	CREDENTIAL_IDS.akSkWithProject,
	CREDENTIAL_IDS.tokenWithProject,
	CREDENTIAL_IDS.temporaryAkSkProject,
	CREDENTIAL_IDS.restrictedAllowsEmulator,
	CREDENTIAL_IDS.restrictedHuaweiOnly,
];

/** examples/06 as stored, with Huawei's endpoints and the photo pointed at the emulator. */
function anyApiExample(emulatorUrl) {
	const text = JSON.stringify(loadExample(EXAMPLES.anyApi.file))
		.split('https://ocr.cn-north-4.myhuaweicloud.com')
		.join(emulatorUrl)
		.split('https://iam.cn-north-4.myhuaweicloud.com')
		.join(emulatorUrl)
		.split('https://example.com/scans/')
		.join(`${emulatorUrl}/images/`);
	return JSON.parse(text);
}

function credentials(emulatorUrl, accounts) {
	const endpoints = { region: 'cn-north-4', ocrEndpoint: emulatorUrl, iamEndpoint: emulatorUrl };
	const ak = accounts.accessKey;
	const tmp = accounts.temporary;
	const user = accounts.iamUser;
	const akData = (extra) => ({
		authType: 'accessKey',
		accessKeyId: ak.accessKeyId,
		secretAccessKey: ak.secretAccessKey,
		...endpoints,
		...extra,
	});
	const tokenData = (extra) => ({
		authType: 'password',
		domainName: user.domainName,
		userName: user.userName,
		password: user.password,
		...endpoints,
		...extra,
	});
	const c = (id, name, data) => ({ id, name, type: 'huaweiCloudApi', data });
	return [
		c(CREDENTIAL_IDS.akSkWithProject, 'Huawei Cloud account', akData({ projectId: ak.projectId })),
		c(
			CREDENTIAL_IDS.akSkDiscover,
			'Huawei Cloud AK/SK (project looked up)',
			akData({ projectId: '' }),
		),
		c(
			CREDENTIAL_IDS.tokenWithProject,
			'Huawei Cloud IAM user (project id)',
			tokenData({ projectId: ak.projectId }),
		),
		c(
			CREDENTIAL_IDS.tokenDiscover,
			'Huawei Cloud IAM user (project looked up)',
			tokenData({ projectId: '' }),
		),
		c(CREDENTIAL_IDS.temporaryAkSk, 'Huawei Cloud temporary AK/SK', {
			authType: 'accessKey',
			accessKeyId: tmp.accessKeyId,
			secretAccessKey: tmp.secretAccessKey,
			securityToken: tmp.securityToken,
			projectId: '',
			...endpoints,
		}),
		c(CREDENTIAL_IDS.temporaryAkSkProject, 'Huawei Cloud temporary AK/SK (project id)', {
			authType: 'accessKey',
			accessKeyId: tmp.accessKeyId,
			secretAccessKey: tmp.secretAccessKey,
			securityToken: tmp.securityToken,
			projectId: tmp.projectId,
			...endpoints,
		}),
		// n8n 2.x's Allowed HTTP Request Domains, as the README says to fill them in (plus the emulator's host,
		// the endpoint override), and a list without the endpoint's host.
		c(
			CREDENTIAL_IDS.restrictedAllowsEmulator,
			'Huawei Cloud AK/SK (domains restricted)',
			akData({
				projectId: ak.projectId,
				allowedHttpRequestDomains: 'domains',
				allowedDomains: `*.myhuaweicloud.com, ${new URL(emulatorUrl).hostname}`,
			}),
		),
		c(
			CREDENTIAL_IDS.restrictedHuaweiOnly,
			'Huawei Cloud AK/SK (Huawei domains only)',
			akData({
				projectId: ak.projectId,
				allowedHttpRequestDomains: 'domains',
				allowedDomains: '*.myhuaweicloud.com',
			}),
		),
		c(
			CREDENTIAL_IDS.wrongSecret,
			'Huawei Cloud wrong secret',
			akData({ projectId: ak.projectId, secretAccessKey: 'not-the-right-secret' }),
		),
	];
}

/**
 * The files of folder `mixed`, in the order Read Files lists them: the card, then four photos that must reach
 * the error output (the first three refused locally without an API call, the last one refused by Huawei).
 * @param {(id: string, o: {format?: string, width?: number, height?: number}) => Buffer} makeFixtureImage
 * @returns {Record<string, Buffer>}
 */
function mixedBatch(makeFixtureImage) {
	return {
		'1-front-zhangsan.jpg': makeFixtureImage('front-zhangsan', {
			format: 'jpeg',
			width: 1000,
			height: 630,
		}),
		'2-too-small.png': makeFixtureImage('front-zhangsan', { format: 'png', width: 12, height: 8 }),
		'3-too-wide.jpg': makeFixtureImage('front-zhangsan', {
			format: 'jpeg',
			width: 9000,
			height: 300,
		}),
		'4-scan.pdf': Buffer.from(
			'%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
		),
		'5-unreadable.jpg': makeFixtureImage('unreadable-card', {
			format: 'jpeg',
			width: 1000,
			height: 630,
		}),
	};
}

/** Reads a stored workflow and points it at this run's folders and emulator. */
function loadWorkflow(file, { filesDir, emulatorUrl }) {
	const text = fs
		.readFileSync(path.join(WORKFLOWS_DIR, file), 'utf8')
		.split(PLACEHOLDER_FILES_DIR)
		.join(filesDir)
		.split(PLACEHOLDER_IMAGE_BASE)
		.join(`${emulatorUrl}/images/`);
	return JSON.parse(text);
}

/** The same workflow under another id/name, using another credential. */
function withCredential(workflow, { id, name, credentialId, credentialName }) {
	const copy = JSON.parse(JSON.stringify(workflow));
	copy.id = id;
	copy.name = name;
	for (const node of copy.nodes) {
		if (node.credentials && node.credentials.huaweiCloudApi)
			node.credentials.huaweiCloudApi = { id: credentialId, name: credentialName };
	}
	return copy;
}

async function prepare({ log = (m) => process.stderr.write(`[e2e] ${m}\n`) } = {}) {
	const timings = {};
	const time = async (label, fn) => {
		const t0 = Date.now();
		const out = await fn();
		timings[label] = (Date.now() - t0) / 1000;
		log(`${label}: ${timings[label].toFixed(1)} s`);
		return out;
	};

	const install = await time('n8n install (cached after the first run)', () => setup());
	const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-'));
	const userFolder = path.join(runDir, 'user');
	const filesDir = path.join(runDir, 'files');
	fs.mkdirSync(userFolder, { recursive: true });
	fs.mkdirSync(path.join(filesDir, 'portraits'), { recursive: true });
	log(`run folder ${runDir} (N8N_USER_FOLDER=${userFolder})`);

	const pack = await time('build + npm pack', () =>
		buildAndPack(path.join(runDir, 'pack'), { skipBuild: process.env.N8N_E2E_SKIP_BUILD === '1' }),
	);
	const packageDir = await time('install tarball into .n8n/nodes', () =>
		installIntoN8n(pack.tarball, userFolder),
	);

	// The emulator lives in this (jest's main) process for the whole run.
	const { startEmulator, DEFAULT_ACCOUNTS, makeFixtureImage, makeImage } = require(
		path.join(REPO, 'test', 'emulator'),
	);
	const emu = await startEmulator();
	for (const [folder, ids] of Object.entries(DISK_FIXTURES)) {
		fs.mkdirSync(path.join(filesDir, folder), { recursive: true });
		for (const id of ids)
			fs.writeFileSync(
				path.join(filesDir, folder, `${id}.jpg`),
				makeFixtureImage(id, { format: 'jpeg', width: 1000, height: 630 }),
			);
	}
	// The batch of issue 9: one readable card and four bad photos (too small, too wide, a PDF, unreadable).
	const mixed = path.join(filesDir, 'mixed');
	fs.mkdirSync(mixed, { recursive: true });
	for (const [file, bytes] of Object.entries(mixedBatch(makeFixtureImage)))
		fs.writeFileSync(path.join(mixed, file), bytes);
	// The photos of the document workflows (10 and on): each fixture module's e2ePhotos(), one folder each.
	for (const [folder, fixtures] of Object.entries(PHOTO_FOLDERS)) {
		fs.mkdirSync(path.join(filesDir, folder), { recursive: true });
		const photos = require(path.join(REPO, 'test', 'emulator', 'apis', fixtures)).e2ePhotos();
		for (const [file, bytes] of Object.entries(photos))
			fs.writeFileSync(path.join(filesDir, folder, file), bytes);
	}
	for (const id of URL_FIXTURES)
		emu.registerImage(
			`${id}.jpg`,
			makeFixtureImage(id, { format: 'jpeg', width: 1000, height: 630 }),
			'image/jpeg',
		);

	const env = { N8N_RUNNERS_BROKER_PORT: String(await freePort()) };
	const cli = new N8nCli({ install, userFolder, filesDir, env });
	await time('n8n import:credentials (creates the database)', () =>
		cli.importCredentials(credentials(emu.url, DEFAULT_ACCOUNTS)),
	);

	const ctx = { filesDir, emulatorUrl: emu.url };
	const workflowFiles = fs
		.readdirSync(WORKFLOWS_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort();
	const workflows = workflowFiles.map((f) => loadWorkflow(f, ctx));
	// The URL workflow once more with every credential variant.
	const urlWorkflow = workflows.find((w) => w.id === 'hwcOcrE2eUrl0002');
	const credentialRuns = {};
	for (const cred of credentials(emu.url, DEFAULT_ACCOUNTS)) {
		if (cred.id === CREDENTIAL_IDS.akSkWithProject) continue;
		const id = `hwcUrlWith${cred.id.slice(-6)}`;
		credentialRuns[cred.id] = id;
		workflows.push(
			withCredential(urlWorkflow, {
				id,
				name: `${urlWorkflow.name} [${cred.name}]`,
				credentialId: cred.id,
				credentialName: cred.name,
			}),
		);
	}
	// examples/06: the credential in n8n's HTTP Request node, once per credential kind and domain restriction.
	const anyApiRuns = {};
	for (const cred of credentials(emu.url, DEFAULT_ACCOUNTS)) {
		if (!HTTP_REQUEST_CREDENTIALS.includes(cred.id)) continue;
		const id = `hwcAnyApi${cred.id.slice(-7)}`;
		anyApiRuns[cred.id] = id;
		workflows.push(
			withCredential(anyApiExample(emu.url), {
				id,
				name: `Any Huawei Cloud API [${cred.name}]`,
				credentialId: cred.id,
				credentialName: cred.name,
			}),
		);
	}
	emu.registerImage(
		'table-price-list.jpg',
		makeImage({ format: 'jpeg', width: 1000, height: 630, marker: 'table-price-list' }),
		'image/jpeg',
	);
	await time(`n8n import:workflow (${workflows.length} workflows)`, () =>
		cli.importWorkflows(workflows),
	);

	const state = {
		runDir,
		userFolder,
		filesDir,
		packageDir,
		tarball: pack.tarball,
		tarballFiles: pack.files,
		install,
		env,
		emulatorUrl: emu.url,
		accounts: DEFAULT_ACCOUNTS,
		credentialIds: CREDENTIAL_IDS,
		credentialRuns,
		anyApiRuns,
		workflowFiles,
		timings,
		timingsFile: path.join(runDir, 'timings.jsonl'),
	};
	fs.writeFileSync(path.join(runDir, 'state.json'), JSON.stringify(state, null, 2));
	return { state, emu, statePath: path.join(runDir, 'state.json') };
}

module.exports = {
	prepare,
	loadWorkflow,
	withCredential,
	credentials,
	CREDENTIAL_IDS,
	DISK_FIXTURES,
	URL_FIXTURES,
	PLACEHOLDER_FILES_DIR,
	PLACEHOLDER_IMAGE_BASE,
};
