'use strict';
/**
 * Image formats the OCR service accepts (JPEG, PNG, BMP, TIFF): sniffing, reading width/height from the
 * header, and generating small but structurally valid files of any size for tests.
 *
 * A generated image carries a marker `EMULATOR-FIXTURE:<id>;` in a place its format allows free text
 * (JPEG COM segment, PNG tEXt chunk, BMP gap before the pixel array, TIFF ImageDescription). The
 * emulator finds the fixture of an image by that marker, wherever it sits in the bytes.
 *
 * Pixel data is a flat grey/black picture, compressed so that even 8192×8192 stays small:
 * JPEG baseline greyscale with one-symbol Huffman tables (2 bits per 8×8 block), PNG 1-bit greyscale,
 * BMP 8-bit RLE, TIFF 1-bit PackBits.
 */
const zlib = require('zlib');

const MARKER_PREFIX = 'EMULATOR-FIXTURE:';
const MARKER_END = ';';
const FORMATS = ['jpeg', 'png', 'bmp', 'tiff'];
const MIME_TYPES = { jpeg: 'image/jpeg', png: 'image/png', bmp: 'image/bmp', tiff: 'image/tiff' };
const EXTENSIONS = { jpg: 'jpeg', jpeg: 'jpeg', png: 'png', bmp: 'bmp', tif: 'tiff', tiff: 'tiff' };

// ---------------------------------------------------------------- sniffing and size

/** A BMP file header followed by a DIB header of a known size, 1 plane and a known bit depth. */
function isBmp(buf) {
	if (buf.length < 30 || buf[0] !== 0x42 || buf[1] !== 0x4d) return false;
	const headerSize = buf.readUInt32LE(14);
	if (![12, 16, 40, 52, 56, 64, 108, 124].includes(headerSize)) return false;
	if (buf.readUInt32LE(10) < 14 + headerSize) return false;
	const planesAt = headerSize === 12 ? 22 : 26;
	return (
		buf.readUInt16LE(planesAt) === 1 &&
		[1, 2, 4, 8, 16, 24, 32, 64].includes(buf.readUInt16LE(planesAt + 2))
	);
}

function sniffFormat(buf) {
	if (!Buffer.isBuffer(buf)) return undefined;
	if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg';
	if (buf.length >= 8 && buf.readUInt32BE(0) === 0x89504e47 && buf.readUInt32BE(4) === 0x0d0a1a0a)
		return 'png';
	if (isBmp(buf)) return 'bmp';
	if (buf.length >= 8) {
		const magic = buf.readUInt32BE(0);
		if (magic === 0x49492a00 || magic === 0x4d4d002a) return 'tiff';
	}
	return undefined;
}

function jpegSize(buf) {
	let p = 2;
	while (p + 4 <= buf.length) {
		if (buf[p] !== 0xff) return undefined;
		const marker = buf[p + 1];
		if (marker === 0xff) {
			p += 1;
			continue;
		}
		if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
			p += 2;
			continue;
		}
		if (marker === 0xd9 || marker === 0xda) return undefined; // no frame header before the scan
		const len = buf.readUInt16BE(p + 2);
		if (len < 2) return undefined;
		const isSof =
			marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
		if (isSof) {
			if (p + 9 > buf.length) return undefined;
			const height = buf.readUInt16BE(p + 5);
			const width = buf.readUInt16BE(p + 7);
			// Height 0: the lines are given by a DNL marker (FF DC 00 04 <lines>) after the first scan.
			if (height === 0) {
				const dnl = buf.indexOf(Buffer.from([0xff, 0xdc, 0x00, 0x04]), p + 2 + len);
				return dnl >= 0 && dnl + 6 <= buf.length
					? { width, height: buf.readUInt16BE(dnl + 4) }
					: undefined;
			}
			return { height, width };
		}
		p += 2 + len;
	}
	return undefined;
}

