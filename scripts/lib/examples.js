'use strict';
/*
 * The example workflows of examples/: loading them for a local n8n (the demo, the tests), the sample photos
 * they read, the demo credential they point at, and "offline variants" for CI, in which the nodes that need
 * outside services (IMAP, Google Sheets, the n8n Form pages, the chat trigger) are swapped for nodes that read
 * and write files, so that everything else runs unchanged in `n8n execute`.
 *
 * Plain JavaScript: used by scripts/demo.js (no build step) and by test/examples and test/browser.
 */
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..', '..');
const EXAMPLES_DIR = path.join(REPO, 'examples');

/** The folder the stored examples read and write (n8n 2.x's default allowed folder in Docker); a run replaces it. */
const PLACEHOLDER_FILES_DIR = '/home/node/.n8n-files';

/** The credential every example's OCR node points at (same id, so an import binds to it). */
const DEMO_CREDENTIAL = { id: 'hwcOcrDemoAkSk01', name: 'Huawei Cloud account' };

const EXAMPLES = {
	folder: {
		file: '01-folder-to-csv.json',
		id: 'hwcOcrExFolder01',
		ocrNode: 'Recognize ID card',
		readNode: 'Read ID card scans',
	},
	email: {
		file: '02-email-to-google-sheets.json',
		id: 'hwcOcrExEmail001',
		ocrNode: 'Recognize ID card',
	},
	form: { file: '03-form-upload.json', id: 'hwcOcrExForm0001', ocrNode: 'Recognize ID card' },
	agent: { file: '04-ai-agent-tool.json', id: 'hwcOcrExAgent001', ocrNode: 'Read ID card' },
	supplier: {
		file: '05-supplier-onboarding.json',
		id: 'hwcOcrExSupplr01',
		ocrNode: "Find representative's ID card",
	},
	hr: { file: '07-hr-onboarding.json', id: 'hwcOcrExHrOnbd01', ocrNode: 'Read household register' },
	// n8n's HTTP Request node with this package's credential, for APIs the node has no resource for
	anyApi: {
		file: '06-any-huawei-api-http-request.json',
		id: 'hwcOcrExAnyApi01',
		tableNode: 'Recognize the table (general-table)',
		iamNode: "List the region's projects (IAM)",
	},
};
const HEADLINE = EXAMPLES.folder;

/**
 * Sample photos (emulator fixtures; the emulator knows each one by a marker inside the image) per folder:
 * [file name, fixture id]. id-cards/ is the headline example's mixed batch.
 */
const SAMPLE_PHOTOS = {
	'id-cards': [
		['01-zhangsan-front.jpg', 'front-zhangsan'],
		['02-zhangsan-back.jpg', 'back-beijing'],
		['03-lina-front.jpg', 'front-lina-x'],
		['04-aynur-front.jpg', 'front-minority'],
		['05-batu-back.jpg', 'back-long-term'],
		['06-wangwu-front.jpg', 'front-bad-checksum'],
		['07-old-card-back.jpg', 'back-expired'],
		['08-holiday-photo.jpg', 'not-a-card'],
	],
	// the email example's offline run: attachments of one incoming email each
	inbox: [
		['front.jpg', 'front-lina-x'],
		['scan.jpg', 'unreadable-card'],
	],
	// the form example's offline runs: one upload each
	form: [['my-id-card.jpg', 'front-zhangsan']],
	'form-unreadable': [['blurry-photo.jpg', 'unreadable-card']],
	// the supplier-onboarding example: a photo of a licence beside its representative's ID card, and a two-page
	// PDF (licence, then ID card); the ids are business-licence fixtures the auto-classification fixtures share
	suppliers: [
		['01-shenzhen-licence-and-id.jpg', 'licence-company'],
		['02-shanghai-pack.pdf', 'licence-fixed-term'],
	],
	// the HR onboarding example's offline runs: one form submission of three photos each (file name = the form
	// field's label, see offlineVariant); in the second the register page's ID number has a wrong check character
	onboarding: [
		['id-card.jpg', 'front-zhangsan'],
		['household-register-page.jpg', 'household-page'],
		['bank-card.jpg', 'bankcard-unionpay-debit'],
	],
	'onboarding-review': [
		['id-card.jpg', 'front-zhangsan'],
		['household-register-page.jpg', 'hr-bad-check-digit'],
		['bank-card.jpg', 'bankcard-unionpay-debit'],
	],
};

