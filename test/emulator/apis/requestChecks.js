'use strict';
/**
 * What the document API modules share: reading and refusing a request body the way Huawei's OCR APIs do
 * (AIS.0101 a bad parameter, AIS.0102 an image that cannot be read, AIS.0103 a side out of range, AIS.0104
 * no document), finding the fixture an image's marker names, and the made-up geometry and confidences of an
 * answer. `tools` is the object ../ocr.js hands to `answer` (see ./index.js).
 */

/**
 * @typedef {object} Tools
 * @property {new (code: string, msg?: string) => Error} OcrError
 * @property {(bytes: Buffer) => ({ width?: number, height?: number, format?: string } | undefined)} readImageInfo
 * @property {(bytes: Buffer) => (string | undefined)} findMarker
 */

/** The `side` values of the two-page licences (driving, vehicle). */
const LICENCE_SIDES = ['front', 'back', 'double_side'];

/**
 * AIS.0101 when a flag is sent with a value that is not a boolean.
 * @param {Tools} tools
 * @param {Record<string, unknown>} body
 * @param {readonly string[]} flags
 */
function boolFlags(tools, body, flags) {
	for (const flag of flags) {
		if (body[flag] !== undefined && typeof body[flag] !== 'boolean')
			throw new tools.OcrError(
				'AIS.0101',
				`The input parameter is invalid: ${flag} must be a boolean.`,
			);
	}
}

/**
 * The `side` of a two-page licence: absent or empty → front (the docstrings); another value → AIS.0101.
 * @param {Tools} tools
 * @param {Record<string, any>} body
 * @returns {'front' | 'back' | 'double_side'}
 */
function sideParam(tools, body) {
	if (body.side !== undefined && body.side !== '' && !LICENCE_SIDES.includes(body.side))
		throw new tools.OcrError(
			'AIS.0101',
			'The input parameter is invalid: side must be front, back or double_side.',
		);
	return body.side || 'front';
}

/**
 * AIS.0101 unless `pdf_page_number` is absent or a positive integer.
 * @param {Tools} tools
 * @param {Record<string, any>} body
 */
function pdfPageParam(tools, body) {
	if (
		body.pdf_page_number !== undefined &&
		!(Number.isInteger(body.pdf_page_number) && body.pdf_page_number >= 1)
	)
		throw new tools.OcrError(
			'AIS.0101',
			'The input parameter is invalid: pdf_page_number must be a positive integer.',
		);
}

/**
 * The number of pages of a PDF as its page tree says (the largest `/Count` of a `/Type /Pages` object, which
 * is the root's), or `fallback` when the file names none (the emulator's PDFs are written uncompressed).
 * @param {Buffer} bytes
 * @param {number} fallback
 */
function pdfPageCount(bytes, fallback) {
	const text = bytes.toString('latin1');
	let count = 0;
	for (const m of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g))
		count = Math.max(count, Number(m[1]));
	return count || fallback;
}

/**
 * The PDF page a request asks for (`field`, 1 by default), AIS.0101 when the PDF has fewer pages.
 * @param {Tools} tools
 * @param {Buffer} bytes
 * @param {Record<string, any>} body
 * @param {number} fallback the page count when the PDF names none (the fixture's pages)
 * @param {string} [field]
 */
function pdfPage(tools, bytes, body, fallback, field = 'pdf_page_number') {
	const page = Number(body[field] ?? 1);
	const total = pdfPageCount(bytes, fallback);
	if (page > total)
		throw new tools.OcrError(
			'AIS.0101',
			`The input parameter is invalid: the PDF has ${total} page(s).`,
		);
	return page;
}

/**
 * The image's size: AIS.0102 when it cannot be read, AIS.0103 when a side is outside `minSide`–`maxSide`.
 * @param {Tools} tools
 * @param {Buffer} bytes
 * @param {{ minSide: number, maxSide: number }} limits
 */
function imageSize(tools, bytes, { minSide, maxSide }) {
	const info = tools.readImageInfo(bytes);
	if (!info || !info.width || !info.height) throw new tools.OcrError('AIS.0102');
	if (Math.min(info.width, info.height) < minSide || Math.max(info.width, info.height) > maxSide)
		throw new tools.OcrError('AIS.0103');
	return { width: info.width, height: info.height };
}

/**
 * The request's fields besides the image (recorded on the request for the tests).
 * @param {Record<string, unknown>} body
 */
function requestFields(body) {
	return Object.fromEntries(
		Object.entries(body).filter(([key]) => key !== 'image' && key !== 'url'),
	);
}

/**
 * The fixture the image's marker names (recorded as `fixture`): AIS.0104 when there is none, the fixture's
 * own error when it has one.
 * @param {Tools} tools
 * @param {{ record: Record<string, unknown> }} ctx
 * @param {Buffer} bytes
 * @param {Record<string, any>} fixtures the API's fixture table
 * @returns {any} the fixture
 */
function markedFixture(tools, ctx, bytes, fixtures) {
	const id = tools.findMarker(bytes);
	ctx.record.fixture = id;
	const fixture = id !== undefined ? fixtures[id] : undefined;
	if (!fixture) throw new tools.OcrError('AIS.0104');
	if (fixture.error) throw new tools.OcrError(fixture.error);
	return fixture;
}

/**
 * Four corner points for each of `fields` the page holds, one row under the other (the models only say
 * "object"): row i spans `top + step * i` to that plus `rowHeight`, `left` to `right` (fractions of the image).
 * @param {readonly string[]} fields
 * @param {Record<string, unknown>} page
 * @param {{ width: number, height: number }} size
 * @param {{ top: number, step: number, rowHeight: number, left?: number, right?: number }} rows
 */
function textLocation(
	fields,
	page,
	{ width, height },
	{ top, step, rowHeight, left = 0.1, right = 0.9 },
) {
	/** @type {Record<string, number[][]>} */
	const out = {};
	fields
		.filter((f) => page[f])
		.forEach((field, i) => {
			const y0 = Math.round(height * (top + step * i));
			const y1 = y0 + Math.round(height * rowHeight);
			const x0 = Math.round(width * left);
			const x1 = Math.round(width * right);
			out[field] = [
				[x0, y0],
				[x1, y0],
				[x1, y1],
				[x0, y1],
			];
		});
	return out;
}

/**
 * A confidence for each field (`first`, then `step` less for each next field, 4 decimals); only the fields
 * `counts` accepts get one (all by default).
 * @param {Record<string, unknown>} fields
 * @param {number} first
 * @param {number} step
 * @param {(value: unknown) => boolean} [counts]
 */
function confidences(fields, first, step, counts = () => true) {
	/** @type {Record<string, number>} */
	const out = {};
	for (const [i, field] of Object.keys(fields).entries())
		if (counts(fields[field])) out[field] = Number((first - i * step).toFixed(4));
	return out;
}

module.exports = {
	LICENCE_SIDES,
	boolFlags,
	sideParam,
	pdfPageParam,
	pdfPage,
	pdfPageCount,
	imageSize,
	requestFields,
	markedFixture,
	textLocation,
	confidences,
};