function pngSize(buf) {
	if (buf.length < 24 || buf.toString('latin1', 12, 16) !== 'IHDR') return undefined;
	return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function bmpSize(buf) {
	const headerSize = buf.readUInt32LE(14);
	if (headerSize === 12) return { width: buf.readUInt16LE(18), height: buf.readUInt16LE(20) };
	if (headerSize < 40 || buf.length < 26) return undefined;
	return { width: Math.abs(buf.readInt32LE(18)), height: Math.abs(buf.readInt32LE(22)) };
}

function tiffSize(buf) {
	const le = buf[0] === 0x49;
	const u16 = (o) => (le ? buf.readUInt16LE(o) : buf.readUInt16BE(o));
	const u32 = (o) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
	const ifd = u32(4);
	if (ifd + 2 > buf.length) return undefined;
	const n = u16(ifd);
	const out = {};
	for (let i = 0; i < n; i++) {
		const e = ifd + 2 + i * 12;
		if (e + 12 > buf.length) break;
		const tag = u16(e);
		const type = u16(e + 2);
		const value = type === 3 ? u16(e + 8) : type === 4 ? u32(e + 8) : undefined;
		if (tag === 256) out.width = value;
		if (tag === 257) out.height = value;
	}
	return out.width !== undefined && out.height !== undefined ? out : undefined;
}

/** { format, width, height } from the header, or undefined when the bytes are not a supported image. */
function readImageInfo(buf) {
	const format = sniffFormat(buf);
	if (!format) return undefined;
	let size;
	try {
		size = { jpeg: jpegSize, png: pngSize, bmp: bmpSize, tiff: tiffSize }[format](buf);
	} catch {
		size = undefined;
	}
	return { format, width: size ? size.width : undefined, height: size ? size.height : undefined };
}

/** The fixture id embedded in an image, or undefined. */
function findMarker(buf) {
	if (!Buffer.isBuffer(buf)) return undefined;
	const at = buf.indexOf(MARKER_PREFIX, 0, 'latin1');
	if (at < 0) return undefined;
	const start = at + MARKER_PREFIX.length;
	const end = buf.indexOf(MARKER_END, start, 'latin1');
	if (end < 0 || end - start > 200) return undefined;
	return buf.toString('utf8', start, end);
}

// ---------------------------------------------------------------- generators

const CRC_TABLE = (() => {
	const t = new Int32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		t[n] = c;
	}
	return t;
})();

function crc32(...parts) {
	let c = -1;
	for (const buf of parts)
		for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
	return (c ^ -1) >>> 0;
}

function markerText(marker) {
	return marker === undefined || marker === null ? '' : `${MARKER_PREFIX}${marker}${MARKER_END}`;
}

function checkSize(width, height, max) {
	for (const v of [width, height]) {
		if (!Number.isInteger(v) || v < 1 || v > max)
			throw new Error(`image sides must be integers 1..${max}, got ${width}×${height}`);
	}
}

function u16be(v) {
	const b = Buffer.alloc(2);
	b.writeUInt16BE(v);
	return b;
}

function jpegSegment(marker, data) {
	return Buffer.concat([Buffer.from([0xff, marker]), u16be(data.length + 2), data]);
}

/** COM segments adding exactly `n` bytes (n = 0 or n >= 4). */
function jpegPadding(n) {
	const segs = [];
	while (n >= 4) {
		let data = Math.min(n - 4, 65533);
		const rest = n - 4 - data;
		if (rest > 0 && rest < 4) data -= 4;
		segs.push(jpegSegment(0xfe, Buffer.alloc(data, 0x20)));
		n -= 4 + data;
	}
	return segs;
}

function makeJpeg(width, height, text, padToBytes, dnl = false) {
	checkSize(width, height, 65535);
	const frameHeight = dnl ? 0 : height;
	const head = [
		Buffer.from([0xff, 0xd8]),
		jpegSegment(0xe0, Buffer.from([0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0])),
	];
	if (text) head.push(jpegSegment(0xfe, Buffer.from(text, 'utf8')));
	const tables = [
		jpegSegment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
		jpegSegment(
			0xc0,
			Buffer.from([
				8,
				frameHeight >> 8,
				frameHeight & 0xff,
				width >> 8,
				width & 0xff,
				1,
				1,
				0x11,
				0,
			]),
		),
		// DC table 0 and AC table 0, each with a single 1-bit code: DC category 0, AC end-of-block.
		jpegSegment(0xc4, Buffer.from([0x00, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00])),
		jpegSegment(0xc4, Buffer.from([0x10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00])),
		jpegSegment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0])),
	];
	const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
	const bits = blocks * 2;
	const scan = Buffer.alloc(Math.ceil(bits / 8), 0);
	if (bits % 8) scan[scan.length - 1] = (1 << (8 - (bits % 8))) - 1; // pad the last byte with 1-bits
	// With dnl, the frame header says 0 lines and a DNL segment after the scan gives the height (T.81 B.2.5).
	const tail = [
		scan,
		...(dnl ? [jpegSegment(0xdc, u16be(height))] : []),
		Buffer.from([0xff, 0xd9]),
	];
	const base = [...head, ...tables, ...tail].reduce((n, b) => n + b.length, 0);
	const pad = padToBytes && padToBytes > base ? jpegPadding(padToBytes - base) : [];
	return Buffer.concat([...head, ...pad, ...tables, ...tail]);
}

function pngChunk(type, data) {
	const t = Buffer.from(type, 'latin1');
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(t, data));
	return Buffer.concat([len, t, data, crc]);
}

