/**
 * Calendar dates as plain `YYYY-MM-DD` strings: no Date objects, no time zones. ISO date strings of the same
 * length compare correctly as strings, which every helper here relies on.
 */

export interface CalendarDate {
	year: number;
	month: number;
	day: number;
}

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the numbers name a day of the Gregorian calendar (year 1-9999). */
export function isRealDate(year: number, month: number, day: number): boolean {
	return (
		Number.isInteger(year) &&
		Number.isInteger(month) &&
		Number.isInteger(day) &&
		year >= 1 &&
		year <= 9999 &&
		month >= 1 &&
		month <= 12 &&
		day >= 1 &&
		day <= daysInMonth(year, month)
	);
}

function pad(value: number, width: number): string {
	return String(value).padStart(width, '0');
}

export function formatDate(date: CalendarDate): string {
	return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * Splits a date written as `YYYY-MM-DD`, `YYYY.MM.DD`, `YYYY/MM/DD`, `YYYYMMDD` or `YYYY年M月D日` into its
 * numbers, without checking that the day exists. Null when the text has none of these shapes.
 */
export function splitDate(text: unknown): CalendarDate | null {
	if (typeof text !== 'string') return null;
	const value = text.trim();
	const match =
		/^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(value) ??
		/^(\d{4})(\d{2})(\d{2})$/.exec(value) ??
		/^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(value);
	if (!match) return null;
	return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The date as `YYYY-MM-DD` when the text is a real calendar date in one of the shapes of `splitDate`, else null. */
export function toIsoDate(text: unknown): string | null {
	const date = splitDate(text);
	if (!date || !isRealDate(date.year, date.month, date.day)) return null;
	return formatDate(date);
}

/**
 * The same month and day `years` later. 29 February moves to 28 February in a year that is not a leap year.
 */
export function addYears(iso: string, years: number): string {
	const date = splitDate(iso) as CalendarDate;
	const year = date.year + years;
	const day = Math.min(date.day, daysInMonth(year, date.month));
	return formatDate({ year, month: date.month, day });
}

/**
 * Whole years from `from` to `to` (both `YYYY-MM-DD`): the age on `to` of someone born on `from`. A birthday
 * on 29 February is reached on 1 March in a year that is not a leap year. Negative when `to` is earlier.
 */
export function wholeYearsBetween(from: string, to: string): number {
	const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
	return to.slice(5) < from.slice(5) ? years - 1 : years;
}

/** Today's date in Asia/Shanghai (UTC+8 all year, no daylight saving time since 1991), as `YYYY-MM-DD`. */
export function shanghaiToday(now: Date): string {
	return new Date(now.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** `days` days later (earlier when negative). */
export function addDays(iso: string, days: number): string {
	const date = splitDate(iso) as CalendarDate;
	const moment = new Date(0);
	moment.setUTCFullYear(date.year, date.month - 1, date.day); // Date.UTC would read years 0-99 as 19xx
	moment.setUTCDate(moment.getUTCDate() + days);
	return formatDate({
		year: moment.getUTCFullYear(),
		month: moment.getUTCMonth() + 1,
		day: moment.getUTCDate(),
	});
}

/**
 * A date printed day first, `DD-MM-YYYY` (`-`, `.`, `/` or a space between), as Hong Kong and Macao identity
 * cards print them; its numbers, without checking that the day exists. Null for any other shape.
 */
export function splitDayFirstDate(text: unknown): CalendarDate | null {
	if (typeof text !== 'string') return null;
	const match = /^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})$/.exec(text.trim());
	if (!match) return null;
	return { year: Number(match[3]), month: Number(match[2]), day: Number(match[1]) };
}
