// n8n's own lint rules for community nodes: the same rule set `n8n-node lint` (@n8n/node-cli 0.48) applies,
// rebuilt here from its parts (@n8n/eslint-plugin-community-nodes "recommended", which includes the
// n8n Cloud rules, eslint-plugin-n8n-nodes-base's community/credentials/nodes rule sets with the same three
// overrides node-cli switches off, @eslint/js + typescript-eslint "recommended", import-x).
//
// Why not `export { config } from '@n8n/node-cli/eslint'` as the starter does: node-cli drags in an AI SDK
// and an interactive CLI we do not otherwise need, and its config lints every .ts file in the repository.
//
// Why the scope is nodes/, credentials/ and package.json only: that is what ships to users (and what
// @n8n/scan-community-package lints, its SOURCE_FILE_PATTERNS). The community-node rules (no
// `process`, no `setTimeout`, no child_process, imports only from n8n-workflow, no file system, ...) are
// meant for code running inside n8n. The tests, the Huawei emulator (a plain Node HTTP server), the
// end-to-end harness (spawns n8n, writes files) and the build scripts must do exactly those things, so they
// are outside this config on purpose: they are not part of the package.
import js from '@eslint/js';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import { globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import tseslint from 'typescript-eslint';

const communityNodesRecommended = n8nCommunityNodesPlugin.configs.recommended;

export default tseslint.config(
	globalIgnores([
		'dist/**',
		'node_modules/**',
		'.cache/**',
		'coverage/**',
		'artifacts/**',
		'test/**',
		'bench/**',
		'**/*.js',
		'**/*.cjs',
		'**/*.mjs',
	]),
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		ignores: ['**/*.test.ts'],
		extends: [
			js.configs.recommended,
			tseslint.configs.recommended,
			communityNodesRecommended,
			importX.configs['flat/recommended'],
		],
		rules: {
			'prefer-spread': 'off',
			'no-console': 'error',
		},
	},
	{
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		settings: {
			'import-x/resolver-next': [createTypeScriptImportResolver()],
		},
	},
	{
		files: ['package.json'],
		extends: [communityNodesRecommended],
		rules: {
			...n8nNodesBase.configs.community.rules,
		},
		languageOptions: {
			parser: tseslint.parser,
			parserOptions: { extraFileExtensions: ['.json'] },
		},
	},
	{
		files: ['credentials/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
);
