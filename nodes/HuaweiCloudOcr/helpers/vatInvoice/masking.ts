/**
 * Personal data of a VAT invoice in the output ('none' keeps it). The buyer and the seller are usually
 * businesses: their names and credit codes are what the invoice is booked under, and stay. But an ordinary
 * invoice may be issued to a person (a private buyer, 个人), and the tax office issues invoices for persons
 * (代开): a party's name stays only when it reads as an organization, its ID only when it is a valid credit
 * code. Everything that can identify a person is masked or dropped, failing closed:
 *
 * | field                                  | mask                                              | drop     |
 * |----------------------------------------|---------------------------------------------------|----------|
 * | buyer_name, seller_name,               | kept when an organization (its ID a valid GB 32100 | kept when |
 * | belong_buyer_name, belong_seller_name  | credit code, or the name holds an organization    | an organ- |
 * |                                        | word: 公司, 厂, 店, 中心, 银行…); else 张* / 王*明  | ization   |
 * | buyer_id, seller_id                    | kept when a valid credit code; an ID number        | kept when |
 * |                                        | 110101********0118; anything else its last 4      | a valid   |
 * |                                        |                                                   | code      |
 * | buyer_address, seller_address (地址、电话) | cut after the district: 北京市海淀区…           | deleted  |
 * | buyer_bank, seller_bank (开户行及账号)  | bank kept, each run of digits to its last 4       | deleted  |
 * | receiver, reviewer, issuer (收款人, 复核, 开票人) | 张* / 王*明                               | deleted  |
 * | remarks, belong_remarks, seller_seal   | ID, card and mobile numbers masked (names in free  | deleted  |
 * |                                        | text are not recognized)                           |          |
 * | item_list[].license_plate_number       | 京A*****                                          | deleted  |
 * | passenger_travel_item_list[]           | traveler_name 张*, id_number 110101********0118    | both deleted |
 * | text_location                          | entries of the fields above deleted               | deleted  |
 * | a field the SDK model lacks (top level | masked by its key (helpers/shared/fieldMasking.ts  | deleted  |
 * | or inside an item)                     | maskUnknownFields)                                |          |
 * Kept: title, type, tags, codes and numbers of the invoice, dates, amounts, taxes, items (goods, not people),
 * province, city, seals of the tax authority, the encrypted block (密码区), confidence, sales-list figures.
 */

import type { IDataObject } from 'n8n-workflow';

import type { MaskMode } from '../../model/document';
import { maskNamedFields, maskUnknownFields, type FieldMasks } from '../shared/fieldMasking';
import { isPlainObject, type PlainObject } from '../shared/plainObject';
import {
	maskAddress,
	maskIdNumber,
	maskKeepEnds,
	maskName,
	maskNumbersInText,
	maskPlate,
} from '../personalData';
import { taxpayerId } from './checks';

/**
 * How an organization's name ends (company, factory, shop, bank branch, hospital, school, government body,
 * English company forms); a trailing bracketed note （分公司） is ignored. A name of 3 characters or fewer is
 * never an organization's here: Chinese personal names are 2-4 characters, and a 4-character one ending in
 * one of these words is far rarer than a company that does.
 */
const ORGANIZATION_ENDINGS =
	/(公司|集团|企业|工厂|厂|商行|银行|分行|支行|车行|商店|店|中心|超市|酒店|宾馆|饭店|餐厅|医院|诊所|学校|大学|学院|幼儿园|研究院|研究所|事务所|合作社|协会|学会|委员会|基金会|工作室|经营部|门市部|服务部|营业部|分部|局|院|所|社|站|处|馆|厅|办公室|政府)$/;
const ENGLISH_ORGANIZATION_ENDINGS =
	/\b(ltd|limited|inc|co|corp|corporation|company|llc|gmbh|plc)\.?$/i;

export function isOrganizationName(value: unknown): boolean {
	if (typeof value !== 'string') return false;
	const name = value.trim().replace(/\s*[(（][^()（）]*[)）]$/, '');
	if (ENGLISH_ORGANIZATION_ENDINGS.test(name)) return true;
	const compact = name.replace(/\s+/g, '');
	return Array.from(compact).length >= 4 && ORGANIZATION_ENDINGS.test(compact);
}

/** Each run of 5 or more digits (spaces and hyphens inside allowed) masked to its last 4 digits. */
export function maskAccountDigits(value: string): string {
	return value.replace(/\d(?:[ -]?\d){4,}/g, (run) => {
		const count = run.replace(/\D/g, '').length;
		let seen = 0;
		return run.replace(/\d/g, (c) => (++seen > count - 4 ? c : '*'));
	});
}

/** A taxpayer ID that is not a valid credit code: an ID number keeps its region, anything else its last 4. */
function maskTaxpayerId(value: string): string {
	const id = taxpayerId(value);
	if (id.format === 'id_number') return maskIdNumber(value);
	return maskKeepEnds(value.replace(/\s+/g, ''), 0, 4);
}

