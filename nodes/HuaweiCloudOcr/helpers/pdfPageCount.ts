/**
 * The number of pages of a PDF, read from its bytes without a PDF library (n8n's Cloud rules allow no zlib):
 * only when the answer is certain, otherwise `undefined` (the node then asks Huawei page by page and stops at
 * its refusal of the page past the end).
 *
 * Certain means: no object lives in a compressed object stream (`/ObjStm`, PDF 1.5+: its dictionaries cannot
 * be read), and the page objects (`/Type /Page`, counted once per object number, so that an incremental
 * update replacing a page counts it once) are exactly as many as the page tree's root says (`/Count` of the
 * `/Type /Pages` object with the largest count, the last version of each object number). Any disagreement (a
 * page removed by an incremental update, a page dictionary inside an uncompressed content stream) → undefined.
 */

const OBJECT = /(\d+)\s+(\d+)\s+obj\b([\s\S]*?)\bendobj\b/g;
const PAGE = /\/Type\s*\/Page(?![A-Za-z0-9#])/;
const PAGES = /\/Type\s*\/Pages(?![A-Za-z0-9#])/;
const COUNT = /\/Count\s+(\d+)/;

export function countPdfPages(bytes: Buffer): number | undefined {
	if (bytes.length < 5 || bytes.toString('latin1', 0, 5) !== '%PDF-') return undefined;
	const text = bytes.toString('latin1');
	if (/\/ObjStm(?![A-Za-z0-9#])/.test(text)) return undefined;
	const pages = new Set<string>();
	const counts = new Map<string, number>();
	for (const match of text.matchAll(OBJECT)) {
		const [, number, , body] = match;
		if (PAGES.test(body)) {
			const count = COUNT.exec(body);
			if (count) counts.set(number, Number(count[1]));
			pages.delete(number);
		} else if (PAGE.test(body)) {
			pages.add(number);
			counts.delete(number);
		}
	}
	const root = Math.max(0, ...counts.values());
	return root > 0 && pages.size === root ? root : undefined;
}
