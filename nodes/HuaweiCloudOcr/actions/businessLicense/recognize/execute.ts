import {
	BUSINESS_LICENSE_API,
	BUSINESS_LICENSE_REGIONS,
} from '../../../helpers/businessLicense/api';
import { shapeBusinessLicense } from '../../../helpers/businessLicense/shape';
import { recognizeDocument } from '../../shared/recognizeDocument';

/** Business License → Recognize: `POST /v2/{project_id}/ocr/business-license`, one output item per input item. */
export const recognize = recognizeDocument({
	api: BUSINESS_LICENSE_API,
	servedRegions: BUSINESS_LICENSE_REGIONS,
	shape: shapeBusinessLicense,
	wording: { noun: 'business license', key: 'licence' },
});
