import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { EndpointSettingsError } from './endpoints';

/**
 * n8n (1.123 and 2.x) adds "Allowed HTTP Request Domains" to every credential that has `authenticate`
 * (`allowedHttpRequestDomains`: all | domains | none, and the comma-separated `allowedDomains`). n8n holds the
 * HTTP Request node and the credential's own token exchange to that list. The node and the Test button send
 * their calls themselves, so they apply the same rule here, with n8n's own wording
 * (n8n-workflow `credential-domain-restrictions`): only an explicit list restricts, `*.example.com` matches
 * sub-domains only, and "none" (which blocks the HTTP Request node) leaves the credential's own node alone.
 */
export class DomainNotAllowedError extends EndpointSettingsError {}

function hostnameOf(url: string): string | undefined {
	try {
		return new URL(url).hostname.toLowerCase().replace(/\.$/, '') || undefined;
	} catch {
		return undefined;
	}
}

/** Whether `url`'s host is on the comma-separated list (n8n's matching rule). */
export function isHostAllowed(url: string, allowedDomains: string): boolean {
	const hostname = hostnameOf(url);
	if (!hostname) return false;
	return allowedDomains
		.split(',')
		.map((domain) => domain.trim().toLowerCase().replace(/\.$/, ''))
		.filter(Boolean)
		.some((domain) =>
			domain.startsWith('*.')
				? domain.length > 2 && hostname.endsWith(`.${domain.slice(2)}`)
				: hostname === domain,
		);
}

/** Throws n8n's "Domain not allowed" message when the credential restricts domains and `url` is outside. */
export function assertCredentialAllowsUrl(
	credentials: ICredentialDataDecryptedObject,
	url: string,
): void {
	if (credentials.allowedHttpRequestDomains !== 'domains') return;
	const allowedDomains = String(credentials.allowedDomains ?? '').trim();
	if (!allowedDomains) {
		throw new DomainNotAllowedError(
			'No allowed domains specified. Configure allowed domains or change restriction setting.',
		);
	}
	if (isHostAllowed(url, allowedDomains)) return;
	let host = url;
	try {
		host = new URL(url).host;
	} catch {
		host = url.split(/[?#]/)[0];
	}
	throw new DomainNotAllowedError(
		`Domain not allowed: This credential is restricted from accessing ${host}. Only the following domains are allowed: ${allowedDomains}`,
	);
}
