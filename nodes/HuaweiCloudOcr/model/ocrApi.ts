/** The file formats an API may read (helpers/imageFormat.ts recognizes them from the bytes). */
export type ImageFormat =
	| 'jpeg'
	| 'png'
	| 'bmp'
	| 'tiff'
	| 'gif'
	| 'webp'
	| 'pdf'
	| 'ofd'
	| 'heic'
	| 'avif';

/** How the formats are named in messages. */
export const FORMAT_NAMES: Record<ImageFormat, string> = {
	jpeg: 'JPEG',
	png: 'PNG',
	bmp: 'BMP',
	tiff: 'TIFF',
	gif: 'GIF',
	webp: 'WebP',
	pdf: 'PDF',
	ofd: 'OFD',
	heic: 'HEIC/HEIF',
	avif: 'AVIF',
};

/** "JPEG, PNG, BMP or TIFF" (with `and` for "... reads JPEG, PNG, BMP and TIFF only"). */
export function formatList(
	formats: readonly ImageFormat[],
	conjunction: 'or' | 'and' = 'or',
): string {
	const names = formats.map((f) => FORMAT_NAMES[f]);
	return names.length < 2
		? names.join('')
		: `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}

/** What Huawei documents an API accepts; checked locally so that a refusal costs no API call. */
export interface ImageLimits {
	/** Smallest and largest side in pixels (checked when the format's size can be read). */
	minSide: number;
	maxSide: number;
	/** Most pixels in all (width × height), when the API limits that too. */
	maxPixels?: number;
	/** Largest base64-encoded image, in bytes. */
	maxEncodedBytes: number;
	/** Formats the API reads, in the order messages name them. Include 'pdf' when the API takes PDF. */
	formats: readonly ImageFormat[];
	/** True when the API reads formats this node cannot sniff (PCX, ICO, PSD...): unknown bytes are sent as they are. */
	acceptUnknownFormats?: boolean;
}

/**
 * One Huawei OCR API: `POST /v2/{project_id}/ocr/<name>`, its limits, and the words its messages use.
 * Each document declares one in `helpers/<document>/api.ts`.
 */
export interface OcrApi {
	/** The last path segment: `id-card`, `bankcard`, `auto-classification`... */
	name: string;
	/** The document in running text: "ID card", "bank card". */
	noun: string;
	/** The service as Huawei's console names it (to enable it): "ID Card OCR". */
	service: string;
	/** What to tell the user when Huawei finds no readable document (AIS.0104). */
	unreadableHint: string;
	limits: ImageLimits;
	/** Regions Huawei serves the API in; when set, other regions are refused before any call. */
	regions?: readonly string[];
}
