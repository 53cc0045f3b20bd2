#!/usr/bin/env node
'use strict';
/**
 * Synthetic second-generation Chinese resident ID cards (front = portrait side, back = emblem side) with
 * their ground truth, for offline recognition tests and the accuracy benchmark. Fake people only
 * (test/cards/people.js); the portrait is a drawn silhouette and the emblem a drawn stand-in.
 *
 *   generateCard({ seed, side: 'front'|'back', degrade: 'clean'|'photo', format?: 'jpeg'|'png' })
 *     → { buffer, mimeType, width, height, truth }
 *   node test/cards/generate.js --out DIR [--count N] [--side front|back|both] [--degrade clean|photo|both] [--start S]
 *
 * Rasteriser: @napi-rs/canvas (Skia, prebuilt binary in its npm package). Fonts: Debian's fonts-wqy-zenhei
 * (/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc; any Noto CJK / AR PL font also works) and fonts-ocr-b
 * (/usr/share/fonts/opentype/ocr-b/OCRB.otf, the number's typeface on real cards; optional).
 * Set ID_CARD_CJK_FONT / ID_CARD_NUMBER_FONT to use other files.
 */
const fs = require('fs');
const path = require('path');
const { makePerson, makeRng } = require('./people');

const CARD_W = 1000;
const CARD_H = 630;

const CJK_FONT_CANDIDATES = [
	'/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
	'/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
	'/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
	'/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
	'/usr/share/fonts/truetype/arphic/uming.ttc',
	'/usr/share/fonts/truetype/arphic/ukai.ttc',
];
const NUMBER_FONT_CANDIDATES = ['/usr/share/fonts/opentype/ocr-b/OCRB.otf'];
const APT_HINT = 'apt-get install -y fonts-wqy-zenhei fonts-ocr-b';

let canvasLib;
let fonts;

function lib() {
	if (!canvasLib) {
		try {
			canvasLib = require('@napi-rs/canvas');
		} catch (e) {
			throw new Error(
				`test/cards needs the devDependency @napi-rs/canvas (npm install): ${e.message}`,
			);
		}
	}
	return canvasLib;
}

/** Registers the fonts once; returns the family names to use. */
function loadFonts() {
	if (fonts) return fonts;
	const { GlobalFonts } = lib();
	const first = (env, list) => [process.env[env], ...list].find((p) => p && fs.existsSync(p));
	const cjk = first('ID_CARD_CJK_FONT', CJK_FONT_CANDIDATES);
	if (!cjk)
		throw new Error(
			`no CJK font found (tried ${CJK_FONT_CANDIDATES.join(', ')}); install one: ${APT_HINT}`,
		);
	GlobalFonts.registerFromPath(cjk, 'IdCardCJK');
	const num = first('ID_CARD_NUMBER_FONT', NUMBER_FONT_CANDIDATES);
	if (num) GlobalFonts.registerFromPath(num, 'IdCardNumber');
	fonts = {
		cjk: 'IdCardCJK',
		number: num ? 'IdCardNumber' : 'IdCardCJK',
		files: { cjk, number: num || cjk },
	};
	return fonts;
}

// ---------------------------------------------------------------- drawing helpers

function roundRect(ctx, x, y, w, h, r) {
	ctx.beginPath();
	ctx.moveTo(x + r, y);
	ctx.arcTo(x + w, y, x + w, y + h, r);
	ctx.arcTo(x + w, y + h, x, y + h, r);
	ctx.arcTo(x, y + h, x, y, r);
	ctx.arcTo(x, y, x + w, y, r);
	ctx.closePath();
}

/** Text with extra spacing between characters; returns the end x. */
function spaced(ctx, text, x, y, spacing) {
	let cx = x;
	for (const ch of text) {
		ctx.fillText(ch, cx, y);
		cx += ctx.measureText(ch).width + spacing;
	}
	return cx;
}

/** Wraps text into lines no wider than maxWidth (character by character, as the card printer does). */
function wrap(ctx, text, maxWidth) {
	const lines = [];
	let line = '';
	for (const ch of text) {
		if (line && ctx.measureText(line + ch).width > maxWidth) {
			lines.push(line);
			line = ch;
		} else line += ch;
	}
	if (line) lines.push(line);
	return lines;
}

