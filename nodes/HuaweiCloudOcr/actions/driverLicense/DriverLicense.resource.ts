import type { INodeProperties } from 'n8n-workflow';

import { driverLicenceRules } from '../../helpers/driverLicense/licenceResult';
import type { ResourceDefinition } from '../shared/types';
import { recognizeDescription } from './recognize/description';

export const driverLicenseOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['driverLicense'] } },
		options: [
			{
				name: 'Recognize',
				value: 'recognize',
				description:
					"Read a Chinese driving licence's fields from a photo (paper or 12123 electronic)",
				action: 'Recognize a driving licence',
			},
		],
		default: 'recognize',
	},
];

export const driverLicenseResource: ResourceDefinition = {
	option: { name: 'Driving Licence', value: 'driverLicense' },
	properties: [...driverLicenseOperations, ...recognizeDescription],
	rules: driverLicenceRules,
};
