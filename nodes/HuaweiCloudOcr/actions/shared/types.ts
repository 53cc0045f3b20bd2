import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import type { DocumentRules } from '../../model/document';

/**
 * One operation of one resource, run by actions/router.ts with the registry (actions/resources.ts), which
 * Auto-Classify reads for the other documents' rules without importing it.
 */
export type Operation = (
	this: IExecuteFunctions,
	resources: readonly ResourceDefinition[],
) => Promise<INodeExecutionData[][]>;

/**
 * A registered document, built by `defineResource` (actions/shared/resource.ts) in
 * `actions/<document>/<Document>.resource.ts`; listed once in actions/resources.ts.
 */
export interface ResourceDefinition {
	/** The Resource option: `{ name: 'ID Card', value: 'idCard' }` (the value is public contract). */
	option: INodePropertyOptions;
	/** The Operation selector and every operation's fields, each shown only for this resource. */
	properties: INodeProperties[];
	/** operation value → implementation: what the router runs. */
	operations: Readonly<Record<string, Operation>>;
	/** The document's rules, when Auto-Classify should check and mask documents of this type the same way. */
	rules?: DocumentRules;
}
