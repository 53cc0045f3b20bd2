import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../shared/types';
import { recognizeDescription } from './recognize/description';

export const autoClassifyOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['autoClassify'] } },
		options: [
			{
				name: 'Recognize',
				value: 'recognize',
				description:
					'Find and read every document in one photo or PDF page: one output item per document',
				action: 'Recognize several documents',
			},
		],
		default: 'recognize',
	},
];

/** Auto-Classify is the aggregator: it has no rules of its own, it applies the other resources' rules. */
export const autoClassifyResource: ResourceDefinition = {
	option: { name: 'Auto-Classify (Several Documents)', value: 'autoClassify' },
	properties: [...autoClassifyOperations, ...recognizeDescription],
};
