'use strict';
/*
 * A user who has installed the package adds the node the way n8n's editor offers it: in a workflow with a
 * trigger, the node panel ("What happens next?"), a search, the node, one of its actions (a resource), then
 * the credential dialog. One suite per n8n version (nodePanel*.browser.test.js).
 */
const path = require('node:path');

const { HEADLINE } = require('../../../scripts/lib/examples');
const { openEditor, ARTIFACTS } = require('./editor');

/** @param {string} version */
function nodePanelSuite(version) {
	/** @type {any} */ let editor;
	/** @type {any} */ let page;

	beforeAll(async () => {
		editor = await openEditor(version);
		page = editor.page;
		await page.goto(`${editor.server.url}/workflow/${HEADLINE.id}`);
		await page.locator('[data-test-id="canvas-node"]').first().waitFor();
	});
	afterAll(async () => {
		if (page)
			await page
				.screenshot({ path: path.join(ARTIFACTS, `${version}-last-page.png`) })
				.catch(() => {});
		if (editor) await editor.close();
	});

	async function openNodePanel() {
		await page.keyboard.press('Escape'); // closes the node details view or the panel, if open
		await page.locator('[data-test-id="ndv"]').waitFor({ state: 'hidden' });
		await page.locator('[data-test-id="node-creator-plus-button"]').first().click();
		const search = page.locator('[data-test-id="node-creator-search-bar"]');
		await search.waitFor();
		return search;
	}
	const item = (/** @type {string} */ name) =>
		page.locator('[data-test-id="node-creator-item-name"]', { hasText: name });

	test.each(['Huawei', 'ID card', 'OCR', 'passport'])(
		`n8n ${version}: the node panel search "%s" lists Huawei Cloud OCR`,
		async (query) => {
			const search = await openNodePanel();
			await search.fill(query);
			await item('Huawei Cloud OCR').first().waitFor();
			await expect(item('Huawei Cloud OCR').count()).resolves.toBeGreaterThan(0);
			await page.screenshot({
				path: path.join(ARTIFACTS, `${version}-node-panel-${query.replace(/\W+/g, '-')}.png`),
			});
		},
	);

	test(`n8n ${version}: add the node from the panel, pick Passport, open the credential dialog`, async () => {
		const search = await openNodePanel();
		await search.fill('Huawei');
		await item('Huawei Cloud OCR').first().click();
		// the node's actions, one per resource
		const creator = page.locator('[data-test-id="node-creator"]');
		await creator.getByText('Recognize a passport').waitFor();
		const actions = await creator.innerText();
		for (const action of ['Recognize an ID card', 'Recognize a bank card', 'Recognize text'])
			expect(actions).toContain(action);
		await item('Recognize a passport').first().click();
		const ndv = page.locator('[data-test-id="ndv"]');
		await ndv.waitFor();
		const params = ndv.locator('[data-test-id="node-parameters"]');
		await expect(
			params.locator('[data-test-id="parameter-input-resource"] input').first().inputValue(),
		).resolves.toBe('Passport');
		await expect(params.innerText()).resolves.toContain('Country Code');
		// the instance's one Huawei Cloud API credential is selected; open its dialog
		await expect(
			ndv.locator('[data-test-id="node-credentials-select"] input').first().inputValue(),
		).resolves.toBe('Huawei Cloud account');
		await ndv.locator('[data-test-id="credential-edit-button"]').click();
		const dialog = page.locator('[data-test-id="editCredential-modal"]');
		await dialog.waitFor();
		// the dialog tests the credential as it opens (the node's Test, against the emulator)
		await dialog.getByText('Connection tested successfully').waitFor();
		const text = await dialog.innerText();
		for (const label of [
			'Authentication',
			'Access Key ID',
			'Secret Access Key',
			'Region',
			'Project ID',
		])
			expect(text).toContain(label);
		// n8n (1.123 and 2.x) adds its domain restriction to credentials that sign requests (docs: what to enter)
		expect(text).toContain('Allowed HTTP Request Domains');
		await page.screenshot({ path: path.join(ARTIFACTS, `${version}-credential-dialog.png`) });
	});
}

module.exports = { nodePanelSuite };
