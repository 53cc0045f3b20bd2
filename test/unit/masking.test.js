import { addressPrefix } from '../../nodes/HuaweiCloudOcr/helpers/addressPrefix';
import {
	maskAddress,
	maskBirth,
	maskIdNumber,
	maskName,
	maskResult,
} from '../../nodes/HuaweiCloudOcr/helpers/idCard/masking';

const frontFields = {
	name: '王小明',
	sex: '男',
	ethnicity: '汉',
	birth: '1990-03-07',
	address: '北京市东城区东华门街道南池子大街1号',
	number: '110101199003071233',
	portrait_image: 'BASE64PORTRAIT',
	adjusted_image: 'BASE64CARD',
	portrait_location: [
		[1, 2],
		[3, 4],
	],
	text_location: {
		name: [[1, 1]],
		number: [[2, 2]],
		address: [[3, 3]],
		birth: [[4, 4]],
		sex: [[5, 5]],
	},
	verification_result: { valid_number: true },
};
const backFields = {
	issue: '北京市公安局东城分局',
	valid_from: '2015-06-15',
	valid_to: '2035-06-15',
	adjusted_image: 'BASE64BACK',
};
const derived = {
	age: 35,
	birth_date_iso: '1990-03-07',
	region: { code: '110101', province: '北京市', prefecture: '北京市', county: '东城区' },
	valid_to_long_term: false,
};
const checks = { passed: true, failures: [] };

describe('maskIdNumber', () => {
	it('keeps the region code and the last 4 characters', () => {
		expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
		expect(maskIdNumber('11010519491231002x')).toBe('110105********002X');
		expect(maskIdNumber('110105491231002')).toBe('110105*****1002');
		expect(maskIdNumber('12345')).toBe('*****');
		expect(maskIdNumber('')).toBe('');
	});
});

describe('maskName', () => {
	it.each([
		['张', '*'],
		['张三', '张*'],
		['王小明', '王*明'],
		['欧阳小华', '欧**华'],
		['阿依古丽·买买提', '阿******提'],
		['𠀀小明', '𠀀*明'], // a character outside the BMP counts once
		['', ''],
	])('%s → %s', (name, masked) => {
		expect(maskName(name)).toBe(masked);
	});
});

describe('maskBirth', () => {
	it('keeps the year only', () => {
		expect(maskBirth('1990-03-07')).toBe('1990');
		expect(maskBirth('1990年3月7日')).toBe('1990');
		expect(maskBirth('1990')).toBe('1990');
		expect(maskBirth('unknown')).toBe('****');
	});
});

describe('maskAddress / addressPrefix', () => {
	it.each([
		['北京市东城区东华门街道南池子大街1号', '北京市东城区…', 'county'],
		['河南省郑州市金水区文化路街道100号', '河南省郑州市金水区…', 'county'],
		['湖北省恩施土家族苗族自治州恩施市舞阳坝街道', '湖北省恩施土家族苗族自治州恩施市…', 'county'],
		['广东省东莞市南城街道宏远工业区3号', '广东省东莞市…', 'prefecture'], // no county level
		['河南省济源市沁园路1号', '河南省济源市…', 'county'], // province-administered
		['重庆市云阳县双江街道', '重庆市云阳县…', 'county'],
		['北京市崇文区前门大街', '北京市崇文区…', 'county'], // historic district
		['安徽省巢湖市庐江县庐城镇', '安徽省巢湖市庐江县…', 'county'], // historic prefecture
		['黑龙江省哈尔滨市道里区安静街', '黑龙江省哈尔滨市道里区…', 'county'],
		['浙江省杭州市新设区某路1号', '浙江省杭州市新设区…', 'county'], // not in the table: heuristic
		['京市东城区东华门街道', '京市东城区…', 'county'], // OCR lost a character: heuristic
		['某某某村3组', '…', 'none'],
	])('%s → %s', (address, masked, level) => {
		expect(maskAddress(address)).toBe(masked);
		expect(addressPrefix(address).level).toBe(level);
	});

	it('leaves an address that is only the administrative part', () => {
		expect(maskAddress('北京市东城区')).toBe('北京市东城区');
	});

	it('never keeps a street, town or village through the heuristic', () => {
		expect(maskAddress('广东省东莞市南城街道宏远工业区')).toBe('广东省东莞市…');
		expect(maskAddress('浙江省杭州市西湖镇某村')).toBe('浙江省杭州市…');
	});
});

