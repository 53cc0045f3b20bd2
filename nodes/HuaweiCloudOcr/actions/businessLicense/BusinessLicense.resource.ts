import { BUSINESS_LICENSE_REGIONS } from '../../helpers/businessLicense/api';
import { businessLicenseRules } from '../../helpers/businessLicense/shape';
import { defineResource } from '../shared/resource';
import * as recognize from './recognize.operation';

export const businessLicenseResource = defineResource({
	option: {
		name: 'Business License',
		value: 'businessLicense',
		description: `Business License OCR, served in ${BUSINESS_LICENSE_REGIONS.join(' and ')}`,
	},
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description:
					"Read a Chinese business license's credit code, name, representative, dates and scope, with local checks",
				action: 'Recognize a business license',
			},
			run: recognize.execute,
			properties: recognize.description,
		},
	},
	rules: businessLicenseRules,
});
