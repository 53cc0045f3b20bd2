'use strict';
/**
 * The emulator's smart documents (invented people and numbers). 110101199003070118 is the emulator's 张三
 * (GB 11643 check character 8: Σ digit × weight = 158, 158 mod 11 = 4 → '8'); 13800138000 and 13912345678
 * are mobile numbers in form only.
 *
 * A fixture is `{ pages: [page...], error? }` (one page for an image; a PDF reads page pdf_page_number);
 * a page is `{ direction, lines, kv, tables, forms, layout, formulas, extra, extraKv }`:
 *   - lines: the OCR text blocks, top to bottom;
 *   - kv: [key, value] pairs in reading order (kv_map renames keys);
 *   - tables / forms: each `{ cells: [words, rows, columns][] }` (0-based rows and columns a cell occupies);
 *   - layout: [type, text, extra fields] blocks; formulas: [latex, type];
 *   - extra: fields added to the result entry; extraKv: fields added to each kv block (fields Huawei might add).
 */

const ID = '110101199003070118';

/** The application form: key-value pairs (one key twice), a table with merged cells, a people table. */
const APPLICATION = {
	direction: 0.0,
	lines: [
		'报销申请表',
		'姓名：张三',
		`身份证号：${ID}`,
		'联系电话：13800138000',
		'申请日期：2024-05-06',
		'金额：150.00',
		'备注：见附件',
		'备注：加急',
		'E = mc^2',
		// ocr_result holds all the text of the page, the tables' and the form's too
		'姓名 电话 部门',
		'李四 13912345678 财务部',
		'姓名 王五',
	],
	kv: [
		['姓名', '张三'],
		['身份证号', ID],
		['联系电话', '13800138000'],
		['申请日期', '2024-05-06'],
		['金额', '150.00'],
		['备注', '见附件'],
		['备注', '加急'],
	],
	tables: [
		{
			// 项目 | 数量 | 金额 ; 办公用品 spans rows 1–2 ; 合计 spans columns 0–1
			cells: [
				['项目', [0], [0]],
				['数量', [0], [1]],
				['金额', [0], [2]],
				['办公用品', [1, 2], [0]],
				['10', [1], [1]],
				['100.00', [1], [2]],
				['5', [2], [1]],
				['50.00', [2], [2]],
				['合计', [3], [0, 1]],
				['150.00', [3], [2]],
			],
		},
		{
			// a table of people: the 姓名 and 电话 columns are personal by their headers
			cells: [
				['姓名', [0], [0]],
				['电话', [0], [1]],
				['部门', [0], [2]],
				['李四', [1], [0]],
				['13912345678', [1], [1]],
				['财务部', [1], [2]],
			],
		},
	],
	forms: [
		{
			// a wired form: each key cell left of its value cell
			cells: [
				['姓名', [0], [0]],
				['王五', [0], [1]],
				['性别', [1], [0]],
				['男', [1], [1]],
			],
		},
	],
	layout: [
		['title', '报销申请表'],
		['text', '姓名：张三'],
		['table', '', { table_id: 0 }],
		['image', '', {}],
		['formula', '', { formula_id: 0 }],
	],
	formulas: [['E = mc^2', 'formula']],
};

const FIXTURES = {
	'smart-application': { pages: [APPLICATION] },
	'smart-new-field': {
		pages: [
			{
				direction: 0.0,
				lines: ['持有人：赵六', '编号：A12345'],
				kv: [
					['持有人', '赵六'],
					['编号', 'A12345'],
				],
				extraKv: { confidence: 0.98 },
				extra: {
					signature_result: { signer: '赵六', signer_id: ID },
					seal_result: { seal_text: '赵六专用章' },
				},
			},
		],
	},
	'smart-pdf-two-pages': {
		pages: [
			{ direction: 0.0, lines: ['第一页'], kv: [['页码', '1']] },
			{ direction: 0.0, lines: ['第二页'], kv: [['页码', '2']] },
		],
	},
	'smart-unreadable': { pages: [], error: 'AIS.0104' },
	'smart-recognition-failed': { pages: [], error: 'AIS.0105' },
};

module.exports = { FIXTURES, ID };
