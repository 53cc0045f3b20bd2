// n8n-core writes its instance settings under N8N_USER_FOLDER: keep tests out of the user's ~/.n8n.
// Each test file gets its own folder (files run in parallel workers); test/setup/cleanup.js removes it after
// the file's tests, whether they passed or not.
const os = require('os');
const path = require('path');
const fs = require('fs');
if (!process.env.N8N_USER_FOLDER) {
	process.env.N8N_USER_FOLDER = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-hwocr-test-'));
	process.env.N8N_HWOCR_TEST_USER_FOLDER = process.env.N8N_USER_FOLDER;
}
process.env.N8N_ENCRYPTION_KEY = process.env.N8N_ENCRYPTION_KEY || 'test-encryption-key';
process.env.TZ = process.env.TZ || 'UTC';
// n8n's logger prints every node error to the console; the tests assert on them instead.
process.env.N8N_LOG_LEVEL = process.env.N8N_LOG_LEVEL || 'silent';
