import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../shared/types';
import { recognizeDescription } from './recognize/description';

export const generalTextOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['generalText'] } },
		options: [
			{
				name: 'Recognize',
				value: 'recognize',
				description:
					'Read all the text of an image or PDF page: blocks with their positions, and the whole text',
				action: 'Recognize text',
			},
		],
		default: 'recognize',
	},
];

/** General Text has no document rules: Auto-Classify never returns it as a document type. */
export const generalTextResource: ResourceDefinition = {
	option: { name: 'General Text', value: 'generalText' },
	properties: [...generalTextOperations, ...recognizeDescription],
};
