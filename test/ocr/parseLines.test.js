/**
 * parseIdCardLines on fixed engine output: what PaddleOCR (and, for the spaced-out lines, Tesseract) really
 * returns for generated cards, plus the usual misreadings. No engine runs here.
 */
const {
	parseIdCardLines,
	repairNumber,
	parseBirth,
	parseValidity,
	findNumberRun,
	validNumber,
} = require('./parseLines');

/** An axis-aligned box, optionally rotated by `deg` around (cx, cy). */
function box(x0, y0, x1, y1, deg = 0, cx = 700, cy = 525) {
	const a = (deg * Math.PI) / 180;
	const rot = ([x, y]) => [
		Math.round(cx + (x - cx) * Math.cos(a) - (y - cy) * Math.sin(a)),
		Math.round(cy + (x - cx) * Math.sin(a) + (y - cy) * Math.cos(a)),
	];
	return [
		[x0, y0],
		[x1, y0],
		[x1, y1],
		[x0, y1],
	].map(rot);
}

describe('front side', () => {
	// PaddleOCR (PP-OCRv4) on a clean generated card, verbatim
	const clean = [
		{
			text: '姓名 段洁黛',
			box: [
				[92, 102],
				[317, 97],
				[317, 140],
				[92, 136],
			],
		},
		{
			text: '性别 女 民族汉',
			box: [
				[92, 178],
				[464, 175],
				[464, 217],
				[92, 211],
			],
		},
		{
			text: '出生 1996年2月19日',
			box: [
				[93, 254],
				[492, 256],
				[492, 286],
				[93, 284],
			],
		},
		{
			text: '住址 江西省九江市永修县三溪桥镇',
			box: [
				[92, 329],
				[622, 332],
				[622, 363],
				[92, 362],
			],
		},
		{
			text: '光明西路176号',
			box: [
				[209, 386],
				[422, 386],
				[422, 417],
				[209, 417],
			],
		},
		{
			text: '公民身份号码 360425199602191425',
			box: [
				[97, 547],
				[973, 540],
				[973, 574],
				[97, 575],
			],
		},
	];
	const expected = {
		name: '段洁黛',
		sex: '女',
		birth: '1996-02-19',
		ethnicity: '汉',
		address: '江西省九江市永修县三溪桥镇光明西路176号',
		number: '360425199602191425',
	};

	test('a clean card', () => {
		const r = parseIdCardLines(clean);
		expect(r.side).toBe('front');
		expect(r.fields).toEqual(expected);
	});

	test('lines in any order give the same fields (boxes decide)', () => {
		expect(parseIdCardLines(clean.slice().reverse()).fields).toEqual(expected);
	});

	test('a photo rotated 4 degrees: the number and its label come back as two boxes, the number first', () => {
		// verbatim PaddleOCR output on a generated photo (rotated, blurred, JPEG q60)
		const photo = [
			{
				text: '姓名 段洁黛',
				box: [
					[250, 341],
					[489, 331],
					[489, 378],
					[250, 379],
				],
			},
			{
				text: '性别 女 民族汉',
				box: [
					[255, 422],
					[647, 409],
					[647, 449],
					[255, 459],
				],
			},
			{
				text: '出生 1996年2月19日',
				box: [
					[257, 502],
					[680, 490],
					[681, 525],
					[257, 539],
				],
			},
			{
				text: '住址 江西省九江市永修县三溪桥镇',
				box: [
					[262, 584],
					[821, 566],
					[822, 600],
					[262, 619],
				],
			},
			{
				text: '光明西路176号',
				box: [
					[383, 639],
					[613, 627],
					[615, 665],
					[385, 677],
				],
			},
			{
				text: '360425199602191425',
				box: [
					[570, 795],
					[1203, 771],
					[1204, 810],
					[571, 834],
				],
			},
			{
				text: '公民身份号码',
				box: [
					[272, 813],
					[474, 806],
					[475, 840],
					[273, 847],
				],
			},
		];
		const r = parseIdCardLines(photo);
		expect(r.fields).toEqual(expected);
		expect(r.lines[r.lines.length - 1]).toBe('公民身份号码 360425199602191425');
	});

	test('rotated the other way, with every label in its own box', () => {
		const deg = -5;
		const lines = [
			{ text: '姓名', box: box(90, 100, 150, 135, deg) },
			{ text: '戴春韵', box: box(200, 95, 320, 140, deg) },
			{ text: '性别', box: box(90, 175, 150, 210, deg) },
			{ text: '女', box: box(200, 175, 235, 212, deg) },
			{ text: '民族', box: box(320, 175, 380, 210, deg) },
			{ text: '汉', box: box(420, 175, 455, 212, deg) },
			{ text: '出生', box: box(90, 250, 150, 285, deg) },
			{ text: '1983年12月18日', box: box(200, 250, 500, 288, deg) },
			{ text: '住址', box: box(90, 325, 150, 360, deg) },
			{ text: '云南省保山市隆阳区九隆街道', box: box(200, 325, 610, 362, deg) },
			{ text: '和平大街76号29栋5单元603', box: box(200, 380, 600, 417, deg) },
			{ text: '室', box: box(200, 435, 235, 472, deg) },
			{ text: '公民身份号码', box: box(90, 545, 280, 578, deg) },
			{ text: '53050219831218652X', box: box(365, 540, 970, 580, deg) },
		];
		expect(parseIdCardLines(lines).fields).toEqual({
			name: '戴春韵',
			sex: '女',
			birth: '1983-12-18',
			ethnicity: '汉',
			address: '云南省保山市隆阳区九隆街道和平大街76号29栋5单元603室',
			number: '53050219831218652X',
		});
	});

	test('labels glued to values, no boxes (order as given)', () => {
		const r = parseIdCardLines([
			{ text: '姓名许心富' },
			{ text: '性别男民族汉' },
			{ text: '出生1951年7月23日' },
			{ text: '住址浙江省衢州市常山县振兴路23号' },
			{ text: '公民身份号码330822195107232890' },
		]);
		expect(r.fields).toEqual({
			name: '许心富',
			sex: '男',
			birth: '1951-07-23',
			ethnicity: '汉',
			address: '浙江省衢州市常山县振兴路23号',
			number: '330822195107232890',
		});
	});

	test('Tesseract-style spacing inside names, dates and numbers; quotes and stray marks', () => {
		const r = parseIdCardLines([
			'姓 名 ” 程 裕 榕',
			'性 别 “男   民 族 “ 汉',
			'出 生 1976 年 3 月 25 日',
			'住 址 “云 南 省 曲 靖 市 宣 威 市 公 园 路 109 号',
			'公 民 身 份 号 码   5303 8119 7603 2574 71',
		]);
		expect(r.fields).toEqual({
			name: '程裕榕',
			sex: '男',
			birth: '1976-03-25',
			ethnicity: '汉',
			address: '云南省曲靖市宣威市公园路109号',
			number: '530381197603257471',
		});
	});

	test("a lower-case 'x' check character becomes 'X'; letters read for digits become digits", () => {
		expect(parseIdCardLines(['姓名 戴春韵', '公民身份号码 53050219831218652x']).fields.number).toBe(
			'53050219831218652X',
		);
		expect(parseIdCardLines(['姓名 段洁黛', '公民身份号码 3604251996O2I9l425']).fields.number).toBe(
			'360425199602191425',
		);
	});

	test('full-width digits and a two-character ethnicity; 族 is dropped', () => {
		const r = parseIdCardLines([
			'姓名 巴特尔',
			'性别 男 民族 蒙古族',
			'出生 １９８８年１１月２日',
			'公民身份号码 150102198811020013',
		]);
		expect(r.fields.ethnicity).toBe('蒙古');
		expect(r.fields.birth).toBe('1988-11-02');
	});

	test('transliterated names keep their middle dot, whatever dot the engine read', () => {
		for (const dot of ['·', '•', '・', '.', '-']) {
			expect(
				parseIdCardLines([
					`姓名 买买提${dot}艾力`,
					'性别 男 民族 维吾尔',
					'公民身份号码 650102199001011233',
				]).fields.name,
			).toBe('买买提·艾力');
		}
	});

	test('the name label alone on its row: the value is the next piece', () => {
		const r = parseIdCardLines([
			{ text: '姓名', box: box(90, 100, 150, 135) },
			{ text: '朱 卿', box: box(200, 98, 300, 140) },
			{ text: '性别女', box: box(90, 175, 240, 212) },
			{ text: '民族汉', box: box(320, 175, 460, 212) },
		]);
		expect(r.fields.name).toBe('朱卿');
		expect(r.fields.sex).toBe('女');
		expect(r.fields.ethnicity).toBe('汉');
	});

	test('an address split over three lines, the number label read on its own line', () => {
		const r = parseIdCardLines([
			'姓名 白风若',
			'性别 男 民族 汉',
			'出生 1989年11月11日',
			'住址 黑龙江省牡丹江市东宁市中',
			'山北路117号23栋2单元',
			'2704室',
			'公民身份号码',
			'231086198911116152',
		]);
		expect(r.fields.address).toBe('黑龙江省牡丹江市东宁市中山北路117号23栋2单元2704室');
		expect(r.fields.number).toBe('231086198911116152');
	});

	test('birth and sex fall back to the number only when their line is unreadable', () => {
		const r = parseIdCardLines([
			'姓名 郑世',
			'性别 民族 汉',
			'出生 ■■■',
			'公民身份号码 350722197407054974',
		]);
		expect(r.fields.birth).toBe('1974-07-05');
		expect(r.fields.sex).toBe('男');
		// a readable printed birth wins, even when it disagrees (valid_birth will say so)
		expect(
			parseIdCardLines(['姓名 郑世', '出生 1974年7月6日', '公民身份号码 350722197407054974']).fields
				.birth,
		).toBe('1974-07-06');
	});
});

