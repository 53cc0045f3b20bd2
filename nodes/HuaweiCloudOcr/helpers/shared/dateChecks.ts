import { splitDate, toIsoDate } from './dates';

/** A printed date that must be a real day, not after today; its ISO form, null when absent or unreadable. */
export interface PastDateCheck {
	iso: string | null;
	/** null when the date is absent. */
	valid: boolean | null;
}

/**
 * Checks a printed date (`raw`, trimmed text) against `today` (YYYY-MM-DD); the reason it fails, named by
 * `label`, is added to `failures`.
 */
export function checkPastDate(
	label: string,
	raw: string,
	today: string,
	failures: string[],
): PastDateCheck {
	if (raw === '') return { iso: null, valid: null };
	const iso = toIsoDate(raw);
	if (!iso) {
		failures.push(
			splitDate(raw) ? `${label} is not a real date` : `${label} is not a date (YYYY-MM-DD)`,
		);
		return { iso: null, valid: false };
	}
	if (iso > today) {
		failures.push(`${label} is in the future`);
		return { iso, valid: false };
	}
	return { iso, valid: true };
}
