/**
 * Local checks of a recognized VAT invoice (or its sales list), computed without Huawei: the `checks` object of
 * an output item.
 *
 * Shape:
 *   passed, failures, missing_fields    always (missing_fields: number, issue_date, total, seller_id of an
 *                                       invoice; belong_number of a sales list)
 *   kind                                'classic' (增值税专用/普通/电子/卷票/通行费: code + 8-digit number),
 *                                       'fully_digital' (全电发票 / 数电票: 20-digit number, no code), from `type`
 *                                       (or, without a known type, from the number's length); 'sales_list' when
 *                                       sales_mark is true (销货清单: the belong_* fields are checked)
 *   code_valid, number_valid            the code's and number's formats (below); null when absent
 *   issue_date_valid                    issue_date (belong_issue_date) is a real date, not in the future
 *   amounts_add_up                      subtotal_amount + subtotal_tax = total, to the fen; null unless all three
 *                                       read as amounts (an unreadable one is a failure of its own)
 *   items_add_up                        item_list's amounts and taxes add up to subtotal_amount / subtotal_tax;
 *                                       null without items or when one does not read as an amount
 *   buyer_id_format, seller_id_format   'uscc18' (18 characters of GB 32100-2015), 'id_number' (an 18-digit
 *                                       resident ID number with a right GB 11643 check character: a private buyer,
 *                                       or a seller on an invoice the tax office issued for a person), 'invalid',
 *                                       'missing'
 *   buyer_id_valid, seller_id_valid     the credit code's check character is right (or the ID number's); null
 *                                       when missing
 * `passed` is true when `failures` is empty. The messages never quote names, IDs or addresses.
 *
 * Code and number formats (国家税务总局 rules as printed on the invoices):
 * - classic invoices: the number (发票号码) is 8 digits; the code (发票代码) is 10 digits on 增值税专用发票
 *   (`special`), 10 or 12 digits on 增值税普通发票 (`normal`: the older folded form has 10), 12 digits on the
 *   electronic ones (`electronic`, `special_electronic`, `toll`) and on the roll invoice (`roll`); a type Huawei
 *   does not name: 10 or 12 digits;
 * - fully digital invoices (全面数字化的电子发票, pilots from December 2021): no code, a 20-digit number whose
 *   "第1-2位代表公历年度后两位，第3-4位代表各省、自治区、直辖市和计划单列市行政区划代码，第5位代表开具渠道等信息，
 *   第6-20位代表顺序编码等信息" (the pilot announcements' wording): digits 1-2 must be the issue year's last two.
 * Taxpayer IDs: a buyer ID may be absent on an ordinary (普通) invoice to a person; it is required on special
 * (专用) invoices; a seller ID is always required.
 */

import { isUsccShaped, isValidUscc, normalizeCode } from '../shared/creditCode';
import { checkPastDate } from '../shared/dateChecks';
import { parseIdNumber } from '../shared/idNumber';
import { text } from '../shared/text';
import { formatFen, parseAmountFen } from './money';

export type InvoiceKind = 'classic' | 'fully_digital' | 'sales_list';
export type TaxpayerIdFormat = 'uscc18' | 'id_number' | 'invalid' | 'missing';

export interface VatInvoiceChecks {
	passed: boolean;
	failures: string[];
	missing_fields: string[];
	kind: InvoiceKind;
	code_valid: boolean | null;
	number_valid: boolean | null;
	issue_date_valid: boolean | null;
	amounts_add_up: boolean | null;
	items_add_up: boolean | null;
	buyer_id_format: TaxpayerIdFormat;
	buyer_id_valid: boolean | null;
	seller_id_format: TaxpayerIdFormat;
	seller_id_valid: boolean | null;
}

/** Huawei's `type` values (vat_invoice_result.py) of the classic invoices, with their code lengths. */
export const CLASSIC_CODE_LENGTHS: Record<string, readonly number[]> = {
	special: [10],
	normal: [10, 12],
	electronic: [12],
	special_electronic: [12],
	toll: [12],
	roll: [12],
};
export const FULLY_DIGITAL_TYPES = [
	'fully_digitalized_special_electronic',
	'fully_digitalized_normal_electronic',
];
/** What a tax-free invoice prints as a tax (a line's and the total's): no tax, 0 fen. */
const TAX_FREE = /^(\*+|免税|不征税)$/;
/** Types whose buyer must be a registered taxpayer (专用发票). */
const SPECIAL_TYPES = ['special', 'special_electronic', 'fully_digitalized_special_electronic'];

