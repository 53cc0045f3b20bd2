'use strict';
/**
 * POST /v2/{project_id}/ocr/smart-document-recognizer (智能文档解析), answered after Huawei's SDK models:
 *   request  SmartDocumentRecognizerRequestBody  huaweicloud-sdk-python-v3 at commit 343a486b
 *            huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/smart_document_recognizer_request_body.py:
 *            data | url, single_orientation_mode, language, kv, table, layout, return_excel, form, formula,
 *            image_layout, kv_map (str: JSON of a dict), erase_seal, pdf_page_number (int), character_mode
 *   result   `result: list[SmartDocumentRecognizerResult]` (recognize_smart_document_recognizer_response.py);
 *            each entry ocr_result, kv_result, table_result, layout_result, form_result, formula_result:
 *            ../schemas/smart-document-recognizer.js (smart_document_recognizer_*.py, same folder).
 * Limits (docstring and API page ocr_03_0161): base64 ≤ 10 MB, sides 15–30000 px; PNG/JPG/BMP/GIF/TIFF/WebP/
 * PCX/ICO/PSD/PDF. Errors: AIS.0101 (bad parameter: image instead of data, both or neither of data and url,
 * non-boolean flag, unknown language, kv_map not a JSON object string, pdf page past the end), AIS.0102
 * (format), AIS.0103 (size), AIS.0104 (nothing readable), AIS.0105 (recognition failed) — the OCR error table
 * ocr_03_0028.
 *
 * Behaviour: ocr_result always; each other result only when its option is true; `excel` only with table and
 * return_excel; char_list only with character_mode; `image_layout` on image layout blocks only with
 * image_layout; kv_map renames keys. An image without a fixture marker reads as an empty page. The request's
 * fields besides data/url are recorded (stats().requests[i].options).
 */
const check = require('./requestChecks');
const schema = require('../schemas/smart-document-recognizer');
const { LANGUAGES } = require('./general-text');
const { FIXTURES } = require('./smart-document-recognizer.fixtures');

const BOOLEAN_FIELDS = [
	'single_orientation_mode',
	'kv',
	'table',
	'layout',
	'return_excel',
	'form',
	'formula',
	'image_layout',
	'erase_seal',
	'character_mode',
];

function box(x, y, w, h = 40) {
	return [
		[x, y],
		[x + w, y],
		[x + w, y + h],
		[x, y + h],
	];
}

function sniff(tools, bytes) {
	const info = tools.readImageInfo(bytes);
	if (info) return info;
	const head = bytes.subarray(0, 12).toString('latin1');
	if (head.startsWith('%PDF-')) return { format: 'pdf' };
	if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return { format: 'gif' };
	if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return { format: 'webp' };
	return undefined;
}

function invalid(tools, why) {
	return new tools.OcrError('AIS.0101', `The input parameter is invalid: ${why}.`);
}

/** AIS.0101 unless kv_map is absent or the JSON text of an object; the mapping. */
function kvMapParam(tools, body) {
	if (body.kv_map === undefined) return {};
	if (typeof body.kv_map !== 'string') throw invalid(tools, 'kv_map must be a string');
	let map;
	try {
		map = JSON.parse(body.kv_map);
	} catch {
		throw invalid(tools, 'kv_map is not valid JSON');
	}
	if (!map || typeof map !== 'object' || Array.isArray(map))
		throw invalid(tools, 'kv_map must be a JSON object');
	return map;
}

function checkOptions(tools, body) {
	if (body.image !== undefined) throw invalid(tools, 'the image goes in data, not image');
	const has = (k) => body[k] !== undefined && body[k] !== null && body[k] !== '';
	if (has('data') === has('url')) throw invalid(tools, 'send exactly one of data and url');
	if (has('data') && typeof body.data !== 'string') throw invalid(tools, 'data must be a string');
	check.boolFlags(tools, body, BOOLEAN_FIELDS);
	if (body.language !== undefined && !LANGUAGES.includes(body.language))
		throw invalid(tools, 'language is not supported');
	check.pdfPageParam(tools, body);
	return kvMapParam(tools, body);
}

function charList(words, location) {
	const [x0, y0] = location[0];
	return Array.from(words).map((char, i) => ({
		char,
		char_confidence: 0.99,
		char_location: box(x0 + i * 24, y0, 24),
	}));
}