describe('ID number repair by check character', () => {
	const good = '430682200707168602'; // birth 2007-07-16, female

	test('one misread digit is corrected when exactly one candidate fits check, birth and sex', () => {
		expect(validNumber(good)).toBe(true);
		expect(repairNumber('430682200107168602', { birth: '2007-07-16', sex: '女' })).toBe(good);
		const r = parseIdCardLines([
			'姓名 唐艳环',
			'性别 女 民族 汉',
			'出生 2007年7月16日',
			'公民身份号码 430682200107168602',
		]);
		expect(r.fields.number).toBe(good);
	});

	test('left as read when several corrections would fit', () => {
		expect(repairNumber('480682200707168602', { birth: '2007-07-16', sex: '女' })).toBe(
			'480682200707168602',
		);
		expect(
			parseIdCardLines(['出生 2007年7月16日', '公民身份号码 480682200707168602']).fields.number,
		).toBe('480682200707168602');
	});

	test('a valid number, or one of the wrong length, is never changed', () => {
		expect(repairNumber(good, {})).toBe(good);
		expect(repairNumber('43068220070716860', {})).toBe('43068220070716860');
	});

	test('findNumberRun ignores words and short digit runs', () => {
		expect(findNumberRun('住址 江西省九江市永修县 176号')).toBe('');
		expect(findNumberRun('号码 11010519491231002x')).toBe('11010519491231002X');
	});
});

