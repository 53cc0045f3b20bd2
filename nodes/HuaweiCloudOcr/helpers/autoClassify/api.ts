import type { OcrApi } from '../../model/ocrApi';

/**
 * `POST /v2/{project_id}/ocr/auto-classification` (Huawei's Auto Classification OCR, 智能分类识别). Limits from
 * the request model's docstring (huaweicloud-sdk-python-v3 @343a486b, huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/
 * model/auto_classification_request_body.py): base64 ≤ 10 MB, each side 15–8192 px (the API page ocr_03_0113
 * says 8000; the SDK's 8192 is used so that no image Huawei takes is refused); JPEG, PNG, BMP, TIFF, PDF and
 * OFD (the docstring at @6c4df051: "支持JPEG、JPG、PNG、BMP、TIFF、PDF、OFD格式,OFD格式数据仅支持增值税发票服务": from an
 * OFD Huawei reads VAT invoices only). OFD is told from its header: a ZIP holding OFD.xml (helpers/imageFormat.ts).
 * Served in cn-north-4 only (endpoint table ocr_03_0062: 智能分类识别 is listed in the cn-north-4 row alone):
 * a credential for another region is refused before any call, unless it sets its own OCR endpoint.
 */
export const AUTO_CLASSIFY_API: OcrApi = {
	name: 'auto-classification',
	noun: 'document',
	service: 'Auto Classification OCR',
	unreadableHint:
		'Huawei found no document of a type it classifies (ID card, passport, driver or vehicle license, bank card, transportation license, invoices and tickets). Send a sharper photo, check the Document Types filter, or for a PDF the page number.',
	limits: {
		minSide: 15,
		maxSide: 8192,
		maxEncodedBytes: 10 * 1024 * 1024,
		formats: ['jpeg', 'png', 'bmp', 'tiff', 'pdf', 'ofd'],
	},
	regions: ['cn-north-4'],
};

/**
 * The document types Huawei classifies: the keys listed in the extended_parameters docstring of the same model
 * (the response's `type` values are not enumerated by the SDK; the node accepts any other value too).
 */
export const DOCUMENT_TYPES: Array<{ name: string; value: string }> = [
	{ name: 'Bank Card', value: 'bankcard' },
	{ name: 'Bus/Ship Ticket', value: 'bus_ship_ticket' },
	{ name: 'Driver License', value: 'driver_license' },
	{ name: 'Flight Itinerary', value: 'flight_itinerary' },
	{ name: 'ID Card', value: 'id_card' },
	{ name: 'Machine-Printed Invoice', value: 'machine_printed_invoice' },
	{ name: 'Motor Vehicle Sales Invoice', value: 'mvs_invoice' },
	{ name: 'Passport', value: 'passport' },
	{ name: 'Quota Invoice', value: 'quota_invoice' },
	{ name: 'Ride-Hailing Itinerary', value: 'ride_hailing_itinerary' },
	{ name: 'Taxi Invoice', value: 'taxi_invoice' },
	{ name: 'Toll Invoice', value: 'toll_invoice' },
	{ name: 'Train Ticket', value: 'train_ticket' },
	{ name: 'Transportation License', value: 'transportation_license' },
	{ name: 'VAT Invoice', value: 'vat_invoice' },
	{ name: 'Vehicle License', value: 'vehicle_license' },
];
