import { householdRegisterRules } from '../../helpers/householdRegister/shape';
import { defineResource } from '../shared/resource';
import * as recognize from './recognize.operation';

export const householdRegisterResource = defineResource({
	option: { name: 'Household Register', value: 'householdRegister' },
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description:
					"Read the home page and every member's registration page of a Chinese household register (户口本), with checks of each member's ID number",
				action: 'Recognize a household register',
			},
			run: recognize.execute,
			properties: recognize.description,
		},
	},
	rules: householdRegisterRules,
});
