/**
 * Unit, emulator and engine-level tests. The real-n8n suites have their own configs (test/e2e, test/queue,
 * test/examples, test/browser). Tests are JavaScript (see tsconfig.tooling.json for why); ts-jest
 * transpiles them and the TypeScript sources they import, without type-checking (`npm run typecheck` does).
 */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test', '<rootDir>/nodes', '<rootDir>/credentials'],
	testMatch: ['**/*.test.js'],
	testPathIgnorePatterns: [
		'/node_modules/',
		'/dist/',
		'<rootDir>/test/e2e/',
		'<rootDir>/test/queue/',
		'<rootDir>/test/examples/',
		'<rootDir>/test/browser/',
	],
	transform: {
		'^.+\\.[tj]s$': ['ts-jest', { tsconfig: 'tsconfig.tooling.json' }],
	},
	setupFiles: ['<rootDir>/test/setup/env.js'],
	setupFilesAfterEnv: ['<rootDir>/test/setup/cleanup.js'],
	testTimeout: 60000,
};
