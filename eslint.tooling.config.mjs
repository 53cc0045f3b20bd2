/**
 * Lints the JavaScript that is not shipped: tests, the Huawei emulator, the e2e, examples and queue-mode
 * harnesses, benchmarks, scripts, the card generator, the OCR parser and the config files.
 *
 * Why a second config: `eslint.config.mjs` is n8n's default (`@n8n/node-cli/eslint`) and must stay
 * byte-for-byte the template that `n8n-node lint` expects. It lints only `**\/*.ts`, so without this file
 * no .js/.mjs/.cjs file would be linted at all. This config never lints .ts (n8n-node lint does those).
 *
 * Run: npx eslint -c eslint.tooling.config.mjs .
 */
import js from '@eslint/js';
import globals from 'globals';

/** Files written with ESM `import`/`export` (transpiled to CommonJS by ts-jest or tsx; they may also `require`). */
const esmFiles = [
	'**/*.mjs',
	'test/**/*.test.js',
	'test/harness/*.js',
	'test/engine/setup.js',
	'bench/*.js',
];

/** Files that run inside Jest (test bodies, setup files, helpers that call `expect`/`beforeAll`). */
const jestFiles = [
	'test/**/*.test.js',
	'test/engine/setup.js',
	'test/setup/*.js',
	'test/browser/lib/*Suite.js',
];

export default [
	{ ignores: ['dist/**', 'node_modules/**', '.cache/**', 'coverage/**', 'artifacts/**'] },
	{
		files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
		...js.configs.recommended,
	},
	{
		files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		languageOptions: {
			ecmaVersion: 2022,
			sourceType: 'commonjs',
			globals: { ...globals.node },
		},
		rules: {
			'no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
		},
	},
	{
		files: esmFiles,
		languageOptions: { sourceType: 'module' },
	},
	{
		files: jestFiles,
		languageOptions: { globals: { ...globals.jest } },
	},
	// Queue-mode harness (test/queue/, may not exist yet): Jest suites plus their helpers.
	{
		files: ['test/queue/**/*.js'],
		languageOptions: { globals: { ...globals.jest } },
	},
];
