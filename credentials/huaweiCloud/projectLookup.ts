import { redirectRefusal } from './redirect';

/**
 * The project id lookup of access keys without a project id: `GET {iam}/v3/projects?name={region}`, signed
 * like every call. One request shape, one reading of IAM's answer and one wording for the credential's Test
 * and for executions (issue 18); each caller sends it its own way (fetch for the Test, n8n's helpers for runs).
 */

export interface ProjectLookupRequest {
	method: 'GET';
	url: string;
	qs: { name: string };
}

/** The request to sign and send. */
export function projectLookupRequest(iamEndpoint: string, region: string): ProjectLookupRequest {
	return { method: 'GET', url: `${iamEndpoint}/v3/projects`, qs: { name: region } };
}

interface ProjectsBody {
	projects?: Array<{ id?: string; name?: string }>;
}

export type ProjectPick =
	| { projectId: string }
	| { count: number; errorMsg: string; message: string };

/**
 * The project of the region from IAM's 200 answer. Only a project named exactly as the region counts (a
 * sub-project, `cn-north-4_sub`, is never taken for it); none or several is refused: the node never creates
 * projects and never guesses which one to bill.
 */
export function pickProject(body: unknown, region: string): ProjectPick {
	const projects = (body as ProjectsBody | undefined)?.projects;
	const matches = (Array.isArray(projects) ? projects : []).filter(
		(p) => p && p.id && (!p.name || p.name === region),
	);
	if (matches.length === 1) return { projectId: String(matches[0].id) };
	if (matches.length === 0)
		return {
			count: 0,
			errorMsg: `IAM lists no project named ${region}`,
			message: `The keys work, but the account has no project for region ${region} (IAM lists no project named ${region}). Pick the region where OCR is enabled, or type its Project ID in the credential; the node never creates projects.`,
		};
	return {
		count: matches.length,
		errorMsg: `IAM lists ${matches.length} projects named ${region}`,
		message: `IAM lists ${matches.length} projects named ${region}: type the Project ID of the one to use in the credential (Console → My Credentials → API Credentials).`,
	};
}

/** IAM's 403: a least-privilege (OCR-only) key may not list projects, so the id has to be typed in. */
export function cannotListProjects(region: string, huaweiMessage: string): string {
	return `The keys were accepted, but they may not list IAM projects (IAM answered 403${huaweiMessage ? `: ${huaweiMessage}` : ''}), so the project ID of region ${region} cannot be looked up. Type the Project ID in the credential (Console → My Credentials → API Credentials); OCR calls need no IAM rights.`;
}

/** A 3xx to the signed lookup: never followed. */
export function lookupRedirect(
	iamEndpoint: string,
	region: string,
	status: number,
	location: string | undefined,
): string {
	const { url } = projectLookupRequest(iamEndpoint, region);
	return `Could not look up the project ID of region ${region}: ${redirectRefusal('IAM', iamEndpoint, url, status, location)}`;
}
