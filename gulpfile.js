// Copies the files tsc does not emit next to the compiled code. `npm run build` = tsc, then `gulp build:icons`.
//
// Icons. Icon paths in the sources are relative to the file that names them, and stay valid after compiling:
//   dist/nodes/HuaweiCloudOcr/HuaweiCloudOcr.node.js   'file:../../icons/huaweiCloudOcr.svg' -> dist/icons/
//   dist/credentials/HuaweiCloudApi.credentials.js     'file:../icons/huaweiCloudOcr.svg'    -> dist/icons/
// so every icon lands in dist/icons/ (the published `files` list ships dist/). n8n serves them as
// icons/<package>/dist/icons/<file>.
//
// Codex files. n8n reads a node's categories and documentation links from `<node file>.json` beside the
// compiled node (dist/nodes/HuaweiCloudOcr/HuaweiCloudOcr.node.json), so nodes/**/*.node.json is copied too.
const { src, dest, parallel, task } = require('gulp');

function copyIcons() {
	return src('icons/*.{png,svg}', { encoding: false }).pipe(dest('dist/icons/'));
}

function copyCodex() {
	return src('nodes/**/*.node.json', { allowEmpty: true }).pipe(dest('dist/nodes/'));
}

task('build:icons', parallel(copyIcons, copyCodex));
