/**
 * Masks of single personal-data values, shared by every document that carries them (ID card, driving
 * licence, passport, business licence...). Each document decides which of its fields get which mask
 * (see helpers/idCard/masking.ts).
 */

import { addressPrefix } from './addressPrefix';
import { splitDate } from './dates';
import { normalizeIdNumber } from './idNumber';

/**
 * The first `start` and last `end` characters of the (trimmed) value kept, the others replaced by `*`; all
 * masked when the value is no longer than what would be kept.
 */
export function maskKeepEnds(value: string, start: number, end: number): string {
	const chars = Array.from(value.trim());
	if (chars.length <= start + end) return '*'.repeat(chars.length);
	return (
		chars.slice(0, start).join('') +
		'*'.repeat(chars.length - start - end) +
		(end > 0 ? chars.slice(-end).join('') : '')
	);
}

/** An ID number with its region (first 6) and last 4 characters kept: 110101********0118. */
export function maskIdNumber(value: string): string {
	return maskKeepEnds(normalizeIdNumber(value), 6, 4);
}

export function maskName(value: string): string {
	const chars = Array.from(value.trim());
	if (chars.length <= 1) return '*'.repeat(chars.length);
	if (chars.length === 2) return `${chars[0]}*`;
	return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

export function maskAddress(value: string): string {
	const address = value.trim();
	const { prefix } = addressPrefix(address);
	return prefix === address ? address : `${prefix}…`;
}

/** The year of a birth date, or **** when there is none. */
export function maskBirth(value: string): string {
	const parts = splitDate(value);
	if (parts) return String(parts.year).padStart(4, '0');
	const year = /^\s*(\d{4})/.exec(value);
	return year ? year[1] : '****';
}

/**
 * Masks the numbers that identify a person inside free text (general text, documents without rules), keeping
 * the text's length so that per-character lists still line up:
 * - an ID number (17 digits + digit or X): first 6 and last 4 kept, 110101********0118;
 * - a card number (13–19 digits, spaces or hyphens between groups allowed): first 6 and last 4 digits kept;
 * - a mainland mobile number (1[3-9] + 9 digits): 138****8000.
 * Names and addresses in free text are not recognised. Masking a masked text changes nothing.
 */
export function maskNumbersInText(text: string): string {
	const keepEnds = (run: string, head: number, tail: number) => {
		const digits = run.replace(/[^0-9Xx]/g, '').length;
		let seen = 0;
		return run.replace(/[0-9Xx]/g, (c) => {
			seen++;
			return seen <= head || seen > digits - tail ? c : '*';
		});
	};
	return text
		.replace(/(?<![0-9A-Za-z*])\d{17}[0-9Xx](?![0-9A-Za-z*])/g, (m) => keepEnds(m, 6, 4))
		.replace(/(?<![0-9*])\d(?:[ -]?\d){12,18}(?![0-9*])/g, (m) => keepEnds(m, 6, 4))
		.replace(/(?<![0-9*])1[3-9]\d{9}(?![0-9*])/g, (m) => `${m.slice(0, 3)}****${m.slice(7)}`);
}