/** Digits only after removing white space; '' when absent. */
function digits(value: unknown): string {
	return text(value).replace(/\s+/g, '');
}

/** The format of a taxpayer ID (纳税人识别号) and whether its check character is right. */
export function taxpayerId(value: unknown): { format: TaxpayerIdFormat; valid: boolean | null } {
	const code = normalizeCode(typeof value === 'number' ? String(value) : value);
	if (code === '') return { format: 'missing', valid: null };
	if (isValidUscc(code)) return { format: 'uscc18', valid: true };
	const id = parseIdNumber(code);
	if (id.format === 'id18' && id.check_digit_valid === true && id.birth_digits_real)
		return { format: 'id_number', valid: true };
	if (isUsccShaped(code)) return { format: 'uscc18', valid: false };
	return { format: 'invalid', valid: false };
}

function invoiceKind(result: Record<string, unknown>, number: string): InvoiceKind {
	if (result.sales_mark === true) return 'sales_list';
	const type = text(result.type);
	if (FULLY_DIGITAL_TYPES.includes(type)) return 'fully_digital';
	if (type in CLASSIC_CODE_LENGTHS) return 'classic';
	return /^\d{20}$/.test(number) ? 'fully_digital' : 'classic';
}

function checkParty(
	checks: VatInvoiceChecks,
	party: 'buyer' | 'seller',
	value: unknown,
	required: boolean,
): void {
	const { format, valid } = taxpayerId(value);
	checks[`${party}_id_format`] = format;
	checks[`${party}_id_valid`] = valid;
	const field = `${party}_id`;
	if (format === 'missing') {
		if (required) {
			checks.missing_fields.push(field);
			checks.failures.push(`${field} is missing`);
		}
	} else if (format === 'uscc18' && !valid)
		checks.failures.push(
			`${field} check character is wrong (unified social credit code, GB 32100-2015)`,
		);
	else if (format === 'invalid')
		checks.failures.push(
			`${field} is neither an 18-character unified social credit code (GB 32100-2015) nor a resident ID number`,
		);
}

/** Code and number formats of a classic or fully digital invoice; the issue date's ISO form when known. */
function checkCodeAndNumber(
	checks: VatInvoiceChecks,
	kind: 'classic' | 'fully_digital',
	type: string,
	fields: { code: string; number: string; codeField: string; numberField: string },
	issueIso: string | null,
): void {
	const { code, number, codeField, numberField } = fields;
	const failures = checks.failures;
	if (kind === 'fully_digital') {
		checks.code_valid = code === '' ? null : false;
		if (code !== '')
			failures.push(`${codeField} is printed, but a fully digital invoice (数电票) has no code`);
		if (number !== '') {
			const shaped = /^\d{20}$/.test(number);
			const year = issueIso ? issueIso.slice(2, 4) : null;
			checks.number_valid = shaped && (year === null || number.slice(0, 2) === year);
			if (!shaped)
				failures.push(`${numberField} is not the 20 digits of a fully digital invoice (数电票)`);
			else if (!checks.number_valid)
				failures.push(
					`digits 1-2 of ${numberField} are not the last two digits of the issue year (fully digital invoice)`,
				);
		}
		return;
	}
	const lengths = CLASSIC_CODE_LENGTHS[type] ?? [10, 12];
	if (code !== '') {
		checks.code_valid = /^\d+$/.test(code) && lengths.includes(code.length);
		if (!checks.code_valid)
			failures.push(
				`${codeField} is not ${lengths.join(' or ')} digits (the invoice code of ${CLASSIC_CODE_LENGTHS[type] ? `a ${type} VAT invoice` : 'a VAT invoice'})`,
			);
	} else {
		checks.code_valid = false;
		checks.missing_fields.push(codeField);
		failures.push(
			`${codeField} is missing (a VAT invoice other than a fully digital one has a code)`,
		);
	}
	if (number !== '') {
		checks.number_valid = /^\d{8}$/.test(number);
		if (!checks.number_valid) failures.push(`${numberField} is not 8 digits`);
	}
}

