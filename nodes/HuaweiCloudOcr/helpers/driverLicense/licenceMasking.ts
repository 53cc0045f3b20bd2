/**
 * Personal data of a driving licence in the output ('none' keeps it), at the top level and inside `front`
 * and `back`:
 *
 * | field         | mask                                              | drop    |
 * |---------------|---------------------------------------------------|---------|
 * | number        | first 6 (region) + * + last 4 (as the ID number)  | deleted |
 * | name          | 张* / 王*明 (maskName)                              | deleted |
 * | address       | cut after the county level                         | deleted |
 * | birth         | year only                                          | deleted |
 * | file_number   | last 4 kept (档案编号 identifies the holder's file) | deleted |
 * | text_location | entries of the masked fields deleted               | deleted |
 * Kept: sex, nationality, class, dates of issue and validity, issuing authority, record, scores, status.
 * Masking is idempotent.
 */

import type { IDataObject } from 'n8n-workflow';

import type { MaskMode } from '../document';
import { maskAddress, maskBirth, maskIdNumber, maskName } from '../personalData';
import { isObj } from './licenceChecks';

type Obj = Record<string, unknown>;

export function maskKeepLast(value: string, keep: number): string {
	const chars = Array.from(value.trim());
	if (chars.length <= keep) return '*'.repeat(chars.length);
	return '*'.repeat(chars.length - keep) + chars.slice(-keep).join('');
}

const MASKS: Record<string, (value: string) => string> = {
	number: maskIdNumber,
	name: maskName,
	address: maskAddress,
	birth: maskBirth,
	file_number: (value) => maskKeepLast(value, 4),
};

function maskFields(fields: Obj, mode: 'mask' | 'drop'): Obj {
	const out: Obj = { ...fields };
	for (const [key, mask] of Object.entries(MASKS)) {
		if (!(key in out)) continue;
		if (mode === 'drop') delete out[key];
		else if (typeof out[key] === 'string') out[key] = mask(out[key] as string);
	}
	if ('text_location' in out) {
		const locations = out.text_location;
		if (mode === 'drop') delete out.text_location;
		else if (isObj(locations)) {
			const kept = { ...locations };
			for (const key of Object.keys(MASKS)) delete kept[key];
			out.text_location = kept;
		} else if (locations !== undefined && locations !== null) delete out.text_location;
	}
	return out;
}

export function maskDriverLicence(json: IDataObject, mode: MaskMode): IDataObject {
	if (mode === 'none') return json;
	const out = maskFields(json, mode);
	for (const page of ['front', 'back'])
		if (isObj(out[page])) out[page] = maskFields(out[page] as Obj, mode);
	return out as IDataObject;
}
