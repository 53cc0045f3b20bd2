/**
 * Queue-mode end-to-end suite: the packed package in n8n 2.41.1 running as one main instance and two
 * workers over PostgreSQL and Redis (Debian packages `postgresql`, `redis-server`), driven by concurrent
 * webhook calls. `npx jest --config test/queue/jest.config.js --runInBand`
 * (set N8N_E2E_SKIP_BUILD=1 when dist/ is already built).
 */
module.exports = {
	rootDir: __dirname,
	testEnvironment: 'node',
	testMatch: ['<rootDir>/**/*.queue.test.js'],
	// Setup (beforeAll) has its own, longer limit: the first run may install n8n.
	testTimeout: 180000,
	maxWorkers: 1,
};
