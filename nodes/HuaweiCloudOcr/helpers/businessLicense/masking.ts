/**
 * A business license's personal data, masked or dropped (Personal Data option).
 *
 * Personal data in output:
 * | field                | mask                                                   | drop                   |
 * |----------------------|--------------------------------------------------------|------------------------|
 * | legal_representative | 张* / 王*明 (first and last character kept)             | deleted                |
 * | address              | cut after the county level: 广东省深圳市龙岗区…          | deleted                |
 * | registration_number  | first 8 (authority, type, region) + * + last 2          | masked as in Mask      |
 * The legal representative (or owner, partner, investor) is a natural person and the address may be a home
 * (individual businesses often register at home): both are personal data. The credit code identifies the
 * company, not a person, and the national registry publishes it; it is masked partially in both modes so that
 * a masked row still shows the region and can be matched by a person, without carrying the full identifier
 * of an individual business out of the workflow. Dropping it would leave the row without the company's key.
 * The company name, type, capital, dates, term and scope are kept: they are public registry facts.
 */

import type { IDataObject } from 'n8n-workflow';

import type { MaskMode } from '../../model/document';
import { maskFieldInPlace, maskNamedFields, type FieldMasks } from '../shared/fieldMasking';
import { maskAddress, maskName } from '../personalData';
import { normalizeCode } from './checks';

/**
 * A credit code with its registration authority, entity type and region (first 8 characters) and the last 2
 * kept: 91440300********16. An old 15-digit registration number keeps its first 6 (region) and last 2.
 */
export function maskCreditCode(value: string): string {
	const chars = Array.from(normalizeCode(value));
	if (chars.length <= 10) return '*'.repeat(chars.length);
	const head = chars.length >= 18 ? 8 : 6;
	return (
		chars.slice(0, head).join('') + '*'.repeat(chars.length - head - 2) + chars.slice(-2).join('')
	);
}

/** The legal representative and the address: masked, or dropped (maskNamedFields). */
const PERSONAL: FieldMasks = { legal_representative: maskName, address: maskAddress };

/**
 * The license's JSON with its personal data masked or dropped (a copy unless mode is 'none'); the credit code is
 * masked in both modes (failing closed: a number is masked as its text, another shape goes).
 */
export function maskBusinessLicense(json: IDataObject, mode: MaskMode): IDataObject {
	if (mode === 'none') return json;
	const out = maskNamedFields(json, mode, PERSONAL);
	if ('registration_number' in out) maskFieldInPlace(out, 'registration_number', maskCreditCode);
	return out as IDataObject;
}
