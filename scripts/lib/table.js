'use strict';
/* A plain-text table for the terminal that lines up Chinese text: wide (CJK) characters take two columns. */

function charWidth(cp) {
	if (cp === 0) return 0;
	if (cp < 32 || (cp >= 0x7f && cp < 0xa0)) return 0;
	if (cp >= 0x300 && cp <= 0x36f) return 0; // combining marks
	if (cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0xfeff) return 0;
	if (
		(cp >= 0x1100 && cp <= 0x115f) ||
		(cp >= 0x2e80 && cp <= 0x303e) ||
		(cp >= 0x3041 && cp <= 0x33ff) ||
		(cp >= 0x3400 && cp <= 0x4dbf) ||
		(cp >= 0x4e00 && cp <= 0x9fff) ||
		(cp >= 0xa000 && cp <= 0xa4cf) ||
		(cp >= 0xac00 && cp <= 0xd7a3) ||
		(cp >= 0xf900 && cp <= 0xfaff) ||
		(cp >= 0xfe30 && cp <= 0xfe4f) ||
		(cp >= 0xff00 && cp <= 0xff60) ||
		(cp >= 0xffe0 && cp <= 0xffe6) ||
		(cp >= 0x1f300 && cp <= 0x1faff) ||
		(cp >= 0x20000 && cp <= 0x3fffd)
	) {
		return 2;
	}
	return 1;
}

function displayWidth(text) {
	let w = 0;
	for (const ch of String(text)) w += charWidth(ch.codePointAt(0));
	return w;
}

/** Cuts `text` to at most `max` columns, ending with '…' when cut. */
function truncate(text, max) {
	const s = String(text);
	if (displayWidth(s) <= max) return s;
	let out = '';
	let w = 0;
	for (const ch of s) {
		const cw = charWidth(ch.codePointAt(0));
		if (w + cw > max - 1) break;
		out += ch;
		w += cw;
	}
	return `${out}…`;
}

function pad(text, width) {
	return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function cell(value) {
	if (value === undefined || value === null) return '';
	if (typeof value === 'object') return JSON.stringify(value);
	return String(value).replace(/\s+/g, ' ');
}

/**
 * formatTable([{ a: 1, b: '张三' }], { columns: ['a', 'b'], maxWidth: { b: 20 } }) → string with a header,
 * a rule and one line per row.
 * @param {Record<string, unknown>[]} rows
 * @param {object} [o]
 * @param {string[]} [o.columns] the columns, in order (default: every key of the rows)
 * @param {Record<string, number>} [o.maxWidth] display width per column (default 60)
 * @param {Record<string, string>} [o.headers] header per column (default: its name)
 * @returns {string}
 */
function formatTable(rows, { columns, maxWidth = {}, headers = {} } = {}) {
	const cols = columns || [...new Set(rows.flatMap((r) => Object.keys(r)))];
	const texts = rows.map((r) => cols.map((c) => truncate(cell(r[c]), maxWidth[c] || 60)));
	const heads = cols.map((c) => headers[c] || c);
	const widths = cols.map((_, i) =>
		Math.max(displayWidth(heads[i]), ...texts.map((t) => displayWidth(t[i]))),
	);
	const line = (cells) =>
		cells
			.map((t, i) => pad(t, widths[i]))
			.join('  ')
			.trimEnd();
	return [line(heads), widths.map((w) => '-'.repeat(w)).join('  '), ...texts.map(line)].join('\n');
}

module.exports = { formatTable, displayWidth, truncate };
