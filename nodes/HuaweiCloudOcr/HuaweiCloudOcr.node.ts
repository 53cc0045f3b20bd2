import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { RESOURCES } from './actions/resources';
import { router } from './actions/router';
import { huaweiCloudApiTest } from './methods/credentialTest';

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
		description:
			'Read ID cards, bank cards, passports, licenses and text with Huawei Cloud OCR, with local checks',
		defaults: { name: 'Huawei Cloud OCR' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'huaweiCloudApi', required: true, testedBy: 'huaweiCloudApiTest' }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: RESOURCES.map((resource) => resource.option),
				default: 'idCard',
			},
			...RESOURCES.flatMap((resource) => resource.properties),
		],
	};

	methods = { credentialTest: { huaweiCloudApiTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
