/**
 * The optional 'tesseract.js' engine of test/ocr/recognizer.js (`node bench/ocr-accuracy.js --engine
 * tesseract.js`) loads npm packages that are deliberately not dev dependencies (see test/ocr/README.md).
 * These declarations cover the part of their API it uses, so that `tsc -p tsconfig.tooling.json` checks that
 * code without the packages installed.
 */
declare module 'tesseract.js' {
	export const OEM: { readonly LSTM_ONLY: number };

	export interface Line {
		text: string;
		/** 0–100 */
		confidence: number;
		bbox: { x0: number; y0: number; x1: number; y1: number };
	}

	export interface Block {
		paragraphs: Array<{ lines: Line[] }>;
	}

	export interface Worker {
		setParameters(params: Record<string, string>): Promise<unknown>;
		recognize(
			image: Buffer,
			options?: object,
			output?: { blocks?: boolean; text?: boolean },
		): Promise<{ data: { blocks: Block[] | null } }>;
		terminate(): Promise<unknown>;
	}

	export function createWorker(
		langs: string,
		oem?: number,
		options?: { langPath?: string; cachePath?: string; cacheMethod?: string; gzip?: boolean },
	): Promise<Worker>;
}

declare module 'tesseract.js/package.json' {
	export const version: string;
}

declare module 'tesseract.js-core/package.json' {
	export const version: string;
}

declare module '@tesseract.js-data/chi_sim/package.json' {
	export const version: string;
}
