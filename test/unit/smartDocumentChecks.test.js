/**
 * Smart Document's pure functions: tables as rows (helpers/smartDocument/tables.ts), key-value pairs as
 * fields (shape.ts kvFields) and the KV Map option's local check (kvMap.ts).
 */
import { tableRows } from '../../nodes/HuaweiCloudOcr/helpers/smartDocument/tables';
import { kvFields } from '../../nodes/HuaweiCloudOcr/helpers/smartDocument/shape';
import { kvMapParam } from '../../nodes/HuaweiCloudOcr/helpers/smartDocument/kvMap';

const cell = (words, rows, columns) => ({ words, rows, columns });

describe('tableRows: a table as rows of cell texts', () => {
	it('a merged cell fills every position it spans; an uncovered position is empty', () => {
		const table = {
			words_block_list: [cell('A', [0], [0, 1]), cell('B', [0, 1], [2]), cell('C', [1], [0])],
		};
		expect(tableRows(table)).toEqual([
			['A', 'A', 'B'],
			['C', '', 'B'],
		]);
	});

	it('cells are placed by their indexes, not their order in the list', () => {
		const table = { words_block_list: [cell('d', [1], [1]), cell('a', [0], [0])] };
		expect(tableRows(table)).toEqual([
			['a', ''],
			['', 'd'],
		]);
	});

	it('two cells claiming one position keep both texts, joined by a newline in order', () => {
		const table = { words_block_list: [cell('x', [0], [0]), cell('y', [0], [0])] };
		expect(tableRows(table)).toEqual([['x\ny']]);
	});

	it('a huge index makes no huge grid: indexes no cell uses are left out', () => {
		const table = { words_block_list: [cell('a', [0], [0]), cell('b', [1000000000], [7])] };
		expect(tableRows(table)).toEqual([
			['a', ''],
			['', 'b'],
		]);
	});

	it('cells without valid rows or columns, non-objects and a missing list give no rows', () => {
		expect(
			tableRows({ words_block_list: [cell('a', [], [0]), cell('b', [-1], [0]), 'c', null] }),
		).toEqual([]);
		expect(tableRows({})).toEqual([]);
		expect(tableRows(null)).toEqual([]);
	});
});

describe('kvFields: key-value pairs as fields', () => {
	it('key → value in order; a repeated key keeps all its values as an array', () => {
		const fields = kvFields({
			kv_block_list: [
				{ key: '备注', value: 'a' },
				{ key: '金额', value: '1' },
				{ key: '备注', value: 'b' },
				{ key: '备注', value: 'c' },
			],
		});
		expect(fields).toEqual({ 备注: ['a', 'b', 'c'], 金额: '1' });
	});

	it('a value that is itself a list is not mistaken for repeated values', () => {
		const fields = kvFields({
			kv_block_list: [
				{ key: 'k', value: ['x'] },
				{ key: 'k', value: 'y' },
			],
		});
		expect(fields).toEqual({ k: [['x'], 'y'] });
	});

	it('__proto__ and constructor are ordinary keys', () => {
		const fields = kvFields({
			kv_block_list: [
				{ key: '__proto__', value: 'p' },
				{ key: 'constructor', value: 'c' },
			],
		});
		expect(Object.keys(fields)).toEqual(['__proto__', 'constructor']);
		expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
		expect(fields.constructor).toBe('c');
	});
});

describe('kvMapParam: the KV Map option', () => {
	it('a JSON object of texts is sent as compact JSON text; empty text or {} sends nothing', () => {
		expect(kvMapParam('{ "名称": "姓名" }', 'Input item 0')).toBe('{"名称":"姓名"}');
		expect(kvMapParam({ a: 'b' }, 'Input item 0')).toBe('{"a":"b"}');
		expect(kvMapParam('', 'Input item 0')).toBeUndefined();
		expect(kvMapParam('{}', 'Input item 0')).toBeUndefined();
		expect(kvMapParam(undefined, 'Input item 0')).toBeUndefined();
	});

	it.each([
		['{名称: 姓名}', /^Input item 2: KV Map is not valid JSON/],
		['["a"]', /^Input item 2: KV Map must be a JSON object; it is a list/],
		['"text"', /^Input item 2: KV Map must be a JSON object; it is a string/],
		['null', /^Input item 2: KV Map must be a JSON object; it is null/],
		['{"a": 1}', /^Input item 2: KV Map must map each key to a text; "a" does not/],
	])('%s is refused locally, naming the item and the fix', (value, message) => {
		let error;
		try {
			kvMapParam(value, 'Input item 2');
		} catch (e) {
			error = e;
		}
		expect(error?.message).toMatch(message);
		expect(error.failure).toMatchObject({ errorCode: 'INVALID_OPTION', local: true });
		expect(error.failure.description).toMatch(/JSON object mapping/);
	});
});

describe('shapeSmartDocument: layout only when the Layout option is on', () => {
	const { shapeSmartDocument } = require('../../nodes/HuaweiCloudOcr/helpers/smartDocument/shape');
	/** @type {any} */
	const result = [
		{ ocr_result: { words_block_count: 0 }, layout_result: { layout_block_count: 1 } },
	];

	it('a layout_result Huawei sends without the option asked is not output; with it, it is', () => {
		const off = shapeSmartDocument(result, { masking: 'none', today: '2026-01-01', request: {} });
		expect(Object.keys(off.json)).toEqual(['ocr_result']);
		const on = shapeSmartDocument(result, {
			masking: 'none',
			today: '2026-01-01',
			request: { layout: true },
		});
		expect(Object.keys(on.json)).toEqual(['ocr_result', 'layout_result']);
	});

	it('a second entry in result is kept, shaped the same way, in additional_results', () => {
		/** @type {any} */
		const two = [
			{ kv_result: { kv_block_list: [{ key: 'a', value: '1' }] } },
			{ kv_result: { kv_block_list: [{ key: 'a', value: '2' }] } },
		];
		const shaped = shapeSmartDocument(two, { masking: 'none', today: '2026-01-01', request: {} });
		expect(shaped.json.fields).toEqual({ a: '1' });
		expect(shaped.json.additional_results).toEqual([
			{ kv_result: two[1].kv_result, fields: { a: '2' } },
		]);
	});
});

describe('maskSmartDocumentResult: personal values masked wherever they appear', () => {
	const {
		maskSmartDocumentResult,
	} = require('../../nodes/HuaweiCloudOcr/helpers/smartDocument/masking');
	const page = (value) => ({
		ocr_result: { words_block_list: [{ words: `姓名 ${value} 日期 2024/05/06` }] },
		kv_result: { kv_block_list: [{ key: '姓名', value }] },
	});

	it('a personal value of two characters or more is masked in the page text too', () => {
		const out = /** @type {any} */ (maskSmartDocumentResult(page('张三'), 'mask'));
		expect(out.kv_result.kv_block_list[0].value).toBe('张*');
		expect(out.ocr_result.words_block_list[0].words).toBe('姓名 张* 日期 2024/05/06');
	});

	it('a one-character personal value is masked in its pair only, not everywhere that character appears', () => {
		const out = /** @type {any} */ (maskSmartDocumentResult(page('/'), 'mask'));
		expect(out.kv_result.kv_block_list[0].value).toBe('*');
		expect(out.ocr_result.words_block_list[0].words).toBe('姓名 / 日期 2024/05/06');
	});
});
