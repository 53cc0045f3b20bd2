/**
 * Redirects are never followed with credentials: a 307 or 308 re-sends the request as it was (a sign-in's
 * body holds the IAM password), and any redirect would carry the signature or token to another origin.
 * Every request with credentials is sent with `disableFollowRedirect` (or fetch's `redirect: 'manual'`), and
 * a 3xx answer is a fatal error that names where the server wanted to send it.
 */

export function isRedirectStatus(status: number | undefined): status is number {
	return status !== undefined && status >= 300 && status < 400;
}

/** The Location header of a response, whatever the client's header shape (plain object, axios, arrays). */
export function locationHeader(headers: unknown): string | undefined {
	if (!headers || typeof headers !== 'object') return undefined;
	for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
		if (name.toLowerCase() !== 'location') continue;
		const first = Array.isArray(value) ? (value[0] as unknown) : value;
		return typeof first === 'string' && first !== '' ? first : undefined;
	}
	return undefined;
}

/** The redirect target, resolved against the request URL, without query or user info (they may hold secrets). */
function describeTarget(
	location: string | undefined,
	requestUrl: string,
): { target: string; origin?: string } {
	if (location === undefined) return { target: 'an address it did not name (no Location header)' };
	try {
		const url = new URL(location, requestUrl);
		return { target: `${url.origin}${url.pathname}`, origin: url.origin };
	} catch {
		return { target: JSON.stringify(location.slice(0, 200)) };
	}
}

/** The message for a 3xx answer to a request with credentials. */
export function redirectRefusal(
	service: 'IAM' | 'OCR',
	endpoint: string,
	requestUrl: string,
	status: number,
	location: string | undefined,
): string {
	const { target, origin } = describeTarget(location, requestUrl);
	const fix = origin
		? `If ${origin} is the right ${service} endpoint, enter it in the credential's ${service} Endpoint field; otherwise check that field and any proxy in between.`
		: `Check the credential's ${service} Endpoint field and any proxy in between.`;
	return `Huawei Cloud ${service} at ${endpoint} answered ${status}, a redirect to ${target}. Redirects are not followed, so no credentials were sent there. ${fix}`;
}