/** The pale security background: colour gradient, guilloche rosettes and fine waves. */
function cardBackground(ctx, rng, side) {
	const g = ctx.createLinearGradient(0, 0, CARD_W, CARD_H);
	if (side === 'front') {
		g.addColorStop(0, '#eef3f1');
		g.addColorStop(0.5, '#f6f3ea');
		g.addColorStop(1, '#eaf0f4');
	} else {
		g.addColorStop(0, '#f4efe4');
		g.addColorStop(0.5, '#eef3ee');
		g.addColorStop(1, '#f3ece6');
	}
	ctx.fillStyle = g;
	ctx.fillRect(0, 0, CARD_W, CARD_H);
	ctx.lineWidth = 0.8;
	// fine sine waves across the card
	for (let k = 0; k < 46; k++) {
		ctx.strokeStyle = k % 2 ? 'rgba(120,170,190,0.16)' : 'rgba(200,170,120,0.14)';
		const y0 = (k / 46) * CARD_H;
		const amp = 6 + (k % 5);
		const ph = rng.float(0, Math.PI * 2);
		ctx.beginPath();
		for (let x = 0; x <= CARD_W; x += 8) {
			const y = y0 + amp * Math.sin(x / 37 + ph);
			if (x === 0) ctx.moveTo(x, y);
			else ctx.lineTo(x, y);
		}
		ctx.stroke();
	}
	// a guilloche rosette
	const cx = side === 'front' ? CARD_W * 0.45 : CARD_W * 0.55;
	const cy = CARD_H * 0.5;
	ctx.strokeStyle = 'rgba(150,185,200,0.22)';
	for (let k = 0; k < 14; k++) {
		ctx.beginPath();
		const R = 120 + k * 9;
		for (let t = 0; t <= Math.PI * 2 + 0.01; t += 0.02) {
			const r = R + 18 * Math.sin(12 * t + k * 0.4);
			const x = cx + r * Math.cos(t);
			const y = cy + r * 0.62 * Math.sin(t);
			if (t === 0) ctx.moveTo(x, y);
			else ctx.lineTo(x, y);
		}
		ctx.stroke();
	}
}

/** A neutral placeholder portrait: head and shoulders silhouette, no face. */
function portrait(ctx, x, y, w, h, rng) {
	ctx.save();
	ctx.fillStyle = '#e3e8ea';
	ctx.fillRect(x, y, w, h);
	const shade = rng.int(95, 130);
	ctx.fillStyle = `rgb(${shade},${shade + 8},${shade + 14})`;
	// shoulders
	ctx.beginPath();
	ctx.moveTo(x + w * 0.05, y + h);
	ctx.bezierCurveTo(
		x + w * 0.08,
		y + h * 0.72,
		x + w * 0.3,
		y + h * 0.66,
		x + w * 0.5,
		y + h * 0.66,
	);
	ctx.bezierCurveTo(x + w * 0.7, y + h * 0.66, x + w * 0.92, y + h * 0.72, x + w * 0.95, y + h);
	ctx.closePath();
	ctx.fill();
	// neck and head
	ctx.fillRect(x + w * 0.42, y + h * 0.5, w * 0.16, h * 0.18);
	ctx.beginPath();
	ctx.ellipse(x + w * 0.5, y + h * 0.36, w * 0.2, h * 0.2, 0, 0, Math.PI * 2);
	ctx.fill();
	ctx.restore();
}

/** A drawn stand-in for the national emblem (a red disc with five gold stars and a gear ring). */
function emblem(ctx, cx, cy, r) {
	ctx.save();
	ctx.fillStyle = '#c8202a';
	ctx.beginPath();
	ctx.arc(cx, cy, r, 0, Math.PI * 2);
	ctx.fill();
	ctx.strokeStyle = '#e0b040';
	ctx.lineWidth = r * 0.08;
	ctx.beginPath();
	ctx.arc(cx, cy, r * 0.9, 0, Math.PI * 2);
	ctx.stroke();
	const star = (sx, sy, sr) => {
		ctx.beginPath();
		for (let i = 0; i < 10; i++) {
			const a = -Math.PI / 2 + (i * Math.PI) / 5;
			const rr = i % 2 ? sr * 0.4 : sr;
			ctx.lineTo(sx + rr * Math.cos(a), sy + rr * Math.sin(a));
		}
		ctx.closePath();
		ctx.fill();
	};
	ctx.fillStyle = '#f3c64a';
	star(cx - r * 0.3, cy - r * 0.3, r * 0.28);
	for (let i = 0; i < 4; i++) {
		const a = -0.9 + i * 0.45;
		star(cx - r * 0.3 + r * 0.5 * Math.cos(a), cy - r * 0.3 + r * 0.5 * Math.sin(a), r * 0.1);
	}
	ctx.fillRect(cx - r * 0.55, cy + r * 0.3, r * 1.1, r * 0.12);
	ctx.restore();
}

