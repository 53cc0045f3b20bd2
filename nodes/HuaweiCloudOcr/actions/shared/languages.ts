/**
 * The values of `language` of General Text OCR (general_text_request_body.py @ 343a486b, its docstring's table 1),
 * with their English names. Smart Document takes the same languages (its request model refers to General Text's
 * table, ocr_03_0042).
 */
export const OCR_LANGUAGES: Array<{ name: string; value: string }> = [
	{ name: 'Amharic', value: 'am' },
	{ name: 'Arabic', value: 'ar' },
	{ name: 'Auto-Detect', value: 'auto' },
	{ name: 'Chinese and English', value: 'zh' },
	{ name: 'Danish', value: 'da' },
	{ name: 'French', value: 'fr' },
	{ name: 'German', value: 'de' },
	{ name: 'Hebrew', value: 'he' },
	{ name: 'Hindi', value: 'hi' },
	{ name: 'Indonesian', value: 'id' },
	{ name: 'Italian', value: 'it' },
	{ name: 'Japanese', value: 'ja' },
	{ name: 'Khmer', value: 'km' },
	{ name: 'Korean', value: 'ko' },
	{ name: 'Latin', value: 'la' },
	{ name: 'Malay', value: 'ms' },
	{ name: 'Norwegian', value: 'no' },
	{ name: 'Polish', value: 'pl' },
	{ name: 'Portuguese', value: 'pt' },
	{ name: 'Romanian', value: 'ro' },
	{ name: 'Russian', value: 'ru' },
	{ name: 'Spanish', value: 'es' },
	{ name: 'Swedish', value: 'sv' },
	{ name: 'Thai', value: 'th' },
	{ name: 'Turkish', value: 'tr' },
	{ name: 'Ukrainian', value: 'uk' },
	{ name: 'Vietnamese', value: 'vi' },
];
