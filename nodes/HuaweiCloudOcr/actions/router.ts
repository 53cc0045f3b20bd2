import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { recognize as recognizeIdCard } from './idCard/recognize/execute';
import type { Operation } from './shared/types';

/** resource → operation → implementation: one line per resource. */
const operations: Record<string, Record<string, Operation>> = {
	idCard: { recognize: recognizeIdCard },
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const run = operations[resource]?.[operation];
	if (!run) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" of "${resource}" is not supported`,
		);
	}
	return await run.call(this);
}
