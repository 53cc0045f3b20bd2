import type { IDataObject } from 'n8n-workflow';

import type { DocumentRules, ShapedDocument, ShapeSettings } from '../../model/document';
import { isPlainObject } from '../shared/plainObject';
import { orderedFields } from '../shared/resultFields';
import { checkHouseholdRegister, type HouseholdRegisterChecks } from './checks';
import { CONTENT_FIELDS, maskHouseholdRegister, PAGE_FIELDS } from './masking';

export interface ShapedHouseholdRegister extends ShapedDocument {
	checks: HouseholdRegisterChecks;
}

/**
 * Huawei's result is a list of pages (RecognizeHouseholdRegisterResponse.result: list[HouseholdRegisterResult],
 * huaweicloud-sdk-python-v3 recognize_household_register_response.py @ 343a486b). A single page object is
 * read as a list of one.
 */
function pagesOf(result: unknown): unknown[] {
	if (Array.isArray(result)) return result;
	return isPlainObject(result) ? [result] : [];
}

/** One page: its fields in the SDK's order, its content's too, then any field Huawei adds, as sent. */
function orderedPage(page: unknown): unknown {
	if (!isPlainObject<IDataObject>(page)) return page;
	const out = orderedFields(page, PAGE_FIELDS);
	if (isPlainObject<IDataObject>(out.content))
		out.content = orderedFields(out.content, CONTENT_FIELDS);
	return out;
}

/**
 * The household register as output: Huawei's list under `result` (the name Other OCR API gives it too), each
 * page and its content in the SDK's order with unknown fields passed through; `member_count` (the
 * registration pages); then `checks`. Masked when asked (masking.ts, failing closed).
 */
export function shapeHouseholdRegister(
	result: IDataObject,
	settings: ShapeSettings,
): ShapedHouseholdRegister {
	const pages = pagesOf(result);
	const checks = checkHouseholdRegister(pages, settings.today);
	const json: IDataObject = {
		result: pages.map(orderedPage) as IDataObject[],
		member_count: checks.member_count,
		checks: checks as unknown as IDataObject,
	};
	return { json: maskHouseholdRegister(json, settings.masking), checks, images: [] };
}

/**
 * The household register's rules. Auto-Classify never meets one: household registers are not among the types
 * Huawei's auto-classification reads (the 16 type keys of auto_classification_request_body.py @ 343a486b,
 * table 1 of the API page ocr_03_0113), so no type is declared.
 */
export const householdRegisterRules: DocumentRules = {
	noun: 'household register',
	classifiedAs: [],
	shape: shapeHouseholdRegister,
};
