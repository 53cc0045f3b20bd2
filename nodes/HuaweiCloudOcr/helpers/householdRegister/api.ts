import type { OcrApi } from '../../model/ocrApi';

/**
 * `POST /v2/{project_id}/ocr/household-register` (户口本识别). The request model HouseholdRegisterRequestBody has
 * `image` and `url` only (huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 * household_register_request_body.py @ 343a486b): no other request option exists. Limits from its docstring and
 * the API page ocr_03_0171 (约束与限制): base64 ≤ 10 MB, each side 15 to 8192 px, JPEG/JPG/PNG/BMP/TIFF; several
 * pages in one image are read ("支持多页同时识别"), each a HouseholdRegisterResult of the `result` list.
 * Regions: the API page gives cn-north-4 (Beijing 4) as its endpoint example; no other region is documented
 * for it here, so none is refused locally (another region answers ModelArts.4204, explained by the shared
 * error mapping with the hint below).
 */
export const HOUSEHOLD_REGISTER_API: OcrApi = {
	name: 'household-register',
	noun: 'household register',
	service: 'Household Register OCR',
	unreadableHint:
		'The image holds no page of a Chinese household register (户口本), or it is too blurred, dark or small. Send a sharp photo or scan of the home page (首页) or of a member’s registration page (常住人口登记卡).',
	limits: {
		minSide: 15,
		maxSide: 8192,
		maxEncodedBytes: 10 * 1024 * 1024,
		formats: ['jpeg', 'png', 'bmp', 'tiff'],
	},
};

/** Regions named for the API (the API page's endpoint example), for the error hint. */
export const HOUSEHOLD_REGISTER_REGIONS = ['cn-north-4'] as const;