function makePng(width, height, text, padToBytes) {
	checkSize(width, height, 0x7fffffff);
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(width, 0);
	ihdr.writeUInt32BE(height, 4);
	ihdr[8] = 1; // bit depth
	ihdr[9] = 0; // greyscale
	const rowBytes = 1 + Math.ceil(width / 8); // filter byte + packed pixels
	const raw = Buffer.alloc(rowBytes * height, 0);
	const chunks = [
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		pngChunk('IHDR', ihdr),
	];
	if (text)
		chunks.push(
			pngChunk(
				'tEXt',
				Buffer.concat([Buffer.from('Comment\0', 'latin1'), Buffer.from(text, 'latin1')]),
			),
		);
	chunks.push(pngChunk('IDAT', zlib.deflateSync(raw)));
	const iend = pngChunk('IEND', Buffer.alloc(0));
	const base = chunks.reduce((n, b) => n + b.length, 0) + iend.length;
	if (padToBytes && padToBytes >= base + 12) {
		// A private ancillary chunk ("paDd") that decoders skip.
		chunks.push(pngChunk('paDd', Buffer.alloc(padToBytes - base - 12, 0)));
	}
	chunks.push(iend);
	return Buffer.concat(chunks);
}

function makeBmp(width, height, text, padToBytes) {
	checkSize(width, height, 0x7fffffff);
	// 8-bit RLE pixel data, bottom-up: runs of palette index 0, end-of-line, end-of-bitmap.
	const row = [];
	for (let left = width; left > 0; left -= 255) row.push(Math.min(255, left), 0);
	const rowBuf = Buffer.from([...row, 0, 0]);
	const pixels = Buffer.alloc(rowBuf.length * height);
	for (let y = 0; y < height; y++) rowBuf.copy(pixels, y * rowBuf.length);
	pixels[pixels.length - 1] = 1; // the last end-of-line becomes end-of-bitmap
	const palette = Buffer.from([0x80, 0x80, 0x80, 0, 0xff, 0xff, 0xff, 0]);
	let gap = Buffer.from(text || '', 'latin1');
	const base = 14 + 40 + palette.length + gap.length + pixels.length;
	if (padToBytes && padToBytes > base)
		gap = Buffer.concat([gap, Buffer.alloc(padToBytes - base, 0)]);
	const offBits = 14 + 40 + palette.length + gap.length;
	const file = Buffer.alloc(14 + 40);
	file.write('BM', 0, 'latin1');
	file.writeUInt32LE(offBits + pixels.length, 2);
	file.writeUInt32LE(offBits, 10);
	file.writeUInt32LE(40, 14);
	file.writeInt32LE(width, 18);
	file.writeInt32LE(height, 22);
	file.writeUInt16LE(1, 26); // planes
	file.writeUInt16LE(8, 28); // bits per pixel
	file.writeUInt32LE(1, 30); // BI_RLE8
	file.writeUInt32LE(pixels.length, 34);
	file.writeInt32LE(2835, 38);
	file.writeInt32LE(2835, 42);
	file.writeUInt32LE(2, 46); // colours used
	file.writeUInt32LE(0, 50);
	return Buffer.concat([file, palette, gap, pixels]);
}

function makeTiff(width, height, text, padToBytes) {
	checkSize(width, height, 0xffffffff);
	// 1-bit BlackIsZero, one strip, PackBits per row.
	const rowBytes = Math.ceil(width / 8);
	const row = [];
	for (let left = rowBytes; left > 0; left -= 128) {
		const n = Math.min(128, left);
		if (n === 1) row.push(0, 0);
		else row.push((257 - n) & 0xff, 0);
	}
	const rowBuf = Buffer.from(row);
	const strip = Buffer.alloc(rowBuf.length * height);
	for (let y = 0; y < height; y++) rowBuf.copy(strip, y * rowBuf.length);

	const description = Buffer.from(`${text || 'emulator test image'}\0`, 'latin1');
	const entries = 13;
	const ifdOffset = 8;
	const ifdSize = 2 + entries * 12 + 4;
	const xResOffset = ifdOffset + ifdSize;
	const yResOffset = xResOffset + 8;
	const descOffset = yResOffset + 8;
	let stripOffset = descOffset + description.length;
	stripOffset += stripOffset % 2;
	const base = stripOffset + strip.length;
	if (padToBytes && padToBytes > base) stripOffset += padToBytes - base; // unreferenced bytes before the strip

	const out = Buffer.alloc(stripOffset + strip.length, 0);
	out.write('II', 0, 'latin1');
	out.writeUInt16LE(42, 2);
	out.writeUInt32LE(ifdOffset, 4);
	out.writeUInt16LE(entries, ifdOffset);
	let e = ifdOffset + 2;
	const entry = (tag, type, count, value) => {
		out.writeUInt16LE(tag, e);
		out.writeUInt16LE(type, e + 2);
		out.writeUInt32LE(count, e + 4);
		if (type === 3 && count === 1) out.writeUInt16LE(value, e + 8);
		else out.writeUInt32LE(value, e + 8);
		e += 12;
	};
	entry(256, 4, 1, width); // ImageWidth
	entry(257, 4, 1, height); // ImageLength
	entry(258, 3, 1, 1); // BitsPerSample
	entry(259, 3, 1, 32773); // Compression: PackBits
	entry(262, 3, 1, 1); // Photometric: BlackIsZero
	entry(270, 2, description.length, descOffset); // ImageDescription
	entry(273, 4, 1, stripOffset); // StripOffsets
	entry(277, 3, 1, 1); // SamplesPerPixel
	entry(278, 4, 1, height); // RowsPerStrip
	entry(279, 4, 1, strip.length); // StripByteCounts
	entry(282, 5, 1, xResOffset); // XResolution
	entry(283, 5, 1, yResOffset); // YResolution
	entry(296, 3, 1, 2); // ResolutionUnit: inch
	out.writeUInt32LE(0, e); // no next IFD
	out.writeUInt32LE(72, xResOffset);
	out.writeUInt32LE(1, xResOffset + 4);
	out.writeUInt32LE(72, yResOffset);
	out.writeUInt32LE(1, yResOffset + 4);
	description.copy(out, descOffset);
	strip.copy(out, stripOffset);
	return out;
}

