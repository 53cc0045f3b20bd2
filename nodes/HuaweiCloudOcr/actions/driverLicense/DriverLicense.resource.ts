import { driverLicenseRules } from '../../helpers/driverLicense/licenseResult';
import { defineResource } from '../shared/resource';
import { recognizeDescription } from './recognize/description';
import { recognize } from './recognize/execute';

export const driverLicenseResource = defineResource({
	option: { name: 'Driving Licence', value: 'driverLicense' },
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description:
					"Read a Chinese driving licence's fields from a photo (paper or 12123 electronic)",
				action: 'Recognize a driving licence',
			},
			run: recognize,
			properties: recognizeDescription,
		},
	},
	rules: driverLicenseRules,
});
