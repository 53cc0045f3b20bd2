import { defineResource } from '../shared/resource';
import * as recognize from './recognize.operation';

/** Other OCR API has no document rules: Auto-Classify never returns a type for it. */
export const otherApiResource = defineResource({
	option: { name: 'Other OCR API', value: 'otherApi' },
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description:
					"Call a Huawei OCR API that has no resource of its own and output Huawei's result",
				action: 'Recognize with another OCR API',
			},
			run: recognize.execute,
			properties: recognize.description,
		},
	},
});
