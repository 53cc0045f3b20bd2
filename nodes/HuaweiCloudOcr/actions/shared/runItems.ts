import type { IDataObject, IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { shanghaiToday } from '../../helpers/shared/dates';
import type { OcrApi } from '../../model/ocrApi';
import { runPool } from '../../helpers/runPool';
import { OcrCallError } from '../../model/OcrCallError';
import { cancelledFailure, OcrClient, type ClientSettings } from '../../transport/ocrClient';
import { DEFAULT_RETRY } from '../../transport/retryPolicy';
import { NUMERIC_OPTION_LIMITS } from './descriptions';
import { itemLabel } from '../../helpers/itemLabel';
import { errorItem } from './outputItems';
import { retryOnFailGuard } from './retryOnFailGuard';

/** Anything unexpected (a parameter that cannot be read, a bug) still fails only its own item. */
function asOcrCallError(error: unknown): OcrCallError {
	if (error instanceof OcrCallError) return error;
	const message = (error as Error)?.message ?? String(error);
	return new OcrCallError({
		kind: 'fatal',
		errorCode: 'NODE_ERROR',
		errorMsg: message,
		message,
		local: true,
	});
}

function toNodeError(context: IExecuteFunctions, error: OcrCallError, itemIndex: number): Error {
	const f = error.failure;
	if (f.local || f.httpStatus === undefined) {
		return new NodeOperationError(context.getNode(), f.message, {
			itemIndex,
			description: f.description,
		});
	}
	const response: JsonObject = { error_code: f.errorCode, error_msg: f.errorMsg };
	if (f.requestId) response.request_id = f.requestId;
	return new NodeApiError(context.getNode(), response, {
		message: f.message,
		description: f.description,
		httpCode: String(f.httpStatus),
		itemIndex,
	});
}

/**
 * A numeric option as a number inside its limits (rounded and clamped), or an error naming the option when it
 * is not a number at all (an expression yielding text, NaN, Infinity).
 */
function numericOption(options: IDataObject, name: keyof typeof NUMERIC_OPTION_LIMITS): number {
	const { displayName, min, max, fallback } = NUMERIC_OPTION_LIMITS[name];
	const raw = options[name];
	if (raw === undefined || raw === null || raw === '') return fallback;
	const value =
		typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() ? Number(raw) : NaN;
	if (!Number.isFinite(value)) {
		const shown = typeof raw === 'string' ? `"${raw.slice(0, 50)}"` : String(raw);
		throw new OcrCallError({
			kind: 'input',
			errorCode: 'INVALID_OPTION',
			errorMsg: `${displayName} is ${shown}`,
			message: `The option '${displayName}' must be a number from ${min} to ${max}; it is ${shown}`,
			description: `Set '${displayName}' to a number (an expression must yield a number).`,
			local: true,
		});
	}
	return Math.min(max, Math.max(min, Math.round(value)));
}

/** The client's settings from the options of item 0 (they apply to the whole batch). */
function clientSettings(context: IExecuteFunctions): ClientSettings {
	const options = context.getNodeParameter('options', 0, {}) as IDataObject;
	// n8n 1.x has it too; guarded in case a host does not.
	const signal =
		typeof context.getExecutionCancelSignal === 'function'
			? context.getExecutionCancelSignal()
			: undefined;
	return {
		concurrency: numericOption(options, 'concurrency'),
		timeoutMs: numericOption(options, 'timeout'),
		retry: { ...DEFAULT_RETRY, maxRetries: numericOption(options, 'maxRetries') },
		signal,
	};
}

/** What the item loop hands to an operation for one input item. */
export interface ItemRun {
	itemIndex: number;
	input: INodeExecutionData;
	/** The API client, shared by all items (one limiter, one project-id lookup). */
	client: OcrClient;
	/** Today in Asia/Shanghai, YYYY-MM-DD, the same for the whole run. */
	today: string;
	/** How messages name this item ("input item 3"). */
	label: string;
	/** Whether a failure becomes an error item (the node continues on fail) rather than failing the node. */
	continueOnFail: boolean;
	/** The execution's cancel signal (Stop), when the host has one. */
	signal?: AbortSignal;
}

/**
 * Reads one input item and returns its output: one item, several (Auto-Classify: one per document found; a
 * PDF read page by page: one or more per page, actions/shared/pdfPages.ts), or none. Error items (`errorItem`, `checksFailedItem` in outputItems.ts) may be among them. Throw to fail the item.
 * `pairedItem` defaults to the input item.
 */
export type ItemHandler = (
	this: IExecuteFunctions,
	run: ItemRun,
) => Promise<INodeExecutionData | INodeExecutionData[]>;

/**
 * The item loop every operation shares: one client for `api` (options Concurrency, Timeout, Max Retries of
 * item 0), at most Concurrency items at once, outputs in input order. A failed item becomes an error item
 * when the node continues on fail; otherwise no new item starts and the first failed item's error is thrown.
 */
export async function runItems(
	this: IExecuteFunctions,
	api: OcrApi,
	handler: ItemHandler,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const continueOnFail = this.continueOnFail();
	let settings: ClientSettings;
	try {
		settings = clientSettings(this);
	} catch (error) {
		// A batch option that is not a number: every item says so (nothing is lost), or the node stops on it.
		const failure = asOcrCallError(error);
		if (!continueOnFail) throw toNodeError(this, failure, 0);
		return [items.map((_, i) => errorItem(failure.message, failure.errorObject(), i))];
	}
	const { concurrency, signal } = settings;
	let client: OcrClient;
	try {
		client = await OcrClient.create(this, api, settings);
	} catch (error) {
		// A missing credential, an unusable region/endpoint in it, a region the API is not served in, an
		// endpoint its Allowed HTTP Request Domains leave out. Nothing was sent: with error handling on, every
		// item goes to the error output saying so (an exception here would pass the inputs to the main output).
		if (!continueOnFail) throw new NodeOperationError(this.getNode(), error as Error);
		const reason = (error as Error)?.message ?? String(error);
		return [
			items.map((_, i) => {
				const failure = new OcrCallError({
					kind: 'fatal',
					errorCode: 'CREDENTIAL_SETTINGS',
					errorMsg: reason,
					message: `${reason} ${itemLabel(i)} was not sent.`,
					local: true,
				});
				return errorItem(failure.message, failure.errorObject(), i);
			}),
		];
	}

	const today = shanghaiToday(new Date());
	const outputs: INodeExecutionData[][] = new Array(items.length);
	const failures = new Map<number, OcrCallError>();
	const guard = retryOnFailGuard(this);
	const settle = (itemIndex: number, failure: OcrCallError) => {
		if (continueOnFail)
			outputs[itemIndex] = [errorItem(failure.message, failure.errorObject(), itemIndex)];
		else failures.set(itemIndex, failure);
	};
	const processItem = async (itemIndex: number) => {
		const input = items[itemIndex];
		const previous = guard?.previous(input);
		if (previous) {
			if ('outputs' in previous) outputs[itemIndex] = previous.outputs;
			else settle(itemIndex, previous.failure);
			return;
		}
		try {
			const produced = await handler.call(this, {
				itemIndex,
				input,
				client,
				today,
				label: itemLabel(itemIndex),
				continueOnFail,
				signal,
			});
			const list = Array.isArray(produced) ? produced : [produced];
			for (const item of list) item.pairedItem ??= { item: itemIndex };
			outputs[itemIndex] = list;
			guard?.keep(input, { outputs: list });
		} catch (error) {
			const failure = asOcrCallError(error);
			guard?.keep(input, { failure });
			settle(itemIndex, failure);
		}
	};

	// After Stop (the execution's cancel signal) no new item starts.
	await runPool(
		items.length,
		concurrency,
		processItem,
		() => failures.size > 0 || signal?.aborted === true,
	);
	for (let i = 0; i < items.length; i++) {
		if (outputs[i] !== undefined || failures.has(i)) continue;
		if (!signal?.aborted) break; // not started because an earlier item failed: the node stops on it
		settle(i, new OcrCallError(cancelledFailure(itemLabel(i), false)));
	}
	if (failures.size > 0) {
		const first = Math.min(...failures.keys());
		throw toNodeError(this, failures.get(first)!, first);
	}
	return [outputs.flat()];
}
