import type { OcrApi } from '../../model/ocrApi';

/**
 * `POST /v2/{project_id}/ocr/vehicle-license` (Huawei's vehicle license OCR). Limits from the SDK model
 * `VehicleLicenseRequestBody` (huaweicloud-sdk-python-v3 huaweicloudsdkocr/v1/model/vehicle_license_request_body.py
 * @ 343a486b): base64 ≤ 10 MB, shortest side ≥ 100 px, longest ≤ 8192 px (doc page: 8000),
 * JPEG/JPG/PNG/BMP/TIFF. Regions (doc ocr_03_0062): cn-north-4, cn-east-3; not refused locally elsewhere.
 */
export const VEHICLE_LICENSE_API: OcrApi = {
	name: 'vehicle-license',
	noun: 'vehicle license',
	service: 'Vehicle License OCR',
	unreadableHint:
		'The image is not a Chinese mainland vehicle license (2008 edition, or the electronic one with "Recognize Electronic License" on), or it is too blurred, dark or small. Send a sharp photo where the license fills at least half of the image, and choose the page.',
	limits: {
		minSide: 100,
		maxSide: 8192,
		maxEncodedBytes: 10 * 1024 * 1024,
		formats: ['jpeg', 'png', 'bmp', 'tiff'],
	},
};

export const VEHICLE_LICENSE_REGIONS = ['cn-north-4', 'cn-east-3'] as const;
