import type { OcrApi } from '../../model/ocrApi';

/** `POST /v2/{project_id}/ocr/id-card` (Huawei's ID card OCR). */
export const ID_CARD_API: OcrApi = {
	name: 'id-card',
	noun: 'ID card',
	service: 'ID Card OCR',
	unreadableHint:
		'The image is not a Chinese resident ID card, or it is too blurred, dark or small. Send a sharp photo where the card fills at least a quarter of the image; choose the side if you know it.',
	limits: {
		minSide: 15,
		maxSide: 8192,
		maxEncodedBytes: 10 * 1024 * 1024,
		formats: ['jpeg', 'png', 'bmp', 'tiff'],
	},
};
