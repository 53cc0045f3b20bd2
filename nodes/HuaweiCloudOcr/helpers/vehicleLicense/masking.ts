/**
 * Personal data of a vehicle license in the output ('none' keeps it), at the top level and inside `front`
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

import type { MaskMode } from '../../model/document';
import { maskPagedDocument, type FieldMasks } from '../shared/fieldMasking';
import { maskAddress, maskKeepEnds, maskName, maskPlate, maskVin } from '../personalData';

export { maskPlate, maskVin };

const MASKS: FieldMasks = {
	name: maskName,
	address: maskAddress,
	number: maskPlate,
	vin: maskVin,
	engine_no: (value) => maskKeepEnds(value, 0, 2),
	file_no: (value) => maskKeepEnds(value, 0, 4),
	code_number: (value) => maskKeepEnds(value, 0, 4),
};

export function maskVehicleLicense(json: IDataObject, mode: MaskMode): IDataObject {
	return maskPagedDocument(json, mode, MASKS);
}
