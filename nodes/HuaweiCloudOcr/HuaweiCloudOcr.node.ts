import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { idCardDescription } from './actions/idCard/IdCard.resource';
import { router } from './actions/router';

export class HuaweiCloudOcr implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei Cloud OCR',
		name: 'huaweiCloudOcr',
		icon: {
			light: 'file:../../icons/huaweiCloudOcr.svg',
			dark: 'file:../../icons/huaweiCloudOcr.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read Chinese resident ID cards with Huawei Cloud OCR',
		defaults: { name: 'Huawei Cloud OCR' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'huaweiCloudApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'ID Card', value: 'idCard' }],
				default: 'idCard',
			},
			...idCardDescription,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
