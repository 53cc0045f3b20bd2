import { hkIdCardRules } from '../../helpers/hkIdCard/shape';
import { defineResource } from '../shared/resource';
import * as recognize from './recognize.operation';

export const hkIdCardResource = defineResource({
	option: { name: 'Hong Kong ID Card', value: 'hkIdCard' },
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description: "Read a Hong Kong identity card's fields from a photo of its front",
				action: 'Recognize a Hong Kong ID card',
			},
			run: recognize.execute,
			properties: recognize.description,
		},
	},
	rules: hkIdCardRules,
});
