/**
 * Masks of single personal-data values, shared by every document that carries them (ID card, driving
 * licence, passport, business licence...). Each document decides which of its fields get which mask
 * (see helpers/idCard/masking.ts).
 */

import { addressPrefix } from './addressPrefix';
import { splitDate } from './dates';
import { normalizeIdNumber } from './idNumber';

export function maskIdNumber(value: string): string {
	const chars = Array.from(normalizeIdNumber(value));
	if (chars.length <= 10) return '*'.repeat(chars.length);
	return chars.slice(0, 6).join('') + '*'.repeat(chars.length - 10) + chars.slice(-4).join('');
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
