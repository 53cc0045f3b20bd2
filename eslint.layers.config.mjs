/**
 * The node's layers, enforced: `import-x/no-restricted-paths` only, over the shipped TypeScript.
 *
 * Why a third config: `eslint.config.mjs` must stay byte-for-byte n8n's template (`n8n-node cloud-support`
 * checks it), and `eslint.tooling.config.mjs` lints only JavaScript. This one adds no other rule.
 *
 * Layers of nodes/HuaweiCloudOcr (an arrow = "may import"):
 *   HuaweiCloudOcr.node.ts → actions/ → transport/, helpers/ → model/
 *   transport/ → model/ (and the credential's signing and error-body code)
 *   helpers/<document>/ → generic helpers (helpers/*.ts) → model/
 * - model/ (OcrApi, DocumentRules, OcrCallError) is the bottom layer: it imports nothing of this package;
 * - helpers/ never imports actions/ or transport/;
 * - transport/ never imports actions/ or helpers/ (what it needs of an API is in model/);
 * - generic helpers (helpers/*.ts, helpers/shared/: the shared vocabulary) and actions/shared never import a
 *   document's code;
 * - one document's helpers/actions never import another document's (Auto-Classify reaches the other
 *   documents' rules through the registry the router passes it, not by importing their folders);
 * - credentials/ never imports nodes/.
 * A document is any folder under nodes/HuaweiCloudOcr/helpers/ or actions/ except shared/: a new one
 * is covered without editing this file.
 *
 * Run: npx eslint -c eslint.layers.config.mjs nodes credentials
 */
import { readdirSync } from 'node:fs';

import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const NODE = 'nodes/HuaweiCloudOcr';

const folders = (dir) =>
	readdirSync(new URL(`./${dir}/`, import.meta.url), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name);

const documents = [
	...new Set([...folders(`${NODE}/helpers`), ...folders(`${NODE}/actions`)]),
].filter((name) => name !== 'shared');

const documentCode = (name) => [`${NODE}/actions/${name}`, `${NODE}/helpers/${name}`];

const zones = [
	{
		target: `${NODE}/helpers`,
		from: `${NODE}/actions`,
		message: 'helpers/ is below actions/: pass what it needs as arguments.',
	},
	{
		target: `${NODE}/helpers`,
		from: `${NODE}/transport`,
		message: 'helpers/ does not call Huawei: the error model is in model/OcrCallError.ts.',
	},
	{
		target: `${NODE}/transport`,
		from: [`${NODE}/actions`, `${NODE}/helpers`],
		message: 'transport/ is below actions/ and helpers/: what it needs of an API is in model/.',
	},
	{
		target: `${NODE}/model`,
		from: [NODE, 'credentials'],
		except: ['./model'],
		message: 'model/ is the bottom layer: it imports nothing of this package.',
	},
	{
		target: [
			`${NODE}/transport`,
			`${NODE}/helpers/*.ts`,
			`${NODE}/helpers/shared`,
			`${NODE}/actions/shared`,
		],
		from: documents.map((name) => `${NODE}/helpers/${name}`),
		message: "Shared code must not depend on one document's rules: take them as a parameter.",
	},
	{
		target: [`${NODE}/helpers/*.ts`, `${NODE}/helpers/shared`, `${NODE}/actions/shared`],
		from: documents.map((name) => `${NODE}/actions/${name}`),
		message: "Shared code must not depend on one document's actions.",
	},
	...documents.map((name) => ({
		target: documentCode(name),
		from: documents.filter((other) => other !== name).flatMap(documentCode),
		message: `The ${name} document must not import another document's code (use actions/resources.ts for their rules).`,
	})),
	{
		target: 'credentials',
		from: 'nodes',
		message: 'The credential must not depend on the node.',
	},
];

export default tseslint.config(
	{ ignores: ['dist/**', 'node_modules/**'] },
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		languageOptions: { parser: tseslint.parser },
		plugins: { 'import-x': importX },
		settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
		linterOptions: { reportUnusedDisableDirectives: 'off' },
		rules: {
			'import-x/no-restricted-paths': [
				'error',
				// With a single document, "another document" is an empty list: no zone then.
				{ zones: zones.filter((zone) => zone.from.length > 0) },
			],
		},
	},
);
