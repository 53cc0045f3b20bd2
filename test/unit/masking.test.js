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
			birth: 19900307, // not text: no card data, left as it is when masking
			error: 'AIS.0104: The image is not supported or the image quality is poor.',
		};
		expect(maskResult(errorItem, 'mask')).toEqual({
			orderId: 'A-1',
			customer: { name: 'kept: not a card field at this level' },
			name: '李*',
			number: '110101********1233',
			birth: 19900307,
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
