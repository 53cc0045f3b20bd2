import type { INodeProperties } from 'n8n-workflow';

import { BANK_CARD_REGIONS } from '../../helpers/bankCard/api';
import { bankCardRules } from '../../helpers/bankCard/shape';
import type { ResourceDefinition } from '../shared/types';
import { recognizeDescription } from './recognize/description';

export const bankCardOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['bankCard'] } },
		options: [
			{
				name: 'Recognize',
				value: 'recognize',
				description:
					"Read a bank card's number, bank, type and validity from a photo of its front, with local checks",
				action: 'Recognize a bank card',
			},
		],
		default: 'recognize',
	},
];

export const bankCardResource: ResourceDefinition = {
	option: {
		name: 'Bank Card',
		value: 'bankCard',
		description: `Bank Card OCR, served in ${BANK_CARD_REGIONS.join(' and ')}`,
	},
	properties: [...bankCardOperations, ...recognizeDescription],
	rules: bankCardRules,
};
