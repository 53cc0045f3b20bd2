import { VAT_INVOICE_REGIONS } from '../../helpers/vatInvoice/api';
import { vatInvoiceRules } from '../../helpers/vatInvoice/shape';
import { defineResource } from '../shared/resource';
import * as recognize from './recognize.operation';

export const vatInvoiceResource = defineResource({
	option: {
		name: 'VAT Invoice',
		value: 'vatInvoice',
		description: `VAT Invoice OCR (增值税发票), served in ${VAT_INVOICE_REGIONS.join(' and ')}`,
	},
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description:
					"Read a Chinese VAT invoice's codes, parties, amounts and items (photo, PDF or OFD), with local checks",
				action: 'Recognize a VAT invoice',
			},
			run: recognize.execute,
			properties: recognize.description,
		},
	},
	rules: vatInvoiceRules,
});
