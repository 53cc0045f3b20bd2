import { defineResource } from '../shared/resource';
import * as recognize from './recognize.operation';

/** Auto-Classify is the aggregator: it has no rules of its own, it applies the other resources' rules. */
export const autoClassifyResource = defineResource({
	option: { name: 'Auto-Classify (Several Documents)', value: 'autoClassify' },
	operations: {
		recognize: {
			option: {
				name: 'Recognize',
				description:
					'Find and read every document in one photo or PDF page: one output item per document',
				action: 'Recognize several documents',
			},
			run: recognize.execute,
			properties: recognize.description,
		},
	},
});
