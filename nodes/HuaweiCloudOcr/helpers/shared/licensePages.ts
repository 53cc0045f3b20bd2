/**
 * Two-page licenses (driver license, vehicle license): Huawei's result holds the main page (`front`), the
 * secondary page (`back`) or both, each page's fields also sent flat at the top level. Both are shaped by
 * `shapeLicense`.
 */

import type { IDataObject } from 'n8n-workflow';

import type { LocalChecks, MaskMode, ShapedDocument, ShapeSettings } from '../../model/document';
import { maskUnknownFields } from './fieldMasking';
import { isPlainObject, type PlainObject } from './plainObject';
import { liftPageFields } from './resultFields';
import { text } from './text';

export type LicenseSide = 'front' | 'back' | 'double_side';

/** The page(s) of a result: Huawei's `front`/`back` objects, else the side requested ('front' when none). */
export function licenseSide(result: PlainObject, requested: unknown): LicenseSide {
	const front = isPlainObject(result.front) && Object.keys(result.front).length > 0;
	const back = isPlainObject(result.back) && Object.keys(result.back).length > 0;
	if (requested === 'double_side' || (front && back)) return 'double_side';
	if (requested === 'back') return 'back';
	return 'front';
}

/** A page's fields: its own object's values first, then the flat fields Huawei also sends. */
export function pageFields(result: PlainObject, page: 'front' | 'back'): PlainObject {
	const own = isPlainObject(result[page]) ? result[page] : {};
	const out: PlainObject = {};
	for (const [key, value] of Object.entries(result))
		if (key !== 'front' && key !== 'back') out[key] = value;
	for (const [key, value] of Object.entries(own))
		if (text(value) !== '' || out[key] === undefined) out[key] = value;
	return out;
}

/** The pages of a result, as `pageFields` reads them; null for a page the side does not hold. */
export function licensePages(
	result: PlainObject,
	side: LicenseSide,
): { front: PlainObject | null; back: PlainObject | null } {
	return {
		front: side === 'back' ? null : pageFields(result, 'front'),
		back: side === 'front' ? null : pageFields(result, 'back'),
	};
}

/** The required fields the pages lack, prefixed `front.`/`back.` when the result holds both pages. */
export function missingPageFields(
	side: LicenseSide,
	pages: { front: PlainObject | null; back: PlainObject | null },
	required: { front: readonly string[]; back: readonly string[] },
): string[] {
	const missing: string[] = [];
	const prefix = (page: string) => (side === 'double_side' ? `${page}.` : '');
	for (const page of ['front', 'back'] as const) {
		const fields = pages[page];
		if (!fields) continue;
		for (const f of required[page]) if (text(fields[f]) === '') missing.push(prefix(page) + f);
	}
	return missing;
}

/**
 * Whether both page objects carry the same number (`normalize` makes the two comparable); null when either
 * lacks one.
 */
export function pagesCarrySameNumber(
	result: PlainObject,
	normalize: (value: unknown) => string,
): boolean | null {
	const a = normalize(isPlainObject(result.front) ? result.front.number : undefined);
	const b = normalize(isPlainObject(result.back) ? result.back.number : undefined);
	return a !== '' && b !== '' ? a === b : null;
}

/** What tells one two-page license from the other: its fields, checks and masking. */
export interface LicenseRules<C extends LocalChecks> {
	/** The SDK model's fields in the SDK's order (`front` and `back` among them). */
	fields: readonly string[];
	/** Fields that are objects of their own on each page: never lifted to the top level. */
	notLifted: readonly string[];
	check(result: PlainObject, options: { today: string; side?: unknown }): C;
	mask(json: IDataObject, mode: MaskMode): IDataObject;
}

/**
 * A two-page license as output: `side`, Huawei's fields at the top level in the SDK's order (a field Huawei
 * sent only inside `front`/`back` is also lifted to the top level, the main page's first; the `notLifted`
 * objects and the page objects stay as sent), any field Huawei adds, then `checks`; masked when asked, a
 * field the model lacks passed through in 'none', masked by its key in 'mask' and dropped in 'drop'.
 */
export function shapeLicense<C extends LocalChecks>(
	result: IDataObject,
	settings: ShapeSettings,
	rules: LicenseRules<C>,
): ShapedDocument & { checks: C } {
	const side = licenseSide(result, settings.request?.side);
	const fields = liftPageFields(result, rules.fields, rules.notLifted);
	const checks = rules.check(result, { today: settings.today, side: settings.request?.side });
	const masked = rules.mask(
		{ side, ...fields, checks: checks as unknown as IDataObject },
		settings.masking,
	);
	const known = ['side', ...rules.fields, 'checks'];
	const json = maskUnknownFields(masked, settings.masking, known, ['front', 'back']) as IDataObject;
	return { json, checks, images: [] };
}