function ocrResult(page, body) {
	const lines = page.lines || [];
	return {
		direction: Number(page.direction ?? 0),
		words_block_count: lines.length,
		words_block_list: lines.map((words, i) => {
			const location = box(40, 40 + i * 60, Math.max(40, words.length * 24));
			const block = { words, location, confidence: 0.9912 };
			if (body.character_mode === true) block.char_list = charList(words, location);
			return block;
		}),
	};
}

function kvResult(page, map) {
	const pairs = page.kv || [];
	return {
		kv_block_count: pairs.length,
		kv_block_list: pairs.map(([key, value], i) => {
			const y = 100 + i * 60;
			return {
				key: typeof map[key] === 'string' ? map[key] : key,
				value,
				words_block_count: 2,
				words_block_list: [
					{ words: key, location: box(40, y, key.length * 24), type: 'key' },
					{ words: value, location: box(200, y, value.length * 24), type: 'value' },
				],
				...(page.extraKv || {}),
			};
		}),
	};
}

function tableBlock(table, index, body, withExcel) {
	const cells = table.cells.map(([words, rows, columns]) => ({ words, rows, columns }));
	const block = {
		location: box(40, 600 + index * 300, 900, 260),
		words_block_count: cells.length,
		words_block_list: cells,
	};
	if (withExcel && body.return_excel === true)
		block.excel = Buffer.from(`PK\u0003\u0004 emulator xlsx of table ${index}`).toString('base64');
	return block;
}

function layoutResult(page, body) {
	const blocks = (page.layout || []).map(([type, text, extra = {}], i) => {
		/** @type {Record<string, any>} */
		const block = {
			location: box(40, 40 + i * 120, 900, 100),
			type,
			text,
			words_ids: [i],
			...extra,
		};
		if (type === 'table' && body.table !== true) delete block.table_id;
		if (type === 'formula' && body.formula !== true) delete block.formula_id;
		if (type === 'image' && body.image_layout === true)
			block.image_layout = {
				layout_block_count: 1,
				layout_block_list: [{ location: box(60, 60, 200), type: 'text', text: '图中文字' }],
			};
		return block;
	});
	return { layout_block_count: blocks.length, layout_block_list: blocks };
}

function entry(page, body, map) {
	const out = { ocr_result: ocrResult(page, body) };
	if (body.kv === true) out.kv_result = kvResult(page, map);
	if (body.table === true) {
		const tables = page.tables || [];
		out.table_result = {
			table_count: tables.length,
			table_list: tables.map((t, i) => tableBlock(t, i, body, true)),
		};
	}
	if (body.layout === true) out.layout_result = layoutResult(page, body);
	if (body.form === true) {
		const forms = page.forms || [];
		out.form_result = {
			form_count: forms.length,
			form_list: forms.map((t, i) => tableBlock(t, i, body, false)),
		};
	}
	if (body.formula === true) {
		const formulas = page.formulas || [];
		out.formula_result = {
			formula_count: formulas.length,
			formula_list: formulas.map(([formula, type], i) => ({
				formula,
				location: box(40, 540 + i * 60, 300),
				type,
			})),
		};
	}
	return { ...out, ...(page.extra || {}) };
}

async function answer(state, ctx, tools) {
	const { OcrError } = tools;
	const body = tools.parseBody(ctx);
	const map = checkOptions(tools, body);
	const bytes = await tools.imageBytes(state, { image: body.data, url: body.url });
	const info = sniff(tools, bytes);
	if (!info) throw new OcrError('AIS.0102');
	const { width, height } = info;
	if (width !== undefined && height !== undefined)
		if (Math.min(width, height) < 15 || Math.max(width, height) > 30000)
			throw new OcrError('AIS.0103');
	const { data, url, ...options } = body;
	ctx.record.options = options;
	const id = tools.findMarker(bytes);
	ctx.record.fixture = id;
	const fixture = id !== undefined ? FIXTURES[id] : undefined;
	if (fixture && fixture.error) throw new OcrError(fixture.error);
	const pages = fixture ? fixture.pages : [{ lines: [] }];
	const page = info.format === 'pdf' ? Number(body.pdf_page_number ?? 1) : 1;
	if (page > pages.length) throw invalid(tools, `the PDF has ${pages.length} page(s)`);
	return [entry(pages[page - 1], body, map)];
}

module.exports = { name: 'smart-document-recognizer', answer, check: schema.check, FIXTURES };