/** Images the emulator serves at {emulator}/images/NAME (the AI agent example reads cards by URL). */
const SERVED_IMAGES = [
	['front-zhangsan.jpg', 'front-zhangsan'],
	['back-long-term.jpg', 'back-long-term'],
	['not-a-card.jpg', 'not-a-card'],
];

function makeSample(fixtureId, fileName = '') {
	const { FIXTURES, makeFixtureImage, makeImage } = require(
		path.join(REPO, 'test', 'emulator', 'fixtures'),
	);
	if (fileName.endsWith('.pdf')) {
		const { makePdf } = require(path.join(REPO, 'test', 'emulator', 'apis', 'general-text'));
		return makePdf(fixtureId, 2);
	}
	// not an ID card: a larger photo carrying the fixture id (the other APIs' fixtures)
	if (!FIXTURES[fixtureId])
		return makeImage({ format: 'jpeg', width: 2000, height: 1300, marker: fixtureId });
	return makeFixtureImage(fixtureId, { format: 'jpeg', width: 1000, height: 630 });
}

/** Writes the sample photos under filesDir (replacing earlier ones) and creates output/. */
function writeSampleFiles(filesDir) {
	for (const [folder, photos] of Object.entries(SAMPLE_PHOTOS)) {
		const dir = path.join(filesDir, folder);
		fs.rmSync(dir, { recursive: true, force: true });
		fs.mkdirSync(dir, { recursive: true });
		for (const [name, fixture] of photos)
			fs.writeFileSync(path.join(dir, name), makeSample(fixture, name));
	}
	fs.mkdirSync(path.join(filesDir, 'output'), { recursive: true });
}

/** Registers SERVED_IMAGES with a running emulator. */
function registerServedImages(emu) {
	for (const [name, fixture] of SERVED_IMAGES)
		emu.registerImage(name, makeSample(fixture), 'image/jpeg');
}

/** The credential (AK/SK, project id given) pointing at the emulator, for `n8n import:credentials`. */
function demoCredentials(emulatorUrl, accounts) {
	const ak = accounts.accessKey;
	return [
		{
			...DEMO_CREDENTIAL,
			type: 'huaweiCloudApi',
			data: {
				authType: 'accessKey',
				accessKeyId: ak.accessKeyId,
				secretAccessKey: ak.secretAccessKey,
				region: 'cn-north-4',
				projectId: ak.projectId,
				ocrEndpoint: emulatorUrl,
				iamEndpoint: emulatorUrl,
			},
		},
	];
}

function exampleFiles() {
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort();
}

/**
 * An example as stored, with the files placeholder pointed at `filesDir` (when given).
 * @param {string} file
 * @param {{ filesDir?: string }} [options]
 */
function loadExample(file, { filesDir } = {}) {
	let text = fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8');
	if (filesDir) text = text.split(PLACEHOLDER_FILES_DIR).join(filesDir);
	return JSON.parse(text);
}

function loadAllExamples(opts) {
	return exampleFiles().map((file) => loadExample(file, opts));
}

// ------------------------------------------------------------------------------------------ offline variants

let nodeSeq = 0;
function node(name, type, typeVersion, parameters, position) {
	nodeSeq += 1;
	return {
		id: `0ff1f1e0-0000-4000-8000-${String(nodeSeq).padStart(12, '0')}`,
		name,
		type,
		typeVersion,
		position,
		parameters,
	};
}

function setNode(name, fields, position, { includeOtherFields = true } = {}) {
	return node(
		name,
		'n8n-nodes-base.set',
		3.4,
		{
			assignments: {
				assignments: Object.entries(fields).map(([key, value], i) => ({
					id: `o${i + 1}`,
					name: key,
					value,
					type:
						typeof value === 'boolean'
							? 'boolean'
							: typeof value === 'number'
								? 'number'
								: 'string',
				})),
			},
			includeOtherFields,
			options: {},
		},
		position,
	);
}

/**
 * Replaces the node `name` by a chain of nodes: connections into `name` now go into chain[0], chain[i] feeds
 * chain[i+1], and the connections out of `name` now leave from the last node of the chain.
 */
function replaceNode(workflow, name, chain) {
	const index = workflow.nodes.findIndex((n) => n.name === name);
	if (index < 0) throw new Error(`no node "${name}" in ${workflow.name}`);
	const old = workflow.nodes[index];
	const [x, y] = old.position || [0, 0];
	chain.forEach((n, i) => {
		n.position = [x - 220 * (chain.length - 1 - i), y];
	});
	workflow.nodes.splice(index, 1, ...chain);

	const first = chain[0].name;
	const last = chain[chain.length - 1].name;
	const outgoing = workflow.connections[name];
	delete workflow.connections[name];
	for (const byType of Object.values(workflow.connections)) {
		for (const outputs of Object.values(byType)) {
			for (const targets of outputs)
				for (const t of targets || []) if (t.node === name) t.node = first;
		}
	}
	for (let i = 0; i < chain.length - 1; i++) {
		workflow.connections[chain[i].name] = {
			main: [[{ node: chain[i + 1].name, type: 'main', index: 0 }]],
		};
	}
	if (outgoing) workflow.connections[last] = outgoing;
	return workflow;
}

