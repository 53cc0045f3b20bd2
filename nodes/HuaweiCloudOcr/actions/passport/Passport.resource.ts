import { passportRules } from '../../helpers/passport/shape';
import { defineResource } from '../shared/resource';
import * as recognize from './recognize.operation';

export const passportResource = defineResource({
	option: { name: 'Passport', value: 'passport' },
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description:
					"Read a passport's data page: every field of a Chinese passport, the machine-readable zone of any other",
				action: 'Recognize a passport',
			},
			run: recognize.execute,
			properties: recognize.description,
		},
	},
	rules: passportRules,
});
