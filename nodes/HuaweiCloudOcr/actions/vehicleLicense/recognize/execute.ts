import { VEHICLE_LICENSE_API, VEHICLE_LICENSE_REGIONS } from '../../../helpers/vehicleLicense/api';
import { shapeVehicleLicense } from '../../../helpers/vehicleLicense/vehicleResult';
import { recognizeDocument, setRequestFlags } from '../../shared/recognizeDocument';
import { REQUEST_FLAGS } from './description';

/** Vehicle License → Recognize: `POST /v2/{project_id}/ocr/vehicle-license`, one output item per input item. */
export const recognize = recognizeDocument({
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
