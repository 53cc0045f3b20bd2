'use strict';
/*
 * Headless Chromium (Debian's `chromium`, driven by playwright-core) opens the demo's n8n editor, signs in as the
 * demo owner, opens the headline example, runs it, opens the OCR node and takes screenshots that show the node's
 * icon, its parameters and the run's output. Asserts that the parameter labels and the output fields are on the
 * page. Screenshots: artifacts/browser/*.png (N8N_BROWSER_UPDATE_DOCS=1 also refreshes docs/demo-screenshot.png).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { chromium } = require('playwright-core');
const { prepareDemo, startN8n, freePort } = require('../../scripts/lib/demo');
const { HEADLINE, REPO } = require('../../scripts/lib/examples');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARTIFACTS = path.join(REPO, 'artifacts', 'browser');
const DOCS_SCREENSHOT = path.join(REPO, 'docs', 'demo-screenshot.png');
const ICON_PATH = 'icons/n8n-nodes-huaweicloud-ocr/dist/icons/huaweiCloudOcr';
const UI_TIMEOUT = 60000;

let root;
let demo;
let server;
let context;
let page;
const timings = [];
const consoleErrors = [];

async function timed(label, fn) {
	const t0 = Date.now();
	const out = await fn();
	timings.push([label, Date.now() - t0]);
	return out;
}

beforeAll(async () => {
	if (!fs.existsSync(CHROMIUM)) {
		throw new Error(
			`no Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`,
		);
	}
	fs.mkdirSync(ARTIFACTS, { recursive: true });
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-browser-'));
	demo = await timed('environment (build, pack, install, imports)', () =>
		prepareDemo({
			root,
			skipBuild: process.env.N8N_E2E_SKIP_BUILD === '1',
			log: (m) => process.stderr.write(`[browser] ${m}\n`),
		}),
	);
	server = await timed('n8n start', async () => startN8n(demo, { port: await freePort() }));
	context = await timed('Chromium launch', () =>
		chromium.launchPersistentContext(path.join(root, 'chromium-profile'), {
			executablePath: CHROMIUM,
			headless: true,
			viewport: { width: 1600, height: 960 },
			locale: 'en-US',
			timezoneId: 'Asia/Shanghai',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		}),
	);
	page = context.pages()[0] || (await context.newPage());
	page.setDefaultTimeout(UI_TIMEOUT);
	page.on('console', (m) => {
		if (m.type() === 'error') consoleErrors.push(m.text());
	});
});

afterAll(async () => {
	if (
		page &&
		(!fs.existsSync(path.join(ARTIFACTS, 'ocr-node.png')) || process.env.N8N_BROWSER_FAILED)
	) {
		await page.screenshot({ path: path.join(ARTIFACTS, 'last-page.png') }).catch(() => {});
	}
	if (context) await context.close().catch(() => {});
	if (demo) await demo.close();
	process.stderr.write(
		`\nbrowser test timings\n${timings.map(([l, ms]) => `  ${l.padEnd(48)} ${(ms / 1000).toFixed(1)} s`).join('\n')}\n`,
	);
	if (consoleErrors.length)
		process.stderr.write(
			`browser console errors (${consoleErrors.length}), first: ${consoleErrors.slice(0, 3).join(' | ').slice(0, 600)}\n`,
		);
	if (root && process.env.N8N_E2E_KEEP !== '1') fs.rmSync(root, { recursive: true, force: true });
});

/** Closes n8n's notifications ("Workflow executed successfully") so that they do not cover the picture. */
async function closeToasts() {
	const close = page.locator('.el-notification .el-notification__closeBtn');
	for (let i = 0; i < 5 && (await close.count()) > 0; i++)
		await close
			.first()
			.click()
			.catch(() => {});
	await page
		.locator('.el-notification')
		.first()
		.waitFor({ state: 'detached', timeout: 5000 })
		.catch(() => {});
}

const node = (name) => page.locator('[data-test-id="canvas-node"]', { hasText: name });

