/**
 * Personal data in a Smart Document result (one SmartDocumentRecognizerResult, before the derived `fields`
 * and `tables` are built from it, so that they follow). Masking is by key pattern (helpers/personalData.ts
 * personalKind): a key-value pair whose key names personal data (姓名, Name, 身份证号, Phone...) has a personal
 * value. Fails closed.
 *
 * - mask: a personal pair's value masked by its kind (张*, 110101********0118, 138******00) and the words of
 *   its text boxes removed (they hold the value as read). Every occurrence of a personal value elsewhere (OCR
 *   blocks, layout text, table and form cells, other values) is replaced by its mask, and ID, card and mobile
 *   numbers in any text are masked (maskNumbersInText). In a table or form, a cell under a header cell that
 *   names personal data, or right of a cell that does, is masked by that kind. The Excel (base64 .xlsx)
 *   cannot be masked and is removed. Names and addresses in free text that no key names are kept.
 * - drop: only what is known not to be personal stays: the pairs whose key names no personal data and whose
 *   value holds no personal value or number (with their text boxes), the counts, the direction, locations,
 *   layout types and ids, table structure (rows, columns, locations) without the cell words, formulas that
 *   hold no number. All free text goes: OCR blocks, layout text, cell words, Excel.
 * - both: a field the SDK model lacks is masked by its key ('mask') or dropped ('drop') at every level
 *   (helpers/shared/fieldMasking.ts maskUnknownFields).
 */

import type { MaskMode } from '../../model/document';
import { maskFieldInPlace, maskUnknownDocument, maskUnknownFields } from '../shared/fieldMasking';
import {
	maskNumbersInText,
	PERSONAL_MASKS,
	personalKind,
	type PersonalKind,
} from '../personalData';
import { isPlainObject, type PlainObject } from '../shared/plainObject';

/** The SDK models' fields, by model (same folder and commit as shape.ts cites). */
export const MODEL_FIELDS = {
	ocr_result: ['direction', 'words_block_count', 'words_block_list'],
	words_block: ['words', 'location', 'confidence', 'char_list'],
	char: ['char', 'char_confidence', 'char_location'],
	kv_result: ['kv_block_count', 'kv_block_list'],
	kv_block: ['key', 'value', 'words_block_count', 'words_block_list'],
	kv_words_block: ['words', 'location', 'type'],
	table_result: ['table_count', 'table_list'],
	form_result: ['form_count', 'form_list'],
	table_block: ['location', 'words_block_count', 'words_block_list', 'excel'],
	table_words_block: ['words', 'rows', 'columns'],
	layout_result: ['layout_block_count', 'layout_block_list'],
	layout_block: ['location', 'type', 'text', 'words_ids', 'table_id', 'form_id', 'formula_id'],
	formula_result: ['formula_count', 'formula_list'],
	formula_block: ['formula', 'location', 'type'],
} as const;

type Model = keyof typeof MODEL_FIELDS;
type Mode = 'mask' | 'drop';

/** How text is masked in one result: the personal values found in its pairs, then numbers. */
class TextMask {
	private readonly values: Array<[string, string]>;

	constructor(values: Array<[string, PersonalKind]>) {
		this.values = values
			.map(([value, kind]): [string, string] => [value, PERSONAL_MASKS[kind](value)])
			// a one-character value ('/', '-', a lone digit) would mask that character in all text; it is masked
			// where it stands (its pair or cell) only
			.filter(([value, masked]) => Array.from(value).length >= 2 && value !== masked)
			.sort((a, b) => b[0].length - a[0].length);
	}

	text(value: string): string {
		let out = value;
		for (const [plain, masked] of this.values) out = out.split(plain).join(masked);
		return maskNumbersInText(out);
	}

	/** A string or number with its personal data masked; null and booleans as they are; any other shape masked as a field of a document without rules. */
	any(value: unknown): unknown {
		if (typeof value === 'string') return this.text(value);
		if (typeof value === 'number') {
			const masked = this.text(String(value));
			return masked === String(value) ? value : masked;
		}
		return value === null || typeof value === 'boolean'
			? value
			: maskUnknownDocument(value, 'mask');
	}

