import type { IDataObject } from 'n8n-workflow';

import { OcrCallError } from '../../model/OcrCallError';
import type { MaskMode, ShapedDocument } from '../../model/document';
import { maskUnknownDocument } from '../shared/fieldMasking';
import { isPlainObject } from '../shared/plainObject';

export { maskUnknownDocument };

/**
 * One entry of Huawei's auto-classification `result` list (AutoClassificationResult, huaweicloud-sdk-python-v3
 * @343a486b, huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/auto_classification_result.py): `status`
 * (error_code, error_msg), `content` (the document's fields, an untyped object), `type`, `location`
 * (4 corners), `seal_mark` (with detect_seal).
 */

/** The keys of an entry that this node places itself; any other key Huawei adds follows them (masked). */
export const ENTRY_KEYS = ['status', 'content', 'type', 'location', 'seal_mark'] as const;
/** The entry's keys that lead the output item (a document field of the same name becomes `content_<name>`). */
export const LEADING_KEYS = ['type', 'location', 'seal_mark'] as const;

/**
 * A document's own status says Huawei could not read it. The success values are not documented; a missing or
 * empty code, a code of zeros (`0`, `AIS.0000`) or `SUCCESS`/`OK` counts as read.
 */
export function failedStatus(status: unknown): { errorCode: string; errorMsg: string } | undefined {
	if (!isPlainObject(status)) return undefined;
	const code =
		status.error_code === undefined || status.error_code === null
			? ''
			: String(status.error_code).trim();
	if (code === '' || /^(?:[A-Za-z]+\.)?0+$/.test(code) || /^(?:success|ok)$/i.test(code))
		return undefined;
	return { errorCode: code, errorMsg: String(status.error_msg ?? '') };
}

/**
 * The output item's leading fields: type, location, seal_mark (when sent), then unknown keys of the entry,
 * which are masked like the fields of a document without rules (maskUnknownDocument) when masking is on.
 */
export function entryExtra(entry: IDataObject, masking: MaskMode = 'none'): IDataObject {
	const extra: IDataObject = { type: entry.type };
	if (entry.location !== undefined) extra.location = entry.location;
	if (entry.seal_mark !== undefined) extra.seal_mark = entry.seal_mark;
	const unknown: IDataObject = {};
	for (const [key, value] of Object.entries(entry))
		if (!(ENTRY_KEYS as readonly string[]).includes(key)) unknown[key] = value;
	return { ...extra, ...(maskUnknownDocument(unknown, masking) as IDataObject) };
}

/**
 * The document's fields, ready to follow the leading fields: a field named like one of them (the `type` of a
 * bank card, a driver license or a business license) is renamed `content_<name>` so that neither is lost.
 */
export function withoutClashes(json: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(json)) {
		const clash = (LEADING_KEYS as readonly string[]).includes(key);
		out[clash ? `content_${key}` : key] = value;
	}
	return out;
}

/** A document of a type no resource of this node reads: Huawei's content as it came, masked as asked. */
export function shapeUnknownDocument(content: IDataObject, masking: MaskMode): ShapedDocument {
	return { json: maskUnknownDocument({ ...content }, masking) as IDataObject, images: [] };
}

/**
 * The Extended Parameters option: a JSON object keyed by document type (`{"id_card": {"side": "front"}}`),
 * sent as `extended_parameters`. Empty → not sent. Anything but an object of objects is refused locally
 * (Huawei would answer AIS.0101).
 */
export function parseExtendedParameters(value: unknown, label: string): IDataObject | undefined {
	let parsed: unknown = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return undefined;
		try {
			parsed = JSON.parse(value);
		} catch {
			parsed = Symbol('invalid');
		}
	}
	if (parsed === undefined || parsed === null) return undefined;
	if (!isPlainObject<IDataObject>(parsed) || !Object.values(parsed).every(isPlainObject)) {
		throw new OcrCallError({
			kind: 'input',
			errorCode: 'AIS.0101',
			errorMsg: 'The input parameter is invalid.',
			message: `${label}: Extended Parameters must be a JSON object keyed by document type, each holding that type's parameters.`,
			description:
				'For example {"id_card": {"side": "front"}, "bankcard": {"return_text_location": true}}. Leave it empty to send only the image.',
			local: true,
		});
	}
	return Object.keys(parsed).length > 0 ? parsed : undefined;
}
