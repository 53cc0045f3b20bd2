import { defineResource } from '../shared/resource';
import * as recognize from './recognize.operation';

/** General Text has no document rules: Auto-Classify never returns it as a document type. */
export const generalTextResource = defineResource({
	option: { name: 'General Text', value: 'generalText' },
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description:
					'Read all the text of an image or PDF page: blocks with their positions, and the whole text',
				action: 'Recognize text',
			},
			run: recognize.execute,
			properties: recognize.description,
		},
	},
});
