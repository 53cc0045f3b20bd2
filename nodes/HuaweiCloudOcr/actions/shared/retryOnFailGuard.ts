import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OcrCallError } from '../../model/OcrCallError';

/** What one input item came to: its output items, or a failure that sending again cannot change. */
type Settled = { outputs: INodeExecutionData[] } | { failure: OcrCallError };

interface Entry {
	executionId: string;
	node: string;
	settled: Settled;
}

/** Keyed by the input item objects, which n8n passes again to a re-run; entries go with them. */
const settledItems = new WeakMap<INodeExecutionData, Entry>();

export interface RetryOnFailGuard {
	/** The outcome of this input item in an earlier run of the node in this execution, if it settled. */
	previous(input: INodeExecutionData): Settled | undefined;
	/** Remembers an outcome; failures only when sending again cannot help (not transient, not throttling). */
	keep(input: INodeExecutionData, settled: Settled): void;
}

/**
 * n8n's node setting "Retry On Fail" runs the whole node again when it throws, or when its first output item
 * is an error item (with "On Error: Continue"). This node already retries each call by itself, and Huawei
 * bills every call again. So while that setting is on, each input item's outcome is kept for the re-runs of
 * the same execution: a recognized document, or a failure that a new call cannot change (a refused image,
 * refused keys). A re-run calls Huawei only for the items whose calls failed for a passing reason (timeouts,
 * 5xx, throttling), which is what the setting is for. Undefined when the setting is off.
 */
export function retryOnFailGuard(context: IExecuteFunctions): RetryOnFailGuard | undefined {
	const node = context.getNode();
	if (node.retryOnFail !== true) return undefined;
	const executionId = context.getExecutionId();
	return {
		previous(input) {
			const entry = settledItems.get(input);
			return entry && entry.executionId === executionId && entry.node === node.name
				? entry.settled
				: undefined;
		},
		keep(input, settled) {
			if ('failure' in settled) {
				const kind = settled.failure.failure.kind;
				if (kind === 'transient' || kind === 'throttle') return;
			}
			settledItems.set(input, { executionId, node: node.name, settled });
		},
	};
}
