'use strict';
/**
 * Builds Huawei's result JSON for a recognised fixture (POST /v2/{project_id}/ocr/id-card → 200 {"result": …}).
 */
const { checkChar, isRealDate } = require('./idnumber');
const { makeImage } = require('./images');
const schema = require('./schemas/id-card');

// Field lists come from the one schema (schemas/id-card.js, which cites the SDK models).
const FRONT_FIELDS = schema.FRONT_TEXT;
const BACK_FIELDS = schema.BACK_TEXT;
const ALARMS = schema.ALARMS;
const FLAGS = [
	'return_verification',
	'return_text_location',
	...ALARMS.map((a) => `detect_${a}`),
	'return_portrait_location',
	'return_portrait_image',
	'return_adjusted_image',
];
const SIDES = ['front', 'back', 'double_side'];

// ---------------------------------------------------------------- verification

function frontChecks(card) {
	const number = String(card.number || '');
	const wellFormed = /^\d{17}[\dX]$/.test(number);
	const validNumber = wellFormed && checkChar(number.slice(0, 17)) === number[17];
	const birthDigits = wellFormed ? number.slice(6, 14) : '';
	const validBirth =
		wellFormed &&
		isRealDate(birthDigits) &&
		String(card.birth || '').replace(/-/g, '') === birthDigits;
	const sexDigit = wellFormed ? Number(number[16]) : NaN;
	const validSex = wellFormed && (sexDigit % 2 === 1 ? '男' : '女') === card.sex;
	return { valid_number: validNumber, valid_birth: validBirth, valid_sex: validSex };
}

function parseDay(s) {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s || '');
	return m && isRealDate(s)
		? { y: +m[1], m: +m[2], d: +m[3], t: Date.UTC(+m[1], +m[2] - 1, +m[3]) }
		: undefined;
}

function backChecks(card, now) {
	const from = parseDay(card.valid_from);
	const longTerm = card.valid_to === '长期';
	const to = longTerm ? undefined : parseDay(card.valid_to);
	const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
	const validDate =
		Boolean(from) && from.t <= today && (longTerm || (Boolean(to) && today <= to.t));
	// Resident ID cards are valid 5, 10 or 20 years (same month and day), or long-term.
	const validPeriod =
		Boolean(from) &&
		(longTerm ||
			(Boolean(to) && to.m === from.m && to.d === from.d && [5, 10, 20].includes(to.y - from.y)));
	return { valid_date: validDate, valid_validity_period: validPeriod };
}

/**
 * Single side (IdcardVerificationResult): all five checks, the other side's false.
 * double_side (`part`): IdcardFrontVerificationResult / IdcardBackVerificationResult hold only their own.
 */
function verification(side, card, now, part = false) {
	if (part) return side === 'front' ? frontChecks(card) : backChecks(card, now);
	const none = Object.fromEntries(Object.keys(schema.VERIFICATION).map((k) => [k, false]));
	if (side === 'front') return { ...none, ...frontChecks(card) };
	return { ...none, ...backChecks(card, now) };
}

// ---------------------------------------------------------------- geometry

/** Four corner points of a box given as fractions of the image. */
function box(width, height, x0, y0, x1, y1) {
	const X = (f) => Math.round(f * width);
	const Y = (f) => Math.round(f * height);
	return [
		[X(x0), Y(y0)],
		[X(x1), Y(y0)],
		[X(x1), Y(y1)],
		[X(x0), Y(y1)],
	];
}

const FRONT_BOXES = {
	name: [0.18, 0.1, 0.45, 0.2],
	sex: [0.18, 0.24, 0.26, 0.32],
	ethnicity: [0.4, 0.24, 0.5, 0.32],
	birth: [0.18, 0.36, 0.52, 0.44],
	address: [0.18, 0.48, 0.62, 0.66],
	number: [0.33, 0.8, 0.9, 0.9],
};
const BACK_BOXES = {
	issue: [0.4, 0.72, 0.88, 0.8],
	valid_from: [0.4, 0.84, 0.6, 0.92],
	valid_to: [0.62, 0.84, 0.82, 0.92],
};
const PORTRAIT_BOX = [0.64, 0.12, 0.92, 0.7];

