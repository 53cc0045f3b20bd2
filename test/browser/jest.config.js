/**
 * The node in n8n's editor, in a real browser: `npm run test:browser` (needs Debian's `chromium`, and
 * `fonts-noto-cjk` so that the card's Chinese text renders in the screenshot). Screenshots go to artifacts/browser/.
 */
module.exports = {
	rootDir: __dirname,
	testEnvironment: 'node',
	testMatch: ['<rootDir>/**/*.browser.test.js'],
	// The first run may install n8n (about 4 minutes) in beforeAll.
	testTimeout: 600000,
	maxWorkers: 1,
};
