/**
 * Dates as Hong Kong and Macao identity cards print them, and as Huawei's OCR returns them (text without a
 * documented format): DD-MM-YYYY, DD-MM-YY, a first-issue month (MM-YY), any of them in parentheses, and the
 * ISO shapes of ./dates.ts. A two-digit year is the latest such year not after today (18 read in 2026 is
 * 2018, 97 is 1997): these are dates of issue, never in the future when sound.
 */

import { formatDate, isRealDate, splitDate, splitDayFirstDate } from './dates';
import { text } from './text';

/** A full year for a two-digit one, the latest not after today's year. */
export function fullYear(twoDigits: string, today: string): number {
	const year = 2000 + Number(twoDigits);
	return year <= Number(today.slice(0, 4)) ? year : year - 100;
}

/**
 * A card date as `YYYY-MM-DD`: `invalid` when it has a date's shape but names no day, `unreadable` when it
 * has none of the shapes read here.
 */
export function readCardDate(raw: string, today: string): string | 'invalid' | 'unreadable' {
	const value = raw.replace(/^\((.*)\)$/, '$1').trim();
	let date = splitDate(value) ?? splitDayFirstDate(value);
	const short = /^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{2})$/.exec(value);
	if (!date && short)
		date = { year: fullYear(short[3], today), month: Number(short[2]), day: Number(short[1]) };
	if (!date) return 'unreadable';
	return isRealDate(date.year, date.month, date.day) ? formatDate(date) : 'invalid';
}

/** The first-issue month as `YYYY-MM` ((MM-YY), MM-YYYY, YYYY-MM or a full date's month). */
export function readCardMonth(raw: string, today: string): string | 'invalid' | 'unreadable' {
	const value = raw.replace(/^\((.*)\)$/, '$1').trim();
	let year: number | undefined;
	let month: number | undefined;
	let match: RegExpExecArray | null;
	if ((match = /^(\d{1,2})[-./ ](\d{2})$/.exec(value))) {
		month = Number(match[1]);
		year = fullYear(match[2], today);
	} else if ((match = /^(\d{1,2})[-./ ](\d{4})$/.exec(value))) {
		month = Number(match[1]);
		year = Number(match[2]);
	} else if (
		(match = /^(\d{4})[-./](\d{1,2})$/.exec(value) ?? /^(\d{4})年(\d{1,2})月$/.exec(value))
	) {
		year = Number(match[1]);
		month = Number(match[2]);
	} else {
		const date = readCardDate(value, today);
		if (date === 'unreadable' || date === 'invalid') return date;
		return date.slice(0, 7);
	}
	if (month < 1 || month > 12 || year < 1) return 'invalid';
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The ISO form of a card date field, or null (what the derived `*_iso` fields hold). */
export function cardDateIso(value: unknown, today: string): string | null {
	const date = readCardDate(text(value), today);
	return date === 'invalid' || date === 'unreadable' ? null : date;
}

/** A date field that must be a real day not after today; its ISO form, or null. Failures named by `label`. */
export function pastCardDate(
	label: string,
	raw: string,
	today: string,
	failures: string[],
): { iso: string | null; valid: boolean | null } {
	if (raw === '') return { iso: null, valid: null };
	const date = readCardDate(raw, today);
	if (date === 'unreadable') {
		failures.push(`${label} is not a date (DD-MM-YYYY)`);
		return { iso: null, valid: false };
	}
	if (date === 'invalid') {
		failures.push(`${label} is not a real date`);
		return { iso: null, valid: false };
	}
	if (date > today) {
		failures.push(`${label} is in the future`);
		return { iso: date, valid: false };
	}
	return { iso: date, valid: true };
}
