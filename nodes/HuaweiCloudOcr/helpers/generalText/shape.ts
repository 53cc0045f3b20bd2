import type { IDataObject } from 'n8n-workflow';

import type { MaskMode, ShapedDocument, ShapeSettings } from '../../model/document';
import { maskUnknownFields } from '../shared/fieldMasking';
import { maskNumbersInText } from '../personalData';
import { isPlainObject } from '../shared/plainObject';
import { orderedFields } from '../shared/resultFields';

/**
 * General text as output: Huawei's GeneralTextResult fields at the top level under Huawei's names
 * (`direction`, `words_block_count`, `words_block_list`, `markdown_result`, and any field Huawei adds), plus
 * `text`, derived by this node: every block's `words` joined by newlines, in Huawei's reading order (left to
 * right, top to bottom, as the model's docstring says). Models: huaweicloud-sdk-python-v3 @343a486b,
 * huaweicloud-sdk-ocr/huaweicloudsdkocr/v1/model/general_text_result.py, general_text_words_block_list.py,
 * general_text_char_list.py.
 *
 * No local checks (free text has nothing to verify): no `checks`.
 *
 * Personal data:
 * - mask: ID numbers, card numbers and mobile numbers inside the text are masked (helpers/personalData.ts
 *   maskNumbersInText) in every block's `words`, in `text`, in `markdown_result` and in `char_list` (each
 *   character follows its block; a list that does not line up with the words is removed). Names and addresses
 *   in free text cannot be told apart from other words and are kept.
 * - drop: the text itself goes: `words_block_list`, `markdown_result` and `text` are removed; `direction`,
 *   `words_block_count` stay; a field the model lacks goes (helpers/shared/fieldMasking.ts maskUnknownFields; in
 *   'mask' it is masked by its key).
 */

/** Huawei's fields in the model's order, then the derived text, then anything Huawei added. */
const ORDER = ['direction', 'words_block_count', 'words_block_list', 'markdown_result'] as const;
/** The fields that carry the text (dropped by 'drop'). */
export const TEXT_FIELDS = ['words_block_list', 'markdown_result', 'text'] as const;

/** The blocks of a result (entries that are not objects are skipped). */
export function wordsBlocks(result: IDataObject): IDataObject[] {
	const list = result.words_block_list;
	return Array.isArray(list) ? list.filter(isPlainObject<IDataObject>) : [];
}

/** All the words, one block per line, in Huawei's reading order. */
export function joinedText(result: IDataObject): string {
	return wordsBlocks(result)
		.map((b) => (typeof b.words === 'string' ? b.words : ''))
		.join('\n');
}

function maskBlock(block: IDataObject): IDataObject {
	if (typeof block.words !== 'string') return { ...block };
	const words = maskNumbersInText(block.words);
	const out: IDataObject = { ...block, words };
	if (Array.isArray(block.char_list) && block.char_list.length > 0) {
		const chars = Array.from(words);
		const list = block.char_list as unknown[];
		if (list.length === chars.length && list.every(isPlainObject)) {
			out.char_list = (list as IDataObject[]).map((c, i) => ({ ...c, char: chars[i] }));
		} else {
			delete out.char_list;
		}
	}
	return out;
}

/** Masks or drops the text of an output object (a copy). */
export function maskGeneralText(json: IDataObject, masking: MaskMode): IDataObject {
	if (masking === 'none') return json;
	const out: IDataObject = { ...json };
	if (masking === 'drop') {
		for (const key of TEXT_FIELDS) delete out[key];
		return out;
	}
	if (Array.isArray(out.words_block_list))
		out.words_block_list = (out.words_block_list as unknown[]).map((b) =>
			isPlainObject<IDataObject>(b) ? maskBlock(b) : b,
		);
	for (const key of ['text', 'markdown_result'] as const)
		if (typeof out[key] === 'string') out[key] = maskNumbersInText(out[key] as string);
	return out;
}

export function shapeGeneralText(result: IDataObject, settings: ShapeSettings): ShapedDocument {
	// Huawei's fields in the model's order, then the joined `text`, then any field Huawei adds.
	const json = orderedFields({ ...result, text: joinedText(result) }, [...ORDER, 'text']);
	const masked = maskGeneralText(json, settings.masking);
	return {
		json: maskUnknownFields(masked, settings.masking, [...ORDER, 'text']) as IDataObject,
		images: [],
	};
}
