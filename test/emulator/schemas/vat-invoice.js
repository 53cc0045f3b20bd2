'use strict';
/**
 * Huawei's VAT Invoice answer (`POST /v2/{project_id}/ocr/vat-invoice` → 200 {"result": VatInvoiceResult}),
 * used by the emulator (../apis/vat-invoice.js checks its answers with it) and by the tests.
 *
 * VatInvoiceResult, ItemList, BelongItemList and PassengerTravelItemList .openapi_types, in order:
 * huaweicloud-sdk-python-v3 huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/vat_invoice_result.py, item_list.py,
 * belong_item_list.py and passenger_travel_item_list.py @ 343a486b5c8ab656611159f314df6e575d0f6398 (the
 * Python attribute `_class` is the JSON key `class`, its attribute_map); the same in Node.js
 * services/ocr/v1/model/VatInvoiceResult.ts, ItemList.ts, BelongItemList.ts, PassengerTravelItemList.ts @
 * b081640b, and in Go services/ocr/v1/model/model_vat_invoice_result.go (and the item models) @ 1cd70eb6 but for
 * total_pages and current_page, which that older Go model lacks. Types: ./model.js.
 */
const model = require('./model');

/** ItemList: one goods or service line (license_plate_number, start_date, end_date: toll invoices). */
const ITEM = {
	name: 'string',
	specification: 'string',
	unit: 'string',
	quantity: 'string',
	unit_price: 'string',
	license_plate_number: 'string',
	amount: 'string',
	tax_rate: 'string',
	tax: 'string',
	end_date: 'string',
	start_date: 'string',
	vehicle_type: 'string',
};

/** BelongItemList: a line of the attached sales list. */
const BELONG_ITEM = {
	name: 'string',
	item_number: 'string',
	specification: 'string',
	unit: 'string',
	quantity: 'string',
	unit_price: 'string',
	amount: 'string',
	tax_rate: 'string',
	tax: 'string',
};

/** PassengerTravelItemList: one traveler of a passenger-transport invoice. */
const PASSENGER_TRAVEL_ITEM = {
	traveler_name: 'string',
	id_number: 'string',
	travel_date: 'string',
	departure_location: 'string',
	arrival_location: 'string',
	class: 'string',
	transportation_type: 'string',
};

/** VatInvoiceResult. */
const RESULT = {
	title: 'string',
	type: 'string',
	invoice_tag: 'string',
	sum_amount: 'string',
	sum_tax: 'string',
	serial_number: 'string',
	attribution: 'string',
	supervision_seal: 'string[]',
	code: 'string',
	print_code: 'string',
	machine_number: 'string',
	print_number: 'string',
	check_code: 'string',
	number: 'string',
	issue_date: 'string',
	encryption_block: 'string',
	buyer_name: 'string',
	buyer_id: 'string',
	buyer_address: 'string',
	buyer_bank: 'string',
	seller_name: 'string',
	seller_id: 'string',
	seller_address: 'string',
	seller_bank: 'string',
	subtotal_amount: 'string',
	subtotal_tax: 'string',
	total: 'string',
	total_in_words: 'string',
	remarks: 'string',
	receiver: 'string',
	reviewer: 'string',
	issuer: 'string',
	seller_seal: 'string[]',
	item_list: [ITEM],
	province: 'string',
	city: 'string',
	total_pages: 'string',
	current_page: 'string',
	confidence: 'object',
	text_location: 'object',
	belong_buyer_name: 'string',
	belong_seller_name: 'string',
	belong_vat_code: 'string',
	belong_number: 'string',
	belong_pages: 'string',
	belong_current_page: 'string',
	belong_remarks: 'string',
	belong_issue_date: 'string',
	sales_mark: 'boolean',
	belong_sum_amount: 'string',
	belong_sum_tax: 'string',
	belong_subtotal_amount: 'string',
	belong_subtotal_tax: 'string',
	belong_discount_amount: 'string',
	belong_discount_tax: 'string',
	belong_item_list: [BELONG_ITEM],
	passenger_travel_item_list: [PASSENGER_TRAVEL_ITEM],
};

/** @param {unknown} result @returns {string[]} the fields of the wrong type (unknown keys pass) */
const check = (result) => model.check(RESULT, result);

module.exports = {
	RESULT,
	ITEM,
	BELONG_ITEM,
	PASSENGER_TRAVEL_ITEM,
	FIELDS: Object.keys(RESULT),
	check,
};
