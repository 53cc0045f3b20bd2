import type { ICredentialDataDecryptedObject, INodePropertyOptions } from 'n8n-workflow';

/** Regions whose OCR service reads the Chinese resident ID card. */
export const ID_CARD_REGIONS: INodePropertyOptions[] = [
	{ name: 'CN North-Beijing4 (Cn-North-4)', value: 'cn-north-4' },
	{ name: 'CN East-Shanghai1 (Cn-East-3)', value: 'cn-east-3' },
	{ name: 'CN North-Beijing1 (Cn-North-1)', value: 'cn-north-1' },
	{ name: 'Other Region (Type Its ID)', value: 'custom' },
];

export const DEFAULT_IAM_ENDPOINT = 'https://iam.myhuaweicloud.com';

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

function normaliseEndpoint(value: unknown, field: string): string | undefined {
	const text = String(value ?? '').trim();
	if (!text) return undefined;
	if (!URL.canParse(text)) {
		throw new EndpointSettingsError(
			`The ${field} "${text}" is not a URL. Enter it as https://host[:port] or leave it empty.`,
		);
	}
	const url = new URL(text);
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new EndpointSettingsError(`The ${field} must start with https:// or http://.`);
	}
	return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

export function resolveOcrEndpoint(credentials: ICredentialDataDecryptedObject): string {
	return (
		normaliseEndpoint(credentials.ocrEndpoint, 'OCR endpoint') ??
		`https://ocr.${resolveRegion(credentials)}.myhuaweicloud.com`
	);
}

export function resolveIamEndpoint(credentials: ICredentialDataDecryptedObject): string {
	return normaliseEndpoint(credentials.iamEndpoint, 'IAM endpoint') ?? DEFAULT_IAM_ENDPOINT;
}
