import type { ImageFormat } from '../../model/ocrApi';

/**
 * The OCR APIs offered by Other OCR API: every `resource_path` "/v2/{project_id}/ocr/<name>" of Huawei's
 * official SDK client (huaweicloud-sdk-python-v3 @343a486b5c8ab656611159f314df6e575d0f6398,
 * huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/ocr_client.py, 52 paths; the file last changed in 61b05df8), minus
 * - the APIs this node has a resource for (the `name` of each helpers/<document>/api.ts: a new resource takes its
 *   API out of this list; test/unit/otherApiNames.test.js fails until it does), and
 * - the APIs Huawei has retired (RETIRED_APIS).
 * Each entry's limits are those its request model's docstring states (same SDK commit,
 * huaweicloudsdkocr/v1/model/<name>_request_body.py, `image` or `data`); an entry without them has Huawei's
 * general limits (GENERAL_LIMITS). test/unit/otherApiNames.test.js checks the list.
 */
export interface OtherOcrApiEntry {
	/** The name in the list: "General Table". */
	name: string;
	/** The last path segment: `general-table`. */
	value: string;
	/** Where the request takes the base64 image: `image` (most), `data` (four APIs), none (invoice-verification). */
	imageField?: 'data' | 'none';
	minSide?: number;
	maxSide?: number;
	/** Formats besides Huawei's general JPEG, PNG, BMP and TIFF. */
	moreFormats?: readonly ImageFormat[];
	/** True when the API reads formats this node cannot sniff (PCX, ICO, PSD). */
	acceptUnknownFormats?: boolean;
	/**
	 * The request field naming the PDF page to read, for the APIs whose model has one (`pdf_page_number` or
	 * `page_num`): the PDF Pages option reads every page through it. The other APIs read page 1 of a PDF.
	 */
	pageField?: 'pdf_page_number' | 'page_num';
}

/** Huawei's general limits (each request model's most common docstring): base64 ≤ 10 MB, sides 15–8192 px. */
export const GENERAL_LIMITS = {
	minSide: 15,
	maxSide: 8192,
	maxEncodedBytes: 10 * 1024 * 1024,
	formats: ['jpeg', 'png', 'bmp', 'tiff'] as readonly ImageFormat[],
};

/**
 * APIs in the SDK client that Huawei has taken offline (its API pages): custom-template OCR
 * (`custom-template`, 自定义模板OCR) on 2025-12-31, `id-document` (通用证件识别) on 2025-11-04.
 */
export const RETIRED_APIS = [
	{ value: 'custom-template', name: 'Custom Template', offline: '2025-12-31' },
	{ value: 'id-document', name: 'ID Document', offline: '2025-11-04' },
] as const;

export const OTHER_OCR_APIS: readonly OtherOcrApiEntry[] = [
	{ name: 'Acceptance Bill', value: 'acceptance-bill' },
	{
		name: 'Auto ID Document Classification',
		value: 'auto-id-doc-classification',
		imageField: 'data',
	},
	{
		name: 'Bank Receipt',
		value: 'bank-receipt',
		imageField: 'data',
		moreFormats: ['pdf'],
		pageField: 'page_num',
	},
	{ name: 'Business Card', value: 'business-card' },
	{ name: 'Cambodian ID Card', value: 'cambodian-idcard' },
	{ name: 'Chile ID Card', value: 'chile-id-card' },
	{ name: 'Colombia ID Card', value: 'colombia-id-card' },
	{ name: 'Financial Statement', value: 'financial-statement' },
	{ name: 'Flight Itinerary', value: 'flight-itinerary' },
	{ name: 'General Table', value: 'general-table' },
	{ name: 'Handwriting', value: 'handwriting', minSide: 8 },
	{ name: 'Health Code', value: 'health-code' },
	{ name: 'Insurance Policy', value: 'insurance-policy' },
	{ name: 'Invoice Verification (No Image)', value: 'invoice-verification', imageField: 'none' },
	{ name: 'License Plate', value: 'license-plate', maxSide: 4096 },
	{
		name: 'Motor Vehicle Sales Invoice',
		value: 'mvs-invoice',
		minSide: 100,
		maxSide: 8000,
		moreFormats: ['pdf'],
	},
	{ name: 'Myanmar Driver License', value: 'myanmar-driver-license', maxSide: 4096 },
	{ name: 'Myanmar ID Card', value: 'myanmar-id-card' },
	{ name: 'PCR Test Record', value: 'pcr-test-record' },
	{ name: 'Peru ID Card', value: 'peru-id-card', moreFormats: ['pdf'] },
	{ name: 'Quota Invoice', value: 'quota-invoice', maxSide: 4096 },
	{ name: 'Real Estate Certificate', value: 'real-estate-certificate' },
	{
		name: 'Seal',
		value: 'seal',
		imageField: 'data',
		moreFormats: ['gif', 'webp', 'pdf'],
		acceptUnknownFormats: true,
		pageField: 'pdf_page_number',
	},
	{ name: 'Taxi Invoice', value: 'taxi-invoice', maxSide: 4096 },
	{ name: 'Thailand ID Card', value: 'thailand-id-card' },
	{ name: 'Thailand License Plate', value: 'thailand-license-plate' },
	{ name: 'Toll Invoice', value: 'toll-invoice', maxSide: 4096 },
	{ name: 'Train Ticket', value: 'train-ticket', moreFormats: ['ofd'] },
	{ name: 'Transportation License', value: 'transportation-license', maxSide: 4096 },
	{
		name: 'Transportation Qualification Certificate',
		value: 'transportation-qualification-certificate',
	},
	{ name: 'Vehicle Certificate', value: 'vehicle-certificate' },
	{ name: 'Vietnam ID Card', value: 'vietnam-id-card' },
	{ name: 'VIN', value: 'vin', maxSide: 4096 },
	{ name: 'Waybill (Electronic)', value: 'waybill-electronic' },
	{ name: 'Web Image', value: 'web-image', maxSide: 30000, moreFormats: ['gif', 'webp'] },
];