describe('maskResult', () => {
	const item = { side: 'front', ...frontFields, ...derived, checks };

	it("'none' returns the item untouched", () => {
		expect(maskResult(item, 'none')).toBe(item);
	});

	it("'mask' masks every sensitive field and keeps the rest", () => {
		expect(maskResult(item, 'mask')).toEqual({
			side: 'front',
			name: '王*明',
			sex: '男',
			ethnicity: '汉',
			birth: '1990',
			address: '北京市东城区…',
			number: '110101********1233',
			portrait_location: frontFields.portrait_location,
			text_location: { sex: [[5, 5]] },
			verification_result: { valid_number: true },
			age: 35,
			birth_date_iso: '1990',
			region: derived.region,
			valid_to_long_term: false,
			checks,
		});
	});

	it("'drop' deletes every sensitive field and keeps the rest", () => {
		expect(maskResult(item, 'drop')).toEqual({
			side: 'front',
			sex: '男',
			ethnicity: '汉',
			portrait_location: frontFields.portrait_location,
			verification_result: { valid_number: true },
			age: 35,
			region: derived.region,
			valid_to_long_term: false,
			checks,
		});
	});

	it('does not change its input', () => {
		const copy = JSON.parse(JSON.stringify(item));
		maskResult(item, 'mask');
		maskResult(item, 'drop');
		expect(item).toEqual(copy);
	});

	it('is idempotent', () => {
		const once = maskResult(item, 'mask');
		expect(maskResult(once, 'mask')).toEqual(once);
	});

	it('masks the back side: only images go', () => {
		expect(maskResult({ side: 'back', ...backFields }, 'mask')).toEqual({
			side: 'back',
			issue: '北京市公安局东城分局',
			valid_from: '2015-06-15',
			valid_to: '2035-06-15',
		});
	});

	it('masks double_side items at the top level (derived fields included) and in front and back', () => {
		const double = {
			side: 'double_side',
			name: frontFields.name,
			number: frontFields.number,
			address: frontFields.address,
			birth: frontFields.birth,
			front: frontFields,
			back: backFields,
			...derived,
			number_upgraded: '11010519491231002X',
		};
		const masked = maskResult(double, 'mask');
		expect(masked).toMatchObject({
			name: '王*明',
			number: '110101********1233',
			address: '北京市东城区…',
			birth: '1990',
			front: {
				name: '王*明',
				number: '110101********1233',
				address: '北京市东城区…',
				birth: '1990',
			},
			back: { issue: '北京市公安局东城分局' },
			birth_date_iso: '1990',
			number_upgraded: '110105********002X',
			age: 35,
		});
		expect(masked.front).not.toHaveProperty('portrait_image');
		expect(masked.back).not.toHaveProperty('adjusted_image');

		const dropped = maskResult(double, 'drop');
		for (const key of ['name', 'number', 'address', 'birth']) {
			expect(dropped).not.toHaveProperty(key);
			expect(dropped.front).not.toHaveProperty(key);
		}
		expect(dropped).not.toHaveProperty('number_upgraded');
		expect(dropped).not.toHaveProperty('birth_date_iso');
		expect(dropped.front).not.toHaveProperty('text_location');
	});

	it('masks an error item (input fields merged in) by known card field names only', () => {
		const errorItem = {
			orderId: 'A-1',
			customer: { name: 'kept: not a card field at this level' },
			name: '李四',
			number: '110101199003071233',
			birth: 19900307, // a number under a card field name: masked as its text (masking fails closed)
			error: 'AIS.0104: The image is not supported or the image quality is poor.',
		};
		expect(maskResult(errorItem, 'mask')).toEqual({
			orderId: 'A-1',
			customer: { name: 'kept: not a card field at this level' },
			name: '李*',
			number: '110101********1233',
			birth: '1990',
			error: errorItem.error,
		});
		expect(maskResult(errorItem, 'drop')).toEqual({
			orderId: 'A-1',
			customer: errorItem.customer,
			error: errorItem.error,
		});
	});

	it('drops a text_location of unknown layout when masking', () => {
		expect(maskResult({ text_location: [[1, 2]] }, 'mask')).toEqual({});
	});
});

