import type { INodeProperties } from 'n8n-workflow';

import { passportRules } from '../../helpers/passport/passportResult';
import type { ResourceDefinition } from '../shared/types';
import { recognizeDescription } from './recognize/description';

export const passportOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['passport'] } },
		options: [
			{
				name: 'Recognize',
				value: 'recognize',
				description:
					"Read a passport's data page: every field of a Chinese passport, the machine-readable zone of any other",
				action: 'Recognize a passport',
			},
		],
		default: 'recognize',
	},
];

export const passportResource: ResourceDefinition = {
	option: { name: 'Passport', value: 'passport' },
	properties: [...passportOperations, ...recognizeDescription],
	rules: passportRules,
};
