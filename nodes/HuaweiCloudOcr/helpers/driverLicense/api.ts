import type { OcrApi } from '../../model/ocrApi';

/**
 * `POST /v2/{project_id}/ocr/driver-license` (Huawei's driver license OCR). Limits from the SDK model
 * `DriverLicenseRequestBody` (huaweicloud-sdk-python-v3 huaweicloudsdkocr/v1/model/driver_license_request_body.py
 * @ 343a486b): base64 ≤ 10 MB, shortest side ≥ 100 px, longest ≤ 8192 px (the doc page says 8000; the SDK's
 * 8192 is used, Huawei answers AIS.0103 itself in between), JPEG/JPG/PNG/BMP/TIFF.
 * Regions (doc ocr_03_0062): cn-north-4, cn-east-3. Other regions are not refused locally: Huawei answers
 * ModelArts.4204 there.
 */
export const DRIVER_LICENSE_API: OcrApi = {
	name: 'driver-license',
	noun: 'driver license',
	service: 'Driving License OCR',
	unreadableHint:
		'The image is not a Chinese mainland driver license (paper or the 12123 electronic one), or it is too blurred, dark or small. Send a sharp photo where the license fills at least half of the image, and choose the page (main page, secondary page or both).',
	limits: {
		minSide: 100,
		maxSide: 8192,
		maxEncodedBytes: 10 * 1024 * 1024,
		formats: ['jpeg', 'png', 'bmp', 'tiff'],
	},
};

export const DRIVER_LICENSE_REGIONS = ['cn-north-4', 'cn-east-3'] as const;
