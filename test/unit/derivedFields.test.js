import { deriveFields } from '../../nodes/HuaweiCloudOcr/helpers/idCard/derivedFields';

const TODAY = '2025-06-15';
const GB_EXAMPLE = '11010519491231002X'; // hand-checked in idNumber.test.js

describe('deriveFields', () => {
	it('front: age, ISO birth date and region from the number', () => {
		expect(deriveFields({ number: GB_EXAMPLE, birth: '1949-12-31', name: '张三' }, TODAY)).toEqual({
			age: 75,
			birth_date_iso: '1949-12-31',
			region: {
				code: '110105',
				province: '北京市',
				prefecture: '北京市',
				county: '朝阳区',
				matched: 'county',
				historic: false,
			},
		});
	});

	it('age turns on the birthday', () => {
		expect(deriveFields({ number: GB_EXAMPLE }, '2025-12-30').age).toBe(75);
		expect(deriveFields({ number: GB_EXAMPLE }, '2025-12-31').age).toBe(76);
	});

	it('uses the printed birth when the number fails its check character', () => {
		const derived = deriveFields({ number: '110101199003071234', birth: '1990年3月8日' }, TODAY);
		expect(derived.birth_date_iso).toBe('1990-03-08');
		expect(derived.age).toBe(35);
	});

	it('gives null for impossible or future dates', () => {
		expect(
			deriveFields({ number: '110101199002301236', birth: '1990-02-30' }, TODAY),
		).toMatchObject({
			age: null,
			birth_date_iso: null,
		});
		expect(deriveFields({ number: '110101203001011236' }, TODAY)).toMatchObject({
			age: null,
			birth_date_iso: null,
		});
	});

	it('gives the upgraded form of a 15-digit legacy number', () => {
		expect(deriveFields({ number: '110105491231002' }, TODAY)).toMatchObject({
			birth_date_iso: '1949-12-31',
			number_upgraded: GB_EXAMPLE,
			region: { code: '110105', county: '朝阳区' },
		});
	});

	it('region levels missing are null; no region for a malformed number', () => {
		expect(deriveFields({ number: '419001199003071230' }, TODAY).region).toMatchObject({
			province: '河南省',
			prefecture: null,
			county: '济源市',
		});
		expect(deriveFields({ number: 'garbage' }, TODAY).region).toBeNull();
	});

	it('back: valid_to_long_term', () => {
		expect(deriveFields({ valid_from: '2006-01-10', valid_to: '长期' }, TODAY)).toEqual({
			valid_to_long_term: true,
		});
		expect(deriveFields({ valid_from: '2015-06-15', valid_to: '2035-06-15' }, TODAY)).toEqual({
			valid_to_long_term: false,
		});
		expect(deriveFields({ issue: 'x' }, TODAY)).toEqual({ valid_to_long_term: null });
	});

	it('double_side: both', () => {
		const derived = deriveFields(
			{ front: { number: GB_EXAMPLE }, back: { valid_from: '2006-01-10', valid_to: '长期' } },
			TODAY,
		);
		expect(derived).toMatchObject({
			age: 75,
			valid_to_long_term: true,
			region: { county: '朝阳区' },
		});
	});
});