function slug(text) {
	return String(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

const MANUAL = 'When clicking ‘Execute workflow’';

/**
 * The example with its outside services swapped for files (the rest untouched):
 *   IMAP trigger      → manual trigger + Read Files (`inbox/*.jpg` into attachment_0) + the email's fields
 *   Form trigger      → manual trigger + Read Files (`form/*.jpg` into the upload's binary field) + the typed fields
 *   Chat trigger      → manual trigger + a chat message (`chatInput`)
 *   Google Sheets     → Convert to File (CSV) + Write File `output/sheet-<sheet name>.csv`
 *   Form (completion) → Edit Fields with `completionTitle` / `completionMessage`, so the page's text is computed
 * `opts.chatInput` is the chat message; `opts.formFields` the typed form fields, `opts.formFolder` the folder under
 * filesDir the "uploaded" photo comes from; `opts.idSuffix` ends the variant's workflow id (default "Offl").
 * @param {object} workflow
 * @param {{ filesDir: string, chatInput?: string, formFields?: Record<string, string>, formFolder?: string, idSuffix?: string }} opts
 */
function offlineVariant(
	workflow,
	{
		filesDir,
		chatInput = 'What does this ID card say?',
		formFields = {},
		formFolder = 'form',
		idSuffix = 'Offl',
	},
) {
	const wf = JSON.parse(JSON.stringify(workflow));
	wf.id = `${wf.id.slice(0, 16 - idSuffix.length)}${idSuffix}`;
	wf.name = `${wf.name} [offline]`;
	const swapped = [];
	for (const n of [...wf.nodes]) {
		if (n.type === 'n8n-nodes-base.emailReadImap') {
			const prefix = n.parameters.dataPropertyAttachmentsPrefixName || 'attachment_';
			replaceNode(wf, n.name, [
				node(MANUAL, 'n8n-nodes-base.manualTrigger', 1, {}),
				node('Read inbox attachments', 'n8n-nodes-base.readWriteFile', 1.1, {
					fileSelector: path.join(filesDir, 'inbox', '*.jpg'),
					options: { dataPropertyName: `${prefix}0` },
				}),
				// (keeps the file's JSON and binary, as an email item has both)
				setNode(
					n.name,
					{
						from: 'Applicant <applicant@example.com>',
						subject: 'My ID card',
						date: '2026-03-02T09:30:00.000Z',
					},
					null,
				),
			]);
			swapped.push(n.name);
		} else if (n.type === 'n8n-nodes-base.formTrigger') {
			const fields = n.parameters.formFields.values;
			const files = fields.filter((f) => f.fieldType === 'file');
			const typed = Object.fromEntries(
				fields
					.filter((f) => f.fieldType !== 'file')
					.map((f) => [f.fieldLabel, formFields[f.fieldLabel] ?? '']),
			);
			// what the Form Trigger (2.3) calls an uploaded file: the field label with non-word characters as '_'
			const binaryName = (f) => f.fieldLabel.replace(/\W/g, '_');
			const uploads =
				files.length === 1
					? [
							node('Read uploaded photo', 'n8n-nodes-base.readWriteFile', 1.1, {
								fileSelector: path.join(filesDir, formFolder, '*.jpg'),
								options: { dataPropertyName: binaryName(files[0]) },
							}),
						]
					: // several file fields: `<formFolder>/<slug of the label>.jpg` each, gathered into one submission
						[
							node('Read uploaded photos', 'n8n-nodes-base.readWriteFile', 1.1, {
								fileSelector: path.join(filesDir, formFolder, '*.jpg'),
								options: {},
							}),
							node('One submission', 'n8n-nodes-base.code', 2, {
								jsCode: `const names = ${JSON.stringify(Object.fromEntries(files.map((f) => [`${slug(f.fieldLabel)}.jpg`, binaryName(f)])))};\nconst binary = {};\nfor (const item of $input.all()) {\n  const file = item.binary.data;\n  if (names[file.fileName]) binary[names[file.fileName]] = file;\n}\nreturn [{ json: {}, binary }];`,
							}),
						];
			replaceNode(wf, n.name, [
				node(MANUAL, 'n8n-nodes-base.manualTrigger', 1, {}),
				...uploads,
				setNode(
					n.name,
					{ ...typed, submittedAt: '2026-03-02T09:30:00.000+00:00', formMode: 'test' },
					null,
				),
			]);
			swapped.push(n.name);
		} else if (n.type === '@n8n/n8n-nodes-langchain.chatTrigger') {
			replaceNode(wf, n.name, [
				node(MANUAL, 'n8n-nodes-base.manualTrigger', 1, {}),
				setNode(n.name, { sessionId: 'offline-session', action: 'sendMessage', chatInput }, null, {
					includeOtherFields: false,
				}),
			]);
			swapped.push(n.name);
		} else if (n.type === 'n8n-nodes-base.googleSheets') {
			const sheet = (n.parameters.sheetName && n.parameters.sheetName.value) || 'sheet';
			const csv = `sheet-${slug(sheet)}.csv`;
			replaceNode(wf, n.name, [
				node(n.name, 'n8n-nodes-base.convertToFile', 1.1, {
					operation: 'csv',
					options: { fileName: csv },
				}),
				node(`Write ${csv}`, 'n8n-nodes-base.readWriteFile', 1.1, {
					operation: 'write',
					fileName: path.join(filesDir, 'output', csv),
					options: {},
				}),
			]);
			swapped.push(n.name);
		} else if (n.type === 'n8n-nodes-base.form' && n.parameters.operation === 'completion') {
			replaceNode(wf, n.name, [
				setNode(
					n.name,
					{
						completionTitle: n.parameters.completionTitle,
						completionMessage: n.parameters.completionMessage,
					},
					null,
					{ includeOtherFields: false },
				),
			]);
			swapped.push(n.name);
		}
	}
	for (const n of wf.nodes) delete n.webhookId;
	return { workflow: wf, swapped };
}

/**
 * The headline example's OCR results as table rows, in input order: successes from output 0 and failures from
 * the error output (1), each with the photo's file name (from the read node, through pairedItem).
 */
function headlineRows(run) {
	const runData = run && run.data && run.data.resultData && run.data.resultData.runData;
	if (!runData || !runData[HEADLINE.ocrNode]) return [];
	const last = (name) => {
		const runs = runData[name] || [];
		return runs.length ? runs[runs.length - 1].data.main : [];
	};
	const inputs = (last(HEADLINE.readNode)[0] || []).map((i) => i.json);
	const [ok = [], failed = []] = last(HEADLINE.ocrNode);
	const rows = [];
	const fileOf = (item) => {
		const p = Array.isArray(item.pairedItem) ? item.pairedItem[0] : item.pairedItem;
		const idx = p && typeof p.item === 'number' ? p.item : -1;
		return { idx, file: (inputs[idx] && inputs[idx].fileName) || item.json.fileName || '' };
	};
	for (const item of ok) {
		const j = item.json;
		const { idx, file } = fileOf(item);
		rows.push({
			idx,
			output: 'main',
			file,
			side: j.side,
			name: j.name,
			sex: j.sex,
			birth: j.birth,
			number: j.number,
			issue: j.issue,
			valid_to: j.valid_to,
			'checks.passed': j.checks ? j.checks.passed : undefined,
			error:
				j.checks && j.checks.failures && j.checks.failures.length
					? j.checks.failures.join('; ')
					: '',
			json: j,
		});
	}
	for (const item of failed) {
		const j = item.json;
		const { idx, file } = fileOf(item);
		const code = j.error && j.error.error_code;
		const message = j.message || '';
		rows.push({
			idx,
			output: 'error',
			file,
			'checks.passed': '',
			error: code && !message.includes(code) ? `${message} (${code})` : message,
			json: j,
		});
	}
	return rows.sort((a, b) => a.idx - b.idx);
}

const TABLE_COLUMNS = [
	'file',
	'side',
	'name',
	'sex',
	'birth',
	'number',
	'issue',
	'valid_to',
	'checks.passed',
	'error',
];

module.exports = {
	REPO,
	EXAMPLES_DIR,
	EXAMPLES,
	HEADLINE,
	DEMO_CREDENTIAL,
	PLACEHOLDER_FILES_DIR,
	SAMPLE_PHOTOS,
	SERVED_IMAGES,
	TABLE_COLUMNS,
	exampleFiles,
	loadExample,
	loadAllExamples,
	writeSampleFiles,
	registerServedImages,
	demoCredentials,
	offlineVariant,
	replaceNode,
	headlineRows,
};
