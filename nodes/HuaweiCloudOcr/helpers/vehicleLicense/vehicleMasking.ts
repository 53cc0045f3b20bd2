/**
 * Personal data of a vehicle licence in the output ('none' keeps it), at the top level and inside `front`
 * and `back`:
 *
 * | field         | mask                                                         | drop    |
 * |---------------|--------------------------------------------------------------|---------|
 * | name (owner)  | 张* / 王*明 / 北******司 (maskName: first and last kept)        | deleted |
 * | address       | cut after the county level                                    | deleted |
 * | number (plate)| province + issuing letter kept: 京A*****                       | deleted |
 * | vin           | manufacturer code (first 3) and last 4 kept: LFV**********2345 | deleted |
 * | engine_no     | last 2 kept                                                   | deleted |
 * | file_no, code_number | last 4 kept                                            | deleted |
 * | text_location | entries of the masked fields deleted                          | deleted |
 * Why not the VIN's last 6: traffic-violation look-ups in China take the plate and the last 6 characters of
 * the VIN (or engine number), so the mask never leaves 6 trailing characters next to a plate.
 * Kept: vehicle type, use, model, dates, issuing authority, masses, dimensions, remarks, records, alarms.
 */

import type { IDataObject } from 'n8n-workflow';

import type { MaskMode } from '../document';
import { maskAddress, maskName } from '../personalData';
import { isObj } from './vehicleChecks';

type Obj = Record<string, unknown>;

function keep(value: string, start: number, end: number): string {
	const chars = Array.from(value.trim());
	if (chars.length <= start + end) return '*'.repeat(chars.length);
	return (
		chars.slice(0, start).join('') +
		'*'.repeat(chars.length - start - end) +
		(end > 0 ? chars.slice(-end).join('') : '')
	);
}

export const maskPlate = (value: string) => keep(value.replace(/[\s·•]/g, ''), 2, 0);
export const maskVin = (value: string) => keep(value.replace(/\s/g, ''), 3, 4);

const MASKS: Record<string, (value: string) => string> = {
	name: maskName,
	address: maskAddress,
	number: maskPlate,
	vin: maskVin,
	engine_no: (value) => keep(value, 0, 2),
	file_no: (value) => keep(value, 0, 4),
	code_number: (value) => keep(value, 0, 4),
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

export function maskVehicleLicence(json: IDataObject, mode: MaskMode): IDataObject {
	if (mode === 'none') return json;
	const out = maskFields(json, mode);
	for (const page of ['front', 'back'])
		if (isObj(out[page])) out[page] = maskFields(out[page] as Obj, mode);
	return out as IDataObject;
}
