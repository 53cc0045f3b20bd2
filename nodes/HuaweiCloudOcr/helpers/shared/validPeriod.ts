/**
 * A validity period printed as one field (有效期限 of the travel permits: `2018.10.09-2028.10.08`), read into
 * its two dates, and the whole years it spans.
 */

import { addDays, addYears, toIsoDate } from './dates';
import { text } from './text';

export interface ValidPeriod {
	/** The first day, YYYY-MM-DD; null when absent or not a real date. */
	from: string | null;
	/** The last day, YYYY-MM-DD; null when absent or not a real date. */
	to: string | null;
	/** The two halves as printed ('' when the field is not two dates joined by a dash, ~ or 至). */
	fromText: string;
	toText: string;
}

const DATE = String.raw`\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?|\d{8}`;
const PERIOD = new RegExp(String.raw`^(${DATE})\s*(?:-|–|—|~|～|至|到)\s*(${DATE})$`);

/** The period's two dates; both null (and the texts '') when the field is not two dates joined. */
export function readValidPeriod(value: unknown): ValidPeriod {
	const match = PERIOD.exec(text(value));
	if (!match) return { from: null, to: null, fromText: '', toText: '' };
	const clean = (date: string) => date.replace(/\s+/g, '');
	return {
		from: toIsoDate(clean(match[1])),
		to: toIsoDate(clean(match[2])),
		fromText: clean(match[1]),
		toText: clean(match[2]),
	};
}

/**
 * Whole years from `from` to `to` when `to` is the same day N years later or the day before it (permits print
 * both: 2018.10.09-2028.10.08); null otherwise (29 February may end on 28 February or 1 March).
 */
export function permitPeriodYears(from: string, to: string): number | null {
	const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
	for (const n of [years, years + 1]) {
		if (n <= 0) continue;
		const end = addYears(from, n);
		if (end === to || addDays(end, -1) === to) return n;
		if (from.slice(5) === '02-29' && to === `${end.slice(0, 4)}-03-01`) return n;
	}
	return null;
}
