/**
 * One registry (actions/resources.ts): every document folder under actions/ is registered, every registered
 * document has its operations wired, its fields show only for it, and the node's Resource options are the
 * registry's, in its order. A document that is written but not listed fails here.
 */
import { readdirSync } from 'fs';
import * as path from 'path';

import { HuaweiCloudOcr } from '../../nodes/HuaweiCloudOcr/HuaweiCloudOcr.node';
import { RESOURCES } from '../../nodes/HuaweiCloudOcr/actions/resources';

const ACTIONS = path.join(__dirname, '..', '..', 'nodes', 'HuaweiCloudOcr', 'actions');

/** The document folders under actions/ (each named for its Resource value). */
function documentFolders() {
	return readdirSync(ACTIONS, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && entry.name !== 'shared')
		.map((entry) => entry.name)
		.sort();
}

const values = RESOURCES.map((resource) => String(resource.option.value));

describe('the registry (actions/resources.ts)', () => {
	it('registers every document folder under actions/, once, under its folder name', () => {
		expect([...values].sort()).toEqual(documentFolders());
		expect(new Set(values).size).toBe(values.length);
	});

	it("the node's Resource options are the registry's options, in the registry's order", () => {
		const properties = new HuaweiCloudOcr().description.properties;
		const resource = properties.find((property) => property.name === 'resource');
		expect(resource?.options).toEqual(RESOURCES.map((entry) => entry.option));
		expect(properties.slice(1)).toEqual(RESOURCES.flatMap((entry) => entry.properties));
	});

	it.each(values)('%s has an operation wired for every Operation option it offers', (value) => {
		const entry = RESOURCES.find((resource) => resource.option.value === value);
		const selector = entry?.properties.find((property) => property.name === 'operation');
		const options = /** @type {Array<{ value: unknown }>} */ (selector?.options ?? []);
		const offered = options.map((option) => String(option.value));
		expect(offered.length).toBeGreaterThan(0);
		expect(Object.keys(entry?.operations ?? {})).toEqual(offered);
		for (const run of Object.values(entry?.operations ?? {})) expect(typeof run).toBe('function');
	});

	it.each(values)('every field of %s is shown only for that resource', (value) => {
		const entry = RESOURCES.find((resource) => resource.option.value === value);
		for (const property of entry?.properties ?? [])
			expect([property.name, property.displayOptions?.show?.resource]).toEqual([
				property.name,
				[value],
			]);
	});
});

/**
 * Issue 18: every document folder has the same file names, so one reads like the next. actions/<doc>/ holds
 * `<Doc>.resource.ts` and one `<operation>.operation.ts` per operation (n8n's Postgres v2 style), nothing else;
 * helpers/<doc>/ holds `api.ts` and `shape.ts`, `checks.ts` and `masking.ts` where the document has them, and
 * other files only for a separate concept, never a document-prefixed variant of those four.
 */
describe('document folders have the same file names', () => {
	const HELPERS = path.join(ACTIONS, '..', 'helpers');
	const files = (dir) =>
		readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
	const pascal = (value) => value.charAt(0).toUpperCase() + value.slice(1);

	it.each(documentFolders())('actions/%s: <Doc>.resource.ts and *.operation.ts only', (doc) => {
		const names = files(path.join(ACTIONS, doc)).sort();
		expect(names).toContain(`${pascal(doc)}.resource.ts`);
		const operations = names.filter((n) => n.endsWith('.operation.ts'));
		const entry = RESOURCES.find((resource) => resource.option.value === doc);
		expect(operations.map((n) => n.replace('.operation.ts', '')).sort()).toEqual(
			Object.keys(entry?.operations ?? {}).sort(),
		);
		expect(names.filter((n) => !n.endsWith('.operation.ts'))).toEqual([
			`${pascal(doc)}.resource.ts`,
		]);
	});

	const helperFolders = readdirSync(HELPERS, { withFileTypes: true })
		.filter((e) => e.isDirectory() && e.name !== 'shared')
		.map((e) => e.name)
		.sort();

	it('every document has its helpers folder and every helpers folder is a document', () => {
		expect(helperFolders).toEqual(documentFolders());
	});

	it.each(helperFolders)(
		'helpers/%s: api.ts and shape.ts; checks and masking under those names',
		(doc) => {
			const names = files(path.join(HELPERS, doc));
			expect(names).toEqual(expect.arrayContaining(['api.ts', 'shape.ts']));
			expect(names.filter((n) => n.endsWith('/'))).toEqual([]);
			const variants = names.filter(
				(n) =>
					/(checks|masking|result|shape)\.ts$/i.test(n) &&
					!['checks.ts', 'masking.ts', 'shape.ts'].includes(n),
			);
			expect(variants).toEqual([]);
		},
	);
});
