import { vehicleLicenseRules } from '../../helpers/vehicleLicense/vehicleResult';
import { defineResource } from '../shared/resource';
import { recognizeDescription } from './recognize/description';
import { recognize } from './recognize/execute';

export const vehicleLicenseResource = defineResource({
	option: { name: 'Vehicle Licence', value: 'vehicleLicense' },
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description: "Read a Chinese vehicle licence's (行驶证) fields from a photo",
				action: 'Recognize a vehicle licence',
			},
			run: recognize,
			properties: recognizeDescription,
		},
	},
	rules: vehicleLicenseRules,
});
