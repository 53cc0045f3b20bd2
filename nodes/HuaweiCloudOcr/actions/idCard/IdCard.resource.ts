import type { INodeProperties } from 'n8n-workflow';

import { recognizeDescription } from './recognize/description';

export const idCardOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['idCard'] } },
		options: [
			{
				name: 'Recognize',
				value: 'recognize',
				description: "Read a Chinese resident ID card's fields from a photo",
				action: 'Recognize an ID card',
			},
		],
		default: 'recognize',
	},
];

export const idCardDescription: INodeProperties[] = [...idCardOperations, ...recognizeDescription];
