import { idCardRules } from '../../helpers/idCard/resultToItem';
import { defineResource } from '../shared/resource';
import { recognizeDescription } from './recognize/description';
import { recognize } from './recognize/execute';

export const idCardResource = defineResource({
	option: { name: 'ID Card', value: 'idCard' },
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description: "Read a Chinese resident ID card's fields from a photo",
				action: 'Recognize an ID card',
			},
			run: recognize,
			properties: recognizeDescription,
		},
	},
	rules: idCardRules,
});
