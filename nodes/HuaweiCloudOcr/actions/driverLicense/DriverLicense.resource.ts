import { driverLicenseRules } from '../../helpers/driverLicense/shape';
import { defineResource } from '../shared/resource';
import * as recognize from './recognize.operation';

export const driverLicenseResource = defineResource({
	option: { name: 'Driver License', value: 'driverLicense' },
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description:
					"Read a Chinese driver license's fields from a photo (paper or 12123 electronic)",
				action: 'Recognize a driver license',
			},
			run: recognize.execute,
			properties: recognize.description,
		},
	},
	rules: driverLicenseRules,
});
