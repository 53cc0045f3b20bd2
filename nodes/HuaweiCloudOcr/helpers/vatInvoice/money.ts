/**
 * Amounts as Huawei reads them off a VAT invoice ("¥1,234.56", "￥88.50", "-¥12.00", "1234.5", "100元") turned
 * into whole fen (cents), with integer arithmetic only: no float is ever added, so 0.1 + 0.2 is 30 fen.
 *
 * Read: surrounding and inner white space, full-width digits, a leading (小写), the currency (¥ ￥ RMB CNY) and
 * a trailing 元 are ignored; a minus sign (- − －) may come before or after the currency (red-letter invoices
 * are negative); thousands separators (, or ，) only between groups of exactly three digits; at most two
 * decimals (more are accepted only when they are zeros). Anything else is unreadable (null), never guessed:
 * "1,23.45" might be 123.45 or 1,234.5.
 */

const FULL_WIDTH_DIGIT = /[０-９]/g;

/** The amount in fen, or null when the text is not an amount to the fen (or is too large to count exactly). */
export function parseAmountFen(value: unknown): number | null {
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return null;
		value = String(value);
	}
	if (typeof value !== 'string') return null;
	let text = value
		.replace(/\s+/g, '')
		.replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
		.replace(/．/g, '.')
		.replace(/^[(（]小写[)）]/, '');
	let negative = false;
	const sign = /^[-−－]/;
	if (sign.test(text)) {
		negative = true;
		text = text.slice(1);
	}
	text = text.replace(/^(¥|￥|RMB|CNY)/i, '').replace(/元$/, '');
	if (sign.test(text)) {
		if (negative) return null;
		negative = true;
		text = text.slice(1);
	}
	const match = /^(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.(\d+))?$/.exec(text);
	if (!match) return null;
	const whole = match[1].replace(/[,，]/g, '');
	const decimals = match[2] ?? '';
	if (decimals.length > 2 && /[^0]/.test(decimals.slice(2))) return null;
	const fen = Number(whole) * 100 + Number((decimals + '00').slice(0, 2));
	if (!Number.isSafeInteger(fen)) return null;
	return negative && fen !== 0 ? -fen : fen;
}

/** Fen as yuan with two decimals ("1234.56", "-12.00"), for messages. */
export function formatFen(fen: number): string {
	const sign = fen < 0 ? '-' : '';
	const abs = Math.abs(fen);
	return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