const LABEL = '#2c6e9b';
const INK = '#141414';

function drawFront(ctx, t, rng) {
	const f = loadFonts();
	const X = (v) => v * CARD_W;
	const Y = (v) => v * CARD_H;
	const label = (text, x, y) => {
		ctx.fillStyle = LABEL;
		ctx.font = `26px ${f.cjk}`;
		spaced(ctx, text, X(x), Y(y), 6);
	};
	const value = (text, x, y, size = 32) => {
		ctx.fillStyle = INK;
		ctx.font = `${size}px ${f.cjk}`;
		ctx.fillText(text, X(x), Y(y));
	};
	ctx.textBaseline = 'alphabetic';
	label('姓名', 0.07, 0.17);
	value(t.name, 0.18, 0.175, 36);
	label('性别', 0.07, 0.29);
	value(t.sex, 0.18, 0.295);
	label('民族', 0.3, 0.29);
	value(t.ethnicity, 0.4, 0.295);
	label('出生', 0.07, 0.41);
	const [y, m, d] = t.birth.split('-').map(Number);
	ctx.fillStyle = INK;
	ctx.font = `32px ${f.cjk}`;
	let bx = X(0.18);
	for (const [part, gapAfter] of [
		[String(y), 10],
		['年', 14],
		[String(m), 10],
		['月', 14],
		[String(d), 10],
		['日', 0],
	]) {
		ctx.fillText(part, bx, Y(0.415));
		bx += ctx.measureText(part).width + gapAfter;
	}
	label('住址', 0.07, 0.53);
	ctx.font = `32px ${f.cjk}`;
	const lines = wrap(ctx, t.address, X(0.6) - X(0.18));
	lines.forEach((line, i) => value(line, 0.18, 0.535 + i * 0.085));
	label('公民身份号码', 0.07, 0.87);
	ctx.fillStyle = INK;
	ctx.font = `40px ${f.number}`;
	spaced(ctx, t.number, X(0.345), Y(0.875), 5);
	portrait(ctx, X(0.64), Y(0.12), X(0.28), Y(0.58), rng);
}

function drawBack(ctx, t) {
	const f = loadFonts();
	const X = (v) => v * CARD_W;
	const Y = (v) => v * CARD_H;
	emblem(ctx, X(0.14), Y(0.22), 70);
	ctx.fillStyle = INK;
	ctx.font = `bold 40px ${f.cjk}`;
	spaced(ctx, '中华人民共和国', X(0.32), Y(0.2), 12);
	ctx.font = `bold 64px ${f.cjk}`;
	spaced(ctx, '居民身份证', X(0.3), Y(0.38), 22);
	ctx.fillStyle = LABEL;
	ctx.font = `26px ${f.cjk}`;
	spaced(ctx, '签发机关', X(0.2), Y(0.77), 4);
	spaced(ctx, '有效期限', X(0.2), Y(0.89), 4);
	ctx.fillStyle = INK;
	ctx.font = `30px ${f.cjk}`;
	ctx.fillText(t.issue, X(0.38), Y(0.775));
	const dot = (s) => (s === '长期' ? s : s.replace(/-/g, '.'));
	ctx.fillText(`${dot(t.valid_from)}-${dot(t.valid_to)}`, X(0.38), Y(0.895));
}

/** The flat card (CARD_W × CARD_H) with rounded corners on a transparent canvas. */
function renderCard(side, truth, rng) {
	const { createCanvas } = lib();
	const canvas = createCanvas(CARD_W, CARD_H);
	const ctx = canvas.getContext('2d');
	roundRect(ctx, 0, 0, CARD_W, CARD_H, 36);
	ctx.save();
	ctx.clip();
	cardBackground(ctx, rng, side);
	if (side === 'front') drawFront(ctx, truth, rng);
	else drawBack(ctx, truth);
	ctx.restore();
	return canvas;
}

// ---------------------------------------------------------------- degradation

/** Desk-like background: a base colour, streaks (wood/fabric) and noise. */
function texturedBackground(ctx, w, h, rng) {
	const base = rng.pick([
		[138, 102, 70],
		[96, 96, 104],
		[170, 160, 140],
		[60, 70, 62],
		[180, 178, 172],
	]);
	ctx.fillStyle = `rgb(${base.join(',')})`;
	ctx.fillRect(0, 0, w, h);
	for (let i = 0; i < 260; i++) {
		const y = rng.float(0, h);
		const dv = rng.int(-22, 22);
		ctx.strokeStyle = `rgba(${base.map((c) => Math.max(0, Math.min(255, c + dv))).join(',')},0.5)`;
		ctx.lineWidth = rng.float(1, 5);
		ctx.beginPath();
		ctx.moveTo(0, y);
		ctx.bezierCurveTo(
			w * 0.3,
			y + rng.float(-20, 20),
			w * 0.6,
			y + rng.float(-20, 20),
			w,
			y + rng.float(-15, 15),
		);
		ctx.stroke();
	}
}

