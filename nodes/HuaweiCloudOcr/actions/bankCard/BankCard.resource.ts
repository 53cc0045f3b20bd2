import { BANK_CARD_REGIONS } from '../../helpers/bankCard/api';
import { bankCardRules } from '../../helpers/bankCard/shape';
import { defineResource } from '../shared/resource';
import * as recognize from './recognize.operation';

export const bankCardResource = defineResource({
	option: {
		name: 'Bank Card',
		value: 'bankCard',
		description: `Bank Card OCR, served in ${BANK_CARD_REGIONS.join(' and ')}`,
	},
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description:
					"Read a bank card's number, bank, type and validity from a photo of its front, with local checks",
				action: 'Recognize a bank card',
			},
			run: recognize.execute,
			properties: recognize.description,
		},
	},
	rules: bankCardRules,
});
