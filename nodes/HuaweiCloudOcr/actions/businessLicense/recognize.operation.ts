import type { INodeProperties } from 'n8n-workflow';

import { BUSINESS_LICENSE_REGIONS, BUSINESS_LICENSE_API } from '../../helpers/businessLicense/api';
import {
	failedChecksOption,
	imageSourceProperties,
	optionsCollection,
	personalDataOption,
	sharedOptions,
} from '../shared/descriptions';
import { shapeBusinessLicense } from '../../helpers/businessLicense/shape';
import { recognizeDocument } from '../shared/recognizeDocument';

const show = { resource: ['businessLicense'], operation: ['recognize'] };

/**
 * `POST /v2/{project_id}/ocr/business-license` takes the image or its URL and nothing else:
 * BusinessLicenseRequestBody has image and url only (huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/
 * huaweicloudsdkocr/v1/model/business_license_request_body.py @ 343a486b), so there are no request options.
 */
export const description: INodeProperties[] = [
	...imageSourceProperties(show, {
		what: 'business license photo, scan or PDF',
		urlPlaceholder: 'https://example.com/business-license.pdf',
	}),
	{
		displayName: `Huawei serves Business License OCR in ${BUSINESS_LICENSE_REGIONS.join(' and ')}: use a credential for one of these regions. JPEG, PNG, BMP, TIFF or PDF (first page only), 15 to 8192 pixels a side, 10 MB.`,
		name: 'businessLicenseNotice',
		type: 'notice',
		default: '',
		displayOptions: { show },
	},
	optionsCollection(show, [
		...sharedOptions('license'),
		personalDataOption({
			keep: 'Output the license as read',
			mask: 'Legal representative 张*/王*明, address cut after the district, credit code 91440300********16',
			drop: 'Remove the legal representative and the address; the credit code is masked as in Mask',
			description:
				"The legal representative's name and the address are personal data under PIPL; the credit code identifies the company and is masked partially in both modes. Applies to the error output too.",
		}),
		failedChecksOption(
			'Whether a license that fails the local checks (credit code check character, organization code, registration and issue dates, business term) goes to the error output with the reasons, instead of the main output',
		),
	]),
];

/** Business License → Recognize: `POST /v2/{project_id}/ocr/business-license`, one output item per input item. */
export const execute = recognizeDocument({
	api: BUSINESS_LICENSE_API,
	servedRegions: BUSINESS_LICENSE_REGIONS,
	shape: shapeBusinessLicense,
	wording: { noun: 'business license', key: 'licence' },
});
