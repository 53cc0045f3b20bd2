import { DRIVER_LICENSE_API, DRIVER_LICENSE_REGIONS } from '../../../helpers/driverLicense/api';
import { shapeDriverLicense } from '../../../helpers/driverLicense/licenseResult';
import { recognizeDocument, setRequestFlags } from '../../shared/recognizeDocument';
import { REQUEST_FLAGS } from './description';

/** Driver License → Recognize: `POST /v2/{project_id}/ocr/driver-license`, one output item per input item. */
export const recognize = recognizeDocument({
	api: DRIVER_LICENSE_API,
	servedRegions: DRIVER_LICENSE_REGIONS,
	request(itemIndex, body, options) {
		const side = String(this.getNodeParameter('side', itemIndex, 'front'));
		if (side) body.side = side;
		setRequestFlags(body, REQUEST_FLAGS, options);
		return { side };
	},
	shape: shapeDriverLicense,
	wording: { noun: 'license', key: 'licence' },
});
