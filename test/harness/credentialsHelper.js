import { ICredentialsHelper } from 'n8n-workflow';

/**
 * The credential side of n8n's engine for tests: decrypted data comes from memory, and
 * authenticate/preAuthentication follow n8n's own CredentialsHelper (packages/cli) to the letter:
 * defaults applied, the credential type's authenticate function called per request, preAuthentication
 * run when the expirable hidden property is empty or the server refused it, and its output saved.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	/** Saved credential data by credential id, as the database would hold it. */
	saved = new Map();

	preAuthenticationCalls = [];

	types;

	constructor(types) {
		super();
		this.types = types;
	}

	getParentTypes() {
		return [];
	}

	isCredentialUsableByNode() {
		return true;
	}

	async authenticate(credentials, typeName, requestOptions) {
		const type = this.types[typeName];
		if (typeof type.authenticate === 'function') {
			return await type.authenticate(credentials, requestOptions);
		}
		return requestOptions;
	}

	async preAuthentication(helpers, credentials, typeName, node, credentialsExpired) {
		const type = this.types[typeName];
		const expirable = type.properties.find(
			(p) => p.type === 'hidden' && p.typeOptions?.expirable === true,
		);
		if (expirable?.name === undefined || typeof type.preAuthentication !== 'function')
			return undefined;
		if (credentials[expirable.name] !== '' && !credentialsExpired) return undefined;
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		const details = node.credentials?.[typeName];
		if (!details) return undefined;
		this.preAuthenticationCalls.push({ id: details.id ?? '', expired: credentialsExpired });
		await this.updateCredentials(details, typeName, Object.assign(credentials, output));
		return Object.assign(credentials, output);
	}

	async runPreAuthentication(helpers, credentials, typeName) {
		const type = this.types[typeName];
		if (typeof type.preAuthentication !== 'function') return undefined;
		return await type.preAuthentication.call(helpers, credentials);
	}

	/** @returns {Promise<import('n8n-workflow').ICredentials>} */
	async getCredentials() {
		throw new Error('not used by these tests');
	}

	async getDecrypted(_additionalData, nodeCredentials, type) {
		const data = this.saved.get(nodeCredentials.id ?? '');
		if (!data) throw new Error(`Credential ${nodeCredentials.id} was not saved in the test`);
		const defaults = {};
		for (const property of this.types[type].properties) {
			defaults[property.name] = property.default;
		}
		return { ...defaults, ...structuredClone(data) };
	}

	async updateCredentials(nodeCredentials, _type, data) {
		this.saved.set(nodeCredentials.id ?? '', structuredClone(data));
	}

	async updateCredentialsOauthTokenData() {}

	getCredentialsProperties(type) {
		return this.types[type].properties;
	}
}
