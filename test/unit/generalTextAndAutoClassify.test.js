/**
 * Pure functions of General Text and Auto-Classify: masking numbers in free text, the derived text, a
 * document's status, name clashes, Extended Parameters. (Neither document has checks of its own: General Text
 * has none, Auto-Classify applies the other resources' checks, tested in test/engine/autoClassify.test.js.)
 */
import {
	entryExtra,
	failedStatus,
	maskUnknownDocument,
	parseExtendedParameters,
	withoutClashes,
} from '../../nodes/HuaweiCloudOcr/helpers/autoClassify/shape';
import {
	joinedText,
	maskGeneralText,
	shapeGeneralText,
} from '../../nodes/HuaweiCloudOcr/helpers/generalText/shape';
import { maskNumbersInText } from '../../nodes/HuaweiCloudOcr/helpers/personalData';

describe('maskNumbersInText', () => {
	it.each([
		// an ID number (GB 11643: 110101199003070118, check character 8 by hand, Σ = 158, 158 mod 11 = 4)
		['身份证号：110101199003070118', '身份证号：110101********0118'],
		['id 11010519921120012X.', 'id 110105********012X.'],
		// card numbers, grouped or not (6222021234567890128: Luhn sum 80)
		['卡号 6222021234567890128', '卡号 622202*********0128'],
		['6222 0212 3456 7890 128', '6222 02** **** ***0 128'],
		['4111-1111-1111-1111', '4111-11**-****-1111'],
		// a mobile number
		['电话13800138000。', '电话138****8000。'],
	])('%s → %s', (text, masked) => {
		expect(maskNumbersInText(text)).toBe(masked);
		expect(maskNumbersInText(masked)).toBe(masked); // idempotent
		expect(Array.from(maskNumbersInText(text))).toHaveLength(Array.from(text).length);
	});

	it.each([
		'金额：¥1,280.00',
		'日期：2024-05-06',
		'发票号码 12345678',
		'编码 111001981234', // 12 digits: shorter than any card number
		'电话 010-12345678', // a landline is not a mobile number
	])('leaves %s alone', (text) => {
		expect(maskNumbersInText(text)).toBe(text);
	});
});

describe('general text', () => {
	const result = {
		direction: -1,
		words_block_count: 2,
		words_block_list: [
			{ words: '姓名 张三', location: [], confidence: 0.9, char_list: [] },
			{
				words: 'ID 110101199003070118',
				location: [],
				confidence: 0.9,
				char_list: Array.from('ID 110101199003070118').map((char) => ({ char })),
			},
		],
		future: 1,
	};

	it('text joins the blocks with newlines in reading order; unknown fields follow', () => {
		expect(joinedText(result)).toBe('姓名 张三\nID 110101199003070118');
		const shaped = shapeGeneralText(result, { masking: 'none', today: '2026-01-01' });
		expect(Object.keys(shaped.json)).toEqual([
			'direction',
			'words_block_count',
			'words_block_list',
			'text',
			'future',
		]);
		expect(shaped.checks).toBeUndefined();
	});

	it('mask keeps char_list lined up with the masked words; a list that does not line up goes', () => {
		const masked = maskGeneralText({ ...result, text: joinedText(result) }, 'mask');
		const block = masked.words_block_list[1];
		expect(block.words).toBe('ID 110101********0118');
		expect(block.char_list.map((c) => c.char).join('')).toBe(block.words);
		const odd = maskGeneralText(
			{ words_block_list: [{ words: '110101199003070118', char_list: [{ char: '1' }] }] },
			'mask',
		);
		expect(odd.words_block_list[0]).not.toHaveProperty('char_list');
	});

	it('drop removes the text fields only', () => {
		expect(maskGeneralText({ ...result, text: 'x', markdown_result: 'y' }, 'drop')).toEqual({
			direction: -1,
			words_block_count: 2,
			future: 1,
		});
	});
});

describe('auto-classify documents', () => {
	it.each([
		[undefined, undefined],
		[{}, undefined],
		[{ error_code: '0', error_msg: 'success' }, undefined],
		[{ error_code: 'AIS.0000' }, undefined],
		[{ error_code: 'SUCCESS' }, undefined],
		[
			{ error_code: 'AIS.0104', error_msg: 'poor' },
			{ errorCode: 'AIS.0104', errorMsg: 'poor' },
		],
		[{ error_code: 'AIS.0105' }, { errorCode: 'AIS.0105', errorMsg: '' }],
	])('status %j → %j', (status, failed) => {
		expect(failedStatus(status)).toEqual(failed);
	});

	it('type, location, seal_mark lead; unknown entry keys pass; clashing document fields become content_<name>', () => {
		expect(
			entryExtra({
				status: {},
				content: { a: 1 },
				type: 'bankcard',
				location: [[0, 0]],
				seal_mark: false,
				confidence: 0.9,
			}),
		).toEqual({ type: 'bankcard', location: [[0, 0]], seal_mark: false, confidence: 0.9 });
		expect(withoutClashes({ type: '借记卡', card_number: '1', location: 'x' })).toEqual({
			content_type: '借记卡',
			card_number: '1',
			content_location: 'x',
		});
	});

	it('unknown types: mask names, addresses, birth dates and personal numbers; drop removes them', () => {
		const content = {
			name: '张三',
			id_number: '110101199003070118',
			address: '北京市东城区景山前街4号院',
			invoice_number: '12345678',
			items: [{ passenger_name: '李娜娜' }],
			portrait_image: 'AAAA',
		};
		expect(maskUnknownDocument(content, 'mask')).toEqual({
			name: '张*',
			id_number: '110101********0118',
			address: '北京市东城区…',
			invoice_number: '12345678',
			items: [{ passenger_name: '李*娜' }],
		});
		expect(maskUnknownDocument(content, 'drop')).toEqual({
			invoice_number: '12345678',
			items: [{}],
		});
	});

	it('Extended Parameters: an object of objects, empty → not sent, anything else refused locally', () => {
		expect(parseExtendedParameters('{"id_card": {"side": "front"}}', 'Item 0')).toEqual({
			id_card: { side: 'front' },
		});
		expect(parseExtendedParameters({ bankcard: {} }, 'Item 0')).toEqual({ bankcard: {} });
		expect(parseExtendedParameters('{}', 'Item 0')).toBeUndefined();
		expect(parseExtendedParameters('', 'Item 0')).toBeUndefined();
		expect(parseExtendedParameters(undefined, 'Item 0')).toBeUndefined();
		for (const bad of ['nope', '[1]', '{"id_card": "front"}', 5]) {
			expect(() => parseExtendedParameters(bad, 'Item 0')).toThrow(/Extended Parameters/);
		}
	});
});
