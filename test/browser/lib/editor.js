'use strict';
/*
 * What the browser tests share: the demo's n8n (scripts/lib/demo.js) on one n8n version, headless Chromium
 * (Debian's `chromium`, driven by playwright-core), and signing in as the demo owner the way each version
 * allows (n8n 2.x sets the owner up from the environment; 1.x shows "Set up owner account" first, which the
 * test fills in over n8n's REST API, as the form would).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const REPO = path.resolve(__dirname, '..', '..', '..');
const ARTIFACTS = path.join(REPO, 'artifacts', 'browser');
const UI_TIMEOUT = 60000;

/**
 * Starts the demo's n8n for `version` (installed once into the e2e cache) and a browser page signed in.
 * @param {string} version n8n version, e.g. 2.41.1
 */
async function openEditor(version) {
	if (!fs.existsSync(CHROMIUM)) {
		throw new Error(
			`no Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`,
		);
	}
	// setup-n8n reads the version when it is loaded (jest gives each test file its own modules)
	const previous = process.env.N8N_E2E_VERSION;
	process.env.N8N_E2E_VERSION = version;
	const { prepareDemo, startN8n, freePort } = require('../../../scripts/lib/demo');
	fs.mkdirSync(ARTIFACTS, { recursive: true });
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-browser-'));
	const editor = {
		root,
		/** @type {any} */ demo: undefined,
		/** @type {any} */ server: undefined,
		/** @type {any} */ context: undefined,
		/** @type {any} */ page: undefined,
		async close() {
			if (editor.context) await editor.context.close().catch(() => {});
			if (editor.demo) await editor.demo.close();
			if (previous === undefined) delete process.env.N8N_E2E_VERSION;
			else process.env.N8N_E2E_VERSION = previous;
			if (process.env.N8N_E2E_KEEP !== '1') fs.rmSync(root, { recursive: true, force: true });
		},
	};
	try {
		editor.demo = await prepareDemo({
			root,
			skipBuild: process.env.N8N_E2E_SKIP_BUILD === '1',
			log: (/** @type {string} */ m) => process.stderr.write(`[browser ${version}] ${m}\n`),
		});
		editor.server = await startN8n(editor.demo, { port: await freePort() });
		editor.context = await chromium.launchPersistentContext(path.join(root, 'chromium-profile'), {
			executablePath: CHROMIUM,
			headless: true,
			viewport: { width: 1600, height: 960 },
			locale: 'en-US',
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
		});
		editor.page = editor.context.pages()[0] || (await editor.context.newPage());
		editor.page.setDefaultTimeout(UI_TIMEOUT);
		await signIn(editor.page, editor.server);
	} catch (error) {
		await editor.close();
		throw error;
	}
	return editor;
}

/** @param {any} page @param {any} server */
async function signIn(page, server) {
	const { email, password } = server.owner;
	await page.goto(`${server.url}/signin`);
	const form = page.locator('input[name="emailOrLdapLoginId"]');
	const setup = page.getByText('Set up owner account');
	await form.or(setup).first().waitFor();
	if (await setup.isVisible()) {
		const res = await page.request.post(`${server.url}/rest/owner/setup`, {
			data: { email, firstName: 'Demo', lastName: 'Owner', password },
		});
		if (res.status() !== 200) throw new Error(`owner setup: ${res.status()} ${await res.text()}`);
		await page.goto(`${server.url}/home/workflows`);
		return;
	}
	await form.fill(email);
	await page.locator('input[name="password"]').fill(password);
	await page.locator('[data-test-id="form-submit-button"]').click();
	await page.waitForURL((/** @type {URL} */ u) => !/\/signin/.test(u.pathname));
}

module.exports = { openEditor, ARTIFACTS };
