import type { INodeProperties } from 'n8n-workflow';

import { vehicleLicenceRules } from '../../helpers/vehicleLicense/vehicleResult';
import type { ResourceDefinition } from '../shared/types';
import { recognizeDescription } from './recognize/description';

export const vehicleLicenseOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['vehicleLicense'] } },
		options: [
			{
				name: 'Recognize',
				value: 'recognize',
				description: "Read a Chinese vehicle licence's (行驶证) fields from a photo",
				action: 'Recognize a vehicle licence',
			},
		],
		default: 'recognize',
	},
];

export const vehicleLicenseResource: ResourceDefinition = {
	option: { name: 'Vehicle Licence', value: 'vehicleLicense' },
	properties: [...vehicleLicenseOperations, ...recognizeDescription],
	rules: vehicleLicenceRules,
};
