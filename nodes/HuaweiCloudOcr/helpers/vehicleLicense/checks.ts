/**
 * Local checks of a recognized Chinese vehicle license (行驶证): the `checks` object of an output item.
 *
 *   passed, failures, missing_fields                  always
 *   vin_format_valid, vin_check_digit_valid           main page: VIN (vin.ts, ISO 3779 / GB 16735)
 *   plate_format_valid, plate_kind                    the plate number (号牌号码) has a known format (plate.ts)
 *   register_date_valid, issue_date_valid             main page: real dates, not in the future
 *   issue_date_not_before_register                    the license is issued on or after registration
 *   sides_match                                       double_side: both pages carry the same plate number
 * A check that cannot be computed is null. `passed` is true when `failures` is empty. Messages never quote
 * the owner, address, VIN or plate.
 */

import { checkPastDate } from '../shared/dateChecks';
import {
	licensePages,
	licenseSide,
	missingPageFields,
	pagesCarrySameNumber,
} from '../shared/licensePages';
import type { PlainObject } from '../shared/plainObject';
import { normalizePlate, plateKind, type PlateKind } from './plate';
import { checkVin } from './vin';
import { text } from '../shared/text';

export const FRONT_FIELDS = [
	'number',
	'vehicle_type',
	'name',
	'vin',
	'register_date',
	'issue_date',
] as const;
export const BACK_FIELDS = ['number'] as const;

export interface VehicleLicenseChecks {
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

export function checkVehicleLicense(
	result: PlainObject,
	options: { today: string; side?: unknown },
): VehicleLicenseChecks {
	const side = licenseSide(result, options.side);
	const failures: string[] = [];
	const pages = licensePages(result, side);
	const { front, back } = pages;
	const missing = missingPageFields(side, pages, { front: FRONT_FIELDS, back: BACK_FIELDS });
	for (const m of missing) failures.push(`${m} is missing`);

	const plate = text((front ?? back ?? {}).number);
	const kind = plate === '' ? null : plateKind(plate);
	const out: VehicleLicenseChecks = {
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
		const register = checkPastDate('register_date', text(front.register_date), today, failures);
		const issue = checkPastDate('issue_date', text(front.issue_date), today, failures);
		out.register_date_valid = register.valid;
		out.issue_date_valid = issue.valid;
		out.issue_date_not_before_register =
			register.iso && issue.iso ? issue.iso >= register.iso : null;
		if (out.issue_date_not_before_register === false)
			failures.push('issue_date is before register_date');
	}

	if (side === 'double_side') {
		out.sides_match = pagesCarrySameNumber(result, normalizePlate);
		if (out.sides_match === false) failures.push('the two pages carry different plate numbers');
	}

	out.passed = failures.length === 0;
	return out;
}
