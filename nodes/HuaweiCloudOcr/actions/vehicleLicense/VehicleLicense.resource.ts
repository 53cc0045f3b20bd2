import { vehicleLicenseRules } from '../../helpers/vehicleLicense/shape';
import { defineResource } from '../shared/resource';
import * as recognize from './recognize.operation';

export const vehicleLicenseResource = defineResource({
	option: { name: 'Vehicle License', value: 'vehicleLicense' },
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description: "Read a Chinese vehicle license's (行驶证) fields from a photo",
				action: 'Recognize a vehicle license',
			},
			run: recognize.execute,
			properties: recognize.description,
		},
	},
	rules: vehicleLicenseRules,
});
