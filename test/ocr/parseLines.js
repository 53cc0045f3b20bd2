'use strict';
/**
 * Turns an OCR engine's text lines for one side of a Chinese resident ID card into Huawei's result fields.
 *
 *   parseIdCardLines(lines, { side? }) → { side: 'front'|'back'|null, fields, lines }
 *
 * lines: [{ text, box? }] in any order; box = four corner points [[x,y]×4] (top-left, top-right,
 * bottom-right, bottom-left), as PaddleOCR-style engines give them. With boxes, the lines are de-skewed and
 * grouped into rows (a label and its value may come back as separate boxes); without, their order is kept.
 *
 * Front: name, sex (男/女), birth (YYYY-MM-DD), ethnicity (without 族), address (joined across lines),
 * number (18 characters, upper-case X). Back: issue, valid_from (YYYY-MM-DD), valid_to (YYYY-MM-DD or 长期).
 * A field that cannot be read is ''. side is null when the lines look like neither side of a card.
 *
 * The number is corrected only when its check character fails and exactly one single-character change
 * among commonly confused digits gives a number that passes the check and agrees with the printed birth
 * date and sex. Birth and sex fall back to the number's digits only when their own line is unreadable.
 *
 * Pure function: no I/O, no engine. Plain CommonJS so that it can be required by the emulator and tests.
 */

// GB 11643-1999 check character: the emulator's implementation, one for all test code.
const { checkChar } = require('../emulator/idnumber');
const validNumber = (n) => /^\d{17}[\dX]$/.test(n) && checkChar(n.slice(0, 17)) === n[17];

const ETHNICITIES = (
	'汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 ' +
	'仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 穿青人'
).split(' ');

/** Digits and the characters OCR engines put in their place inside a digit run. */
const DIGIT_LOOKALIKES = {
	O: '0',
	o: '0',
	D: '0',
	Q: '0',
	I: '1',
	l: '1',
	'|': '1',
	i: '1',
	'!': '1',
	Z: '2',
	z: '2',
	S: '5',
	s: '5',
	B: '8',
	b: '6',
	G: '6',
	g: '9',
	q: '9',
	T: '7',
	'×': 'X',
};

/** Single-character substitutions tried, in both directions, to repair a failed check character. */
const CONFUSIONS = [
	['0', '8'],
	['0', '6'],
	['0', '9'],
	['1', '7'],
	['1', '4'],
	['2', '7'],
	['3', '8'],
	['3', '5'],
	['5', '6'],
	['5', '8'],
	['6', '8'],
	['8', '9'],
	['4', '9'],
	['X', '8'],
	['X', '4'],
	['X', '1'],
];

// ---------------------------------------------------------------- normalising

