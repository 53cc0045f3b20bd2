import { mainlandTravelPermitRules } from '../../helpers/mainlandTravelPermit/shape';
import { defineResource } from '../shared/resource';
import * as recognize from './recognize.operation';

export const mainlandTravelPermitResource = defineResource({
	option: {
		name: 'Mainland Travel Permit',
		value: 'mainlandTravelPermit',
		description:
			'Mainland Travel Permit for Hong Kong, Macao or Taiwan residents (港澳台居民来往内地通行证)',
	},
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description:
					"Read a Hong Kong, Macao or Taiwan resident's Mainland Travel Permit, with local checks",
				action: 'Recognize a mainland travel permit',
			},
			run: recognize.execute,
			properties: recognize.description,
		},
	},
	rules: mainlandTravelPermitRules,
});
