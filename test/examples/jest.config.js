/**
 * The example workflows of examples/ in a real n8n 2.x: `npm run test:examples`.
 * Each example is imported as stored (it must import cleanly), then run with `n8n execute`; the ones that need
 * outside services (IMAP, Google Sheets, n8n Form pages, a chat model) run as offline variants in which those
 * nodes are swapped for files (scripts/lib/examples.js, offlineVariant) and the chat model for a scripted fake.
 * Separate from test/e2e (which tests the node itself) so that example changes never destabilise that suite.
 */
module.exports = {
	rootDir: __dirname,
	testEnvironment: 'node',
	testMatch: ['<rootDir>/**/*.examples.test.js'],
	// The first run may install n8n (about 4 minutes) in beforeAll.
	testTimeout: 600000,
	maxWorkers: 1,
};
