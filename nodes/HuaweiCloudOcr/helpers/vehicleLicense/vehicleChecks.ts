/**
 * Local checks of a recognised Chinese vehicle licence (行驶证): the `checks` object of an output item.
 *
 *   passed, failures, missing_fields                  always
 *   vin_format_valid, vin_check_digit_valid           main page: VIN (vin.ts, ISO 3779 / GB 16735)
 *   plate_format_valid, plate_kind                    the plate number (号牌号码) has a known format (plate.ts)
 *   register_date_valid, issue_date_valid             main page: real dates, not in the future
 *   issue_date_not_before_register                    the licence is issued on or after registration
 *   sides_match                                       double_side: both pages carry the same plate number
 * A check that cannot be computed is null. `passed` is true when `failures` is empty. Messages never quote
 * the owner, address, VIN or plate.
 */

import { splitDate, toIsoDate } from '../dates';
import { normalizePlate, plateKind, type PlateKind } from './plate';
import { checkVin } from './vin';

export const FRONT_FIELDS = [
	'number',
	'vehicle_type',
	'name',
	'vin',
	'register_date',
	'issue_date',
] as const;
export const BACK_FIELDS = ['number'] as const;

export type LicenceSide = 'front' | 'back' | 'double_side';

type Obj = Record<string, unknown>;
export const isObj = (value: unknown): value is Obj =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

export interface VehicleLicenceChecks {
	passed: boolean;
	failures: string[];
	missing_fields: string[];
	plate_format_valid: boolean | null;
	plate_kind: PlateKind | null;
	vin_format_valid?: boolean | null;
	vin_check_digit_valid?: boolean | null;
	register_date_valid?: boolean | null;
	issue_date_valid?: boolean | null;
	issue_date_not_before_register?: boolean | null;
	sides_match?: boolean | null;
}

function text(value: unknown): string {
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number') return String(value);
	return '';
}

export function licenceSide(result: Obj, requested: unknown): LicenceSide {
	const front = isObj(result.front) && Object.keys(result.front).length > 0;
	const back = isObj(result.back) && Object.keys(result.back).length > 0;
	if (requested === 'double_side' || (front && back)) return 'double_side';
	if (requested === 'back') return 'back';
	return 'front';
}

/** A page's fields: its own object's values first, then the flat fields Huawei also sends. */
export function pageFields(result: Obj, page: 'front' | 'back'): Obj {
	const own = isObj(result[page]) ? (result[page] as Obj) : {};
	const out: Obj = {};
	for (const [key, value] of Object.entries(result))
		if (key !== 'front' && key !== 'back') out[key] = value;
	for (const [key, value] of Object.entries(own))
		if (text(value) !== '' || out[key] === undefined) out[key] = value;
	return out;
}

function dateCheck(label: string, raw: string, today: string, failures: string[]) {
	if (raw === '') return { iso: null, valid: null };
	const iso = toIsoDate(raw);
	if (!iso) {
		failures.push(
			splitDate(raw) ? `${label} is not a real date` : `${label} is not a date (YYYY-MM-DD)`,
		);
		return { iso: null, valid: false };
	}
	if (iso > today) {
		failures.push(`${label} is in the future`);
		return { iso, valid: false };
	}
	return { iso, valid: true };
}

export function checkVehicleLicence(
	result: Obj,
	options: { today: string; side?: unknown },
): VehicleLicenceChecks {
	const side = licenceSide(result, options.side);
	const failures: string[] = [];
	const missing: string[] = [];
	const front = side === 'back' ? null : pageFields(result, 'front');
	const back = side === 'front' ? null : pageFields(result, 'back');
	const prefix = (page: string) => (side === 'double_side' ? `${page}.` : '');
	if (front)
		for (const f of FRONT_FIELDS) if (text(front[f]) === '') missing.push(prefix('front') + f);
	if (back) for (const f of BACK_FIELDS) if (text(back[f]) === '') missing.push(prefix('back') + f);
	for (const m of missing) failures.push(`${m} is missing`);

	const plate = text((front ?? back ?? {}).number);
	const kind = plate === '' ? null : plateKind(plate);
	const out: VehicleLicenceChecks = {
		passed: false,
		failures,
		missing_fields: missing,
		plate_format_valid: plate === '' ? null : kind !== null,
		plate_kind: kind,
	};
	if (plate !== '' && !kind)
		failures.push(
			'plate number has no known Chinese format (province + letter + 5 or 6 characters, or a 挂/学/警/港/澳/领/试/使 plate)',
		);

	if (front) {
		const vin = checkVin(front.vin);
		out.vin_format_valid = vin.format === 'missing' ? null : vin.format === 'vin17';
		out.vin_check_digit_valid = vin.check_digit_valid;
		if (vin.format === 'invalid') {
			failures.push(
				vin.forbidden.length > 0
					? `VIN holds ${vin.forbidden.join(', ')}, letters VINs never use`
					: 'VIN is not 17 letters and digits',
			);
		} else if (vin.check_digit_valid === false) {
			failures.push('VIN check digit (position 9) is wrong (ISO 3779 / GB 16735)');
		}
		const today = options.today;
		const register = dateCheck('register_date', text(front.register_date), today, failures);
		const issue = dateCheck('issue_date', text(front.issue_date), today, failures);
		out.register_date_valid = register.valid;
		out.issue_date_valid = issue.valid;
		out.issue_date_not_before_register =
			register.iso && issue.iso ? issue.iso >= register.iso : null;
		if (out.issue_date_not_before_register === false)
			failures.push('issue_date is before register_date');
	}

	if (side === 'double_side') {
		const a = normalizePlate(isObj(result.front) ? result.front.number : undefined);
		const b = normalizePlate(isObj(result.back) ? result.back.number : undefined);
		out.sides_match = a !== '' && b !== '' ? a === b : null;
		if (out.sides_match === false) failures.push('the two pages carry different plate numbers');
	}

	out.passed = failures.length === 0;
	return out;
}
