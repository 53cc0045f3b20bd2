/**
 * Why no answer came, in plain words, by the system error code of the failed request: one table for the
 * credential's Test and for executions (nodes/HuaweiCloudOcr/transport/huaweiErrors.ts).
 */
export const NETWORK_REASONS: Readonly<Record<string, string>> = {
	ECONNREFUSED: 'the connection was refused',
	ENOTFOUND: 'the host name does not resolve',
	EAI_AGAIN: 'the host name does not resolve right now',
	ECONNRESET: 'the connection was reset',
	EPIPE: 'the connection was closed',
	ETIMEDOUT: 'the connection timed out',
	ECONNABORTED: 'the call timed out',
	ESOCKETTIMEDOUT: 'the call timed out',
	EHOSTUNREACH: 'the host is unreachable',
	ENETUNREACH: 'the network is unreachable',
	ERR_SOCKET_CONNECTION_TIMEOUT: 'the connection timed out',
	UND_ERR_SOCKET: 'the connection was closed',
	CERT_HAS_EXPIRED: "the server's TLS certificate has expired",
	SELF_SIGNED_CERT_IN_CHAIN: "the server's TLS certificate is not trusted (a corporate proxy?)",
	UNABLE_TO_VERIFY_LEAF_SIGNATURE:
		"the server's TLS certificate is not trusted (a corporate proxy?)",
};

/** The plain words for a network error code, or undefined for a code not in the table. */
export function networkReason(code: string | undefined): string | undefined {
	return code !== undefined && Object.prototype.hasOwnProperty.call(NETWORK_REASONS, code)
		? NETWORK_REASONS[code]
		: undefined;
}
