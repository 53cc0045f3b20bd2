import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import type { DocumentRules } from '../../helpers/document';

/** One operation of one resource; actions/router.ts maps resource → operation → Operation. */
export type Operation = (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>;

/** What `actions/<document>/<Document>.resource.ts` exports; listed once in actions/resources.ts. */
export interface ResourceDefinition {
	/** The Resource option: `{ name: 'ID Card', value: 'idCard' }` (the value is public contract). */
	option: INodePropertyOptions;
	/** The Operation selector and every operation's fields, each shown only for this resource. */
	properties: INodeProperties[];
	/** The document's rules, when Auto-Classify should check and mask documents of this type the same way. */
	rules?: DocumentRules;
}
