import type { OcrApi } from '../../model/ocrApi';

/**
 * `POST /v2/{project_id}/ocr/business-license` (Huawei's Business License OCR). Limits from the SDK model
 * docstring (huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/business_license_request_body.py
 * @ 343a486b, same text in the Go and Node.js SDKs) and the API page ocr_03_0105 (2025-12-03): JPEG, JPG, PNG,
 * BMP, TIFF and PDF (a multi-page PDF: page 1 only); each side 15 to 8192 pixels; base64 at most 10 MB.
 * Served in cn-north-4 and cn-east-3 (endpoint page ocr_03_0062).
 */
export const BUSINESS_LICENSE_API: OcrApi = {
	name: 'business-license',
	noun: 'business license',
	service: 'Business License OCR',
	unreadableHint:
		'The image is not the main page of a Chinese business license (营业执照), or it is too blurred, dark or small. The license should fill most of the picture (Huawei asks for over 70%); a PDF is read on its first page only.',
	limits: {
		minSide: 15,
		maxSide: 8192,
		maxEncodedBytes: 10 * 1024 * 1024,
		formats: ['jpeg', 'png', 'bmp', 'tiff', 'pdf'],
	},
};

/** Regions serving the API, for the resource's hint (endpoint page ocr_03_0062). */
export const BUSINESS_LICENSE_REGIONS = ['cn-north-4', 'cn-east-3'] as const;
