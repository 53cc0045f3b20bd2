/**
 * The synthetic card generator: deterministic per seed, valid GB 11643 numbers, truth in Huawei's formats.
 * Rendering needs a CJK font from Debian (fonts-wqy-zenhei), which `npm test` installs
 * (scripts/system-packages.js); without one the generator fails and says what to install.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';

const { generateCard, makePerson } = require('./generate');
const { checkChar } = require('./people');

const rendering = describe;

describe('fake people', () => {
	test('numbers pass the check, agree with birth and sex; back-side dates are consistent', () => {
		for (let seed = 0; seed < 300; seed++) {
			const { front, back } = makePerson(seed);
			expect(front.number).toMatch(/^\d{17}[\dX]$/);
			expect(checkChar(front.number.slice(0, 17))).toBe(front.number[17]);
			expect(front.number.slice(6, 14)).toBe(front.birth.replace(/-/g, ''));
			expect(Number(front.number[16]) % 2 === 1 ? '男' : '女').toBe(front.sex);
			expect(front.ethnicity).not.toMatch(/族$/);
			expect(front.address.length).toBeGreaterThan(6);
			expect(back.valid_from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(back.valid_to).toMatch(/^(\d{4}-\d{2}-\d{2}|长期)$/);
			if (back.valid_to !== '长期') {
				expect([5, 10, 20]).toContain(
					Number(back.valid_to.slice(0, 4)) - Number(back.valid_from.slice(0, 4)),
				);
			}
			expect(back.issue).toMatch(/公安局/);
		}
	});

	test('the same seed gives the same person', () => {
		expect(makePerson(42)).toEqual(makePerson(42));
		expect(makePerson(42)).not.toEqual(makePerson(43));
	});
});

rendering('rendered cards', () => {
	test('deterministic for a seed; JPEG; clean is the card, photo is larger with a background', () => {
		const a = generateCard({ seed: 5, side: 'front', degrade: 'clean' });
		const b = generateCard({ seed: 5, side: 'front', degrade: 'clean' });
		expect(a.buffer.equals(b.buffer)).toBe(true);
		expect(a.mimeType).toBe('image/jpeg');
		expect(a.buffer.subarray(0, 3).toString('hex')).toBe('ffd8ff');
		expect(a.truth).toEqual(makePerson(5).front);
		const p = generateCard({ seed: 5, side: 'back', degrade: 'photo' });
		expect(p.truth).toEqual(makePerson(5).back);
		expect(p.width * p.height).toBeGreaterThan(a.width * a.height);
		expect(Math.abs(p.meta.angle)).toBeGreaterThanOrEqual(1.5);
		expect(p.meta.quality).toBe(60);
		expect(generateCard({ seed: 5, side: 'back', degrade: 'clean', format: 'png' }).mimeType).toBe(
			'image/png',
		);
	});

	test('CLI writes images and truth.json', () => {
		const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-'));
		try {
			execFileSync(
				process.execPath,
				[path.join(__dirname, 'generate.js'), '--out', out, '--count', '1', '--start', '3'],
				{ stdio: 'pipe' },
			);
			const truth = JSON.parse(fs.readFileSync(path.join(out, 'truth.json'), 'utf8'));
			expect(truth).toHaveLength(4);
			for (const e of truth)
				expect(fs.statSync(path.join(out, e.file)).size).toBeGreaterThan(10000);
			expect(truth.map((e) => `${e.side}-${e.degrade}`).sort()).toEqual([
				'back-clean',
				'back-photo',
				'front-clean',
				'front-photo',
			]);
		} finally {
			fs.rmSync(out, { recursive: true, force: true });
		}
	});
});