/** The invoice's fields SDK models list (vat_invoice_result.py and its item models, @ 343a486b). */
export const VAT_INVOICE_FIELDS = [
	'title',
	'type',
	'invoice_tag',
	'sum_amount',
	'sum_tax',
	'serial_number',
	'attribution',
	'supervision_seal',
	'code',
	'print_code',
	'machine_number',
	'print_number',
	'check_code',
	'number',
	'issue_date',
	'encryption_block',
	'buyer_name',
	'buyer_id',
	'buyer_address',
	'buyer_bank',
	'seller_name',
	'seller_id',
	'seller_address',
	'seller_bank',
	'subtotal_amount',
	'subtotal_tax',
	'total',
	'total_in_words',
	'remarks',
	'receiver',
	'reviewer',
	'issuer',
	'seller_seal',
	'item_list',
	'province',
	'city',
	'total_pages',
	'current_page',
	'confidence',
	'text_location',
	'belong_buyer_name',
	'belong_seller_name',
	'belong_vat_code',
	'belong_number',
	'belong_pages',
	'belong_current_page',
	'belong_remarks',
	'belong_issue_date',
	'sales_mark',
	'belong_sum_amount',
	'belong_sum_tax',
	'belong_subtotal_amount',
	'belong_subtotal_tax',
	'belong_discount_amount',
	'belong_discount_tax',
	'belong_item_list',
	'passenger_travel_item_list',
] as const;

/** ItemList (item_list.py). */
export const ITEM_FIELDS = [
	'name',
	'specification',
	'unit',
	'quantity',
	'unit_price',
	'license_plate_number',
	'amount',
	'tax_rate',
	'tax',
	'end_date',
	'start_date',
	'vehicle_type',
];
/** BelongItemList (belong_item_list.py). */
export const BELONG_ITEM_FIELDS = [
	'name',
	'item_number',
	'specification',
	'unit',
	'quantity',
	'unit_price',
	'amount',
	'tax_rate',
	'tax',
];
/** PassengerTravelItemList (passenger_travel_item_list.py; `_class` is sent as `class`). */
export const TRAVEL_FIELDS = [
	'traveler_name',
	'id_number',
	'travel_date',
	'departure_location',
	'arrival_location',
	'class',
	'transportation_type',
];

/** The top-level fields that may hold personal data (their text_location entries go in 'mask' mode). */
const PERSONAL_FIELDS = [
	'buyer_name',
	'seller_name',
	'belong_buyer_name',
	'belong_seller_name',
	'buyer_id',
	'seller_id',
	'buyer_address',
	'seller_address',
	'buyer_bank',
	'seller_bank',
	'receiver',
	'reviewer',
	'issuer',
	'remarks',
	'belong_remarks',
	'seller_seal',
];

/** The masks of one invoice: a party's name or ID is left out (kept) when it is an organization's. */
function invoiceMasks(json: PlainObject): FieldMasks {
	const masks: FieldMasks = {
		buyer_address: maskAddress,
		seller_address: maskAddress,
		buyer_bank: maskAccountDigits,
		seller_bank: maskAccountDigits,
		receiver: maskName,
		reviewer: maskName,
		issuer: maskName,
		remarks: maskNumbersInText,
		belong_remarks: maskNumbersInText,
		seller_seal: maskNumbersInText,
	};
	for (const party of ['buyer', 'seller']) {
		const id = taxpayerId(json[`${party}_id`]);
		const validCode = id.format === 'uscc18' && id.valid === true;
		if (!validCode) masks[`${party}_id`] = maskTaxpayerId;
		if (!validCode && !isOrganizationName(json[`${party}_name`])) masks[`${party}_name`] = maskName;
		if (!isOrganizationName(json[`belong_${party}_name`])) masks[`belong_${party}_name`] = maskName;
	}
	return masks;
}

/** Every entry of a list of objects masked by `entry`; an entry that is not an object goes (fails closed). */
function maskList(
	value: unknown,
	entry: (item: PlainObject) => PlainObject,
): unknown[] | undefined {
	if (!Array.isArray(value)) return value === undefined || value === null ? undefined : [];
	return value.filter(isPlainObject).map(entry);
}

function maskEntries(
	out: PlainObject,
	key: string,
	mode: 'mask' | 'drop',
	masks: FieldMasks,
	known: readonly string[],
): void {
	if (!(key in out)) return;
	const masked = maskList(out[key], (item) =>
		maskUnknownFields(maskNamedFields(item, mode, masks), mode, known),
	);
	if (masked === undefined) {
		if (out[key] !== null) delete out[key];
	} else out[key] = masked;
}

/** The invoice's JSON with its personal data masked or dropped (a copy unless mode is 'none'). */
export function maskVatInvoice(json: IDataObject, mode: MaskMode): IDataObject {
	if (mode === 'none') return json;
	const out = maskNamedFields(json, mode, invoiceMasks(json), { located: PERSONAL_FIELDS });
	maskEntries(out, 'item_list', mode, { license_plate_number: maskPlate }, ITEM_FIELDS);
	maskEntries(out, 'belong_item_list', mode, {}, BELONG_ITEM_FIELDS);
	maskEntries(
		out,
		'passenger_travel_item_list',
		mode,
		{ traveler_name: maskName, id_number: maskTaxpayerId },
		TRAVEL_FIELDS,
	);
	return out as IDataObject;
}
