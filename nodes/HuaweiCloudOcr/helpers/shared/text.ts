export interface TextOptions {
	/**
	 * Whether a number is read as its digits (the default). The business license reads only text: a number
	 * where its codes or dates should be counts as empty.
	 */
	keepNumbers?: boolean;
}

/** A field as trimmed text: '' for anything that is neither text nor (unless `keepNumbers: false`) a number. */
export function text(value: unknown, options: TextOptions = {}): string {
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' && options.keepNumbers !== false) return String(value);
	return '';
}
