import { addYears } from './dates';
import { text } from './text';

/** Long-term documents print 长期 (some readings add 有效) where the end date would be. */
export function isLongTerm(value: unknown): boolean {
	return text(value).startsWith('长期');
}

/** Whole years from `from` to `to` when `to` is the same day N years later (29 Feb may end on 28 Feb or 1 Mar). */
export function periodYears(from: string, to: string): number | null {
	const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
	if (years <= 0) return null;
	if (addYears(from, years) === to) return years;
	if (from.slice(5) === '02-29' && to.slice(5) === '03-01') return years;
	return null;
}
