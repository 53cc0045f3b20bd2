import { vehicleLicenseRules } from '../../helpers/vehicleLicense/vehicleResult';
import { defineResource } from '../shared/resource';
import { recognizeDescription } from './recognize/description';
import { recognize } from './recognize/execute';

export const vehicleLicenseResource = defineResource({
	option: { name: 'Vehicle License', value: 'vehicleLicense' },
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description: "Read a Chinese vehicle license's (行驶证) fields from a photo",
				action: 'Recognize a vehicle license',
			},
			run: recognize,
			properties: recognizeDescription,
		},
	},
	rules: vehicleLicenseRules,
});
