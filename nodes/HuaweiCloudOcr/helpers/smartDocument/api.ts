import type { OcrApi } from '../../model/ocrApi';

/**
 * `POST /v2/{project_id}/ocr/smart-document-recognizer` (Huawei's Smart Document Recognizer, 智能文档解析).
 * Limits from the request model's docstring (huaweicloud-sdk-python-v3 @343a486b, huaweicloud-sdk-ocr/
 * huaweicloudsdkocr/v1/model/smart_document_recognizer_request_body.py: base64 ≤ 10 MB, each side ≥ 15 px,
 * longest side ≤ 30000 px, a PDF read at 144 dpi, one page per call) and the API page ocr_03_0161 (PNG, JPG,
 * JPEG, BMP, GIF, TIFF, WebP, PCX, ICO, PSD and PDF; sides 15 to 30,000 px). PCX/ICO/PSD cannot be sniffed
 * here: bytes of an unknown format are sent as they are (Huawei then judges them).
 *
 * The image goes in `data`, not `image` (the model has data | url): see actions/smartDocument/
 * recognize.operation.ts. The endpoint table found no per-region list for this API, so no served regions
 * are named in ModelArts.4204 errors.
 */
export const SMART_DOCUMENT_API: OcrApi = {
	name: 'smart-document-recognizer',
	noun: 'document',
	service: 'Smart Document Recognizer',
	unreadableHint:
		'Huawei found nothing it could read. Send a sharper, brighter image where the document fills most of it (Huawei asks for over 80%); for a PDF, check the page number.',
	limits: {
		minSide: 15,
		maxSide: 30000,
		maxEncodedBytes: 10 * 1024 * 1024,
		formats: ['jpeg', 'png', 'bmp', 'gif', 'tiff', 'webp', 'pdf'],
		acceptUnknownFormats: true,
	},
};