describe('back side', () => {
	test('verbatim PaddleOCR output', () => {
		const r = parseIdCardLines([
			{
				text: '中华人民共和国',
				box: [
					[348, 114],
					[697, 114],
					[697, 152],
					[348, 152],
				],
			},
			{
				text: '居民身份证',
				box: [
					[331, 208],
					[736, 208],
					[736, 269],
					[331, 269],
				],
			},
			{
				text: '签发机关 永修县公安局',
				box: [
					[225, 482],
					[588, 484],
					[588, 515],
					[225, 513],
				],
			},
			{
				text: '有效期限 2015.03.27-2025.03.27',
				box: [
					[226, 560],
					[738, 564],
					[738, 588],
					[226, 588],
				],
			},
		]);
		expect(r.side).toBe('back');
		expect(r.fields).toEqual({
			issue: '永修县公安局',
			valid_from: '2015-03-27',
			valid_to: '2025-03-27',
		});
	});

	test('long-term validity, glued labels, a district police branch', () => {
		const r = parseIdCardLines(['签发机关保山市公安局隆阳分局', '有效期限2010.11.21-长期']);
		expect(r.fields).toEqual({
			issue: '保山市公安局隆阳分局',
			valid_from: '2010-11-21',
			valid_to: '长期',
		});
	});

	test('dashes and dots as engines read them, dates split over two lines', () => {
		expect(
			parseIdCardLines(['签发机关 柳河县公安局', '有效期限 2017.09.06—2037.09.06']).fields.valid_to,
		).toBe('2037-09-06');
		expect(
			parseIdCardLines(['签发机关 柳河县公安局', '有效期限 20170906-20370906']).fields.valid_from,
		).toBe('2017-09-06');
		const split = parseIdCardLines([
			'居民身份证',
			'签发机关 柳河县公安局',
			'有效期限 2017.09.06-',
			'2037.09.06',
		]);
		expect(split.fields).toEqual({
			issue: '柳河县公安局',
			valid_from: '2017-09-06',
			valid_to: '2037-09-06',
		});
	});

	test('a long authority wrapped onto a second line', () => {
		const r = parseIdCardLines([
			'签发机关 新疆维吾尔自治区塔城地区',
			'公安局裕民分局',
			'有效期限 2023.07.26-2033.07.26',
		]);
		expect(r.fields.issue).toBe('新疆维吾尔自治区塔城地区公安局裕民分局');
	});

	test('parseValidity and parseBirth on their own', () => {
		expect(parseValidity('2015.03.27-2025.03.27')).toEqual({
			from: '2015-03-27',
			to: '2025-03-27',
		});
		expect(parseValidity('2015.03.27 - 长期')).toEqual({ from: '2015-03-27', to: '长期' });
		expect(parseValidity('2015.13.27-2025.13.27')).toEqual({ from: '', to: '' });
		expect(parseBirth('1990年3月7日')).toBe('1990-03-07');
		expect(parseBirth('1990 年 3 月 7 日')).toBe('1990-03-07');
		expect(parseBirth('19903月7日')).toBe('1990-03-07');
		expect(parseBirth('1990年2月30日')).toBe('');
	});
});

describe('side detection', () => {
	test('text that is not an ID card gives no side', () => {
		const r = parseIdCardLines(['增值税专用发票', '购买方 名称', 'Hello world 12345']);
		expect(r.side).toBeNull();
		expect(r.fields).toEqual({});
		expect(parseIdCardLines([]).side).toBeNull();
	});

	test('a requested side forces that parse', () => {
		const r = parseIdCardLines(['签发机关 永修县公安局', '有效期限 2015.03.27-2025.03.27'], {
			side: 'front',
		});
		expect(r.side).toBe('front');
		expect(r.detected).toBe('back');
		expect(r.fields.number).toBe('');
	});
});