function addNoise(ctx, w, h, rng, sd) {
	const img = ctx.getImageData(0, 0, w, h);
	const d = img.data;
	// a cheap deterministic noise table, reused with a random stride
	const table = new Int8Array(4096);
	for (let i = 0; i < table.length; i++)
		table[i] = Math.max(-127, Math.min(127, Math.round(rng.normal(0, sd))));
	let k = rng.int(0, 4095);
	for (let i = 0; i < d.length; i += 4) {
		const n = table[k];
		k = (k * 1103515245 + 12345) & 4095;
		d[i] = Math.max(0, Math.min(255, d[i] + n));
		d[i + 1] = Math.max(0, Math.min(255, d[i + 1] + n));
		d[i + 2] = Math.max(0, Math.min(255, d[i + 2] + n));
	}
	ctx.putImageData(img, 0, 0);
}

/** The card photographed: on a textured surface, rotated a few degrees, shadow, uneven light, blur, noise, JPEG ~60. */
function photograph(card, rng) {
	const { createCanvas } = lib();
	const W = 1400;
	const H = 1050;
	const out = createCanvas(W, H);
	const ctx = out.getContext('2d');
	texturedBackground(ctx, W, H, rng);
	const scale = rng.float(0.92, 1.1);
	const angle = ((rng.chance(0.5) ? 1 : -1) * rng.float(1.5, 6) * Math.PI) / 180;
	const cx = W / 2 + rng.float(-90, 90);
	const cy = H / 2 + rng.float(-70, 70);
	const blur = rng.float(0.7, 1.4);
	const layer = createCanvas(W, H);
	const l = layer.getContext('2d');
	l.translate(cx, cy);
	l.rotate(angle);
	l.scale(scale, scale);
	l.shadowColor = 'rgba(0,0,0,0.45)';
	l.shadowBlur = 24;
	l.shadowOffsetX = 8;
	l.shadowOffsetY = 10;
	l.drawImage(card, -CARD_W / 2, -CARD_H / 2);
	ctx.filter = `blur(${blur.toFixed(2)}px)`;
	ctx.drawImage(layer, 0, 0);
	ctx.filter = 'none';
	// uneven light: a soft bright spot and a darker corner
	const gx = rng.float(0.2, 0.8) * W;
	const gy = rng.float(0.2, 0.8) * H;
	const light = ctx.createRadialGradient(gx, gy, 10, gx, gy, W * 0.7);
	light.addColorStop(0, 'rgba(255,255,245,0.16)');
	light.addColorStop(1, 'rgba(0,0,0,0.18)');
	ctx.fillStyle = light;
	ctx.fillRect(0, 0, W, H);
	addNoise(ctx, W, H, rng, 5);
	return { canvas: out, angle: (angle * 180) / Math.PI, blur, scale };
}

// ---------------------------------------------------------------- API

/**
 * @param {{ seed: number|string, side?: 'front'|'back', degrade?: 'clean'|'photo', format?: 'jpeg'|'png', quality?: number }} opts
 * @returns {{ buffer: Buffer, mimeType: string, width: number, height: number, truth: object, meta: object }}
 */
function generateCard({ seed, side = 'front', degrade = 'clean', format, quality }) {
	if (seed === undefined || seed === null) throw new Error('generateCard: seed is required');
	if (side !== 'front' && side !== 'back')
		throw new Error(`generateCard: side must be front or back, got ${side}`);
	if (degrade !== 'clean' && degrade !== 'photo')
		throw new Error(`generateCard: degrade must be clean or photo, got ${degrade}`);
	const person = makePerson(seed);
	const truth = side === 'front' ? person.front : person.back;
	const rng = makeRng(`render:${seed}:${side}`);
	const card = renderCard(side, truth, rng);
	let canvas = card;
	const meta = { seed, side, degrade };
	if (degrade === 'photo') {
		const shot = photograph(card, makeRng(`photo:${seed}:${side}`));
		canvas = shot.canvas;
		Object.assign(meta, {
			angle: +shot.angle.toFixed(2),
			blur: +shot.blur.toFixed(2),
			scale: +shot.scale.toFixed(3),
		});
	} else {
		// flatten the rounded corners onto white, as a scanner would
		const { createCanvas } = lib();
		const flat = createCanvas(CARD_W + 40, CARD_H + 40);
		const fctx = flat.getContext('2d');
		fctx.fillStyle = '#ffffff';
		fctx.fillRect(0, 0, flat.width, flat.height);
		fctx.drawImage(card, 20, 20);
		canvas = flat;
	}
	const fmt = format || 'jpeg';
	const q = quality ?? (degrade === 'photo' ? 60 : 92);
	const buffer = fmt === 'png' ? canvas.toBuffer('image/png') : canvas.toBuffer('image/jpeg', q);
	if (fmt !== 'png') meta.quality = q;
	return {
		buffer,
		mimeType: fmt === 'png' ? 'image/png' : 'image/jpeg',
		width: canvas.width,
		height: canvas.height,
		truth: { ...truth },
		meta,
	};
}

