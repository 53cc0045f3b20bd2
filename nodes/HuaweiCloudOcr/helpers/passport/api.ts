import type { OcrApi } from '../../model/ocrApi';

/**
 * `POST /v2/{project_id}/ocr/passport` (Huawei's passport OCR). Limits from the SDK model
 * `PassportRequestBody` (huaweicloud-sdk-python-v3 huaweicloudsdkocr/v1/model/passport_request_body.py
 * @ 343a486b): base64 ≤ 10 MB, each side 15–8192 px, JPEG/JPG/PNG/BMP/TIFF.
 * Regions (doc ocr_03_0062, Chinese and international sites): cn-north-4, ap-southeast-1 (CN-Hong Kong),
 * ap-southeast-2 (AP-Bangkok). Other regions are not refused locally: Huawei answers ModelArts.4204 there.
 */
export const PASSPORT_API: OcrApi = {
	name: 'passport',
	noun: 'passport',
	service: 'Passport OCR',
	unreadableHint:
		'The image is not the data page of a passport, or it is too blurred, dark or small. Send a sharp photo of the whole data page (with its two machine-readable lines) filling at least a quarter of the image.',
	limits: {
		minSide: 15,
		maxSide: 8192,
		maxEncodedBytes: 10 * 1024 * 1024,
		formats: ['jpeg', 'png', 'bmp', 'tiff'],
	},
};

/** Where Huawei serves the API (doc ocr_03_0062), for the hint and the README. */
export const PASSPORT_REGIONS = ['cn-north-4', 'ap-southeast-1', 'ap-southeast-2'] as const;