	/** Every text inside `value` (objects and lists walked) through `text`. */
	deep(value: unknown): unknown {
		if (typeof value === 'string') return this.text(value);
		if (Array.isArray(value)) return value.map((v) => this.deep(v));
		if (isPlainObject(value))
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.deep(v)]));
		return value;
	}

	/** True when the text holds no personal value or number. */
	clean(value: unknown): boolean {
		if (typeof value !== 'string' && typeof value !== 'number') return value == null;
		return this.text(String(value)) === String(value);
	}
}

/** `out[key]` through `mask`, when the object has that field. Changes `out`. */
function maskKey(out: PlainObject, key: string, mask: (value: unknown) => unknown): void {
	if (key in out) out[key] = mask(out[key]);
}

function list(value: unknown): unknown[] | undefined {
	return Array.isArray(value) ? value : undefined;
}

/**
 * One object of a model: `fix` changes the known fields; a field the model lacks has the personal values
 * replaced and is then masked by its key ('mask') or dropped ('drop'). Undefined: the object goes.
 */
function each(
	value: unknown,
	model: Model,
	mode: Mode,
	mask: TextMask,
	fix: (out: PlainObject) => PlainObject | undefined,
): unknown {
	if (!isPlainObject(value))
		return mode === 'drop' ? undefined : maskUnknownDocument(mask.deep(value), mode);
	const fixed = fix({ ...value });
	if (!fixed) return undefined;
	const known: readonly string[] = MODEL_FIELDS[model];
	if (mode === 'mask')
		for (const key of Object.keys(fixed))
			if (!known.includes(key)) fixed[key] = mask.deep(fixed[key]);
	return maskUnknownFields(fixed, mode, known);
}

function mapList(value: unknown, map: (entry: unknown) => unknown): unknown[] | undefined {
	return list(value)
		?.map(map)
		.filter((v) => v !== undefined);
}

function maskChars(block: PlainObject, words: string, mode: Mode, mask: TextMask): void {
	const chars = list(block.char_list);
	if (!chars || chars.length === 0) return;
	const letters = Array.from(words);
	if (chars.length !== letters.length || !chars.every(isPlainObject)) {
		delete block.char_list;
		return;
	}
	block.char_list = chars.map((c, i) =>
		each(c, 'char', mode, mask, (out) => ({ ...out, char: letters[i] })),
	);
}

function ocrResult(value: unknown, mode: Mode, mask: TextMask): unknown {
	return each(value, 'ocr_result', mode, mask, (out) => {
		if (mode === 'drop') delete out.words_block_list;
		else if (list(out.words_block_list))
			out.words_block_list = mapList(out.words_block_list, (b) =>
				each(b, 'words_block', mode, mask, (block) => {
					if (typeof block.words !== 'string') return block;
					const words = mask.text(block.words);
					if (words !== block.words) maskChars(block, words, mode, mask);
					block.words = words;
					return block;
				}),
			);
		return out;
	});
}

function kvBlock(value: unknown, mode: Mode, mask: TextMask): unknown {
	return each(value, 'kv_block', mode, mask, (out) => {
		const kind = personalKind(typeof out.key === 'string' ? out.key : '');
		if (kind) {
			if (mode === 'drop') return undefined;
			maskFieldInPlace(out, 'value', PERSONAL_MASKS[kind]);
			if (list(out.words_block_list))
				out.words_block_list = mapList(out.words_block_list, (b) =>
					each(b, 'kv_words_block', mode, mask, (block) => {
						delete block.words;
						return block;
					}),
				);
			return out;
		}
		if (mode === 'drop') {
			if (!mask.clean(out.value) || !mask.clean(out.key)) return undefined;
		} else {
			maskKey(out, 'key', (v) => mask.any(v));
			maskKey(out, 'value', (v) => mask.any(v));
		}
		if (list(out.words_block_list))
			out.words_block_list = mapList(out.words_block_list, (b) =>
				each(b, 'kv_words_block', mode, mask, (block) => {
					if (mode === 'mask') maskKey(block, 'words', (v) => mask.any(v));
					else if (!mask.clean(block.words)) delete block.words;
					return block;
				}),
			);
		return out;
	});
}

