#!/usr/bin/env node
'use strict';
/**
 * Offline ID card recognition benchmark: generates N clean and N photographed cards of each side
 * (test/cards/generate.js), recognises them (test/ocr/recognizer.js) and prints the per-field exact-match
 * accuracy for clean and degraded images, and seconds per card. A benchmark, not a test: no threshold.
 *
 *   node bench/ocr-accuracy.js [--n 10] [--engine paddle|tesseract|tesseract.js|all] [--start 1000]
 *                              [--side front|back|both] [--verbose] [--json FILE]
 *
 * Seeds start at 1000 by default so that they differ from the ones the tests use.
 */
const os = require('os');
const fs = require('fs');
const path = require('path');
const { generateCard, rendererInfo } = require('../test/cards/generate');
const { createRecognizer, ENGINES, FRONT_FIELDS, BACK_FIELDS } = require('../test/ocr/recognizer');

function parseArgs(argv) {
	const a = { n: 10, engine: 'paddle', start: 1000, side: 'both', verbose: false };
	for (let i = 0; i < argv.length; i++) {
		const k = argv[i];
		const v = () => argv[++i];
		if (k === '--n') a.n = Number(v());
		else if (k === '--engine') a.engine = v();
		else if (k === '--start') a.start = Number(v());
		else if (k === '--side') {
			a.side = v();
			if (!['front', 'back', 'both'].includes(a.side))
				throw new Error(`--side must be front, back or both, got ${a.side}`);
		} else if (k === '--verbose' || k === '-v') a.verbose = true;
		else if (k === '--json') a.json = v();
		else if (k === '-h' || k === '--help') a.help = true;
		else throw new Error(`unknown argument ${k}`);
	}
	return a;
}

const pct = (ok, n) =>
	n ? `${((100 * ok) / n).toFixed(0).padStart(3)}% ${String(ok).padStart(3)}/${n}` : '   -';

async function benchEngine(engine, args) {
	const rec = createRecognizer({ engine });
	const t0 = process.hrtime.bigint();
	const info = await rec.info();
	const startMs = Number(process.hrtime.bigint() - t0) / 1e6;
	/** @type {('front'|'back')[]} */
	const sides = args.side === 'both' ? ['front', 'back'] : [args.side];
	const stats = {}; // stats[degrade][field] = ok count; plus totals
	const misses = [];
	const times = { clean: [], photo: [] };
	for (const degrade of /** @type {const} */ (['clean', 'photo'])) {
		stats[degrade] = { cards: { front: 0, back: 0 }, allOk: { front: 0, back: 0 }, errors: 0 };
		for (const side of sides) {
			const fields = side === 'front' ? FRONT_FIELDS : BACK_FIELDS;
			for (const f of fields) stats[degrade][f] = 0;
			for (let seed = args.start; seed < args.start + args.n; seed++) {
				const card = generateCard({ seed, side, degrade });
				const t = process.hrtime.bigint();
				let got = {};
				let error;
				try {
					const read = await rec.recognizeIdCard(card.buffer, { side });
					if ('fields' in read) got = read.fields; // one side asked, one side read
				} catch (e) {
					error = `${e.code || ''} ${e.message}`;
					stats[degrade].errors++;
				}
				times[degrade].push(Number(process.hrtime.bigint() - t) / 1e9);
				stats[degrade].cards[side]++;
				let all = true;
				for (const f of fields) {
					if (got[f] === card.truth[f]) stats[degrade][f]++;
					else {
						all = false;
						misses.push({ degrade, side, seed, field: f, want: card.truth[f], got: got[f], error });
					}
				}
				if (all) stats[degrade].allOk[side]++;
			}
		}
	}
	await rec.close();
	return { engine, info, startMs, stats, times, misses, sides };
}

function report(r) {
	const lines = [];
	const p = (s) => lines.push(s);
	const pkgs = Object.entries(r.info.packages || {})
		.map(([k, v]) => `${k}@${v}`)
		.join(', ');
	p(`engine: ${r.info.engine}${pkgs ? `  [${pkgs}]` : ''}`);
	p(`engine start (cold, incl. model load): ${(r.startMs / 1000).toFixed(2)} s`);
	p('');
	p(`| field | clean | photo (rotated, blurred, JPEG q60, background) |`);
	p('|---|---|---|');
	const fields = [
		...(r.sides.includes('front') ? FRONT_FIELDS : []),
		...(r.sides.includes('back') ? BACK_FIELDS : []),
	];
	for (const f of fields) {
		const side = FRONT_FIELDS.includes(f) ? 'front' : 'back';
		p(
			`| ${f} | ${pct(r.stats.clean[f], r.stats.clean.cards[side])} | ${pct(r.stats.photo[f], r.stats.photo.cards[side])} |`,
		);
	}
	for (const side of r.sides) {
		p(
			`| all ${side} fields | ${pct(r.stats.clean.allOk[side], r.stats.clean.cards[side])} | ${pct(r.stats.photo.allOk[side], r.stats.photo.cards[side])} |`,
		);
	}
	const mean = (xs) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
	const p95 = (xs) =>
		xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] || 0;
	p(
		`| s/card mean (p95) | ${mean(r.times.clean).toFixed(2)} (${p95(r.times.clean).toFixed(2)}) | ${mean(r.times.photo).toFixed(2)} (${p95(r.times.photo).toFixed(2)}) |`,
	);
	p(`| recognition errors | ${r.stats.clean.errors} | ${r.stats.photo.errors} |`);
	return lines.join('\n');
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	if (args.help) {
		console.log(
			'usage: node bench/ocr-accuracy.js [--n 10] [--engine paddle|tesseract|tesseract.js|all] [--start 1000] [--side both] [--verbose] [--json FILE]',
		);
		return;
	}
	const engines = args.engine === 'all' ? ENGINES : args.engine.split(',');
	const r0 = rendererInfo();
	console.log(
		`node ${process.version}, ${os.cpus().length} CPU (${os.cpus()[0] && os.cpus()[0].model}), cards: ${r0.rasteriser}, fonts ${r0.fonts.cjk} + ${r0.fonts.number}`,
	);
	console.log(
		`${args.n} cards per side and degradation, seeds ${args.start}..${args.start + args.n - 1}\n`,
	);
	const results = [];
	for (const engine of engines) {
		let r;
		try {
			r = await benchEngine(engine, args);
		} catch (e) {
			console.log(`engine ${engine}: unavailable: ${e.message}\n`);
			continue;
		}
		results.push(r);
		console.log(report(r));
		if (args.verbose) {
			for (const m of r.misses) {
				console.log(
					`  miss ${m.degrade} ${m.side} seed ${m.seed} ${m.field}: want ${JSON.stringify(m.want)} got ${JSON.stringify(m.got)}${m.error ? ` (${m.error})` : ''}`,
				);
			}
		}
		console.log('');
	}
	if (args.json) {
		fs.mkdirSync(path.dirname(path.resolve(args.json)), { recursive: true });
		fs.writeFileSync(args.json, `${JSON.stringify(results, null, '\t')}\n`);
	}
}

main().catch((e) => {
	console.error(e);
	process.exitCode = 1;
});