function textLocation(side, width, height) {
	const boxes = side === 'front' ? FRONT_BOXES : BACK_BOXES;
	return Object.fromEntries(Object.entries(boxes).map(([k, b]) => [k, box(width, height, ...b)]));
}

// ---------------------------------------------------------------- one side

let cachedPortrait;
let cachedAdjusted;
const portraitBase64 = () =>
	(cachedPortrait ??= makeImage({ format: 'jpeg', width: 102, height: 126 }).toString('base64'));
const adjustedBase64 = () =>
	(cachedAdjusted ??= makeImage({ format: 'jpeg', width: 428, height: 270 }).toString('base64'));

/** Fields of one side plus what the flags ask for. */
function sideResult(side, card, fixture, flags, ctx) {
	const fields = side === 'front' ? FRONT_FIELDS : BACK_FIELDS;
	const out = {};
	for (const f of fields) out[f] = card[f] ?? '';
	if (fixture.extra) Object.assign(out, fixture.extra);
	if (flags.return_verification)
		out.verification_result = verification(side, card, ctx.now, ctx.part);
	if (flags.return_text_location) out.text_location = textLocation(side, ctx.width, ctx.height);
	const alarms = fixture.alarms || {};
	let scoreInfo;
	ALARMS.forEach((name, i) => {
		if (!flags[`detect_${name}`]) return;
		const hit = Boolean(alarms[name]);
		out[`detect_${name}_result`] = hit;
		scoreInfo = scoreInfo || {};
		// Typed int in the SDK models (range unpublished): high when the alarm is raised.
		scoreInfo[`${name}_score`] = hit ? 90 + i : 1 + i;
	});
	if (scoreInfo) out.score_info = scoreInfo;
	// The back of a double_side answer (IdcardBackResult) has no portrait fields at all.
	const portraitFields = !(ctx.part && side === 'back');
	if (flags.return_portrait_location && portraitFields)
		out.portrait_location = side === 'front' ? box(ctx.width, ctx.height, ...PORTRAIT_BOX) : [];
	if (flags.return_portrait_image && portraitFields)
		out.portrait_image = side === 'front' ? portraitBase64() : '';
	if (flags.return_adjusted_image) out.adjusted_image = adjustedBase64();
	return out;
}

/**
 * @param {object} fixture   an entry of FIXTURES
 * @param {string} side      '' (auto) | 'front' | 'back' | 'double_side'
 * @param {object} flags     request booleans
 * @param {{ width: number, height: number, now?: Date, doubleAutoSide?: 'front'|'double_side', emptyOtherSide?: boolean }} ctx
 * @returns {{ result: object, errorCode?: undefined } | { errorCode: string, result?: undefined }}
 */
function recognise(fixture, side, flags, ctx) {
	const c = { now: new Date(), ...ctx };
	if (!fixture || fixture.side === 'none')
		return { errorCode: (fixture && fixture.error) || 'AIS.0104' };
	const isDouble = fixture.side === 'double';
	const twoFronts = isDouble && Array.isArray(fixture.fronts);
	if (!side && isDouble && !twoFronts && c.doubleAutoSide === 'double_side') side = 'double_side';
	if (side === 'double_side') {
		if (twoFronts) return { errorCode: 'AIS.0122' };
		if (!isDouble) return { errorCode: 'AIS.0104' };
		return {
			result: {
				front: sideResult('front', fixture.front, fixture, flags, { ...c, part: true }),
				back: sideResult('back', fixture.back, fixture, flags, { ...c, part: true }),
			},
		};
	}
	let wanted = side;
	if (!wanted) wanted = isDouble ? 'front' : fixture.side;
	const card = wanted === 'front' ? fixture.front : fixture.back;
	if (!card) return { errorCode: 'AIS.0104' };
	const result = sideResult(wanted, card, fixture, flags, c);
	if (c.emptyOtherSide)
		for (const f of wanted === 'front' ? BACK_FIELDS : FRONT_FIELDS) result[f] = '';
	return { result };
}

module.exports = { recognise, verification, FRONT_FIELDS, BACK_FIELDS, ALARMS, FLAGS, SIDES };
