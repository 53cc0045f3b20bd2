import { checkVehicleLicense } from '../../nodes/HuaweiCloudOcr/helpers/vehicleLicense/checks';
import { maskVehicleLicense } from '../../nodes/HuaweiCloudOcr/helpers/vehicleLicense/masking';
import { plateKind } from '../../nodes/HuaweiCloudOcr/helpers/vehicleLicense/plate';
import { checkVin, vinCheckCharacter } from '../../nodes/HuaweiCloudOcr/helpers/vehicleLicense/vin';

const {
	FIXTURES,
	VIN,
	VIN_BAD_CHECK,
	VIN_TEXTBOOK,
	VIN_WITH_O,
} = require('../emulator/apis/vehicle-license.fixtures');
const TODAY = '2026-11-24';
const check = (result, side = 'front') => checkVehicleLicense(result, { today: TODAY, side });

describe('VIN check digit (ISO 3779 / GB 16735)', () => {
	/*
	 * By hand, 1M8GDM9AXKP042788 (values 1 M4 8 G7 D4 M4 9 A1 X K2 P7 0 4 2 7 8 8, weights
	 * 8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2): 8+28+48+35+16+12+18+10+0+18+56+0+24+10+28+24+16 = 351;
	 * 351 mod 11 = 10 → 'X', the character printed at position 9.
	 * 1HGCM82633A004352 (a Honda VIN often quoted): 8+56+42+15+16+24+4+60+0+27+8+0+0+20+12+15+4 = 311;
	 * 311 mod 11 = 3 → '3', as printed. LFV3A23C1E3012345: 276 mod 11 = 1 (fixtures file).
	 */
	it('agrees with the hand computations', () => {
		expect(vinCheckCharacter(VIN_TEXTBOOK)).toBe('X');
		expect(vinCheckCharacter('1HGCM82633A004352')).toBe('3');
		expect(vinCheckCharacter(VIN)).toBe('1');
	});
	it('valid, wrong digit, forbidden letters, wrong length', () => {
		expect(checkVin(VIN)).toMatchObject({ format: 'vin17', check_digit_valid: true });
		expect(checkVin(' lfv3a23c1e3012345 ')).toMatchObject({ check_digit_valid: true });
		expect(checkVin(VIN_BAD_CHECK)).toMatchObject({ format: 'vin17', check_digit_valid: false });
		expect(checkVin(VIN_WITH_O)).toMatchObject({ format: 'invalid', forbidden: ['O'] });
		expect(checkVin('LFV3A23C1E301234')).toMatchObject({ format: 'invalid', forbidden: [] });
		expect(checkVin('')).toMatchObject({ format: 'missing', check_digit_valid: null });
	});
});

describe('plate formats', () => {
	it.each([
		['京N8P8F8', 'ordinary'],
		['京A·12345', 'ordinary'],
		['粤b 7c8d9', 'ordinary'],
		['沪AD12345', 'new_energy_small'],
		['沪ADA1234', 'new_energy_small'],
		['京A12345D', 'new_energy_large'],
		['鲁B1234挂', 'trailer'],
		['京A1234学', 'coach'],
		['京A1234警', 'police'],
		['粤Z1234港', 'hong_kong'],
		['粤Z1234澳', 'macao'],
		['沪A1234领', 'consulate'],
		['使014578', 'embassy'],
	])('%s is %s', (plate, kind) => {
		expect(plateKind(plate)).toBe(kind);
	});
	it.each(['京I12345', '京O12345', 'AB12345', '京A1234', '京A1234567', '港A12345', '京A12345挂'])(
		'%s has no known format',
		(plate) => {
			expect(plateKind(plate)).toBeNull();
		},
	);
});

describe('checkVehicleLicense', () => {
	const front = (id) => FIXTURES[id].front;
	it('passes a sound main page', () => {
		expect(check(front('vl-zhangsan'))).toEqual({
			passed: true,
			failures: [],
			missing_fields: [],
			plate_format_valid: true,
			plate_kind: 'ordinary',
			vin_format_valid: true,
			vin_check_digit_valid: true,
			register_date_valid: true,
			issue_date_valid: true,
			issue_date_not_before_register: true,
		});
	});
	it('fails a wrong VIN digit, a forbidden letter and an unknown plate, without quoting them', () => {
		expect(check(front('vl-bad-vin')).failures).toEqual([
			'VIN check digit (position 9) is wrong (ISO 3779 / GB 16735)',
		]);
		expect(check(front('vl-vin-with-o')).failures).toEqual(['VIN holds O, letters VINs never use']);
		const plate = check(front('vl-bad-plate'));
		expect(plate).toMatchObject({ plate_format_valid: false, plate_kind: null });
		expect(JSON.stringify(plate)).not.toContain('京I12345');
	});
	it('new-energy and trailer plates, the textbook VIN', () => {
		expect(check(front('vl-new-energy'))).toMatchObject({
			passed: true,
			plate_kind: 'new_energy_small',
			vin_check_digit_valid: true,
		});
		expect(check(front('vl-trailer')).plate_kind).toBe('trailer');
	});
	it('a future register date, issued before registration', () => {
		expect(check(front('vl-future-dates')).failures).toEqual([
			'register_date is in the future',
			'issue_date is before register_date',
		]);
	});
	it('pages: the back checks the plate; both pages must carry the same plate', () => {
		expect(check(FIXTURES['vl-zhangsan'].back, 'back')).toEqual({
			passed: true,
			failures: [],
			missing_fields: [],
			plate_format_valid: true,
			plate_kind: 'ordinary',
		});
		const differ = check(
			{ front: FIXTURES['vl-pages-differ'].front, back: FIXTURES['vl-pages-differ'].back },
			'double_side',
		);
		expect(differ).toMatchObject({ sides_match: false });
		expect(differ.failures).toEqual(['the two pages carry different plate numbers']);
	});
});

describe('vehicle licence masking', () => {
	const json = { ...FIXTURES['vl-zhangsan'].front, back: FIXTURES['vl-zhangsan'].back };
	it('masks owner, address, plate, VIN (first 3 and last 4), engine, file and barcode numbers', () => {
		const m = maskVehicleLicense(json, 'mask');
		expect(m).toMatchObject({
			name: '张*',
			address: '北京市东城区…',
			number: '京N*****',
			vin: 'LFV**********2345',
			engine_no: '*******56',
			model: '大众汽车牌FV7160FBMBG',
		});
		expect(m.back).toMatchObject({
			number: '京N*****',
			file_no: '********4567',
			code_number: '**********5678',
		});
		expect(maskVehicleLicense(m, 'mask')).toEqual(m);
	});
	it('drops them', () => {
		const d = maskVehicleLicense(json, 'drop');
		for (const key of ['name', 'address', 'number', 'vin', 'engine_no'])
			expect(d).not.toHaveProperty(key);
		expect(d.register_date).toBe('2014-05-20');
	});
});
