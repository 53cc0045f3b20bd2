import type { OcrApi } from '../../model/ocrApi';

/**
 * `POST /v2/{project_id}/ocr/hk-id-card` (Huawei's Hong Kong ID Card OCR). Limits from the SDK model
 * `HkIdCardRequestBody` (huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 * hk_id_card_request_body.py @ 343a486b) and the API page ocr_03_0138: base64 ≤ 10 MB, each side 15 to
 * 8192 px, JPG/PNG/BMP/TIFF; the card should fill more than half of the image. The page names no regions
 * beyond API Explorer's ap-southeast-1 (CN-Hong Kong), so no region is refused locally: another region
 * answers ModelArts.4204 / APIG.0101, explained by the shared error mapping.
 */
export const HK_ID_CARD_API: OcrApi = {
	name: 'hk-id-card',
	noun: 'Hong Kong ID card',
	service: 'Hong Kong ID Card OCR',
	unreadableHint:
		'The image is not the front of a Hong Kong identity card, or it is too blurred, dark or small. Send a sharp photo where the whole card, edges included, fills more than half of the image.',
	limits: {
		minSide: 15,
		maxSide: 8192,
		maxEncodedBytes: 10 * 1024 * 1024,
		formats: ['jpeg', 'png', 'bmp', 'tiff'],
	},
};
