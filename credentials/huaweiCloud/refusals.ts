/**
 * Why Huawei Cloud refused the keys or the token, and the fix: one wording for the credential's Test and
 * for executions (issue 18). Never puts a secret into a message: only whether a security token is set.
 */

/** Huawei accepts signed requests only within 15 minutes of its own time. */
const MAX_SKEW_MS = 15 * 60 * 1000;

/** What of the credential the explanations look at: its kind, and whether a security token is set. */
export interface RefusedKeys {
	authType?: unknown;
	securityToken?: unknown;
}

function header(headers: unknown, name: string): string | undefined {
	if (!headers || typeof headers !== 'object') return undefined;
	for (const [key, value] of Object.entries(headers)) {
		if (key.toLowerCase() === name) return Array.isArray(value) ? String(value[0]) : String(value);
	}
	return undefined;
}

/** Minutes between this machine's clock and the answer's Date header, when over 15 minutes. */
export function clockSkewMinutes(headers: unknown, now: number): number | undefined {
	const date = Date.parse(header(headers, 'date') ?? '');
	if (Number.isNaN(date)) return undefined;
	const skew = Math.abs(now - date);
	return skew > MAX_SKEW_MS ? Math.round(skew / 60000) : undefined;
}

function clockMessage(minutes?: number): string {
	return `Huawei Cloud refused the request as expired: this machine's clock is ${minutes !== undefined ? `about ${minutes} minutes` : 'more than 15 minutes'} off. Huawei accepts signed requests only within 15 minutes of its own time: set the clock of the n8n machine right (NTP) and test again.`;
}

/** The cause and fix of an `APIG.0301` (signature or token refused), from Huawei's message and the Date header. */
export function explainAuthRefusal(
	code: string,
	huaweiMessage: string,
	credentials: RefusedKeys,
	skewMinutes?: number,
): string {
	const quoted = `(${code}${huaweiMessage ? `: ${huaweiMessage}` : ''})`;
	const hasToken = String(credentials.securityToken ?? '').trim() !== '';
	if (skewMinutes !== undefined || /expire|x-sdk-date|clock|time ?stamp/i.test(huaweiMessage))
		return `${clockMessage(skewMinutes)} ${quoted}`;
	if (/security.?token/i.test(huaweiMessage))
		return hasToken
			? `Huawei Cloud refused the Security Token of these temporary access keys ${quoted}. Temporary keys expire: get a new access key, secret and security token together and enter all three.`
			: `These are temporary access keys, which need their Security Token ${quoted}. Fill in the credential's Security Token field (issued together with the temporary keys).`;
	if (/not exist|secretkey failed/i.test(huaweiMessage))
		return hasToken
			? `Huawei Cloud does not know this access key ${quoted}. Check the Access Key ID; temporary keys may have expired: get new ones with their security token.`
			: `Huawei Cloud does not know this access key ${quoted}. Check the Access Key ID (Console → My Credentials → Access Keys). If it is a temporary access key, also fill in its Security Token.`;
	if (/reach the limit|locked|forbidden/i.test(huaweiMessage))
		return `Huawei Cloud locked this access key for 5 minutes after five refused signatures in a row ${quoted}. Check the Secret Access Key, wait 5 minutes, then test again.`;
	if (/decrypt token|token/i.test(huaweiMessage) && credentials.authType === 'password')
		return `Huawei Cloud refused the IAM token ${quoted}. Save the credential again to sign in afresh.`;
	if (/signature/i.test(huaweiMessage))
		return `Huawei Cloud refused the signature: the Secret Access Key does not belong to this Access Key ID ${quoted}. Enter the secret downloaded with this key (credentials.csv); a key's secret cannot be shown again, so create a new key if it is lost.`;
	return `Huawei Cloud refused the authentication ${quoted}. Check the Access Key ID, Secret Access Key (and Security Token for temporary keys), and this machine's clock.`;
}

/** An `APIG.0307`: the gateway refused the IAM token (expired or revoked). */
export function explainTokenRefusal(huaweiMessage: string): string {
	return `Huawei Cloud refused the IAM token (APIG.0307${huaweiMessage ? `: ${huaweiMessage}` : ''}). Save the credential again to sign in afresh.`;
}

/** A refusal as a user reads it: what happened, and the fix (n8n shows the two as message and description). */
export interface Refusal {
	message: string;
	description: string;
}

function quote(code: string, huaweiMessage?: string): string {
	return `(${code}${huaweiMessage ? `: ${huaweiMessage}` : ''})`;
}

/**
 * `ModelArts.4204`: the API is not enabled (or not served) in the credential's region. `noun` is the
 * document in running text ("ID card"), `service` the name of the service in Huawei's OCR console.
 */
export function explainNotEnabled(
	noun: string,
	service: string,
	region: string,
	huaweiMessage?: string,
): Refusal {
	return {
		message: `${noun.charAt(0).toUpperCase()}${noun.slice(1)} OCR is not enabled in region ${region} for this account ${quote('ModelArts.4204', huaweiMessage)}`,
		description: `Open the OCR console in region ${region} and enable "${service}", or pick the region where it is enabled in the credential.`,
	};
}

/** `APIG.0101` or a 404: no such API at this endpoint (wrong region, project or endpoint override). */
export function explainApiNotFound(
	endpoint: string,
	region: string,
	code: string,
	huaweiMessage?: string,
	projectId?: string,
): Refusal {
	return {
		message: `The OCR API was not found at ${endpoint}${projectId ? ` for project ${projectId}` : ''} ${quote(code, huaweiMessage)}`,
		description: `Check the credential's Project ID (it must be the project of region ${region}), its region and the OCR endpoint.`,
	};
}

/** A 403 without a more precise code: the keys are valid but their IAM user may not use OCR. */
export function explainOcrForbidden(
	region: string,
	code: string,
	huaweiMessage?: string,
	itemLabel?: string,
): Refusal {
	return {
		message: `Huawei Cloud refused OCR${itemLabel ? ` for ${itemLabel}` : ''}: these keys have no OCR permission ${quote(code, huaweiMessage)}`,
		description: `Give the IAM user an OCR permission (for example OCR FullAccess) in the project of region ${region}.`,
	};
}