function kvResult(value: unknown, mode: Mode, mask: TextMask): unknown {
	return each(value, 'kv_result', mode, mask, (out) => {
		if (list(out.kv_block_list))
			out.kv_block_list = mapList(out.kv_block_list, (b) => kvBlock(b, mode, mask));
		return out;
	});
}

/**
 * The personal kind of each cell of a table block, from the cells that name personal data (姓名, 电话...):
 * - a logical table (table_result: "M rows by N columns, the first row or the first column a header"): a cell
 *   under a top-row header, or right of a first-column header, that names personal data;
 * - a wired form (form_result: key cells next to value cells, as in a household register): a cell right of a
 *   cell that names personal data.
 * A cell that names personal data itself holds no personal value (undefined).
 */
function cellKinds(cells: unknown[], form: boolean): Array<PersonalKind | undefined> {
	const placed = cells.map((c) => {
		const block = isPlainObject(c) ? c : {};
		const ints = (v: unknown) => (list(v) ?? []).filter((n): n is number => Number.isInteger(n));
		const words = typeof block.words === 'string' ? block.words : '';
		return { rows: ints(block.rows), columns: ints(block.columns), kind: personalKind(words) };
	});
	const top = Math.min(...placed.flatMap((c) => c.rows));
	const first = Math.min(...placed.flatMap((c) => c.columns));
	const columnKind = new Map<number, PersonalKind>();
	const rowKind = new Map<number, PersonalKind>();
	const at = new Map<string, PersonalKind>();
	for (const cell of placed) {
		if (!cell.kind) continue;
		for (const r of cell.rows) for (const c of cell.columns) at.set(`${r},${c}`, cell.kind);
		if (cell.rows.includes(top)) for (const c of cell.columns) columnKind.set(c, cell.kind);
		if (cell.columns.includes(first)) for (const r of cell.rows) rowKind.set(r, cell.kind);
	}
	// The corner cell heads its column; it heads the top row too unless that row is a header row itself (another
	// top-row cell names personal data): a transposed table (姓名 | 张三 | 李四) is masked, failing closed.
	const headerRow = placed.some(
		(c) => c.kind && c.rows.includes(top) && !c.columns.includes(first),
	);
	if (headerRow) rowKind.delete(top);
	return placed.map((cell) => {
		if (cell.kind) return undefined;
		if (form) {
			const left = Math.min(...cell.columns) - 1;
			for (const r of cell.rows) if (at.has(`${r},${left}`)) return at.get(`${r},${left}`);
			return undefined;
		}
		if (!cell.rows.includes(top))
			for (const c of cell.columns) if (columnKind.has(c)) return columnKind.get(c);
		if (!cell.columns.includes(first))
			for (const r of cell.rows) if (rowKind.has(r)) return rowKind.get(r);
		return undefined;
	});
}

function tableBlock(value: unknown, mode: Mode, mask: TextMask, form: boolean): unknown {
	return each(value, 'table_block', mode, mask, (out) => {
		delete out.excel; // a base64 .xlsx cannot be masked
		const cells = list(out.words_block_list);
		if (!cells) return out;
		const kinds = mode === 'mask' ? cellKinds(cells, form) : [];
		out.words_block_list = cells
			.map((c, i) =>
				each(c, 'table_words_block', mode, mask, (cell) => {
					if (mode === 'drop') delete cell.words;
					else if (typeof cell.words === 'string') {
						const kind = kinds[i];
						cell.words = kind ? PERSONAL_MASKS[kind](cell.words) : mask.text(cell.words);
					} else maskKey(cell, 'words', (v) => mask.any(v));
					return cell;
				}),
			)
			.filter((v) => v !== undefined);
		return out;
	});
}

function tableResult(
	value: unknown,
	model: 'table_result' | 'form_result',
	mode: Mode,
	mask: TextMask,
): unknown {
	const key = model === 'table_result' ? 'table_list' : 'form_list';
	return each(value, model, mode, mask, (out) => {
		if (list(out[key]))
			out[key] = mapList(out[key], (t) => tableBlock(t, mode, mask, model === 'form_result'));
		return out;
	});
}