/** subtotal_amount + subtotal_tax = total, and the items adding up to the subtotals. */
function checkAmounts(checks: VatInvoiceChecks, result: Record<string, unknown>): void {
	const read = (field: string): number | null | undefined => {
		if (text(result[field]) === '') return undefined;
		if (field === 'subtotal_tax' && TAX_FREE.test(text(result[field]))) return 0;
		const fen = parseAmountFen(result[field]);
		if (fen === null) checks.failures.push(`${field} does not read as an amount in yuan and fen`);
		return fen;
	};
	const amount = read('subtotal_amount');
	const tax = read('subtotal_tax');
	const total = read('total');
	if (typeof amount === 'number' && typeof tax === 'number' && typeof total === 'number') {
		checks.amounts_add_up = amount + tax === total;
		if (!checks.amounts_add_up)
			checks.failures.push(
				`subtotal_amount + subtotal_tax = ${formatFen(amount + tax)}, not total ${formatFen(total)}`,
			);
	}
	const items = Array.isArray(result.item_list) ? result.item_list : [];
	if (items.length === 0) return;
	let itemAmounts = 0;
	let itemTaxes = 0;
	for (const item of items) {
		const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<
			string,
			unknown
		>;
		const a = parseAmountFen(entry.amount);
		const t = TAX_FREE.test(text(entry.tax)) ? 0 : parseAmountFen(entry.tax);
		if (a === null || t === null) return;
		itemAmounts += a;
		itemTaxes += t;
	}
	if (typeof amount !== 'number' || typeof tax !== 'number') return;
	checks.items_add_up = itemAmounts === amount && itemTaxes === tax;
	if (itemAmounts !== amount)
		checks.failures.push(
			`the items' amounts add up to ${formatFen(itemAmounts)}, not subtotal_amount ${formatFen(amount)}`,
		);
	if (itemTaxes !== tax)
		checks.failures.push(
			`the items' taxes add up to ${formatFen(itemTaxes)}, not subtotal_tax ${formatFen(tax)}`,
		);
}

/** The checks of one Huawei VatInvoiceResult (or an output item's JSON). `today` is YYYY-MM-DD. */
export function checkVatInvoice(result: Record<string, unknown>, today: string): VatInvoiceChecks {
	const salesList = result.sales_mark === true;
	const numberField = salesList ? 'belong_number' : 'number';
	const codeField = salesList ? 'belong_vat_code' : 'code';
	const dateField = salesList ? 'belong_issue_date' : 'issue_date';
	const number = digits(result[numberField]);
	const code = digits(result[codeField]);
	const checks: VatInvoiceChecks = {
		passed: false,
		failures: [],
		missing_fields: [],
		kind: invoiceKind(result, number),
		code_valid: null,
		number_valid: null,
		issue_date_valid: null,
		amounts_add_up: null,
		items_add_up: null,
		buyer_id_format: 'missing',
		buyer_id_valid: null,
		seller_id_format: 'missing',
		seller_id_valid: null,
	};
	const required = salesList ? [numberField] : [numberField, dateField, 'total'];
	for (const field of required)
		if (text(result[field]) === '') {
			checks.missing_fields.push(field);
			checks.failures.push(`${field} is missing`);
		}

	const date = checkPastDate(dateField, text(result[dateField]), today, checks.failures);
	checks.issue_date_valid = date.valid;

	const type = text(result.type);
	const kind =
		checks.kind === 'sales_list'
			? /^\d{20}$/.test(number)
				? 'fully_digital'
				: 'classic'
			: checks.kind;
	// A sales list of a classic invoice names the invoice's code; one without a code is not refused for it.
	if (!(salesList && code === ''))
		checkCodeAndNumber(
			checks,
			kind,
			salesList ? '' : type,
			{ code, number, codeField, numberField },
			date.iso,
		);
	else if (number !== '') {
		checks.number_valid = /^\d{8}$|^\d{20}$/.test(number);
		if (!checks.number_valid) checks.failures.push(`${numberField} is not 8 or 20 digits`);
	}

	if (!salesList) {
		checkParty(checks, 'buyer', result.buyer_id, SPECIAL_TYPES.includes(type));
		checkParty(checks, 'seller', result.seller_id, true);
		checkAmounts(checks, result);
	}
	checks.passed = checks.failures.length === 0;
	return checks;
}
