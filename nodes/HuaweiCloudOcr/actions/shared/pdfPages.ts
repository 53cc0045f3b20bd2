import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { PreparedImage } from '../../helpers/imageInput';
import { countPdfPages } from '../../helpers/pdfPageCount';
import { OcrCallError, type OcrFailure } from '../../model/OcrCallError';
import { errorItem } from './outputItems';
import { pagesOf, type PdfPagesSetting } from './pdfPageOptions';
import type { ItemRun } from './runItems';

/**
 * Reads the pages of one input item's PDF, one call per page, in page order (actions/shared/pdfPageOptions.ts
 * holds the options). Each call is an ordinary `client.recognize`: the limiter, retries, Stop, the time budget
 * and masking apply to it as to any call.
 */

/** Reads one page (`undefined`: no page is sent, the item is read as before) and returns its output items. */
export type PageReader = (page: number | undefined, label: string) => Promise<INodeExecutionData[]>;

/** The request field that names the page: `pdf_page_number` for most APIs, `page_num` for a few. */
export const DEFAULT_PAGE_FIELD = 'pdf_page_number';

/** Whether the input is a PDF: its bytes start with %PDF-, or (an Image URL) its path ends in .pdf. */
export function isPdfInput(image: PreparedImage): boolean {
	if (image.kind === 'image') return image.bytes.toString('latin1', 0, 5) === '%PDF-';
	try {
		return /\.pdf$/i.test(new URL(image.url).pathname);
	} catch {
		return false;
	}
}

/**
 * Huawei's refusal of a page past the end (its code is not documented: AIS.0101, "the input parameter is
 * invalid", the code of a request field out of range): only trusted when the page count is unknown and an
 * earlier page was asked for.
 */
function pastTheEnd(failure: OcrFailure): boolean {
	return failure.errorCode === 'AIS.0101' && failure.local !== true;
}

/** A failure after which the next page would fail the same way: Stop, the time budget, refused keys. */
function endsTheDocument(failure: OcrFailure, run: ItemRun): boolean {
	return (
		run.signal?.aborted === true ||
		failure.kind === 'auth' ||
		failure.errorCode === 'CANCELLED' ||
		failure.errorCode === 'TIME_BUDGET'
	);
}

function pageError(message: string, error: IDataObject, run: ItemRun): INodeExecutionData {
	return errorItem(message, error, run.itemIndex);
}

/** The error item naming the pages Max PDF Pages left unread. */
function capNotice(
	run: ItemRun,
	max: number,
	wanted: number[],
	count: number | undefined,
): INodeExecutionData {
	const last = wanted[wanted.length - 1];
	const message =
		count === undefined
			? `Pages after page ${last} of the PDF of ${run.label} were not read, if it has more: Max PDF Pages is ${max}`
			: `Pages after page ${last} of the PDF of ${run.label} (${count} pages) were not read: Max PDF Pages is ${max}`;
	const error: IDataObject = {
		error_code: 'PDF_PAGE_CAP',
		error_msg: message,
		last_page_read: last,
	};
	if (count !== undefined) error.page_count = count;
	return pageError(message, { ...error, api_called: false }, run);
}

function localRefusal(errorCode: string, errorMsg: string, message: string, description: string) {
	return new OcrCallError({
		kind: 'input',
		errorCode,
		errorMsg,
		message,
		description,
		local: true,
	});
}

/**
 * The output of one input item under the page options: one item as before for Single Page or a photo;
 * otherwise one per page (each carrying `page`), a page Huawei cannot read as an error item with its page
 * (error handling on; off, the item fails on it), and no call past the last page when the PDF's page count
 * can be read locally (helpers/pdfPageCount.ts), at most one (Huawei's refusal, no item) when it cannot.
 */
export async function readPdfPages(
	run: ItemRun,
	setting: PdfPagesSetting,
	image: PreparedImage,
	read: PageReader,
): Promise<INodeExecutionData[]> {
	if (setting.mode === 'single' || !isPdfInput(image)) return await read(undefined, run.label);
	const count = image.kind === 'image' ? countPdfPages(image.bytes) : undefined;
	const wanted: number[] = [];
	// Pages asked for past Max PDF Pages: certain when the count is known or the list names them.
	let capped: 'certain' | 'maybe' | undefined;
	for (const page of pagesOf(setting.ranges)) {
		if (count !== undefined && page > count) break;
		if (wanted.length === setting.max) {
			capped = count !== undefined || setting.mode === 'list' ? 'certain' : 'maybe';
			break;
		}
		wanted.push(page);
	}
	if (wanted.length === 0) {
		throw localRefusal(
			'PDF_PAGE_RANGE',
			`The PDF has ${count} page(s)`,
			`The PDF of ${run.label} has ${count} page(s): PDF Page List names none of them`,
			'Name pages from 1 to the last page of the PDF in PDF Page List, or choose All Pages.',
		);
	}
	if (capped === 'certain' && !run.continueOnFail) {
		throw localRefusal(
			'PDF_PAGE_CAP',
			`More than ${setting.max} pages asked for`,
			`The PDF of ${run.label} has more pages to read than Max PDF Pages (${setting.max}); nothing was sent`,
			'Raise Max PDF Pages (up to 100), name fewer pages in PDF Page List, or turn error handling on to read the first pages and get the others named on the error output.',
		);
	}
	const outputs: INodeExecutionData[] = [];
	for (const [index, page] of wanted.entries()) {
		// Any failure but an OcrCallError (a bug) fails the item as before: read() rejects with it.
		const failed = await read(page, `page ${page} of ${run.label}`).then(
			(items) => void outputs.push(...items),
			(error: unknown) => {
				if (error instanceof OcrCallError) return error;
				throw error;
			},
		);
		if (!failed) continue;
		const failure = failed.failure;
		if (count === undefined && index > 0 && pastTheEnd(failure)) return outputs;
		if (!run.continueOnFail) throw failed;
		outputs.push(pageError(failure.message, { ...failed.errorObject(), page }, run));
		if (endsTheDocument(failure, run)) return outputs;
	}
	if (capped && run.continueOnFail) outputs.push(capNotice(run, setting.max, wanted, count));
	return outputs;
}
