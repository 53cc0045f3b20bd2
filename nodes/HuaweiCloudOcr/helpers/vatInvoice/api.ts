import type { OcrApi } from '../../model/ocrApi';

/**
 * `POST /v2/{project_id}/ocr/vat-invoice` (Huawei's VAT Invoice OCR, 增值税发票识别). Limits from the request
 * model's docstring (huaweicloud-sdk-python-v3 @ 343a486b, huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/
 * vat_invoice_request_body.py) and the API page ocr_03_0019: JPEG, JPG, PNG, BMP, TIFF, PDF and OFD; the
 * smallest side at least 100 pixels, the longest at most 8192; base64 at most 10 MB (Huawei advises files of at
 * most 7 MB). A multi-page PDF is read on page 1 unless `page_num` names another page.
 * Regions: cn-north-4 and cn-east-3, as for the other Chinese document APIs of this node (the endpoint table
 * ocr_03_0062 was not re-read for this API); only used to word ModelArts.4204, nothing is refused locally.
 */
export const VAT_INVOICE_API: OcrApi = {
	name: 'vat-invoice',
	noun: 'VAT invoice',
	service: 'VAT Invoice OCR',
	unreadableHint:
		'The image is not a Chinese VAT invoice (增值税发票) or its sales list, or it is too blurred, dark or small. The invoice should fill most of the picture (Huawei asks for over 80%); for a PDF, check the page number.',
	limits: {
		minSide: 100,
		maxSide: 8192,
		maxEncodedBytes: 10 * 1024 * 1024,
		formats: ['jpeg', 'png', 'bmp', 'tiff', 'pdf', 'ofd'],
	},
};

/** Regions serving the API, for the resource's hint and the ModelArts.4204 wording. */
export const VAT_INVOICE_REGIONS = ['cn-north-4', 'cn-east-3'] as const;
