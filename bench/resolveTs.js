/*
 * Loaded first by the benchmarks (run with tsx). tsx registers `.ts` after Node's `.json`, so
 * `require('…/HuaweiCloudOcr.node')` (test/harness/runWorkflow.js) would load the node's codex
 * `HuaweiCloudOcr.node.json` instead of `HuaweiCloudOcr.node.ts`. Moving `.json` to the end of the resolution
 * order makes it resolve as Jest does (ts before json).
 */
const Module = require('module');

/** @type {Record<string, unknown>} */
const extensions = /** @type {any} */ (Module)._extensions;
const json = extensions['.json'];
delete extensions['.json'];
extensions['.json'] = json;
