import type { OcrApi } from '../../model/ocrApi';

/**
 * `POST /v2/{project_id}/ocr/exit-entry-permit` (往来港澳台通行证识别: the Exit-Entry Permit for Travelling to
 * and from Hong Kong and Macao, and the one for Taiwan, held by mainland residents). Limits from the SDK model
 * `ExitEntryPermitRequestBody` (huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 * exit_entry_permit_request_body.py @ 343a486b) and the API page ocr_03_0140: base64 ≤ 10 MB, shortest side
 * ≥ 15 px, longest ≤ 8192 px, JPEG/JPG/PNG/BMP/TIFF; the permit must fill more than half of the image.
 * Regions: Huawei's endpoint table (ocr_03_0062, Chinese and international sites) names no region for this
 * API, so none is refused or named locally; a region that does not serve it answers ModelArts.4204 /
 * APIG.0101, explained by the shared error mapping.
 */
export const EXIT_ENTRY_PERMIT_API: OcrApi = {
	name: 'exit-entry-permit',
	noun: 'exit-entry permit',
	service: 'Exit-Entry Permit OCR',
	unreadableHint:
		'The image is not an Exit-Entry Permit for Travelling to and from Hong Kong and Macao or Taiwan (the card of mainland residents), or it is too blurred, dark or small. Send a sharp photo of one side of the card filling more than half of the image.',
	limits: {
		minSide: 15,
		maxSide: 8192,
		maxEncodedBytes: 10 * 1024 * 1024,
		formats: ['jpeg', 'png', 'bmp', 'tiff'],
	},
};
