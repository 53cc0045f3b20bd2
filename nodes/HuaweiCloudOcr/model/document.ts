import type { IDataObject } from 'n8n-workflow';

/** Personal data in the output: kept, masked or dropped (the input photo is then not passed through). */
export type MaskMode = 'none' | 'mask' | 'drop';

/** A document's local checks, output as its `checks` object (the document adds its own fields). */
export interface LocalChecks {
	passed: boolean;
	/** Plain-English reasons, never quoting personal data (they reach the error output unmasked). */
	failures: string[];
}

export interface ShapeSettings {
	masking: MaskMode;
	/** Today in Asia/Shanghai, YYYY-MM-DD (see shanghaiToday): ages, expiry. */
	today: string;
	/** Request values the shaping depends on (the ID card's requested `side`...), as sent. */
	request?: IDataObject;
}

/** An image Huawei returned as base64 inside the result, to become a binary property. */
export interface ReturnedImage {
	binaryName: string;
	/** File name without extension; `-item<N>.<ext>` is added. */
	fileStem: string;
	/** The value found in the result (only non-empty strings become files). */
	value: unknown;
}

/** One document read by Huawei, ready for output. */
export interface ShapedDocument {
	/**
	 * The JSON of the output item: Huawei's fields at the top level under Huawei's names (unknown fields kept),
	 * the document's derived fields and `checks`; already masked for `settings.masking`; images removed.
	 */
	json: IDataObject;
	/** The local checks (also inside `json.checks`); absent for documents without checks (general text). */
	checks?: LocalChecks;
	/** Images taken out of the JSON, in order (a later one with the same binaryName wins). */
	images: ReturnedImage[];
}

/**
 * A document's rules: how one Huawei result becomes output. Implemented in `helpers/<document>/` and
 * registered on the resource (`ResourceDefinition.rules`) so that Auto-Classify applies the same checks
 * and masking to a document of that type it finds.
 */
export interface DocumentRules {
	/** The document in running text ("ID card"), for messages. */
	noun: string;
	/** Auto-classification `type` values this document's rules apply to (`id_card`, `bankcard`...). */
	classifiedAs: readonly string[];
	shape(result: IDataObject, settings: ShapeSettings): ShapedDocument;
}
