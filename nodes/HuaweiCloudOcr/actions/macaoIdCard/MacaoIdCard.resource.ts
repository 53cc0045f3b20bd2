import { macaoIdCardRules } from '../../helpers/macaoIdCard/shape';
import { defineResource } from '../shared/resource';
import * as recognize from './recognize.operation';

export const macaoIdCardResource = defineResource({
	option: { name: 'Macao ID Card', value: 'macaoIdCard' },
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description: "Read a Macao resident identity card's fields from a photo (front or back)",
				action: 'Recognize a Macao ID card',
			},
			run: recognize.execute,
			properties: recognize.description,
		},
	},
	rules: macaoIdCardRules,
});
