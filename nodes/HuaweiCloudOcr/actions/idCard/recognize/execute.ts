import { ID_CARD_API } from '../../../helpers/idCard/api';
import { shapeIdCard } from '../../../helpers/idCard/resultToItem';
import { recognizeDocument, setRequestFlags } from '../../shared/recognizeDocument';
import { REQUEST_FLAGS } from './description';

/** ID Card → Recognize: `POST /v2/{project_id}/ocr/id-card`, one output item per input item. */
export const recognize = recognizeDocument({
	api: ID_CARD_API,
	request(itemIndex, body, options) {
		const side = String(this.getNodeParameter('side', itemIndex, 'auto'));
		if (side && side !== 'auto') body.side = side;
		setRequestFlags(body, REQUEST_FLAGS, options);
		return { side };
	},
	shape: shapeIdCard,
	wording: { noun: 'card', key: 'card' },
});