/** Full-width ASCII → half-width, ideographic space → space, dot-like marks in names → ·. */
function normalise(text) {
	return String(text ?? '')
		.normalize('NFKC')
		.replace(/\u3000/g, ' ')
		.replace(/[\u2014\u2013\u2015\u2212\u30fc\uff0d~～]/g, '-')
		.replace(/[“”"'‘’`]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}
const squeeze = (s) => s.replace(/\s+/g, '');

// ---------------------------------------------------------------- geometry: de-skew and rows

function boxInfo(box) {
	if (!Array.isArray(box) || box.length < 4) return undefined;
	const p = box.map((q) => [Number(q[0]), Number(q[1])]);
	if (p.some((q) => !Number.isFinite(q[0]) || !Number.isFinite(q[1]))) return undefined;
	const width = Math.hypot(p[1][0] - p[0][0], p[1][1] - p[0][1]);
	const height = Math.hypot(p[3][0] - p[0][0], p[3][1] - p[0][1]);
	const angle = Math.atan2(p[1][1] - p[0][1], p[1][0] - p[0][0]);
	const cx = (p[0][0] + p[1][0] + p[2][0] + p[3][0]) / 4;
	const cy = (p[0][1] + p[1][1] + p[2][1] + p[3][1]) / 4;
	return { p, width, height, angle, cx, cy };
}

const median = (xs) => {
	if (!xs.length) return 0;
	const s = xs.slice().sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Groups lines into rows, top to bottom, each row's pieces left to right.
 * @returns {Array<{ text: string, x: number, y: number, h: number, pieces: Array<{text, x, w}> }>}
 */
function toRows(lines) {
	const items = lines
		.map((l, i) => ({
			text: normalise(typeof l === 'string' ? l : l && l.text),
			info: boxInfo(l && l.box),
			i,
		}))
		.filter((it) => it.text);
	const withBoxes = items.filter((it) => it.info);
	if (withBoxes.length < items.length || !withBoxes.length) {
		return items.map((it) => ({
			text: it.text,
			x: 0,
			y: it.i,
			h: 0,
			pieces: [{ text: it.text, x: 0, w: 0 }],
		}));
	}
	// skew: median angle of the wider boxes
	const wide = withBoxes.filter((it) => it.info.width > 2 * it.info.height);
	const angle = median((wide.length ? wide : withBoxes).map((it) => it.info.angle));
	const cos = Math.cos(-angle);
	const sin = Math.sin(-angle);
	const placed = withBoxes.map((it) => {
		const { cx, cy, width, height } = it.info;
		const x = cx * cos - cy * sin;
		const y = cx * sin + cy * cos;
		return { text: it.text, x: x - width / 2, y, w: width, h: height };
	});
	placed.sort((a, b) => a.y - b.y);
	const rowGap = 0.55 * median(placed.map((p) => p.h));
	const rows = [];
	for (const p of placed) {
		const row = rows[rows.length - 1];
		if (row && Math.abs(p.y - row.y) <= rowGap) {
			row.pieces.push(p);
			row.y = (row.y * (row.pieces.length - 1) + p.y) / row.pieces.length;
			row.h = Math.max(row.h, p.h);
		} else rows.push({ y: p.y, h: p.h, pieces: [p] });
	}
	return rows.map((r) => {
		r.pieces.sort((a, b) => a.x - b.x);
		return {
			text: r.pieces.map((p) => p.text).join(' '),
			x: r.pieces[0].x,
			y: r.y,
			h: r.h,
			pieces: r.pieces,
		};
	});
}

// ---------------------------------------------------------------- labels

// Each label: a pattern that finds it at (or near) the start of a row, tolerating one misread character.
const L = {
	name: /^[^\u3400-\u9fff\d]{0,3}(姓\s*名|娃\s*名|性\s*名|姓\s*各)\s*[:：]?/,
	sex: /(性\s*别|生\s*别|性\s*剔|性\s*列)\s*[:：]?/,
	ethnicity: /(民\s*族|民\s*旅|民\s*俗|R\s*族)\s*[:：]?/,
	birth: /^[^\u3400-\u9fff\d]{0,3}(出\s*生|山\s*生|出\s*牛)\s*[:：]?/,
	address: /^[^\u3400-\u9fff\d]{0,3}(住\s*址|住\s*扯|往\s*址|佳\s*址|住\s*趾|住\s*杜|住)\s*[:：]?/,
	number:
		/(公\s*民\s*身\s*份\s*号\s*码|公?\s*民\s*身\s*份\s*号?\s*码?|身\s*份\s*号\s*码|号\s*码)\s*[:：]?/,
	issue: /(签\s*发\s*机\s*关|签\s*发\s*机|发\s*机\s*关|签\s*发)\s*[:：]?/,
	valid: /(有\s*效\s*期\s*限|有\s*效\s*期|效\s*期\s*限|有\s*效)\s*[:：]?/,
};

const stripLabel = (text, re) => text.replace(re, '').trim();
const afterLabel = (text, re) => {
	const m = re.exec(text);
	return m ? text.slice(m.index + m[0].length).trim() : text.trim();
};

// ---------------------------------------------------------------- number

/** The longest run of 15+ digit-like characters, mapped to digits; the last may be X. */
function findNumberRun(text) {
	const s = squeeze(text);
	const re = /[0-9XxOoDQIl|i!ZzSsBbGgqT×]{15,}/g;
	let best = '';
	for (const m of s.matchAll(re)) {
		// a run must be mostly real digits, so that words are not taken for numbers
		const digits = (m[0].match(/\d/g) || []).length;
		if (digits >= m[0].length - 3 && m[0].length > best.length) best = m[0];
	}
	if (!best) return '';
	// x is upper-cased wherever it is; an X before the last place makes the number fail its check
	return [...best]
		.map((c) => (/\d/.test(c) ? c : c === 'x' || c === 'X' ? 'X' : DIGIT_LOOKALIKES[c] || c))
		.join('');
}

function dateOk(y, m, d) {
	const dt = new Date(Date.UTC(y, m - 1, d));
	return (
		dt.getUTCFullYear() === y &&
		dt.getUTCMonth() === m - 1 &&
		dt.getUTCDate() === d &&
		y >= 1900 &&
		y <= 2100
	);
}
const birthOf = (n) => `${n.slice(6, 10)}-${n.slice(10, 12)}-${n.slice(12, 14)}`;
const sexOf = (n) => (Number(n[16]) % 2 === 1 ? '男' : '女');
const numberBirthOk = (n) => dateOk(+n.slice(6, 10), +n.slice(10, 12), +n.slice(12, 14));

/**
 * Repairs a number whose check character fails, when exactly one single substitution among CONFUSIONS
 * gives a valid number consistent with the printed birth and sex.
 * @param {string} number
 * @param {{ birth?: string, sex?: string }} [printed] the birth date (YYYY-MM-DD) and sex read from the card
 * @returns {string}
 */
function repairNumber(number, { birth, sex } = {}) {
	if (!/^[\dX]{18}$/.test(number) || validNumber(number)) return number;
	const candidates = new Set();
	for (let i = 0; i < 18; i++) {
		for (const [a, b] of CONFUSIONS) {
			for (const [from, to] of [
				[a, b],
				[b, a],
			]) {
				if (number[i] !== from) continue;
				if (to === 'X' && i !== 17) continue;
				const n = number.slice(0, i) + to + number.slice(i + 1);
				if (!validNumber(n) || !numberBirthOk(n)) continue;
				if (birth && birthOf(n) !== birth) continue;
				if (sex && sexOf(n) !== sex) continue;
				candidates.add(n);
			}
		}
	}
	return candidates.size === 1 ? [...candidates][0] : number;
}

// ---------------------------------------------------------------- dates

/** '1990年3月7日', '1990 年 3 月 7 日', '1990年03月07日', '19903月7日' (年 lost) → '1990-03-07'. */
function parseBirth(text) {
	const s = squeeze(text);
	let m = /(\d{4})\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})/.exec(s);
	if (!m) {
		// 年 or 月 lost: 4-digit year then month then day, separated by at most one non-digit
		m = /(\d{4})(\d{1,2})\D(\d{1,2})/.exec(s) || /(\d{4})\D(\d{1,2})(\d{2})\D?$/.exec(s);
	}
	if (!m) return '';
	const [y, mo, d] = [+m[1], +m[2], +m[3]];
	return dateOk(y, mo, d)
		? `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
		: '';
}

/** '2015.03.27-2025.03.27', '2015.03.27-长期', '20150327 20250327' → { from, to } ('' when unreadable). */
function parseValidity(text) {
	const s = squeeze(text);
	const toIso = (d8) => {
		if (!d8 || d8.length !== 8) return '';
		const [y, m, d] = [+d8.slice(0, 4), +d8.slice(4, 6), +d8.slice(6, 8)];
		return dateOk(y, m, d) ? `${d8.slice(0, 4)}-${d8.slice(4, 6)}-${d8.slice(6, 8)}` : '';
	};
	const first = /\d{4}\D?\d{2}\D?\d{2}/.exec(s);
	if (!first) return { from: '', to: /长期/.test(s) ? '长期' : '' };
	const from = toIso(first[0].replace(/\D/g, ''));
	const rest = s.slice(first.index + first[0].length);
	const second = /\d{4}\D?\d{2}\D?\d{2}/.exec(rest);
	let to = '';
	if (second) to = toIso(second[0].replace(/\D/g, ''));
	else if (/长|期/.test(rest)) to = '长期';
	return { from, to };
}

// ---------------------------------------------------------------- side detection

function detectSide(rows) {
	let front = 0;
	let back = 0;
	for (const { text } of rows) {
		const s = squeeze(text);
		if (/姓名|性别|民族|出生|住址|公民身份|身份号码/.test(s)) front += 2;
		if (/\d{4}年\d{1,2}月/.test(s)) front += 1;
		if (findNumberRun(s).length >= 17) front += 2;
		if (/签发机关|有效期限|居民身份证|中华人民共和国/.test(s)) back += 2;
		if (/公安局|分局/.test(s)) back += 1;
		if (/\d{4}\.\d{2}\.\d{2}/.test(s)) back += 1;
	}
	if (!front && !back) return null;
	if (front < 2 && back < 2) return null;
	return front >= back ? 'front' : 'back';
}

// ---------------------------------------------------------------- front

const cjkOnly = (s) => squeeze(s).replace(/[^\u3400-\u9fff·]/g, '');

function cleanName(s) {
	let t = squeeze(s)
		.replace(/[•・.\-_]/g, '·')
		.replace(/^[·:：]+|[·:：]+$/g, '');
	t = t.replace(/[^\u3400-\u9fff·]/g, '');
	return t;
}

function matchEthnicity(raw) {
	let s = cjkOnly(raw).replace(/族$/, '');
	if (!s) return '';
	if (ETHNICITIES.includes(s)) return s;
	// the longest listed name at the start (e.g. 汉 followed by noise)
	const prefix = ETHNICITIES.filter((e) => s.startsWith(e)).sort((a, b) => b.length - a.length)[0];
	if (prefix) return prefix;
	// one character off, same length
	const close = ETHNICITIES.filter(
		(e) =>
			e.length === s.length && e.length > 1 && [...e].filter((c, i) => c !== s[i]).length === 1,
	);
	if (close.length === 1) return close[0];
	s = s.replace(/族.*$/, '');
	return s;
}

function parseFront(rows) {
	const texts = rows.map((r) => r.text);
	const find = (pred, from = 0) => {
		for (let i = from; i < texts.length; i++) if (pred(squeeze(texts[i]), i)) return i;
		return -1;
	};
	const numberRow = (() => {
		let best = -1;
		let bestLen = 0;
		texts.forEach((t, i) => {
			const run = findNumberRun(t);
			if (run.length >= 15 && run.length >= bestLen) {
				best = i;
				bestLen = run.length;
			}
		});
		if (best >= 0) return best;
		return find((s) => /公民身份|身份号码/.test(s));
	})();
	const sexRow = find(
		(s) =>
			/性别|民族/.test(s) || (/^[^\d]{0,4}[男女]/.test(s) && s.length <= 12 && /族|民/.test(s)),
	);
	const birthRow = find(
		(s) => /出生/.test(s) || /\d{4}\D{0,2}\d{1,2}月\d{1,2}/.test(s) || /^\D{0,3}\d{4}年/.test(s),
	);
	let nameRow = find((s) => /姓名/.test(s.slice(0, 4)));
	if (nameRow < 0 && sexRow > 0) nameRow = sexRow - 1;
	if (nameRow < 0 && sexRow < 0 && birthRow > 1) nameRow = birthRow - 2;
	let addressRow = find((s) => /^[^\u3400-\u9fff\d]{0,3}(住址|住扯|往址|佳址|住趾)/.test(s));
	if (addressRow < 0 && birthRow >= 0) addressRow = birthRow + 1;

	const fields = { name: '', sex: '', birth: '', ethnicity: '', address: '', number: '' };

	// name: the rest of its row; when the label stands alone, the row's next piece or the next row
	if (nameRow >= 0 && nameRow !== sexRow && nameRow !== birthRow) {
		let v = afterLabel(texts[nameRow], L.name);
		if (!cleanName(v) && nameRow + 1 < texts.length && nameRow + 1 !== sexRow)
			v = texts[nameRow + 1];
		fields.name = cleanName(v);
	}

	// sex and ethnicity share a row: 性别 男 民族 汉
	if (sexRow >= 0) {
		const t = texts[sexRow];
		const eth = L.ethnicity.exec(t);
		const sexPart = eth ? t.slice(0, eth.index) : t;
		const m = /[男女]/.exec(stripLabel(sexPart, L.sex)) || /[男女]/.exec(sexPart);
		if (m) fields.sex = m[0];
		if (eth) fields.ethnicity = matchEthnicity(t.slice(eth.index + eth[0].length));
		else {
			// label lost: whatever CJK follows the sex character
			const after = m ? sexPart.slice(sexPart.indexOf(m[0]) + 1) : '';
			fields.ethnicity = matchEthnicity(
				after.replace(/^[^\u3400-\u9fff]*/, '').replace(/^(民|族)+/, ''),
			);
		}
	}

	if (birthRow >= 0) fields.birth = parseBirth(afterLabel(texts[birthRow], L.birth));

	// address: from its label row up to the number row, without rows holding other labels
	if (addressRow >= 0 && addressRow !== numberRow) {
		const end = numberRow > addressRow ? numberRow : texts.length;
		const parts = [];
		for (let i = addressRow; i < end; i++) {
			let t = texts[i];
			if (i === addressRow) t = afterLabel(t, L.address);
			const s = squeeze(t);
			if (i > addressRow && (/^(公民|身份|号码)/.test(s) || /姓名|性别|民族|出生/.test(s))) break;
			// the number label may be read on its own row just above the number
			if (i > addressRow && /^[公民身份号码]{3,6}$/.test(s)) break;
			parts.push(s);
		}
		fields.address = parts.join('').replace(/^[^\u3400-\u9fff\d]+/, '');
	}

	// number
	if (numberRow >= 0) {
		let run = findNumberRun(afterLabel(texts[numberRow], L.number));
		if (run.length < 17) run = findNumberRun(texts[numberRow]);
		if (run.length > 18) run = run.slice(run.length - 18);
		fields.number = run;
	}

	// cross-checks with the number
	if (!fields.sex && fields.number.length === 18 && validNumber(fields.number))
		fields.sex = sexOf(fields.number);
	if (
		!fields.birth &&
		fields.number.length === 18 &&
		validNumber(fields.number) &&
		numberBirthOk(fields.number)
	) {
		fields.birth = birthOf(fields.number);
	}
	if (fields.number.length === 18 && !validNumber(fields.number)) {
		fields.number = repairNumber(fields.number, {
			birth: fields.birth || undefined,
			sex: fields.sex || undefined,
		});
	}
	return fields;
}

// ---------------------------------------------------------------- back

function parseBack(rows) {
	const texts = rows.map((r) => r.text);
	const fields = { issue: '', valid_from: '', valid_to: '' };
	const issueRow = texts.findIndex((t) => L.issue.test(squeeze(t)));
	const validRow = texts.findIndex(
		(t) =>
			/有效期限|有效期|效期限/.test(squeeze(t)) ||
			/\d{4}\.?\d{2}\.?\d{2}\s*-\s*(\d{4}|长)/.test(squeeze(t)),
	);
	if (issueRow >= 0) {
		const parts = [squeeze(afterLabel(texts[issueRow], L.issue))];
		// a long authority wraps onto the next row
		for (let i = issueRow + 1; i < texts.length && i !== validRow; i++) {
			const s = squeeze(texts[i]);
			if (!s || /\d{4}/.test(s) || L.valid.test(s)) break;
			parts.push(s);
		}
		fields.issue = parts.join('').replace(/[^\u3400-\u9fff\d()（）]/g, '');
	} else {
		// label lost: the row naming a police authority
		const i = texts.findIndex((t) => /公安局|分局/.test(t));
		if (i >= 0) fields.issue = cjkOnly(texts[i]);
	}
	if (validRow >= 0) {
		let v = afterLabel(texts[validRow], L.valid);
		// the dates may continue on the next row
		if (!/长|期|\d{4}\D?\d{2}\D?\d{2}\D+\d{4}/.test(squeeze(v)) && validRow + 1 < texts.length)
			v += ` ${texts[validRow + 1]}`;
		const { from, to } = parseValidity(v);
		fields.valid_from = from;
		fields.valid_to = to;
	}
	return fields;
}

// ---------------------------------------------------------------- API

/**
 * @param {Array<{ text: string, box?: number[][] } | string>} lines
 * @param {{ side?: 'front'|'back' }} [options]  a side forces that side's parsing
 * @returns {{ side: 'front'|'back'|null, detected?: 'front'|'back'|null, fields: object, lines: string[] }}
 *   detected: the side the text looks like, whatever side was parsed
 */
function parseIdCardLines(lines, options = {}) {
	const rows = toRows(Array.isArray(lines) ? lines : []);
	const detected = detectSide(rows);
	const side = options.side === 'front' || options.side === 'back' ? options.side : detected;
	const texts = rows.map((r) => r.text);
	if (!side) return { side: null, fields: {}, lines: texts };
	return {
		side,
		detected,
		fields: side === 'front' ? parseFront(rows) : parseBack(rows),
		lines: texts,
	};
}

module.exports = {
	parseIdCardLines,
	repairNumber,
	parseBirth,
	parseValidity,
	findNumberRun,
	toRows,
	detectSide,
	normalise,
	validNumber,
	checkChar,
	ETHNICITIES,
};
