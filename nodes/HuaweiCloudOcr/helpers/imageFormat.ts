/**
 * Image format and size read from the file header, so that what Huawei would refuse is refused locally
 * without spending an API call. Which formats an API accepts is part of its limits (`ImageLimits.formats`).
 * GIF, WebP and PDF are recognised (for the APIs that take them) but their size is not read.
 */
export type ImageFormat = 'jpeg' | 'png' | 'bmp' | 'tiff' | 'gif' | 'webp' | 'pdf';

export interface ImageInfo {
	format: ImageFormat;
	mimeType: string;
	extension: string;
	width?: number;
	height?: number;
}

const MIME: Record<ImageFormat, { mimeType: string; extension: string }> = {
	jpeg: { mimeType: 'image/jpeg', extension: 'jpg' },
	png: { mimeType: 'image/png', extension: 'png' },
	bmp: { mimeType: 'image/bmp', extension: 'bmp' },
	tiff: { mimeType: 'image/tiff', extension: 'tif' },
	gif: { mimeType: 'image/gif', extension: 'gif' },
	webp: { mimeType: 'image/webp', extension: 'webp' },
	pdf: { mimeType: 'application/pdf', extension: 'pdf' },
};

/** How the formats are named in messages. */
export const FORMAT_NAMES: Record<ImageFormat, string> = {
	jpeg: 'JPEG',
	png: 'PNG',
	bmp: 'BMP',
	tiff: 'TIFF',
	gif: 'GIF',
	webp: 'WebP',
	pdf: 'PDF',
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

export function detectImageFormat(bytes: Buffer): ImageFormat | undefined {
	if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
		return 'jpeg';
	if (
		bytes.length >= 8 &&
		bytes.readUInt32BE(0) === 0x89504e47 &&
		bytes.readUInt32BE(4) === 0x0d0a1a0a
	)
		return 'png';
	if (bytes.length >= 2 && bytes[0] === 0x42 && bytes[1] === 0x4d) return 'bmp';
	if (bytes.length >= 4) {
		const magic = bytes.readUInt32BE(0);
		if (magic === 0x49492a00 || magic === 0x4d4d002a) return 'tiff';
		if (magic === 0x25504446) return 'pdf'; // %PDF
		if (magic === 0x47494638) return 'gif'; // GIF8
	}
	if (
		bytes.length >= 12 &&
		bytes.toString('latin1', 0, 4) === 'RIFF' &&
		bytes.toString('latin1', 8, 12) === 'WEBP'
	)
		return 'webp';
	return undefined;
}

function pngSize(bytes: Buffer) {
	if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return {};
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function bmpSize(bytes: Buffer) {
	if (bytes.length < 26) return {};
	const headerSize = bytes.readUInt32LE(14);
	if (headerSize === 12) return { width: bytes.readUInt16LE(18), height: bytes.readUInt16LE(20) };
	return { width: Math.abs(bytes.readInt32LE(18)), height: Math.abs(bytes.readInt32LE(22)) };
}

/** Walks the JPEG segments to the first start-of-frame marker (SOF0..SOF15 except DHT/JPG/DAC). */
function jpegSize(bytes: Buffer) {
	let offset = 2;
	while (offset + 9 < bytes.length) {
		if (bytes[offset] !== 0xff) {
			offset++;
			continue;
		}
		const marker = bytes[offset + 1];
		if (marker === 0xff) {
			offset++;
			continue;
		}
		if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
			offset += 2;
			continue;
		}
		const length = bytes.readUInt16BE(offset + 2);
		const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
		if (isFrame)
			return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
		if (marker === 0xd9 || marker === 0xda) return {};
		offset += 2 + length;
	}
	return {};
}

function tiffSize(bytes: Buffer) {
	const little = bytes[0] === 0x49;
	const u16 = (o: number) => (little ? bytes.readUInt16LE(o) : bytes.readUInt16BE(o));
	const u32 = (o: number) => (little ? bytes.readUInt32LE(o) : bytes.readUInt32BE(o));
	if (bytes.length < 8) return {};
	const ifd = u32(4);
	if (ifd + 2 > bytes.length) return {};
	const count = u16(ifd);
	const size: { width?: number; height?: number } = {};
	for (let i = 0; i < count; i++) {
		const entry = ifd + 2 + i * 12;
		if (entry + 12 > bytes.length) break;
		const tag = u16(entry);
		const type = u16(entry + 2);
		const value = type === 3 ? u16(entry + 8) : u32(entry + 8);
		if (tag === 256) size.width = value;
		if (tag === 257) size.height = value;
	}
	return size;
}

export function readImageInfo(bytes: Buffer): ImageInfo | undefined {
	const format = detectImageFormat(bytes);
	if (!format) return undefined;
	const size =
		format === 'png'
			? pngSize(bytes)
			: format === 'bmp'
				? bmpSize(bytes)
				: format === 'jpeg'
					? jpegSize(bytes)
					: format === 'tiff'
						? tiffSize(bytes)
						: {};
	return { format, ...MIME[format], ...size };
}