/**
 * A valid image of the given format and size. `marker` (optional) ties it to a fixture id;
 * `padToBytes` (optional) grows the file to that many bytes with data decoders skip. `dnl` (JPEG only) writes
 * height 0 in the frame header and the height in a DNL segment after the scan.
 * @param {{ format?: string, width?: number, height?: number, marker?: string, padToBytes?: number, dnl?: boolean }} [options]
 * @returns {Buffer}
 */
function makeImage({
	format = 'jpeg',
	width = 1000,
	height = 630,
	marker,
	padToBytes,
	dnl = false,
} = {}) {
	const f = EXTENSIONS[String(format).toLowerCase()];
	if (!f) throw new Error(`unknown image format ${format}`);
	const text = markerText(marker);
	if (dnl && f !== 'jpeg') throw new Error('dnl applies to JPEG only');
	const make = { jpeg: makeJpeg, png: makePng, bmp: makeBmp, tiff: makeTiff }[f];
	return make(width, height, text, padToBytes, dnl);
}

// ---------------------------------------------------------------- OFD and formats Huawei does not read

/** A ZIP with `files` ({ name: text }) stored uncompressed: local headers, central directory, end record. */
function makeZip(files) {
	const locals = [];
	const centrals = [];
	let offset = 0;
	for (const [name, text] of Object.entries(files)) {
		const data = Buffer.from(text, 'utf8');
		const nameBuf = Buffer.from(name, 'latin1');
		const crc = crc32(data);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4); // version needed
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(data.length, 18);
		local.writeUInt32LE(data.length, 22);
		local.writeUInt16LE(nameBuf.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(data.length, 20);
		central.writeUInt32LE(data.length, 24);
		central.writeUInt16LE(nameBuf.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, nameBuf, data);
		centrals.push(central, nameBuf);
		offset += 30 + nameBuf.length + data.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(Object.keys(files).length, 8);
	end.writeUInt16LE(Object.keys(files).length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directory, end]);
}

/**
 * An OFD document (GB/T 33190, China's fixed-layout format used for e-invoices): a ZIP whose root holds
 * OFD.xml; `firstEntry` puts another entry first so that OFD.xml is only found in the central directory.
 *
 * @param {string} marker
 * @param {{ firstEntry?: string }} [options]
 * @returns {Buffer}
 */
function makeOfd(marker, { firstEntry } = {}) {
	const files = {};
	if (firstEntry) files[firstEntry] = 'x';
	files['OFD.xml'] =
		`<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`;
	files['Doc_0/Document.xml'] =
		`<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"/><!--${markerText(marker)}-->`;
	return makeZip(files);
}

/** An ISO-BMFF file's first bytes: an `ftyp` box (major brand, minor version 0, compatible brands), then `meta`. */
function makeFtyp(major, compatible = []) {
	const size = 16 + 4 * compatible.length;
	const box = Buffer.alloc(size);
	box.writeUInt32BE(size, 0);
	box.write('ftyp', 4, 'latin1');
	box.write(major, 8, 'latin1');
	compatible.forEach((brand, i) => box.write(brand, 16 + 4 * i, 'latin1'));
	const meta = Buffer.alloc(64);
	meta.writeUInt32BE(64, 0);
	meta.write('meta', 4, 'latin1');
	return Buffer.concat([box, meta]);
}

module.exports = {
	MARKER_PREFIX,
	FORMATS,
	MIME_TYPES,
	EXTENSIONS,
	sniffFormat,
	readImageInfo,
	findMarker,
	makeImage,
	makeZip,
	makeOfd,
	makeFtyp,
	crc32,
};
