import { BANK_CARD_API, BANK_CARD_REGIONS } from '../../../helpers/bankCard/api';
import { shapeBankCard } from '../../../helpers/bankCard/shape';
import { recognizeDocument, setRequestFlags } from '../../shared/recognizeDocument';
import { REQUEST_FLAGS } from './description';

/** Bank Card → Recognize: `POST /v2/{project_id}/ocr/bankcard`, one output item per input item. */
export const recognize = recognizeDocument({
	api: BANK_CARD_API,
	servedRegions: BANK_CARD_REGIONS,
	request(_itemIndex, body, options) {
		setRequestFlags(body, REQUEST_FLAGS, options);
		return undefined;
	},
	shape: shapeBankCard,
	wording: { noun: 'bank card', key: 'card' },
});
