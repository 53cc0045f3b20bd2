import { isPlainObject, type PlainObject } from '../shared/plainObject';

/**
 * The cell grid of a table (or wired form): Huawei's SmartDocumentRecognizerTableBlock lists its cells in
 * `words_block_list`, each SmartDocumentRecognizerTableWordsBlock with `words` and the 0-based `rows` and
 * `columns` it occupies (huaweicloud-sdk-python-v3 @343a486b, huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 * smart_document_recognizer_table_block.py, smart_document_recognizer_table_words_block.py).
 */

/** One cell: its text and the grid positions it occupies (a merged cell occupies several). */
export interface GridCell {
	words: string;
	rows: number[];
	columns: number[];
}

function indexes(value: unknown): number[] {
	if (!Array.isArray(value)) return [];
	return [...new Set(value.filter((v): v is number => Number.isInteger(v) && (v as number) >= 0))];
}

/** The cells of a table block whose `rows` and `columns` name at least one grid position each. */
export function tableCells(table: unknown): GridCell[] {
	if (!isPlainObject(table) || !Array.isArray(table.words_block_list)) return [];
	const cells: GridCell[] = [];
	for (const block of table.words_block_list as unknown[]) {
		if (!isPlainObject(block)) continue;
		const rows = indexes(block.rows);
		const columns = indexes(block.columns);
		if (rows.length === 0 || columns.length === 0) continue;
		const words = typeof block.words === 'string' ? block.words : '';
		cells.push({ words, rows, columns });
	}
	return cells;
}

/**
 * A table as an array of rows, each an array of cell texts, top to bottom and left to right:
 * - a merged cell (several `rows` and/or `columns`) has its text in every position it covers, so each row
 *   reads on its own (as pandas' read_html fills spanned cells);
 * - a position no cell covers is '';
 * - a row or column index no cell names at all is left out (the grid is as large as the indexes Huawei uses,
 *   never larger: a reply naming row 1000000 cannot make a huge array);
 * - two cells claiming one position: their texts joined by a newline, in Huawei's order (nothing is lost).
 */
export function tableRows(table: unknown): string[][] {
	const cells = tableCells(table);
	const rowIndexes = [...new Set(cells.flatMap((c) => c.rows))].sort((a, b) => a - b);
	const columnIndexes = [...new Set(cells.flatMap((c) => c.columns))].sort((a, b) => a - b);
	const rowAt = new Map(rowIndexes.map((r, i) => [r, i]));
	const columnAt = new Map(columnIndexes.map((c, i) => [c, i]));
	const grid: Array<Array<string | undefined>> = rowIndexes.map(() =>
		columnIndexes.map(() => undefined),
	);
	for (const cell of cells)
		for (const r of cell.rows)
			for (const c of cell.columns) {
				const row = grid[rowAt.get(r)!];
				const j = columnAt.get(c)!;
				row[j] = row[j] === undefined ? cell.words : `${row[j]}\n${cell.words}`;
			}
	return grid.map((row) => row.map((words) => words ?? ''));
}

/** Every table of a `table_result` (`table_list`) or `form_result` (`form_list`) as rows. */
export function tablesOf(result: unknown, listKey: 'table_list' | 'form_list'): string[][][] {
	if (!isPlainObject(result)) return [];
	const list = (result as PlainObject)[listKey];
	return Array.isArray(list) ? list.map(tableRows) : [];
}
