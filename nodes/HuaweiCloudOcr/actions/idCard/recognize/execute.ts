import type { IDataObject, IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { shanghaiToday } from '../../../helpers/dates';
import { prepareImage, type ImageSource } from '../../../helpers/imageInput';
import type { MaskMode } from '../../../helpers/masking';
import { resultToItem } from '../../../helpers/resultToItem';
import { runPool } from '../../../helpers/runPool';
import { IdCardClient } from '../../../transport/idCardClient';
import { OcrCallError } from '../../../transport/OcrCallError';
import { DEFAULT_RETRY } from '../../../transport/retryPolicy';
import { REQUEST_FLAGS } from './description';

function requestBody(
	image: Awaited<ReturnType<typeof prepareImage>>,
	side: string,
	options: IDataObject,
): IDataObject {
	const body: IDataObject = image.kind === 'url' ? { url: image.url } : { image: image.base64 };
	if (side && side !== 'auto') body.side = side;
	for (const { option, flag } of REQUEST_FLAGS) if (options[option] === true) body[flag] = true;
	return body;
}

/**
 * An error item routes to the error output on every n8n: before about 2.36 the engine moves an item whose
 * JSON has exactly the keys `error` and `message`; later versions move one whose keys are all among
 * `error`, `message` and `details`. So the item has exactly `message` (text) and `error` (an object with
 * Huawei's code and message, the HTTP status, the request id, `api_called`, ...). No `item.error`: the engine
 * would replace the JSON with the message alone.
 */
export function errorItem(
	message: string,
	error: IDataObject,
	itemIndex: number,
): INodeExecutionData {
	return { json: { message, error: { message, ...error } }, pairedItem: { item: itemIndex } };
}

/** A card Huawei read but the local checks refused: the reasons and the (masked) card, for a person to review. */
function checksFailedItem(
	card: IDataObject,
	failures: string[],
	itemIndex: number,
): INodeExecutionData {
	const message = `The card of input item ${itemIndex} failed the local checks: ${failures.join('; ')}`;
	return errorItem(
		message,
		{
			error_code: 'CHECKS_FAILED',
			error_msg: failures.join('; '),
			reasons: failures,
			card,
			api_called: true,
		},
		itemIndex,
	);
}

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

export async function recognize(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const batchOptions = this.getNodeParameter('options', 0, {}) as IDataObject;
	const continueOnFail = this.continueOnFail();
	let client: IdCardClient;
	try {
		client = await IdCardClient.create(this, {
			concurrency: Number(batchOptions.concurrency ?? 5),
			timeoutMs: Number(batchOptions.timeout ?? 30_000),
			retry: {
				...DEFAULT_RETRY,
				maxRetries: Number(batchOptions.maxRetries ?? DEFAULT_RETRY.maxRetries),
			},
		});
	} catch (error) {
		// A missing credential or an unusable region/endpoint in it: the message says what to fix.
		throw new NodeOperationError(this.getNode(), error as Error);
	}

	const today = shanghaiToday(new Date());
	const output: INodeExecutionData[] = new Array(items.length);
	const failures = new Map<number, OcrCallError>();
	const processItem = async (itemIndex: number) => {
		try {
			const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
			const source = this.getNodeParameter('imageSource', itemIndex, 'binary') as ImageSource;
			const side = String(this.getNodeParameter('side', itemIndex, 'auto'));
			const image = await prepareImage(this, itemIndex, source);
			const reply = await client.recognize(
				requestBody(image, side, options),
				`input item ${itemIndex}`,
			);
			const { item, checks, card } = await resultToItem(
				this,
				itemIndex,
				items[itemIndex],
				reply.result,
				side,
				{
					includeInputFields: options.includeInputFields === true,
					passThroughBinary: options.passThroughBinary !== false,
					masking: (options.personalData as MaskMode) ?? 'none',
					today,
				},
			);
			output[itemIndex] =
				options.failedChecksToError === true && !checks.passed
					? checksFailedItem(card, checks.failures, itemIndex)
					: item;
		} catch (error) {
			const failure = asOcrCallError(error);
			if (continueOnFail)
				output[itemIndex] = errorItem(failure.message, failure.errorObject(), itemIndex);
			else failures.set(itemIndex, failure);
		}
	};

	await runPool(
		items.length,
		Number(batchOptions.concurrency ?? 5),
		processItem,
		() => failures.size > 0,
	);
	if (failures.size > 0) {
		const first = Math.min(...failures.keys());
		throw toNodeError(this, failures.get(first)!, first);
	}
	return [output];
}