/**
 * Issue 17: masking fails closed. Personal keys are told by pattern, numbers and arrays under them are masked
 * (never passed through), an odd shape goes, and 'drop' keeps only allowlisted fields of documents without
 * rules of their own.
 */
describe('masking fails closed', () => {
	const { personalKind } = require('../../nodes/HuaweiCloudOcr/helpers/personalData');
	const { maskUnknownDocument } = require('../../nodes/HuaweiCloudOcr/helpers/shared/fieldMasking');
	const { entryExtra } = require('../../nodes/HuaweiCloudOcr/helpers/autoClassify/shape');
	const { maskDriverLicense } = require('../../nodes/HuaweiCloudOcr/helpers/driverLicense/masking');
	const {
		maskVehicleLicense,
	} = require('../../nodes/HuaweiCloudOcr/helpers/vehicleLicense/masking');
	const { maskBankCard } = require('../../nodes/HuaweiCloudOcr/helpers/bankCard/masking');
	const { passportRules } = require('../../nodes/HuaweiCloudOcr/helpers/passport/shape');
	const auto = require('../emulator/apis/auto-classification');

	it.each([
		['owner_name', 'name'],
		['ownerName', 'name'],
		['buyer_name', 'name'],
		['passenger', 'name'],
		['owner_address', 'address'],
		['buyer_address', 'address'],
		['vehicle_identification_number', 'vin'],
		['vin', 'vin'],
		['engine_number', 'engine'],
		['engine_no', 'engine'],
		['vehicle_number', 'plate'],
		['licence_plate_number', 'plate'],
		['buyer_organization_number', 'identifier'],
		['id_number', 'identifier'],
		['license_number', 'identifier'],
		['seller_account', 'identifier'],
		['seller_phone', 'phone'],
		['date_of_birth', 'birth'],
		['mrz.line1', 'mrz'],
		['machine_code+2', 'mrz'],
		['姓名', 'name'],
		['住址', 'address'],
	])('personalKind(%j) is %s', (key, kind) => {
		expect(personalKind(key)).toBe(kind);
	});

	it.each(['issue_date', 'total', 'code', 'number', 'vehicle_type', 'place_of_birth', 'tax_rate'])(
		'personalKind(%j) names no personal data',
		(key) => {
			expect(personalKind(key)).toBeUndefined();
		},
	);

	it('ID card: a number sent as a JSON number is masked as text; a name as an array is masked element by element; an object under a card field goes', () => {
		const masked = maskResult(
			{
				number: 110101199003071200,
				name: ['王小明', '张三'],
				address: { street: '南池子大街1号' },
			},
			'mask',
		);
		expect(masked.number).toMatch(/^110101\*{8}\d{4}$/);
		expect(masked.name).toEqual(['王*明', '张*']);
		expect(masked).not.toHaveProperty('address');
	});

	it('driving and vehicle licences, bank card: numbers under personal fields are masked, never passed through', () => {
		const licence = maskDriverLicense({ number: 110101199003071200, name: ['张三'] }, 'mask');
		expect(licence.number).toMatch(/^110101\*+\d{4}$/);
		expect(licence.name).toEqual(['张*']);
		const vehicle = maskVehicleLicense(
			{ file_no: 110001234567, front: { name: { a: 1 } } },
			'mask',
		);
		expect(vehicle.file_no).toBe('********4567');
		expect(vehicle.front).toEqual({});
		const card = maskBankCard({ card_number: 6222021234567890000 }, 'mask');
		expect(typeof card.card_number).toBe('string');
		expect(card.card_number).toMatch(/^622202\*+\d{4}$/);
	});

	it('a transportation licence (SDK fields) in Mask: owner_name, owner_address, licence and plate numbers masked', () => {
		const masked = /** @type {Record<string, any>} */ (
			maskUnknownDocument(auto.TRANSPORTATION_LICENCE, 'mask')
		);
		expect(masked).toMatchObject({
			owner_name: '赵*',
			owner_address: '北京市海淀区…',
			vehicle_number: '京A*****',
			license_number: '********2345',
			vehicle_type: '重型栏板货车',
			issue_date: '2021-03-15',
		});
		expect(masked.business_certificate).not.toBe(auto.TRANSPORTATION_LICENCE.business_certificate);
	});

	it('a vehicle sales invoice (SDK fields) in Mask: buyer, his ID number, VIN and engine number masked; the sale kept', () => {
		const masked = /** @type {Record<string, any>} */ (
			maskUnknownDocument(auto.MVS_INVOICE, 'mask')
		);
		expect(masked).toMatchObject({
			buyer_name: '孙*',
			vehicle_identification_number: 'LFV**********3456',
			engine_number: '*******21',
			code: auto.MVS_INVOICE.code,
			number: auto.MVS_INVOICE.number,
			total: '¥150,000.00',
			brand_model: auto.MVS_INVOICE.brand_model,
		});
		expect(masked.buyer_organization_number).toMatch(/^110105\*{8}\w{4}$/);
	});

	it('Drop on a document without rules keeps only allowlisted fields: personal and unknown keys go', () => {
		const dropped = maskUnknownDocument(
			{ ...auto.MVS_INVOICE, future_field: 'anything', flag: true, note: 42 },
			'drop',
		);
		for (const key of [
			'buyer_name',
			'buyer_organization_number',
			'buyer_id',
			'vehicle_identification_number',
			'engine_number',
			'seller_phone',
			'seller_account',
			'seller_address',
			'future_field',
			'flag',
			'note',
		])
			expect(dropped).not.toHaveProperty(key);
		expect(dropped).toMatchObject({ code: auto.MVS_INVOICE.code, total: '¥150,000.00' });
		const licence = maskUnknownDocument(auto.TRANSPORTATION_LICENCE, 'drop');
		for (const key of ['owner_name', 'owner_address', 'license_number', 'vehicle_number'])
			expect(licence).not.toHaveProperty(key);
		expect(licence).toMatchObject({ vehicle_type: '重型栏板货车', issue_date: '2021-03-15' });
	});

	it('a document without rules: a number or array under a personal key is masked, an object there goes', () => {
		expect(
			maskUnknownDocument(
				{ id_number: 110101199003071200, passenger_name: ['张三', 7], owner: { name: '李四' } },
				'mask',
			),
		).toEqual({
			id_number: expect.stringMatching(/^110101\*{8}\d{4}$/),
			passenger_name: ['张*', '*'],
		});
	});

	it('unknown keys of an entry are masked (Mask) or dropped (Drop), not passed through', () => {
		const entry = {
			status: {},
			content: {},
			type: 'taxi_invoice',
			location: [[0, 0]],
			passenger_name: '张三',
			mobile: '13800138000',
			remark: '联系人 13800138000',
		};
		expect(entryExtra(entry, 'mask')).toEqual({
			type: 'taxi_invoice',
			location: [[0, 0]],
			passenger_name: '张*',
			mobile: '138******00',
			remark: '联系人 138****8000',
		});
		expect(entryExtra(entry, 'drop')).toEqual({ type: 'taxi_invoice', location: [[0, 0]] });
	});

	it('a passport whose MRZ lines sit under keys holding "." and "+" loses them in Drop and has them masked in Mask', () => {
		const LINE1 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
		const LINE2 = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';
		const result = {
			passport_type: 'P',
			country_code: 'UTO',
			passport_number: 'L898902C3',
			surname: 'ERIKSSON',
			given_name: 'ANNA MARIA',
			date_of_birth: '1974-08-12',
			date_of_expiry: '2034-04-15',
			extra_info: {
				'mrz.line1': LINE1,
				'mrz+line2': LINE2,
				'zone.v2': { 'a.b': LINE1, 'c+d': LINE2 },
			},
		};
		for (const mode of /** @type {const} */ (['drop', 'mask'])) {
			const shaped = passportRules.shape(result, { masking: mode, today: '2026-01-01' });
			const text = JSON.stringify(shaped.json);
			expect(text).not.toContain(LINE2);
			expect(text).not.toContain('ERIKSSON<<ANNA');
		}
	});
});

