/**
 * End-to-end suite: the packed package inside a real n8n 2.x (see README, "Testing").
 * `npm run test:e2e`. One n8n install (cached), one N8N_USER_FOLDER, one emulator per run;
 * test files run one after another (`--runInBand`): every `n8n execute` is a separate n8n process.
 */
module.exports = {
	rootDir: __dirname,
	testEnvironment: 'node',
	testMatch: ['<rootDir>/**/*.e2e.test.js'],
	globalSetup: '<rootDir>/globalSetup.js',
	globalTeardown: '<rootDir>/globalTeardown.js',
	testTimeout: 180000,
	maxWorkers: 1,
	// The first run installs n8n (about 4 minutes); globalSetup has no timeout of its own in jest.
};
