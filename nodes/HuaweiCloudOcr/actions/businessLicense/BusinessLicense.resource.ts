import type { INodeProperties } from 'n8n-workflow';

import { BUSINESS_LICENSE_REGIONS } from '../../helpers/businessLicense/api';
import { businessLicenseRules } from '../../helpers/businessLicense/shape';
import type { ResourceDefinition } from '../shared/types';
import { recognizeDescription } from './recognize/description';

export const businessLicenseOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['businessLicense'] } },
		options: [
			{
				name: 'Recognize',
				value: 'recognize',
				description:
					"Read a Chinese business licence's credit code, name, representative, dates and scope, with local checks",
				action: 'Recognize a business licence',
			},
		],
		default: 'recognize',
	},
];

export const businessLicenseResource: ResourceDefinition = {
	option: {
		name: 'Business Licence',
		value: 'businessLicense',
		description: `Business License OCR, served in ${BUSINESS_LICENSE_REGIONS.join(' and ')}`,
	},
	properties: [...businessLicenseOperations, ...recognizeDescription],
	rules: businessLicenseRules,
};
