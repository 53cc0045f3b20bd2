import { PASSPORT_API, PASSPORT_REGIONS } from '../../../helpers/passport/api';
import { shapePassport } from '../../../helpers/passport/passportResult';
import { recognizeDocument } from '../../shared/recognizeDocument';

/** Passport → Recognize: `POST /v2/{project_id}/ocr/passport`, one output item per input item. */
export const recognize = recognizeDocument({
	api: PASSPORT_API,
	servedRegions: PASSPORT_REGIONS,
	request(itemIndex, body) {
		const countryCode = String(this.getNodeParameter('countryCode', itemIndex, 'auto'));
		if (countryCode && countryCode !== 'auto') body.country_code = countryCode;
		return { country_code: countryCode };
	},
	shape: shapePassport,
	wording: { noun: 'passport', key: 'passport' },
});