/**
 * Issue 17, finding 7: Drop fails closed on every document with rules. A top-level field that is not on the
 * document's allowlist (its SDK model's fields and the node's own) goes in Drop; in Mask a field unknown to
 * the model is masked by its key (personalKind) and the ID, card and mobile numbers in its text; Keep keeps it.
 */
describe('fields unknown to a document model fail closed', () => {
	const { idCardRules } = require('../../nodes/HuaweiCloudOcr/helpers/idCard/shape');
	const { driverLicenseRules } = require('../../nodes/HuaweiCloudOcr/helpers/driverLicense/shape');
	const {
		vehicleLicenseRules,
	} = require('../../nodes/HuaweiCloudOcr/helpers/vehicleLicense/shape');
	const { bankCardRules } = require('../../nodes/HuaweiCloudOcr/helpers/bankCard/shape');
	const {
		businessLicenseRules,
	} = require('../../nodes/HuaweiCloudOcr/helpers/businessLicense/shape');
	const { passportRules } = require('../../nodes/HuaweiCloudOcr/helpers/passport/shape');
	const { shapeGeneralText } = require('../../nodes/HuaweiCloudOcr/helpers/generalText/shape');

	/** Fields no SDK model of these documents has: a personal key, a phone, free text holding a mobile, a flag. */
	const UNKNOWN = {
		holder_name: '王小明',
		contact_phone: '13800138000',
		remark: '联系 13800138000',
		future_flag: 'kept in Mask',
		extra_image: 'BASE64',
	};
	/** @typedef {(result: any, settings: any) => { json: Record<string, any> }} Shape */
	/**
	 * Each document's shaping, model fields sent, and one of them that stays in every mode.
	 * @type {Array<[string, Shape, Record<string, any>, string]>}
	 */
	const DOCUMENTS = [
		['ID card', idCardRules.shape, { sex: '男', ethnicity: '汉' }, 'ethnicity'],
		['driving licence', driverLicenseRules.shape, { class: 'C1', sex: '男' }, 'class'],
		['vehicle licence', vehicleLicenseRules.shape, { vehicle_type: '小型轿车' }, 'vehicle_type'],
		['bank card', bankCardRules.shape, { bank_name: '中国银行', type: '借记卡' }, 'bank_name'],
		[
			'business licence',
			businessLicenseRules.shape,
			{ name: '示例科技有限公司', found_date: '2015年06月15日' },
			'found_date',
		],
		['passport', passportRules.shape, { country_code: 'CHN', sex: 'M' }, 'country_code'],
		['general text', shapeGeneralText, { direction: 0, words_block_count: 0 }, 'direction'],
	];
	/** @param {string} masking */
	const settings = (masking) => ({ masking, today: '2026-01-01' });

	it.each(DOCUMENTS)(
		'%s: a top-level field unknown to the model goes in Drop (the model’s non-personal fields stay) and stays as sent in Keep',
		(_, shape, known, kept) => {
			const json = shape({ ...known, ...UNKNOWN }, settings('drop')).json;
			for (const key of Object.keys(UNKNOWN)) expect(json).not.toHaveProperty(key);
			expect(json[kept]).toEqual(known[kept]);
			expect(shape({ ...known, ...UNKNOWN }, settings('none')).json).toMatchObject(UNKNOWN);
		},
	);

	it.each(DOCUMENTS)(
		'%s in Mask: an unknown personal key is masked, numbers in unknown text masked, other unknown fields kept',
		(_, shape, known, kept) => {
			const json = shape({ ...known, ...UNKNOWN }, settings('mask')).json;
			expect(json).toMatchObject({
				holder_name: '王*明',
				contact_phone: '138******00',
				remark: '联系 138****8000',
				future_flag: 'kept in Mask',
			});
			expect(json).not.toHaveProperty('extra_image');
			expect(json[kept]).toEqual(known[kept]);
		},
	);

	it.each(
		/** @type {Array<[string, Shape, Record<string, any>]>} */ ([
			['ID card', idCardRules.shape, { sex: '男' }],
			['driving licence', driverLicenseRules.shape, { class: 'C1' }],
			['vehicle licence', vehicleLicenseRules.shape, { vehicle_type: '小型轿车' }],
		]),
	)(
		'%s: unknown fields inside front and back go in Drop and are masked in Mask',
		(_, shape, known) => {
			const request = { side: 'double_side' };
			const result = { front: { ...known, ...UNKNOWN }, back: { ...UNKNOWN } };
			const dropped = shape(result, { ...settings('drop'), request }).json;
			for (const page of ['front', 'back'])
				for (const key of Object.keys(UNKNOWN)) expect(dropped[page]).not.toHaveProperty(key);
			expect(dropped.front).toMatchObject(known);
			const masked = shape(result, { ...settings('mask'), request }).json;
			for (const page of ['front', 'back'])
				expect(masked[page]).toMatchObject({ holder_name: '王*明', future_flag: 'kept in Mask' });
		},
	);
});
