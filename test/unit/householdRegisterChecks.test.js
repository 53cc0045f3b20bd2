import { checkHouseholdRegister } from '../../nodes/HuaweiCloudOcr/helpers/householdRegister/checks';
import { maskHouseholdRegister } from '../../nodes/HuaweiCloudOcr/helpers/householdRegister/masking';
import { computeCheckDigit } from '../../nodes/HuaweiCloudOcr/helpers/shared/idNumber';

// Numbers hand-checked in test/emulator/apis/household-register.fixtures.js (GB 11643-1999).
const {
	FIXTURES,
	HOUSEHOLDER_NUMBER,
	SPOUSE_NUMBER,
	CHILD_NUMBER,
	UNREAL_BIRTH_NUMBER,
} = require('../emulator/apis/household-register.fixtures');
const TODAY = '2026-11-24';
const pages = (id) => FIXTURES[id].pages;
const member = (content) => ({ type: '登记页', content });

describe('household register: checks of each member', () => {
	it('the hand-checked numbers agree with the shared GB 11643 helper', () => {
		expect(computeCheckDigit(HOUSEHOLDER_NUMBER.slice(0, 17))).toBe('8'); // sum 158, mod 11 = 4
		expect(computeCheckDigit(SPOUSE_NUMBER.slice(0, 17))).toBe('6'); // sum 204, mod 11 = 6
		expect(computeCheckDigit(CHILD_NUMBER.slice(0, 17))).toBe('2'); // sum 142, mod 11 = 10
		expect(computeCheckDigit(UNREAL_BIRTH_NUMBER.slice(0, 17))).toBe('X'); // sum 145, mod 11 = 2
	});

	it('a birth date in the future (number and printed date agreeing) fails for that member', () => {
		const first17 = '11010120301201003';
		const number = first17 + computeCheckDigit(first17);
		const checks = checkHouseholdRegister(
			[member({ name: '甲', sex: '男', birth_date: '2030年12月01日', id_card_number: number })],
			TODAY,
		);
		expect(checks.failures).toEqual([
			'member 1: birth date in the ID number is not a real past date',
			'member 1: birth_date is in the future',
		]);
	});

	it('a 15-digit legacy number and a malformed number fail, each naming its member', () => {
		const base = { name: '甲', sex: '男', birth_date: '1990年03月07日' };
		const checks = checkHouseholdRegister(
			[
				member({ ...base, id_card_number: '110101900307011' }),
				member({ ...base, id_card_number: '11010119900307A118' }),
			],
			TODAY,
		);
		expect(checks.failures).toEqual([
			'member 1: ID number has 15 digits: registers carry the 18-character ID number',
			'member 2: ID number is not an ID number (17 digits followed by a digit or X)',
		]);
		expect(checks.members.map((m) => m.id_number_format)).toEqual(['legacy15', 'invalid']);
	});

	it('two members with the same ID number fail; a registration before birth fails', () => {
		const [, zhangsan] = pages('hr-family');
		const early = { ...zhangsan.content, registration_date: '1989年01月01日' };
		const checks = checkHouseholdRegister([zhangsan, member(early)], TODAY);
		expect(checks.id_numbers_distinct).toBe(false);
		expect(checks.failures).toEqual([
			'member 2: registration_date is before birth_date',
			'members 1 and 2 carry the same ID number',
		]);
	});

	it('no failure message quotes a name, number, date or address', () => {
		const all = Object.values(FIXTURES)
			.filter((f) => f.pages)
			.flatMap((f) => checkHouseholdRegister(f.pages, TODAY).failures);
		expect(all.length).toBeGreaterThan(5);
		for (const message of all) {
			expect(message).not.toMatch(/\d{6,}|\d{4}年|张|李|北京|河北/);
			expect(message).toMatch(/^(member \d+|members \d+ and \d+|home page|the )/);
		}
	});

	it('an empty list fails; a page of another type is reported as not checked', () => {
		expect(checkHouseholdRegister([], TODAY).failures).toEqual([
			'the result holds no page of a household register',
		]);
		const checks = checkHouseholdRegister([{ type: '迁移页', content: {} }], TODAY);
		expect(checks.passed).toBe(true);
		expect(checks.not_checked[0]).toMatch(/^page 1: neither a home page/);
	});
});

describe('household register: masking fails closed', () => {
	it('a content that is not an object, a location that is not points and a non-number confidence are dropped', () => {
		const json = {
			result: [
				{
					type: '登记页',
					content: '张三 110101199003070118',
					location: 'x',
					confidence: { name: '0.9' },
				},
				'张三',
			],
		};
		const masked = maskHouseholdRegister(json, 'mask');
		expect(masked.result[0]).toEqual({ type: '登记页', content: {}, confidence: {} });
		expect(JSON.stringify(maskHouseholdRegister(json, 'drop'))).not.toMatch(/张三|0070118/);
	});

	it('a personal field holding an object is dropped even in Mask; Mask is idempotent', () => {
		const json = {
			result: [member({ name: { first: '三', last: '张' }, id_card_number: HOUSEHOLDER_NUMBER })],
		};
		const once = maskHouseholdRegister(json, 'mask');
		expect(once.result[0].content).toEqual({ id_card_number: '110101********0118' });
		expect(maskHouseholdRegister(once, 'mask')).toEqual(once);
	});
});
