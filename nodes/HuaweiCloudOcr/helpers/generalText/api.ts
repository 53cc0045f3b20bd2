import type { OcrApi } from '../../model/ocrApi';

/**
 * `POST /v2/{project_id}/ocr/general-text` (Huawei's General Text OCR, 通用文字识别). Limits from the request
 * model's docstring (huaweicloud-sdk-python-v3 @343a486b, huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 * general_text_request_body.py) and the API page ocr_03_0042: base64 ≤ 10 MB, each side 15–30000 px, at most
 * 160,000,000 pixels; JPEG, PNG, BMP, GIF, TIFF, WEBP, PCX, ICO, PSD, PDF. PCX/ICO/PSD cannot be sniffed here:
 * bytes of an unknown format are sent as they are (Huawei then judges them).
 * Regions (endpoint table ocr_03_0062): cn-north-4, cn-east-3, ap-southeast-1.
 */
export const GENERAL_TEXT_API: OcrApi = {
	name: 'general-text',
	noun: 'text',
	service: 'General Text OCR',
	unreadableHint:
		'Huawei found nothing it could read. Send a sharper, brighter image where the text fills most of it; for a PDF, check the page number.',
	limits: {
		minSide: 15,
		maxSide: 30000,
		maxPixels: 160_000_000,
		maxEncodedBytes: 10 * 1024 * 1024,
		formats: ['jpeg', 'png', 'bmp', 'gif', 'tiff', 'webp', 'pdf'],
		acceptUnknownFormats: true,
	},
};

/** The regions whose endpoint table lists General Text OCR (for the resource's hint). */
export const GENERAL_TEXT_REGIONS = ['cn-north-4', 'cn-east-3', 'ap-southeast-1'] as const;
