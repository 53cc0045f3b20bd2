/**
 * The API list of Other OCR API (helpers/otherApi/apiNames.ts): built from the SDK client's paths, without
 * duplicates, without the APIs the node has a resource for, without the APIs Huawei retired.
 */
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';

import { OTHER_OCR_APIS, RETIRED_APIS } from '../../nodes/HuaweiCloudOcr/helpers/otherApi/apiNames';
import { API_NAME_PATTERN } from '../../nodes/HuaweiCloudOcr/helpers/otherApi/api';

const HELPERS = path.join(__dirname, '..', '..', 'nodes', 'HuaweiCloudOcr', 'helpers');

/** The API names the node's resources call: `name: '<api>'` in helpers/<document>/api.ts. */
function resourceApiNames() {
	return readdirSync(HELPERS, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => path.join(HELPERS, entry.name, 'api.ts'))
		.filter((file) => {
			try {
				readFileSync(file);
				return true;
			} catch {
				return false;
			}
		})
		.map(
			(file) =>
				/export const \w+_API: OcrApi = \{\s*name: '([a-z0-9-]+)'/.exec(
					readFileSync(file, 'utf8'),
				)?.[1],
		)
		.filter(Boolean)
		.sort();
}

const values = OTHER_OCR_APIS.map((api) => api.value);

describe('the Other OCR API list (helpers/otherApi/apiNames.ts)', () => {
	it('has no duplicate API and no duplicate label', () => {
		expect(new Set(values).size).toBe(values.length);
		expect(new Set(OTHER_OCR_APIS.map((api) => api.name)).size).toBe(values.length);
	});

	it("has none of the node's own resources (the names their helpers/<document>/api.ts call)", () => {
		expect(resourceApiNames()).toEqual(expect.arrayContaining(['id-card', 'vat-invoice']));
		for (const name of resourceApiNames()) expect(values).not.toContain(name);
	});

	it('has none of the retired APIs (custom-template, id-document)', () => {
		expect(RETIRED_APIS.map((api) => api.value)).toEqual(['custom-template', 'id-document']);
		for (const { value } of RETIRED_APIS) expect(values).not.toContain(value);
	});

	it("holds the 52 SDK paths minus the node resources' APIs and the 2 retired APIs, each a valid API name, sorted by label", () => {
		expect(values).toHaveLength(52 - resourceApiNames().length - RETIRED_APIS.length);
		for (const value of values) expect(value).toMatch(API_NAME_PATTERN);
		const labels = OTHER_OCR_APIS.map((api) => api.name);
		expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
	});
});
