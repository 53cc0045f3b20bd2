import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { OcrCallError } from '../../model/OcrCallError';

/**
 * The page options of an API that reads a chosen PDF page (a document opts in with `pdfPages` in its
 * `recognizeDocument({...})` and these options in its Options collection): PDF Page Number (public contract
 * since 0.x, unchanged), PDF Pages, PDF Page List and Max PDF Pages. Read by actions/shared/pdfPages.ts.
 */

const maxPdfPagesOption = {
	displayName: 'Max PDF Pages',
	name: 'maxPdfPages',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 100 },
	default: 20,
	description:
		'With All Pages or Page List: the most pages read of one PDF (each page is one call, billed by Huawei). With error handling on, a PDF known to have more gets an error item naming the pages left.',
} satisfies INodeProperties;

/**
 * The page options, for a document's Options collection. `pageNumber: false` leaves PDF Page Number out (Other
 * OCR API: a single page is set in its Request Options, as before).
 */
export function pdfPageOptions({ pageNumber = true } = {}): INodeProperties[] {
	const single: INodeProperties[] = [
		{
			displayName: 'PDF Page Number',
			name: 'pdfPageNumber',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description:
				'With PDF Pages on Single Page: the page of a PDF to read. Without this option Huawei reads page 1.',
		},
	];
	return [
		...(pageNumber ? single : []),
		{
			displayName: 'PDF Pages',
			name: 'pdfPages',
			type: 'options',
			options: [
				{
					name: 'All Pages',
					value: 'all',
					description: 'One output item per page, each with its page number in page',
				},
				{
					name: 'Page List',
					value: 'list',
					description: 'One output item per page named in PDF Page List, each with its page number',
				},
				{
					name: 'Single Page',
					value: 'single',
					description: 'One output item: the page PDF Page Number names (page 1 without it)',
				},
			],
			default: 'single',
			description: 'Which pages of a PDF to read. A photo always gives one output item.',
		},
		{
			displayName: 'PDF Page List',
			name: 'pdfPageList',
			type: 'string',
			default: '',
			placeholder: '1-3,5',
			description:
				'With PDF Pages on Page List: the pages to read, e.g. 1-3,5. Pages past the end of the PDF are skipped.',
		},
		maxPdfPagesOption,
	];
}

/** Which pages to read: `ranges` (ascending pages from them, see `pagesOf`), at most `max` of them. */
export interface PdfPagesSetting {
	mode: 'single' | 'all' | 'list';
	ranges: Array<[number, number]>;
	max: number;
}

function refuse(option: string, shown: string, message: string, description: string) {
	return new OcrCallError({
		kind: 'input',
		errorCode: 'INVALID_OPTION',
		errorMsg: `${option} is ${shown}`,
		message,
		description,
		local: true,
	});
}

/** `1-3, 5` → [[1, 3], [5, 5]]; anything else (0, 3-1, 1.5, a word) is refused naming the option. */
export function parsePageList(value: unknown, label: string): Array<[number, number]> {
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
	const shown = JSON.stringify(text.slice(0, 50));
	const bad = () =>
		refuse(
			'PDF Page List',
			shown,
			`${label}: PDF Page List ${shown} is not a list of pages.`,
			'Enter page numbers and ranges from 1, separated by commas, e.g. 1-3,5.',
		);
	const parts = text.split(',').map((part) => part.trim());
	if (parts.every((part) => part === '')) throw bad();
	const ranges: Array<[number, number]> = [];
	for (const part of parts) {
		if (part === '') continue;
		const match = /^(\d{1,6})(?:\s*-\s*(\d{1,6}))?$/.exec(part);
		if (!match) throw bad();
		const first = Number(match[1]);
		const last = match[2] === undefined ? first : Number(match[2]);
		if (first < 1 || last < first) throw bad();
		ranges.push([first, last]);
	}
	return ranges;
}

/** The pages of `ranges`, ascending, each once (lazily: `1-999999` costs nothing until read). */
export function* pagesOf(ranges: Array<[number, number]>): Generator<number> {
	let next = 1;
	for (const [first, last] of [...ranges].sort((a, b) => a[0] - b[0])) {
		for (let page = Math.max(first, next); page <= last; page++) yield page;
		next = Math.max(next, last + 1);
	}
}

/** The page options of one item (`options` is its Options collection). */
export function readPdfPagesSetting(options: IDataObject, label: string): PdfPagesSetting {
	const mode =
		options.pdfPages === 'all' || options.pdfPages === 'list' ? options.pdfPages : 'single';
	const { minValue, maxValue } = maxPdfPagesOption.typeOptions;
	const raw = options.maxPdfPages;
	let max: number = maxPdfPagesOption.default;
	if (raw !== undefined && raw !== null && raw !== '') {
		const value = typeof raw === 'number' ? raw : Number(String(raw).trim() || NaN);
		if (!Number.isFinite(value)) {
			const shown = JSON.stringify(String(raw).slice(0, 50));
			throw refuse(
				'Max PDF Pages',
				shown,
				`The option 'Max PDF Pages' must be a number from ${minValue} to ${maxValue}; it is ${shown}`,
				"Set 'Max PDF Pages' to a number (an expression must yield a number).",
			);
		}
		max = Math.min(maxValue, Math.max(minValue, Math.round(value)));
	}
	if (mode === 'single') return { mode, ranges: [], max };
	if (mode === 'all') return { mode, ranges: [[1, Number.MAX_SAFE_INTEGER]], max };
	return { mode, ranges: parsePageList(options.pdfPageList, label), max };
}
