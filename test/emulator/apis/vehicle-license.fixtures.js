'use strict';
/**
 * The emulator's vehicle licences (invented owners). VINs, check digit at position 9 (ISO 3779 / GB 16735:
 * values A1 B2 C3 D4 E5 F6 G7 H8 J1 K2 L3 M4 N5 P7 R9 S2 T3 U4 V5 W6 X7 Y8 Z9, weights 8 7 6 5 4 3 2 10 0 9 8
 * 7 6 5 4 3 2, sum mod 11, 10 → X), hand-checked:
 *   LFV3A23C1E3012345  L3·8+F6·7+V5·6+3·5+A1·4+2·3+3·2+C3·10+(1)·0+E5·9+3·8+0·7+1·6+2·5+3·4+4·3+5·2
 *                      = 24+42+30+15+4+6+6+30+0+45+24+0+6+10+12+12+10 = 276, 276 mod 11 = 1 → '1'. Valid.
 *   LFV3A23C2E3012345  the same with check digit 2: invalid.
 *   1M8GDM9AXKP042788  the textbook example (sum 351, mod 11 = 10 → 'X'). Valid.
 *   LFV3A23C1E3O12345  holds the letter O, which VINs never use.
 * A fixture has `front` (VehicleLicenseFront) and/or `back` (VehicleLicenseBack) fields, `electronic: true`
 * for an electronic licence (read only with recognize_electronic_license), `alarms` for the paper alarms.
 */
const VIN = 'LFV3A23C1E3012345';
const VIN_BAD_CHECK = 'LFV3A23C2E3012345';
const VIN_TEXTBOOK = '1M8GDM9AXKP042788';
const VIN_WITH_O = 'LFV3A23C1E3O12345';

const FRONT = {
	number: '京N8P8F8',
	vehicle_type: '小型轿车',
	name: '张三',
	address: '北京市东城区东华门街道南池子大街1号',
	use_character: '非营运',
	model: '大众汽车牌FV7160FBMBG',
	vin: VIN,
	engine_no: 'CFB123456',
	register_date: '2014-05-20',
	issue_date: '2014-05-20',
	issuing_authority: '北京市公安局公安交通管理局',
};
const BACK = {
	number: '京N8P8F8',
	file_no: '110001234567',
	approved_passengers: '5人',
	gross_mass: '1700kg',
	unladen_mass: '1295kg',
	approved_load: '--',
	dimension: '4603×1780×1483mm',
	traction_mass: '--',
	remarks: '',
	inspection_record: '检验有效期至2027年05月京(01)',
	code_number: '11000012345678',
	energy_type: '汽油',
};

const FIXTURES = {
	'vl-zhangsan': { front: FRONT, back: BACK },
	'vl-zhangsan-front': { front: FRONT },
	'vl-bad-vin': { front: { ...FRONT, vin: VIN_BAD_CHECK } },
	'vl-vin-with-o': { front: { ...FRONT, vin: VIN_WITH_O } },
	'vl-bad-plate': { front: { ...FRONT, number: '京I12345' } },
	'vl-new-energy': { front: { ...FRONT, number: '沪AD12345', vin: VIN_TEXTBOOK } },
	'vl-trailer': { front: { ...FRONT, number: '鲁B1234挂' } },
	'vl-future-dates': { front: { ...FRONT, register_date: '2099-01-01', issue_date: '2014-05-20' } },
	'vl-pages-differ': { front: FRONT, back: { ...BACK, number: '京N8P8F9' } },
	'vl-electronic': {
		electronic: true,
		front: { ...FRONT, color: '白', mandatory_scrapping_date: '2099-12-31', status: ['正常'] },
	},
	// A paper licence with a finger over it: the alarms fire.
	'vl-covered': { front: FRONT, alarms: { blocking: true, border: false } },
	// A newer answer with fields the SDK model does not have yet (passed through as they are).
	'vl-future-fields': { front: { ...FRONT, seal_present: true, licence_edition: '2008' } },
	'vl-blurred': { error: 'AIS.0105' },
};

module.exports = { FIXTURES, VIN, VIN_BAD_CHECK, VIN_TEXTBOOK, VIN_WITH_O };
