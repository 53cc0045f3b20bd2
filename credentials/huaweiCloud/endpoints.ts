import type { ICredentialDataDecryptedObject, INodePropertyOptions } from 'n8n-workflow';

/** Regions whose OCR service reads the Chinese resident ID card. */
export const ID_CARD_REGIONS: INodePropertyOptions[] = [
	{ name: 'CN North-Beijing4 (Cn-North-4)', value: 'cn-north-4' },
	{ name: 'CN East-Shanghai1 (Cn-East-3)', value: 'cn-east-3' },
	{ name: 'CN North-Beijing1 (Cn-North-1)', value: 'cn-north-1' },
	{ name: 'Other Region (Type Its ID)', value: 'custom' },
];

/** The global IAM endpoint: used for regions the SDKs' table does not list. */
export const DEFAULT_IAM_ENDPOINT = 'https://iam.myhuaweicloud.com';

/**
 * Regions whose IAM the official SDKs call at `https://iam.{region}.myhuaweicloud.com` (the region table of
 * huaweicloud/huaweicloud-sdk-python-v3, huaweicloud-sdk-core/huaweicloudsdkcore/auth/endpoint.py).
 * Any other region uses the global endpoint, as the SDKs do.
 */
export const REGIONAL_IAM_REGIONS: readonly string[] = [
	'cn-north-2',
	'cn-north-4',
	'cn-north-1',
	'cn-east-2',
	'cn-east-3',
	'cn-south-1',
	'cn-south-2',
	'cn-southwest-2',
	'ap-southeast-1',
	'ap-southeast-2',
	'ap-southeast-3',
	'af-south-1',
	'sa-brazil-1',
	'la-south-2',
	'na-mexico-1',
	'la-north-2',
	'cn-north-9',
	'eu-west-0',
	'my-kualalumpur-1',
	'ru-moscow-1',
	'me-east-1',
	'ap-southeast-4',
	'ae-ad-1',
	'cn-east-4',
	'cn-east-5',
];

/** The IAM endpoint the SDKs use for a region when none is configured. */
export function defaultIamEndpoint(region: string): string {
	return REGIONAL_IAM_REGIONS.includes(region)
		? `https://iam.${region}.myhuaweicloud.com`
		: DEFAULT_IAM_ENDPOINT;
}

const REGION_ID = /^[a-z]{2,}(-[a-z0-9]+)+$/;

export class EndpointSettingsError extends Error {}

export function resolveRegion(credentials: ICredentialDataDecryptedObject): string {
	const region =
		credentials.region === 'custom'
			? String(credentials.customRegion ?? '').trim()
			: String(credentials.region ?? 'cn-north-4');
	if (!REGION_ID.test(region)) {
		throw new EndpointSettingsError(
			`The region "${region}" is not a Huawei Cloud region ID. Use an ID such as cn-north-4 in the credential.`,
		);
	}
	return region;
}

/** 127.0.0.0/8, localhost and ::1: the only hosts an http:// endpoint may name (a test server, an emulator). */
export function isLoopbackHost(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/\.$/, '');
	// The URL parser has already normalized IPv4 forms (127.1, 0x7f000001) to dotted quads.
	return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Reads an endpoint field: empty → undefined; otherwise an https:// URL, or http:// to a loopback host.
 * Used by the node's executions and by the credential's Test button, so both refuse with the same words.
 */
function normalizeEndpoint(value: unknown, field: string): string | undefined {
	const text = String(value ?? '').trim();
	if (!text) return undefined;
	if (!URL.canParse(text)) {
		throw new EndpointSettingsError(
			`The ${field} "${text}" is not a URL. Enter it as https://host[:port] or leave it empty.`,
		);
	}
	const url = new URL(text);
	if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
		throw new EndpointSettingsError(
			`The ${field} "${url.origin}" uses http://, which would send the password, signatures and tokens unencrypted. Use https:// (http:// is accepted only for a loopback host: 127.0.0.0/8, localhost or ::1).`,
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new EndpointSettingsError(`The ${field} must start with https://.`);
	}
	return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

export function resolveOcrEndpoint(credentials: ICredentialDataDecryptedObject): string {
	return (
		normalizeEndpoint(credentials.ocrEndpoint, 'OCR endpoint') ??
		`https://ocr.${resolveRegion(credentials)}.myhuaweicloud.com`
	);
}

export function resolveIamEndpoint(credentials: ICredentialDataDecryptedObject): string {
	return (
		normalizeEndpoint(credentials.iamEndpoint, 'IAM endpoint') ??
		defaultIamEndpoint(resolveRegion(credentials))
	);
}
