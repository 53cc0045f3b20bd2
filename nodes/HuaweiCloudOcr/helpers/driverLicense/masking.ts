/**
 * Personal data of a driver license in the output ('none' keeps it), at the top level and inside `front`
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

import type { MaskMode } from '../../model/document';
import { maskPagedDocument, type FieldMasks } from '../shared/fieldMasking';
import { maskAddress, maskBirth, maskIdNumber, maskKeepEnds, maskName } from '../personalData';

const MASKS: FieldMasks = {
	number: maskIdNumber,
	name: maskName,
	address: maskAddress,
	birth: maskBirth,
	file_number: (value) => maskKeepEnds(value, 0, 4),
};

export function maskDriverLicense(json: IDataObject, mode: MaskMode): IDataObject {
	return maskPagedDocument(json, mode, MASKS);
}
