import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { recognize as recognizeBankCard } from './bankCard/recognize/execute';
import { recognize as recognizeBusinessLicense } from './businessLicense/recognize/execute';
import { recognize as recognizeAutoClassify } from './autoClassify/recognize/execute';
import { recognize as recognizeGeneralText } from './generalText/recognize/execute';
import { recognize as recognizeIdCard } from './idCard/recognize/execute';
import { recognize as recognizePassport } from './passport/recognize/execute';
import { recognize as recognizeDriverLicense } from './driverLicense/recognize/execute';
import { recognize as recognizeVehicleLicense } from './vehicleLicense/recognize/execute';
import type { Operation } from './shared/types';

/** resource → operation → implementation: one line per resource. */
const operations: Record<string, Record<string, Operation>> = {
	idCard: { recognize: recognizeIdCard },
	passport: { recognize: recognizePassport },
	driverLicense: { recognize: recognizeDriverLicense },
	vehicleLicense: { recognize: recognizeVehicleLicense },
	generalText: { recognize: recognizeGeneralText },
	autoClassify: { recognize: recognizeAutoClassify },
	bankCard: { recognize: recognizeBankCard },
	businessLicense: { recognize: recognizeBusinessLicense },
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const run = operations[resource]?.[operation];
	if (!run) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" of "${resource}" is not supported`,
		);
	}
	return await run.call(this);
}