function layoutResult(value: unknown, mode: Mode, mask: TextMask): unknown {
	return each(value, 'layout_result', mode, mask, (out) => {
		if (list(out.layout_block_list))
			out.layout_block_list = mapList(out.layout_block_list, (b) =>
				each(b, 'layout_block', mode, mask, (block) => {
					if (mode === 'drop') delete block.text;
					else maskKey(block, 'text', (v) => mask.any(v));
					return block;
				}),
			);
		return out;
	});
}

function formulaResult(value: unknown, mode: Mode, mask: TextMask): unknown {
	return each(value, 'formula_result', mode, mask, (out) => {
		if (list(out.formula_list))
			out.formula_list = mapList(out.formula_list, (b) =>
				each(b, 'formula_block', mode, mask, (block) => {
					if (mode === 'mask') maskKey(block, 'formula', (v) => mask.any(v));
					else if (!mask.clean(block.formula)) delete block.formula;
					return block;
				}),
			);
		return out;
	});
}

/** The cells of the tables of a table_result or form_result that hold personal data, with their kinds. */
function personalCells(result: unknown, form: boolean): Array<[string, PersonalKind]> {
	const tables = isPlainObject(result)
		? list(result[form ? 'form_list' : 'table_list'])
		: undefined;
	const out: Array<[string, PersonalKind]> = [];
	for (const table of tables ?? []) {
		const cells = isPlainObject(table) ? list(table.words_block_list) : undefined;
		if (!cells) continue;
		cellKinds(cells, form).forEach((kind, i) => {
			const cell = cells[i];
			if (kind && isPlainObject(cell) && typeof cell.words === 'string' && cell.words.trim() !== '')
				out.push([cell.words.trim(), kind]);
		});
	}
	return out;
}

/**
 * The personal values of a result, with their kinds: each pair whose key names personal data, and each table
 * or form cell under (or right of) such a header, so that the same text is masked in ocr_result, which holds
 * all the text of the page, tables included.
 */
function personalValues(result: PlainObject): Array<[string, PersonalKind]> {
	const kv = isPlainObject(result.kv_result) ? result.kv_result : {};
	const out: Array<[string, PersonalKind]> = [];
	for (const block of list(kv.kv_block_list) ?? []) {
		if (!isPlainObject(block)) continue;
		const kind = personalKind(typeof block.key === 'string' ? block.key : '');
		const value = typeof block.value === 'number' ? String(block.value) : block.value;
		if (kind && typeof value === 'string' && value.trim() !== '') out.push([value.trim(), kind]);
	}
	return [
		...out,
		...personalCells(result.table_result, false),
		...personalCells(result.form_result, true),
	];
}

/**
 * One SmartDocumentRecognizerResult with its personal data masked or dropped (a copy unless 'none'). Fields
 * the model lacks at the top level are left to the caller (shape.ts), which knows the derived fields.
 */
export function maskSmartDocumentResult(result: PlainObject, mode: MaskMode): PlainObject {
	if (mode === 'none') return result;
	const mask = new TextMask(personalValues(result));
	const out: PlainObject = { ...result };
	const parts: Record<string, (value: unknown) => unknown> = {
		ocr_result: (v) => ocrResult(v, mode, mask),
		kv_result: (v) => kvResult(v, mode, mask),
		table_result: (v) => tableResult(v, 'table_result', mode, mask),
		layout_result: (v) => layoutResult(v, mode, mask),
		form_result: (v) => tableResult(v, 'form_result', mode, mask),
		formula_result: (v) => formulaResult(v, mode, mask),
	};
	for (const key of Object.keys(out))
		if (!(key in parts) && mode === 'mask') out[key] = mask.deep(out[key]);
	for (const [key, part] of Object.entries(parts)) {
		if (!(key in out)) continue;
		const masked = part(out[key]);
		if (masked === undefined) delete out[key];
		else out[key] = masked;
	}
	return out;
}
