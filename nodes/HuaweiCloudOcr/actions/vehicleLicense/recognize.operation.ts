import type { INodeProperties } from 'n8n-workflow';

import {
	failedChecksOption,
	flagOptions,
	imageSourceProperties,
	licenseSideOption,
	optionsCollection,
	personalDataOption,
	sharedOptions,
	type RequestFlag,
} from '../shared/descriptions';
import { VEHICLE_LICENSE_API, VEHICLE_LICENSE_REGIONS } from '../../helpers/vehicleLicense/api';
import { shapeVehicleLicense } from '../../helpers/vehicleLicense/shape';
import { recognizeDocument, setRequestFlags } from '../shared/recognizeDocument';

const show = { resource: ['vehicleLicense'], operation: ['recognize'] };

/**
 * Request options of `POST /v2/{project_id}/ocr/vehicle-license` (VehicleLicenseRequestBody,
 * huaweicloudsdkocr/v1/model/vehicle_license_request_body.py @ 343a486b), all off by default as in the API.
 */
export const REQUEST_FLAGS: RequestFlag[] = [
	{
		option: 'returnIssuingAuthority',
		flag: 'return_issuing_authority',
		displayName: 'Return Issuing Authority',
		description: 'Whether to add the issuing authority (issuing_authority)',
	},
	{
		option: 'returnTextLocation',
		flag: 'return_text_location',
		displayName: 'Return Text Location',
		description: 'Whether to add the four corner points of every recognized field (text_location)',
	},
	{
		option: 'recognizeElectronicLicense',
		flag: 'recognize_electronic_license',
		displayName: 'Recognize Electronic License',
		description:
			'Whether to read electronic vehicle licenses too (type is then normal or electronic)',
	},
	{
		option: 'alarm',
		flag: 'alarm',
		displayName: 'Return Alarms',
		description:
			'Whether to flag a paper license that is covered or whose border is cut off (alarm_result, alarm_confidence)',
	},
];

export const description: INodeProperties[] = [
	...imageSourceProperties(show, {
		what: 'vehicle license photo',
		urlPlaceholder: 'https://example.com/vehicle-license.jpg',
	}),
	licenseSideOption(
		show,
		{
			front: 'Plate, vehicle type, owner, address, use, model, VIN, engine, dates',
			back: 'Plate, file number, passengers, masses, dimensions, inspection record',
		},
		'Huawei serves Vehicle License OCR in cn-north-4 (Beijing 4) and cn-east-3 (Shanghai 1): use a credential for one of these regions',
	),
	optionsCollection(show, [
		...flagOptions(REQUEST_FLAGS),
		...sharedOptions('license'),
		personalDataOption({
			keep: 'Output the license as read',
			mask: 'Owner 张*/北******司, address cut after the district, plate 京A*****, VIN LFV**********2345, engine and file numbers cut',
			drop: 'Remove owner, address, plate, VIN, engine, file and barcode numbers',
			description:
				'An owner with a plate and VIN is personal information (PIPL): mask or drop it when the output leaves the workflow. Applies to the error output too.',
		}),
		failedChecksOption(
			'Whether a license that fails the local checks (VIN check digit, plate format, register and issue dates) goes to the error output with the reasons, instead of the main output',
		),
	]),
];

/** Vehicle License → Recognize: `POST /v2/{project_id}/ocr/vehicle-license`, one output item per input item. */
export const execute = recognizeDocument({
	api: VEHICLE_LICENSE_API,
	servedRegions: VEHICLE_LICENSE_REGIONS,
	request(itemIndex, body, options) {
		const side = String(this.getNodeParameter('side', itemIndex, 'front'));
		if (side) body.side = side;
		setRequestFlags(body, REQUEST_FLAGS, options);
		return { side };
	},
	shape: shapeVehicleLicense,
	wording: { noun: 'license', key: 'licence' },
});
