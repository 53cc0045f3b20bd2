import type { OcrApi } from '../../model/ocrApi';

/**
 * `POST /v2/{project_id}/ocr/bankcard` (Huawei's Bank Card OCR). Limits from the SDK model docstring
 * (huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/bankcard_request_body.py @ 343a486b,
 * same text in the Go and Node.js SDKs) and the API page ocr_03_0104 (约束与限制, 2025-12-03): JPEG, JPG, PNG,
 * BMP, TIFF; each side 15 to 8192 pixels; base64 at most 10 MB. Served in cn-north-4 and cn-east-3 (endpoint
 * page ocr_03_0062); no `regions` here: another region answers ModelArts.4204/APIG.0101, explained by the
 * shared error mapping.
 */
export const BANK_CARD_API: OcrApi = {
	name: 'bankcard',
	noun: 'bank card',
	service: 'Bank Card OCR',
	unreadableHint:
		'The image is not the front of a standard-size bank card (85.60×53.98 mm), or it is too blurred, dark or small. Huawei reads the front only, not the back, mini or odd-shaped cards.',
	limits: {
		minSide: 15,
		maxSide: 8192,
		maxEncodedBytes: 10 * 1024 * 1024,
		formats: ['jpeg', 'png', 'bmp', 'tiff'],
	},
};

/** Regions serving the API, for the resource's hint (endpoint page ocr_03_0062). */
export const BANK_CARD_REGIONS = ['cn-north-4', 'cn-east-3'] as const;
