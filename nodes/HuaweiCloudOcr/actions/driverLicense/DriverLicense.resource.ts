import { driverLicenseRules } from '../../helpers/driverLicense/licenseResult';
import { defineResource } from '../shared/resource';
import { recognizeDescription } from './recognize/description';
import { recognize } from './recognize/execute';

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
			run: recognize,
			properties: recognizeDescription,
		},
	},
	rules: driverLicenseRules,
});
