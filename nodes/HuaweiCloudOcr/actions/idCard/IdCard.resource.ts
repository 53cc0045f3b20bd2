import { idCardRules } from '../../helpers/idCard/shape';
import { defineResource } from '../shared/resource';
import * as recognize from './recognize.operation';

export const idCardResource = defineResource({
	option: { name: 'ID Card', value: 'idCard' },
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description: "Read a Chinese resident ID card's fields from a photo",
				action: 'Recognize an ID card',
			},
			run: recognize.execute,
			properties: recognize.description,
		},
	},
	rules: idCardRules,
});
