'use strict';
/*
 * Every example workflow imports into a real n8n 2.41 as stored, and its offline part runs with `n8n execute`
 * against the Huawei emulator (see jest.config.js). Uses the demo's environment (scripts/lib/demo.js) in a
 * temporary folder.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { prepareDemo, runHeadline } = require('../../scripts/lib/demo');
const {
	EXAMPLES,
	exampleFiles,
	loadExample,
	offlineVariant,
} = require('../../scripts/lib/examples');
const { nodeOutput } = require('../e2e/lib/n8n');
const { startFakeOpenAi } = require('./fake-openai');

const ZHANGSAN = '110101199003070118';
const ZHANGSAN_MASKED = '110101********0118';

let demo;
let fake;
let root;
const timings = [];

function readCsv(file) {
	const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
	const [head, ...lines] = text.trim().split(/\r?\n/);
	const cols = head.split(',');
	return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
}

async function execute(workflow) {
	const r = await demo.cli.execute(workflow.id, { timeoutMs: 180000 });
	timings.push([`n8n execute ${workflow.name}`, r.ms]);
	if (!r.run)
		throw new Error(
			`no run data for ${workflow.id} (exit ${r.code})\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`,
		);
	const describe = () =>
		`status ${r.run.status}\n${JSON.stringify(r.run.data.resultData.error || null, null, 2).slice(0, 3000)}\n${r.stdout.slice(-2000)}`;
	return { ...r, output: (node, i = 0) => nodeOutput(r.run, node, i) || [], describe };
}

beforeAll(async () => {
	const t0 = Date.now();
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-examples-'));
	demo = await prepareDemo({
		root,
		skipBuild: process.env.N8N_E2E_SKIP_BUILD === '1',
		log: (m) => process.stderr.write(`[examples] ${m}\n`),
	});
	fake = await startFakeOpenAi();
	await demo.cli.importCredentials([
		{
			id: 'openAiDemoAcct01',
			name: 'OpenAI account',
			type: 'openAiApi',
			data: { apiKey: 'sk-dummy-example-key', url: fake.url },
		},
	]);
	timings.push(['environment (build, pack, install, imports)', Date.now() - t0]);
});

afterAll(async () => {
	if (fake) await fake.close();
	if (demo) await demo.close();
	process.stderr.write(
		`\nexample workflow timings\n${timings.map(([l, ms]) => `  ${l.slice(0, 90).padEnd(92)} ${(ms / 1000).toFixed(1)} s`).join('\n')}\n`,
	);
	if (root && process.env.N8N_E2E_KEEP !== '1') fs.rmSync(root, { recursive: true, force: true });
	else if (root) process.stderr.write(`kept ${root}\n`);
});

test('every example in examples/ is an n8n workflow that imports as stored', async () => {
	const files = exampleFiles();
	expect(files.length).toBeGreaterThanOrEqual(4);
	const ids = files.map((f) => loadExample(f).id);
	expect(ids).toEqual(expect.arrayContaining(Object.values(EXAMPLES).map((e) => e.id)));
	// prepareDemo imported them (with the files folder pointed at this run); import the untouched files once more
	await demo.cli.importWorkflows(files.map((f) => loadExample(f)));
	const list = await demo.cli.runOk(['list:workflow']);
	for (const id of ids) expect(list.stdout).toContain(`${id}|`);
	for (const f of files) {
		const wf = loadExample(f);
		const ocr = wf.nodes.filter((n) => n.type.startsWith('n8n-nodes-huaweicloud-ocr.'));
		// the OCR node, or n8n's HTTP Request node with the Huawei Cloud API credential (any other API)
		const withCredential = wf.nodes.filter(
			(n) =>
				n.type.startsWith('n8n-nodes-huaweicloud-ocr.') ||
				(n.type === 'n8n-nodes-base.httpRequest' &&
					n.parameters.nodeCredentialType === 'huaweiCloudApi'),
		);
		expect(withCredential.length).toBeGreaterThan(0);
		for (const n of withCredential)
			expect(n.credentials.huaweiCloudApi).toEqual({
				id: 'hwcOcrDemoAkSk01',
				name: 'Huawei Cloud account',
			});
		for (const n of ocr.filter((x) => x.type === 'n8n-nodes-huaweicloud-ocr.huaweiCloudOcr'))
			expect(n.onError).toBe('continueErrorOutput');
	}
	// back to the copies that point at this run's files
	await demo.cli.importWorkflows(demo.workflows);
});

test('folder of scans → OCR → CSV: cards to id-cards.csv, the unreadable photo to needs-review.csv (error output)', async () => {
	const r = await runHeadline(demo);
	timings.push(['n8n execute headline (folder → CSV)', r.ms]);
	expect(r.run.status).toBe('success');
	const main = r.rows.filter((x) => x.output === 'main');
	const errors = r.rows.filter((x) => x.output === 'error');
	expect(main).toHaveLength(7);
	expect(errors).toHaveLength(1);
	expect(main.find((x) => x.file === '01-zhangsan-front.jpg')).toMatchObject({
		side: 'front',
		name: '张三',
		sex: '男',
		birth: '1990-03-07',
		number: ZHANGSAN,
		'checks.passed': true,
	});
	expect(main.find((x) => x.file === '05-batu-back.jpg')).toMatchObject({
		side: 'back',
		valid_to: '长期',
		'checks.passed': true,
	});
	expect(main.find((x) => x.file === '06-wangwu-front.jpg')['checks.passed']).toBe(false);
	expect(main.find((x) => x.file === '07-old-card-back.jpg')['checks.passed']).toBe(false);
	expect(errors[0]).toMatchObject({ file: '08-holiday-photo.jpg' });
	expect(errors[0].json.error).toMatchObject({ error_code: 'AIS.0104', api_called: true });

	const cards = readCsv(path.join(demo.filesDir, 'output', 'id-cards.csv'));
	expect(cards.map((c) => c.file)).toEqual(main.map((x) => x.file));
	expect(cards[0]).toMatchObject({
		file: '01-zhangsan-front.jpg',
		name: '张三',
		number: ZHANGSAN,
		checks_passed: 'TRUE',
	});
	const review = readCsv(path.join(demo.filesDir, 'output', 'needs-review.csv'));
	expect(review).toEqual([
		expect.objectContaining({
			file: '08-holiday-photo.jpg',
			error_code: 'AIS.0104',
			api_called: 'TRUE',
		}),
	]);
});

test('email attachments → OCR → Google Sheets, offline: IMAP replaced by files, the sheets by CSV files', async () => {
	const { workflow, swapped } = offlineVariant(
		loadExample(EXAMPLES.email.file, { filesDir: demo.filesDir }),
		{ filesDir: demo.filesDir },
	);
	expect(swapped.sort()).toEqual([
		'Append to ID cards sheet',
		'Append to review sheet',
		'New email with ID card',
	]);
	await demo.cli.importWorkflows(workflow);
	const r = await execute(workflow);
	expect(r.run.status).toBe('success');
	const ok = r.output('Recognize ID card', 0);
	const failed = r.output('Recognize ID card', 1);
	expect(ok).toHaveLength(1);
	expect(ok[0].json).toMatchObject({ name: '李娜娜', side: 'front' });
	expect(failed).toHaveLength(1);
	expect(failed[0].json).toMatchObject({
		attachment: 'scan.jpg',
		from: 'Applicant <applicant@example.com>',
		error: { error_code: 'AIS.0105' },
	});

	const sheet = readCsv(path.join(demo.filesDir, 'output', 'sheet-id-cards.csv'));
	expect(sheet).toEqual([
		expect.objectContaining({
			attachment: 'front.jpg',
			from: 'Applicant <applicant@example.com>',
			name: '李娜娜',
			checks_passed: 'TRUE',
		}),
	]);
	const review = readCsv(path.join(demo.filesDir, 'output', 'sheet-needs-review.csv'));
	expect(review).toEqual([
		expect.objectContaining({
			attachment: 'scan.jpg',
			subject: 'My ID card',
			error_code: 'AIS.0105',
		}),
	]);
});

test('form upload → OCR → form response, offline: the completion page text for a readable card', async () => {
	const { workflow, swapped } = offlineVariant(
		loadExample(EXAMPLES.form.file, { filesDir: demo.filesDir }),
		{
			filesDir: demo.filesDir,
			formFields: { 'Full name': '张三' },
		},
	);
	expect(swapped.sort()).toEqual([
		'Ask for a better photo',
		'ID card upload form',
		'Show the card',
	]);
	await demo.cli.importWorkflows(workflow);
	const r = await execute(workflow);
	expect(r.run.status).toBe('success');
	const page = r.output('Show the card');
	expect(page).toHaveLength(1);
	expect(page[0].json.completionTitle).toBe('Thank you, your card was read');
	expect(page[0].json.completionMessage).toContain('Name: 张三 (matches the name you typed)');
	expect(page[0].json.completionMessage).toContain(`ID number: ${ZHANGSAN_MASKED}`);
	expect(page[0].json.completionMessage).not.toContain(ZHANGSAN);
	expect(r.output('Ask for a better photo')).toHaveLength(0);
});

test('form upload → OCR → form response, offline: an unreadable photo gets the "better photo" page (error output)', async () => {
	const { workflow } = offlineVariant(
		loadExample(EXAMPLES.form.file, { filesDir: demo.filesDir }),
		{
			filesDir: demo.filesDir,
			formFields: { 'Full name': '张三' },
			formFolder: 'form-unreadable',
			idSuffix: 'OffE',
		},
	);
	await demo.cli.importWorkflows(workflow);
	const r = await execute(workflow);
	expect(r.run.status).toBe('success');
	expect(r.output('Show the card')).toHaveLength(0);
	const page = r.output('Ask for a better photo');
	expect(page).toHaveLength(1);
	expect(page[0].json.completionTitle).toBe('We could not read that photo');
	expect(page[0].json.completionMessage).toMatch(/Please take a sharper photo/);
});

test('AI Agent with the OCR node as a tool, offline: a scripted chat model calls the tool, which reads the card (masked)', async () => {
	const url = `${demo.emulatorUrl}/images/front-zhangsan.jpg`;
	const { workflow, swapped } = offlineVariant(
		loadExample(EXAMPLES.agent.file, { filesDir: demo.filesDir }),
		{
			filesDir: demo.filesDir,
			chatInput: `Whose ID card is this? ${url}`,
		},
	);
	expect(swapped).toEqual(['When chat message received']);
	await demo.cli.importWorkflows(workflow);
	const before = (await (await fetch(`${demo.emulatorUrl}/__emulator/stats`)).json()).ocrCalls;
	const r = await execute(workflow);
	expect(r.run.status).toBe('success');
	const answer = r.output('AI Agent');
	expect(answer).toHaveLength(1);
	expect(answer[0].json.output).toContain(ZHANGSAN_MASKED);
	expect(answer[0].json.output).not.toContain(ZHANGSAN);
	// the model saw the tool, called it with the URL, and got the masked card back
	const calls = fake.requests.filter((q) => /chat\/completions$/.test(q.url));
	expect(calls.length).toBeGreaterThanOrEqual(2);
	expect(calls[0].body.tools.map((t) => t.function.name)).toEqual([
		expect.stringMatching(/Read_ID_card/i),
	]);
	const toolMessage = calls[calls.length - 1].body.messages.find((m) => m.role === 'tool');
	expect(JSON.stringify(toolMessage)).toContain(ZHANGSAN_MASKED);
	expect(JSON.stringify(calls)).not.toContain(ZHANGSAN);
	const after = (await (await fetch(`${demo.emulatorUrl}/__emulator/stats`)).json()).ocrCalls;
	expect(after - before).toBe(1);
	expect(r.run.data.resultData.runData['Read ID card']).toBeDefined();
});

test('supplier onboarding, offline: business licence + the representative ID card found by Auto-Classify → one checked row per supplier', async () => {
	const workflow = loadExample(EXAMPLES.supplier.file, { filesDir: demo.filesDir });
	await demo.cli.importWorkflows(workflow);
	const r = await execute(workflow);
	expect(r.run.status).toBe('success');
	// one ID card per file: from the photo, and from page 2 of the PDF (PDF Page Number by expression)
	const cards = r.output(EXAMPLES.supplier.ocrNode, 0);
	expect(cards.map((c) => c.json.type)).toEqual(['id_card', 'id_card']);
	expect(r.output(EXAMPLES.supplier.ocrNode, 1)).toHaveLength(0);
	const rows = readCsv(path.join(demo.filesDir, 'output', 'suppliers.csv'));
	expect(rows).toEqual([
		expect.objectContaining({
			file: '01-shenzhen-licence-and-id.jpg',
			company: '深圳市示例云科技有限公司',
			credit_code: '91440300MA5D12340D',
			licence_checks_passed: 'TRUE',
			legal_representative: '李建国',
			id_card_name: '李建国',
			// 440305197504120316: Σ digit × weight = 237, 237 mod 11 = 6 → check character '6' ✓
			id_number: '440305197504120316',
			id_checks_passed: 'TRUE',
			representative_matches: 'TRUE',
			all_checks_passed: 'TRUE',
		}),
		expect.objectContaining({
			file: '02-shanghai-pack.pdf',
			company: '上海示例贸易有限公司',
			credit_code: '91310115MA1H2468XE',
			legal_representative: '欧阳明华',
			id_card_name: '欧阳明华',
			// 310115196809230531: Σ = 276, 276 mod 11 = 1 → '0' expected, '1' printed ✗
			id_number: '310115196809230531',
			id_checks_passed: 'FALSE',
			representative_matches: 'TRUE',
			all_checks_passed: 'FALSE',
		}),
	]);
});

describe('HR onboarding, offline: one form submission (ID card, household register page, bank card) → one checked row', () => {
	/** The example with the form swapped for the three photos of `folder` (see offlineVariant). */
	async function runSubmission(folder, idSuffix) {
		const { workflow, swapped } = offlineVariant(
			loadExample(EXAMPLES.hr.file, { filesDir: demo.filesDir }),
			{
				filesDir: demo.filesDir,
				formFields: { 'Full name': '张三' },
				formFolder: folder,
				idSuffix,
			},
		);
		expect(swapped).toEqual(['Onboarding form']);
		for (const file of ['onboarding.csv', 'onboarding-review.csv'])
			fs.rmSync(path.join(demo.filesDir, 'output', file), { force: true });
		await demo.cli.importWorkflows(workflow);
		const r = await execute(workflow);
		expect(r.run.status).toBe('success');
		return r;
	}

	test('the three documents pass their checks and agree: one row in onboarding.csv, none to review', async () => {
		const r = await runSubmission('onboarding', 'OnbA');
		expect(r.output('Read ID card', 0)).toHaveLength(1);
		const register = r.output(EXAMPLES.hr.ocrNode, 0);
		expect(register).toHaveLength(1);
		expect(register[0].json.checks).toMatchObject({ passed: true, member_count: 1 });
		expect(r.output('Review row')).toHaveLength(0);
		const rows = readCsv(path.join(demo.filesDir, 'output', 'onboarding.csv'));
		expect(rows).toEqual([
			expect.objectContaining({
				full_name: '张三',
				id_card_name: '张三',
				id_number: ZHANGSAN,
				register_relationship: '户主',
				bank: '中国工商银行',
				// 6205500000000000004: Luhn ✓ (test/emulator/apis/bankcard.fixtures.js)
				card_number: '6205500000000000004',
				name_matches_form: 'TRUE',
				on_household_register: 'TRUE',
				review_reason: '',
			}),
		]);
		expect(fs.existsSync(path.join(demo.filesDir, 'output', 'onboarding-review.csv'))).toBe(false);
	});

	test("a register page failing its member's GB 11643 check goes to review with the reason; no onboarding row", async () => {
		const r = await runSubmission('onboarding-review', 'OnbR');
		expect(r.output(EXAMPLES.hr.ocrNode, 0)).toHaveLength(0);
		const failed = r.output(EXAMPLES.hr.ocrNode, 1);
		expect(failed).toHaveLength(1);
		expect(failed[0].json.error).toMatchObject({ error_code: 'CHECKS_FAILED' });
		expect(r.output('Read bank card', 0)).toHaveLength(0);
		const review = readCsv(path.join(demo.filesDir, 'output', 'onboarding-review.csv'));
		expect(review).toEqual([
			expect.objectContaining({
				full_name: '张三',
				document: 'local checks',
				error_code: 'CHECKS_FAILED',
				reason: expect.stringContaining(
					'member 1: ID number check character is wrong (GB 11643-1999)',
				),
			}),
		]);
		expect(fs.existsSync(path.join(demo.filesDir, 'output', 'onboarding.csv'))).toBe(false);
	});
});
