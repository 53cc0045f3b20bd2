'use strict';
/**
 * Chinese resident ID numbers (GB 11643-1999): 6-digit region code, 8-digit birth date,
 * 3-digit sequence (odd = male, even = female), check character.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits. */
function checkChar(first17) {
	if (!/^\d{17}$/.test(first17)) throw new Error(`expected 17 digits, got ${first17}`);
	let sum = 0;
	for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
	return CHECK_CHARS[sum % 11];
}

/** Builds a number with a correct check character. birth is 'YYYY-MM-DD', sequence 3 digits. */
function makeIdNumber(region, birth, sequence) {
	const first17 = `${region}${birth.replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
	return first17 + checkChar(first17);
}

/** The first sequence (same parity as `from`, stepping by 2) whose check character is `wanted`. */
function sequenceWithCheck(region, birth, from, wanted) {
	for (let seq = from; seq < 1000; seq += 2) {
		const number = makeIdNumber(region, birth, seq);
		if (number[17] === wanted) return seq;
	}
	throw new Error(`no sequence gives check character ${wanted}`);
}

/** The same number with a check character that is certainly wrong. */
function withWrongCheck(number) {
	const right = number[17];
	const wrong = right === '0' ? '1' : '0';
	return number.slice(0, 17) + wrong;
}

function isValidNumber(number) {
	return (
		typeof number === 'string' &&
		/^\d{17}[\dX]$/.test(number) &&
		checkChar(number.slice(0, 17)) === number[17]
	);
}

function isRealDate(yyyymmdd) {
	const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(yyyymmdd || '');
	if (!m) return false;
	const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
	return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

module.exports = {
	checkChar,
	makeIdNumber,
	sequenceWithCheck,
	withWrongCheck,
	isValidNumber,
	isRealDate,
	WEIGHTS,
	CHECK_CHARS,
};
