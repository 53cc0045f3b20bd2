import type { OcrApi } from '../../model/ocrApi';

/**
 * `POST /v2/{project_id}/ocr/mainland-travel-permit` (港澳台居民来往内地通行证识别: the Mainland Travel Permit
 * for Hong Kong and Macao residents and the one for Taiwan residents). Limits from the SDK model
 * `MainlandTravelPermitRequestBody` (huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 * mainland_travel_permit_request_body.py @ 343a486b) and the API page ocr_03_0141: base64 ≤ 10 MB, each side
 * 15–8192 px, JPEG/JPG/PNG/BMP/TIFF; the permit must fill more than half of the image.
 * Regions: Huawei's endpoint table (ocr_03_0062, Chinese and international sites) names no region for this
 * API, so none is refused or named locally; a region that does not serve it answers ModelArts.4204 /
 * APIG.0101, explained by the shared error mapping.
 */
export const MAINLAND_TRAVEL_PERMIT_API: OcrApi = {
	name: 'mainland-travel-permit',
	noun: 'mainland travel permit',
	service: 'Mainland Travel Permit OCR',
	unreadableHint:
		'The image is not a Mainland Travel Permit for Hong Kong, Macao or Taiwan residents (the card), or it is too blurred, dark or small. Send a sharp photo of one side of the card filling more than half of the image.',
	limits: {
		minSide: 15,
		maxSide: 8192,
		maxEncodedBytes: 10 * 1024 * 1024,
		formats: ['jpeg', 'png', 'bmp', 'tiff'],
	},
};
