'use strict';
/**
 * The emulator's table of fake ID cards. Every person here is invented; every ID number is built in code
 * (GB 11643-1999 check character computed, or deliberately wrong where the fixture says so).
 *
 * FIXTURES: id → { side: 'front' | 'back' | 'double' | 'none', front?, back?, fronts?, alarms?, extra?, error? }
 *   - side 'double': one image holding a front and a back (side=double_side works).
 *   - `fronts` (with side 'double'): an image holding two fronts → double_side answers AIS.0122.
 *   - side 'none': not an ID card → AIS.0104; `error` overrides the code (e.g. AIS.0105).
 *   - alarms: { copy: true, ... } sets detect_<name>_result for that image.
 *   - extra: fields the real service may add that SDK models do not know (pass-through tests).
 */
const { makeIdNumber, sequenceWithCheck, withWrongCheck } = require('./idnumber');
const { makeImage } = require('./images');

const ZHANGSAN = {
	name: '张三',
	sex: '男',
	birth: '1990-03-07',
	ethnicity: '汉',
	address: '北京市东城区景山前街4号院',
	number: makeIdNumber('110101', '1990-03-07', 11),
};

// A woman whose number ends in X: the first even sequence from 102 that gives that check character.
const LINA_BIRTH = '1992-11-20';
const LINA = {
	name: '李娜娜',
	sex: '女',
	birth: LINA_BIRTH,
	ethnicity: '汉',
	address: '北京市朝阳区建国路88号',
	number: makeIdNumber('110105', LINA_BIRTH, sequenceWithCheck('110105', LINA_BIRTH, 102, 'X')),
};

const AYNUR = {
	name: '阿依努尔·艾山',
	sex: '女',
	birth: '1985-06-15',
	ethnicity: '维吾尔',
	address: '新疆乌鲁木齐市天山区解放南路12号',
	number: makeIdNumber('650102', '1985-06-15', 24),
};

const BATU = {
	name: '巴图',
	sex: '男',
	birth: '1978-01-30',
	ethnicity: '蒙古',
	address: '内蒙古呼和浩特市新城区中山东路5号',
	number: makeIdNumber('150102', '1978-01-30', 37),
};

const WANGWU = {
	name: '王五',
	sex: '男',
	birth: '1988-12-01',
	ethnicity: '汉',
	address: '上海市黄浦区南京东路100号',
	number: withWrongCheck(makeIdNumber('310101', '1988-12-01', 53)),
};

const ZHAOLIU = {
	name: '赵六',
	sex: '女',
	birth: '2001-09-09',
	ethnicity: '汉',
	address: '浙江省杭州市上城区解放路3号',
	number: makeIdNumber('330102', '2001-09-09', 66),
};

const BACK_DONGCHENG = {
	issue: '北京市公安局东城分局',
	valid_from: '2021-03-15',
	valid_to: '2031-03-15',
};
// 张三 (born 1990) had his card issued at 31: a 20-year card, as the ID card law gives ages 26–45.
const BACK_ZHANGSAN = {
	issue: '北京市公安局东城分局',
	valid_from: '2021-03-15',
	valid_to: '2041-03-15',
};
const BACK_CHAOYANG = {
	issue: '北京市公安局朝阳分局',
	valid_from: '2022-07-01',
	valid_to: '2032-07-01',
};
const BACK_LONG_TERM = {
	issue: '呼和浩特市公安局新城区分局',
	valid_from: '2015-04-01',
	valid_to: '长期',
};
const BACK_EXPIRED = {
	issue: '上海市公安局黄浦分局',
	valid_from: '2006-01-15',
	valid_to: '2016-01-15',
};
const BACK_TWENTY = {
	issue: '乌鲁木齐市公安局天山区分局',
	valid_from: '2012-10-08',
	valid_to: '2032-10-08',
};

const FIXTURES = {
	'front-zhangsan': { side: 'front', front: ZHANGSAN },
	'front-lina-x': { side: 'front', front: LINA },
	'front-minority': { side: 'front', front: AYNUR },
	'front-mongol': { side: 'front', front: BATU },
	'front-bad-checksum': { side: 'front', front: WANGWU },
	'front-new-field': { side: 'front', front: ZHAOLIU, extra: { card_version: '2nd-gen' } },
	'front-copy-alarm': {
		side: 'front',
		front: ZHANGSAN,
		alarms: { copy: true, reproduce: true, glare: true },
	},
	'back-beijing': { side: 'back', back: BACK_DONGCHENG },
	'back-chaoyang': { side: 'back', back: BACK_CHAOYANG },
	'back-long-term': { side: 'back', back: BACK_LONG_TERM },
	'back-expired': { side: 'back', back: BACK_EXPIRED },
	'double-zhangsan': { side: 'double', front: ZHANGSAN, back: BACK_ZHANGSAN },
	'double-minority': { side: 'double', front: AYNUR, back: BACK_TWENTY },
	'double-two-fronts': { side: 'double', front: ZHANGSAN, fronts: [ZHANGSAN, LINA] },
	'not-a-card': { side: 'none' },
	'unreadable-card': { side: 'none', error: 'AIS.0105' },
};

for (const fixture of Object.values(FIXTURES)) {
	Object.freeze(fixture);
	for (const part of [fixture.front, fixture.back]) if (part) Object.freeze(part);
}
Object.freeze(FIXTURES);

/**
 * An image of the fixture `id`: { format: 'jpeg'|'png'|'bmp'|'tiff', width, height, padToBytes? } → Buffer.
 * @param {string} id
 * @param {{ format?: string, width?: number, height?: number, padToBytes?: number }} [options]
 * @returns {Buffer}
 */
function makeFixtureImage(id, { format = 'jpeg', width = 1000, height = 630, padToBytes } = {}) {
	if (!FIXTURES[id])
		throw new Error(`unknown fixture ${id}; known: ${Object.keys(FIXTURES).join(', ')}`);
	return makeImage({ format, width, height, padToBytes, marker: id });
}

module.exports = { FIXTURES, makeFixtureImage, makeImage };
