import type { INodeProperties } from 'n8n-workflow';

import { idCardRules } from '../../helpers/idCard/resultToItem';
import type { ResourceDefinition } from '../shared/types';
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

export const idCardResource: ResourceDefinition = {
	option: { name: 'ID Card', value: 'idCard' },
	properties: idCardDescription,
	rules: idCardRules,
};
