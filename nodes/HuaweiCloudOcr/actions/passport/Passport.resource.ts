import { passportRules } from '../../helpers/passport/passportResult';
import { defineResource } from '../shared/resource';
import { recognizeDescription } from './recognize/description';
import { recognize } from './recognize/execute';

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
			run: recognize,
			properties: recognizeDescription,
		},
	},
	rules: passportRules,
});
