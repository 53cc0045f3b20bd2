import type { IDataObject } from 'n8n-workflow';

import { OcrCallError } from '../../model/OcrCallError';
import type { OcrApi } from '../../model/ocrApi';
import { isPlainObject } from '../shared/plainObject';
import { GENERAL_LIMITS, OTHER_OCR_APIS, type OtherOcrApiEntry } from './apiNames';

/** A Huawei OCR path segment: lower-case letters, digits and hyphens (`general-table`). */
export const API_NAME_PATTERN = /^[a-z0-9-]+$/;

/** The entry of a listed API, or one with Huawei's general limits for a name typed in. */
export function apiEntry(name: string): OtherOcrApiEntry {
	return OTHER_OCR_APIS.find((entry) => entry.value === name) ?? { name, value: name };
}

/** The OcrApi of `POST /v2/{project_id}/ocr/<name>`: its limits where the SDK states them, the general ones otherwise. */
export function otherOcrApi(name: string): OcrApi {
	const entry = apiEntry(name);
	return {
		name,
		noun: name,
		service: entry.name === name ? `the ${name} OCR API` : `${entry.name} OCR`,
		unreadableHint:
			'Huawei found nothing it could read for this API. Send a sharper photo where the document fills most of the image, and check the Request Options.',
		limits: {
			minSide: entry.minSide ?? GENERAL_LIMITS.minSide,
			maxSide: entry.maxSide ?? GENERAL_LIMITS.maxSide,
			maxEncodedBytes: GENERAL_LIMITS.maxEncodedBytes,
			formats: [...GENERAL_LIMITS.formats, ...(entry.moreFormats ?? [])],
			...(entry.acceptUnknownFormats ? { acceptUnknownFormats: true } : {}),
		},
	};
}

function refuse(errorMsg: string, message: string, description: string): OcrCallError {
	return new OcrCallError({
		kind: 'input',
		errorCode: 'INVALID_OPTION',
		errorMsg,
		message,
		description,
		local: true,
	});
}

/**
 * The API name of one item, checked: a path segment (API_NAME_PATTERN), the same as the batch's (item 0's:
 * one node run calls one API, through one client).
 */
export function checkApiName(name: string, batchName: string, label: string): string {
	if (!API_NAME_PATTERN.test(name)) {
		const shown = JSON.stringify(name.slice(0, 60));
		throw refuse(
			`API name is ${shown}`,
			`${label}: the API name ${shown} is not a Huawei OCR API name (lower-case letters, digits and hyphens only).`,
			"Enter the last part of the API's path, e.g. general-table for POST /v2/{project_id}/ocr/general-table.",
		);
	}
	if (name !== batchName) {
		throw refuse(
			`API name is "${name}"; input item 0 names "${batchName}"`,
			`${label} names the API "${name}", but input item 0 names "${batchName}": one run of the node calls one API.`,
			'Give every item the same API, or split the items (e.g. with a Switch node) into one Huawei Cloud OCR node per API.',
		);
	}
	return name;
}

/** The request fields the node sets itself, never from Request Options. */
export function reservedFields(entry: OtherOcrApiEntry): string[] {
	return entry.imageField === 'none' ? [] : ['url', entry.imageField ?? 'image'];
}

/**
 * The Request Options (JSON) of one item, as an object to merge into the request body: empty → {}. Anything
 * but a JSON object, or one that sets the image fields the node fills, is refused before any call.
 */
export function parseRequestOptions(
	value: unknown,
	label: string,
	reserved: readonly string[],
): IDataObject {
	let parsed: unknown = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return {};
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			throw refuse(
				'Request Options is not valid JSON',
				`${label}: Request Options is not valid JSON (${(error as Error).message}).`,
				'Enter a JSON object of the API\'s request fields, e.g. {"return_text_location": true}, or {} for none.',
			);
		}
	}
	if (parsed === undefined || parsed === null) return {};
	if (!isPlainObject<IDataObject>(parsed)) {
		throw refuse(
			'Request Options is not a JSON object',
			`${label}: Request Options must be a JSON object; it is ${Array.isArray(parsed) ? 'a list' : `a ${typeof parsed}`}.`,
			'Enter a JSON object of the API\'s request fields, e.g. {"return_text_location": true}, or {} for none.',
		);
	}
	const clash = reserved.filter((key) => key in parsed);
	if (clash.length > 0) {
		throw refuse(
			`Request Options sets ${clash.join(', ')}`,
			`${label}: Request Options sets ${clash.map((k) => `"${k}"`).join(' and ')}, which the node fills from the image input.`,
			"Remove it from Request Options and pick the picture with 'Image Source' (Binary File, Image URL or Base64 String).",
		);
	}
	return parsed;
}
