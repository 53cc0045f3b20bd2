import { smartDocumentRules } from '../../helpers/smartDocument/shape';
import { defineResource } from '../shared/resource';
import * as recognize from './recognize.operation';

export const smartDocumentResource = defineResource({
	option: {
		name: 'Smart Document',
		value: 'smartDocument',
		description:
			"Huawei's Smart Document Recognizer: text, key-value pairs, tables, layout, forms and formulas of any document",
	},
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description:
					'Read a document: its text, and on request its key-value pairs as fields, its tables as rows, its layout, wired forms and formulas',
				action: 'Recognize a document',
			},
			run: recognize.execute,
			properties: recognize.description,
		},
	},
	rules: smartDocumentRules,
});