/** Describes the rasteriser and fonts (for benchmark output). */
function rendererInfo() {
	const f = loadFonts();
	let version = '?';
	try {
		version = require('@napi-rs/canvas/package.json').version;
	} catch {
		/* ignore */
	}
	return { rasteriser: `@napi-rs/canvas@${version}`, fonts: f.files };
}

// ---------------------------------------------------------------- CLI

/**
 * The value of a command-line option, checked against the values it may take.
 * @template {string} T
 * @param {string} option
 * @param {string} value
 * @param {readonly T[]} allowed
 * @returns {T}
 */
function oneOf(option, value, allowed) {
	if (!(/** @type {readonly string[]} */ (allowed).includes(value)))
		throw new Error(`${option} must be one of ${allowed.join(', ')}, got ${value}`);
	return /** @type {T} */ (value);
}

/**
 * @typedef {object} CliArgs
 * @property {string} [out]
 * @property {number} count
 * @property {'front'|'back'|'both'} side
 * @property {'clean'|'photo'|'both'} degrade
 * @property {number} start
 * @property {'png'} [format]
 * @property {boolean} [help]
 */

/**
 * @param {string[]} argv
 * @returns {CliArgs}
 */
function parseArgs(argv) {
	/** @type {CliArgs} */
	const args = { count: 10, side: 'both', degrade: 'both', start: 1 };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const v = () => argv[++i];
		if (a === '--out') args.out = v();
		else if (a === '--count') args.count = Number(v());
		else if (a === '--side') args.side = oneOf(a, v(), ['front', 'back', 'both']);
		else if (a === '--degrade') args.degrade = oneOf(a, v(), ['clean', 'photo', 'both']);
		else if (a === '--start') args.start = Number(v());
		else if (a === '--png') args.format = 'png';
		else if (a === '-h' || a === '--help') args.help = true;
		else throw new Error(`unknown argument ${a}`);
	}
	return args;
}

function main(argv) {
	const args = parseArgs(argv);
	if (args.help || !args.out) {
		console.log(
			'usage: node test/cards/generate.js --out DIR [--count N] [--side front|back|both] [--degrade clean|photo|both] [--start SEED] [--png]',
		);
		return args.help ? 0 : 2;
	}
	fs.mkdirSync(args.out, { recursive: true });
	/** @type {('front'|'back')[]} */
	const sides = args.side === 'both' ? ['front', 'back'] : [args.side];
	/** @type {('clean'|'photo')[]} */
	const degrades = args.degrade === 'both' ? ['clean', 'photo'] : [args.degrade];
	const entries = [];
	for (let seed = args.start; seed < args.start + args.count; seed++) {
		for (const side of sides) {
			for (const degrade of degrades) {
				const card = generateCard({ seed, side, degrade, format: args.format });
				const file = `card-${String(seed).padStart(4, '0')}-${side}-${degrade}.${card.mimeType === 'image/png' ? 'png' : 'jpg'}`;
				fs.writeFileSync(path.join(args.out, file), card.buffer);
				entries.push({
					file,
					seed,
					side,
					degrade,
					mimeType: card.mimeType,
					width: card.width,
					height: card.height,
					truth: card.truth,
					meta: card.meta,
				});
			}
		}
	}
	fs.writeFileSync(path.join(args.out, 'truth.json'), `${JSON.stringify(entries, null, '\t')}\n`);
	console.log(`wrote ${entries.length} images and truth.json to ${args.out}`);
	return 0;
}

if (require.main === module) {
	try {
		process.exitCode = main(process.argv.slice(2));
	} catch (e) {
		console.error(e.message);
		process.exitCode = 1;
	}
}

module.exports = { generateCard, rendererInfo, makePerson, CARD_W, CARD_H };
