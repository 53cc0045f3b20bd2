import { exitEntryPermitRules } from '../../helpers/exitEntryPermit/shape';
import { defineResource } from '../shared/resource';
import * as recognize from './recognize.operation';

export const exitEntryPermitResource = defineResource({
	option: {
		name: 'Exit-Entry Permit',
		value: 'exitEntryPermit',
		description:
			'Exit-Entry Permit of mainland residents for Hong Kong and Macao or Taiwan (往来港澳台通行证)',
	},
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description:
					"Read a mainland resident's Exit-Entry Permit for Hong Kong and Macao or Taiwan, with local checks",
				action: 'Recognize an exit-entry permit',
			},
			run: recognize.execute,
			properties: recognize.description,
		},
	},
	rules: exitEntryPermitRules,
});
