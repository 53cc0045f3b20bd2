import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { recognize } from './idCard/recognize/execute';

type Operation = (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>;

/** resource → operation → implementation. New resources (bank cards, licences...) join here. */
const operations: Record<string, Record<string, Operation>> = {
	idCard: { recognize },
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
