'use strict';
/**
 * The OCR APIs the emulator serves besides the ID card (`POST /v2/{project_id}/ocr/<name>`), one module each.
 * The gateway part (signature or token, project, subscription, throttling, faults, latency) is the same for
 * every API and lives in ../ocr.js; a module only reads its request body and answers like that API.
 *
 * A module exports `{ name, answer(state, ctx, tools), check? }`:
 *   - `answer` resolves the `result` of a 200 answer, or throws `tools.OcrError(code, msg?)` for a refusal;
 *   - `tools` = { OcrError, parseBody(ctx) → object, imageBytes(state, body) → Buffer (image or url, with
 *     Huawei's size and URL rules), readImageInfo(bytes), findMarker(bytes) → fixture id | undefined }.
 * Each API's answers follow its model in Huawei's official SDKs (cited in the module); `check(result)`, from
 * ../schemas/<api>.js, lists where an answer breaks it, and ../ocr.js answers 500 rather than send such an answer.
 * Adding an API: a module here and one line below.
 */

/** @type {Record<string, {name: string, answer: Function}>} */
const DOCUMENT_APIS = {};

/** @param {{name: string, answer: Function}} api */
function register(api) {
	DOCUMENT_APIS[api.name] = api;
}

register(require('./general-text'));
register(require('./auto-classification'));
register(require('./bankcard'));
register(require('./business-license'));
register(require('./passport'));
register(require('./driver-license'));
register(require('./vehicle-license'));
register(require('./general-table'));
register(require('./household-register'));
register(require('./vat-invoice'));
register(require('./seal'));
register(require('./mainland-travel-permit'));
register(require('./exit-entry-permit'));
register(require('./hk-id-card'));
register(require('./macao-id-card'));
register(require('./smart-document-recognizer'));

module.exports = { DOCUMENT_APIS, register };
