import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { DocumentRules } from '../../model/document';
import type { Operation, ResourceDefinition } from './types';

/** One operation as a document declares it: its Operation option (the value is the key), code and fields. */
export interface OperationDeclaration {
	option: Omit<INodePropertyOptions, 'value'>;
	run: Operation;
	/** The operation's fields, each shown only for this resource and operation. */
	properties: INodeProperties[];
}

/** What `actions/<document>/<Document>.resource.ts` declares, once: option, operations and rules. */
export interface ResourceDeclaration {
	/** The Resource option: `{ name: 'ID Card', value: 'idCard' }` (the value is public contract). */
	option: INodePropertyOptions & { value: string };
	/** operation value → declaration; the first one is the default. */
	operations: Record<string, OperationDeclaration>;
	rules?: DocumentRules;
}

/**
 * A document's entry in the registry (actions/resources.ts): the Operation selector is built from the
 * declared operations, shown only for this resource; the router and the Resource list are derived from it.
 */
export function defineResource(declaration: ResourceDeclaration): ResourceDefinition {
	const entries = Object.entries(declaration.operations);
	const firstOperation = entries[0]?.[0] ?? '';
	const selector: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [declaration.option.value] } },
		options: entries.map(([value, operation]) => ({ ...operation.option, value })),
		default: firstOperation,
	};
	return {
		option: declaration.option,
		properties: [selector, ...entries.flatMap(([, operation]) => operation.properties)],
		operations: Object.fromEntries(entries.map(([value, operation]) => [value, operation.run])),
		...(declaration.rules ? { rules: declaration.rules } : {}),
	};
}