test('sign in as the demo owner and open the example workflow', async () => {
	await timed('sign in', async () => {
		await page.goto(`${server.url}/signin`);
		await page.locator('input[name="emailOrLdapLoginId"]').fill(server.owner.email);
		await page.locator('input[name="password"]').fill(server.owner.password);
		await page.locator('[data-test-id="form-submit-button"]').click();
		await page.waitForURL((u) => !/\/signin/.test(u.pathname));
	});
	await timed('open the workflow', async () => {
		await page.goto(`${server.url}/workflow/${HEADLINE.id}`);
		await node(HEADLINE.ocrNode).waitFor();
	});
	// the node's own icon, served from the installed package
	const icon = node(HEADLINE.ocrNode).locator(`img[src*="${ICON_PATH}"]`);
	await expect(icon.count()).resolves.toBeGreaterThan(0);
	await expect(icon.first().isVisible()).resolves.toBe(true);
	await expect(node(HEADLINE.ocrNode).innerText()).resolves.toContain('recognize: idCard');
});

test('run the workflow from the editor; the OCR node succeeds, with the error branch taken', async () => {
	await timed('run the workflow in the editor', async () => {
		await page.locator('[data-test-id="execute-workflow-button"]').click();
		for (const last of ['Write id-cards.csv', 'Write needs-review.csv']) {
			await node(last).locator('[data-test-id="canvas-node-status-success"]').waitFor();
		}
	});
	await expect(
		node(HEADLINE.ocrNode).locator('[data-test-id="canvas-node-status-success"]').count(),
	).resolves.toBe(1);
	await page.screenshot({ path: path.join(ARTIFACTS, 'workflow-after-run.png') });
	expect(fs.existsSync(path.join(demo.filesDir, 'output', 'id-cards.csv'))).toBe(true);
});

test('the OCR node panel shows the icon, the parameters and the output; screenshot', async () => {
	await timed('open the node panel', async () => {
		await node(HEADLINE.ocrNode).dblclick();
		await page.locator('[data-test-id="ndv"]').waitFor();
	});
	const ndv = page.locator('[data-test-id="ndv"]');
	const params = ndv.locator('[data-test-id="node-parameters"]');
	const output = ndv.locator('[data-test-id="output-panel"]');
	await params.waitFor();
	await output.waitFor();

	// the input as a table (the photos' file names), the output as JSON (the first card with every field)
	await ndv.locator('[data-test-id="ndv-input-panel"] [data-test-id="radio-button-table"]').click();
	await output.locator('[data-test-id="radio-button-json"]').click();
	await output.getByText('110101199003070118').first().waitFor();
	await closeToasts();
	await page.waitForTimeout(300); // let the panel settle before the picture
	const shot = path.join(ARTIFACTS, 'ocr-node.png');
	await page.screenshot({ path: shot });

	const paramText = await params.innerText();
	for (const label of [
		'Credential',
		'Resource',
		'Operation',
		'Image Source',
		'Input Binary Field',
		'Side',
		'Options',
	]) {
		expect(paramText).toContain(label);
	}
	// selected values sit in the inputs
	const value = (name) =>
		params.locator(`[data-test-id="parameter-input-${name}"] input`).first().inputValue();
	await expect(value('imageSource')).resolves.toBe('Binary File');
	await expect(value('binaryPropertyName')).resolves.toBe('data');
	await expect(value('side')).resolves.toBe('Auto-Detect');
	const outText = await output.innerText();
	for (const field of ['"side"', '"name"', '"number"', '"birth"', '"checks"', '"passed"'])
		expect(outText).toContain(field);
	expect(outText).toContain('110101199003070118');
	expect(outText).toContain('张三');
	expect(outText).toMatch(/Success Branch \(7 items?\)/);
	expect(outText).toMatch(/Error Branch \(1 item\)/);
	// the header carries the node's icon
	await expect(ndv.locator(`img[src*="${ICON_PATH}"]`).count()).resolves.toBeGreaterThan(0);

	const bytes = fs.statSync(shot).size;
	expect(bytes).toBeGreaterThan(20000);
	if (process.env.N8N_BROWSER_UPDATE_DOCS === '1') {
		fs.mkdirSync(path.dirname(DOCS_SCREENSHOT), { recursive: true });
		fs.copyFileSync(shot, DOCS_SCREENSHOT);
	}
});

test('the error branch lists the unreadable photo with Huawei’s error code', async () => {
	const output = page.locator('[data-test-id="ndv"] [data-test-id="output-panel"]');
	await output.getByText(/Error Branch/).click();
	await output.getByText('AIS.0104').first().waitFor();
	const text = await output.innerText();
	expect(text).toContain('08-holiday-photo.jpg');
	expect(text).toContain('"error_code"');
	await page.screenshot({ path: path.join(ARTIFACTS, 'ocr-node-error-branch.png') });
});
