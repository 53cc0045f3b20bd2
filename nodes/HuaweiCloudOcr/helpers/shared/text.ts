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

const FULL_WIDTH_ALPHANUMERICS = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;

/**
 * Full-width forms made ASCII, as OCR often reads them on Chinese documents: letters and digits
 * (`alphanumeric`, the default), or every printable ASCII form (`ascii`: also （ ） and －).
 */
export function halfWidth(value: string, forms: 'alphanumeric' | 'ascii' = 'alphanumeric'): string {
	return value.replace(forms === 'ascii' ? FULL_WIDTH_ASCII : FULL_WIDTH_ALPHANUMERICS, (c) =>
		String.fromCharCode(c.charCodeAt(0) - 0xfee0),
	);
}
