// Removes the temporary N8N_USER_FOLDER that test/setup/env.js made for this test file, after its tests (also
// when they fail). A folder the caller gave in N8N_USER_FOLDER is left alone.
const fs = require('fs');

afterAll(() => {
	const folder = process.env.N8N_HWOCR_TEST_USER_FOLDER;
	if (folder) fs.rmSync(folder, { recursive: true, force: true });
});
