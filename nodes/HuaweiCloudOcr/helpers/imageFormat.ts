/**
 * Image format and size read from the file header, so that what Huawei would refuse is refused locally
 * without spending an API call. Which formats an API accepts is part of its limits (`ImageLimits.formats`).
 * GIF, WebP, PDF and OFD are recognized (for the APIs that take them) but their size is not read. HEIC/HEIF
 * and AVIF (phone photos) are recognized so that they are refused with their name and the fix, not sent.
 */
import { FORMAT_NAMES, type ImageFormat } from '../model/ocrApi';

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
	ofd: { mimeType: 'application/ofd', extension: 'ofd' },
	heic: { mimeType: 'image/heic', extension: 'heic' },
	avif: { mimeType: 'image/avif', extension: 'avif' },
};

/** "a GIF file", "an OFD file". */
export function formatFile(format: ImageFormat): string {
	const name = FORMAT_NAMES[format];
	return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name} file`;
}

/**
 * What to do with a file of a format the API does not read, for the refusal's message: phone-photo formats
 * (HEIC/HEIF, AVIF) and GIF/WebP are converted to JPEG before the node.
 */
export function formatFix(format: ImageFormat | undefined): string {
	const toJpeg = 'Convert the file to JPEG before this node (for example with the Edit Image node)';
	if (format === 'heic' || format === 'avif')
		return `${toJpeg}; on an iPhone, Settings → Camera → Formats → Most Compatible makes the camera save JPEG.`;
	if (format === 'gif' || format === 'webp') return `${toJpeg}.`;
	return 'Convert the file (for example with the Edit Image node) or check that the right file reaches this node.';
}

/** ISO-BMFF `ftyp` brands (major or compatible) of HEIC/HEIF and AVIF files. */
const HEIF_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'heif'];
const AVIF_BRANDS = ['avif', 'avis'];

/** HEIC/HEIF or AVIF from an ISO-BMFF `ftyp` box (size, 'ftyp', major brand, version, compatible brands). */
function isoBmffFormat(bytes: Buffer): ImageFormat | undefined {
	if (bytes.length < 16 || bytes.toString('latin1', 4, 8) !== 'ftyp') return undefined;
	const boxSize = bytes.readUInt32BE(0);
	const end = Math.min(bytes.length, boxSize >= 16 ? boxSize : 16);
	const brands = [bytes.toString('latin1', 8, 12)];
	for (let offset = 16; offset + 4 <= end; offset += 4)
		brands.push(bytes.toString('latin1', offset, offset + 4));
	// AVIF files also list mif1/msf1 (the HEIF image/sequence brands): AVIF wins.
	if (brands.some((b) => AVIF_BRANDS.includes(b))) return 'avif';
	if (brands.some((b) => HEIF_BRANDS.includes(b))) return 'heic';
	return undefined;
}

/**
 * A BMP file header (`BM`, file size, reserved, pixel offset) followed by a DIB header of a known size
 * (12, 16, 40, 52, 56, 64, 108, 124) with 1 plane and a known bit depth: a text starting with "BM" is no BMP.
 */
function isBmp(bytes: Buffer): boolean {
	if (bytes.length < 26 || bytes[0] !== 0x42 || bytes[1] !== 0x4d) return false;
	const headerSize = bytes.readUInt32LE(14);
	if (![12, 16, 40, 52, 56, 64, 108, 124].includes(headerSize)) return false;
	const pixelOffset = bytes.readUInt32LE(10);
	if (pixelOffset < 14 + headerSize) return false;
	const core = headerSize === 12;
	const planesAt = core ? 22 : 26;
	if (bytes.length < planesAt + 4) return false;
	const planes = bytes.readUInt16LE(planesAt);
	const bitsPerPixel = bytes.readUInt16LE(planesAt + 2);
	return planes === 1 && [1, 2, 4, 8, 16, 24, 32, 64].includes(bitsPerPixel);
}

/** An OFD document (GB/T 33190): a ZIP container whose entries include `OFD.xml` at its root. */
function isOfd(bytes: Buffer): boolean {
	if (bytes.length < 30 || bytes.readUInt32BE(0) !== 0x504b0304) return false;
	// Local file headers: signature, ..., name length at 26, extra length at 28, name at 30.
	let offset = 0;
	for (let entries = 0; entries < 64 && offset + 30 <= bytes.length; entries++) {
		if (bytes.readUInt32BE(offset) !== 0x504b0304) break;
		const nameLength = bytes.readUInt16LE(offset + 26);
		const extraLength = bytes.readUInt16LE(offset + 28);
		const name = bytes.toString('latin1', offset + 30, offset + 30 + nameLength);
		if (name === 'OFD.xml') return true;
		const flags = bytes.readUInt16LE(offset + 6);
		if (flags & 0x08) break; // sizes follow the data: the next header cannot be found from here
		offset += 30 + nameLength + extraLength + bytes.readUInt32LE(offset + 18);
	}
	// Not found among the leading entries: look the name up in the central directory's headers.
	const central = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
	for (
		let at = bytes.indexOf(central);
		at >= 0 && at + 46 <= bytes.length;
		at = bytes.indexOf(central, at + 4)
	) {
		const nameLength = bytes.readUInt16LE(at + 28);
		if (bytes.toString('latin1', at + 46, at + 46 + nameLength) === 'OFD.xml') return true;
	}
	return false;
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
	if (isBmp(bytes)) return 'bmp';
	if (bytes.length >= 4) {
		const magic = bytes.readUInt32BE(0);
		if (magic === 0x49492a00 || magic === 0x4d4d002a) return 'tiff';
		if (magic === 0x25504446) return 'pdf'; // %PDF
	}
	if (bytes.length >= 6) {
		const gif = bytes.toString('latin1', 0, 6);
		if (gif === 'GIF87a' || gif === 'GIF89a') return 'gif';
	}
	if (
		bytes.length >= 12 &&
		bytes.toString('latin1', 0, 4) === 'RIFF' &&
		bytes.toString('latin1', 8, 12) === 'WEBP'
	)
		return 'webp';
	if (isOfd(bytes)) return 'ofd';
	return isoBmffFormat(bytes);
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

/**
 * The height a DNL marker (FF DC, length 4, lines) defines, searched after the frame header; none when the
 * marker is absent (the height is then unknown, not 0). Inside entropy-coded data FF is followed by 00 or a
 * restart marker only, so FF DC cannot occur there by chance.
 */
function dnlHeight(bytes: Buffer, from: number): { height?: number } {
	for (
		let at = bytes.indexOf(0xff, from);
		at >= 0 && at + 5 < bytes.length;
		at = bytes.indexOf(0xff, at + 1)
	) {
		if (bytes[at + 1] === 0xdc && bytes.readUInt16BE(at + 2) === 4) {
			const lines = bytes.readUInt16BE(at + 4);
			return lines > 0 ? { height: lines } : {};
		}
	}
	return {};
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
		if (isFrame) {
			const width = bytes.readUInt16BE(offset + 7);
			const height = bytes.readUInt16BE(offset + 5);
			// Height 0: the number of lines is given by a DNL marker after the first scan (ITU T.81 B.2.5).
			if (height === 0) return { width, ...dnlHeight(bytes, offset + 2 + length) };
			return { height, width };
		}
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
