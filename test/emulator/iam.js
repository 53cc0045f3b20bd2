'use strict';
/** IAM routes: POST /v3/auth/tokens (password) and GET /v3/projects?name=REGION (AK/SK-signed). */
const { DOMAIN, DEFAULT_PROJECTS } = require('./accounts');
const { sendJson, shapeError } = require('./http-util');
const { authenticate, issueToken } = require('./auth');

/** region → [{ id, name }], from the default table, start options and runtime config. */
function projectTable(state) {
	const raw = {
		...DEFAULT_PROJECTS,
		...state.projectsByName,
		...(state.config.projectsByName || {}),
	};
	const table = {};
	for (const [region, list] of Object.entries(raw)) {
		table[region] = (Array.isArray(list) ? list : [list])
			.filter((p) => p !== null && p !== undefined)
			.map((p) =>
				typeof p === 'string'
					? { id: p, name: region }
					: { id: String(p.id), name: p.name || region },
			);
	}
	return table;
}

/** The region of a known project id, or undefined when the id is unknown. */
function projectRegion(state, projectId) {
	for (const [region, list] of Object.entries(projectTable(state))) {
		if (list.some((p) => p.id === projectId)) return region;
	}
	for (const account of state.accounts.accessKeys.values()) {
		if (account.projectId === projectId) return account.region || 'cn-north-4';
	}
	return undefined;
}

/** IAM's own error shape { error: { code, message, title } }, or the configured errorShape when it is not 'default'. */
function iamError(ctx, status, message, title) {
	ctx.record.errorCode = `IAM.${status}`;
	if (ctx.errorShape && ctx.errorShape !== 'default')
		return sendJson(ctx, status, shapeError(ctx, String(status), message));
	return sendJson(ctx, status, { error: { code: status, message, title } });
}

function tokens(state, ctx) {
	state.stats.tokenCalls += 1;
	let body;
	try {
		body = JSON.parse(ctx.body.toString('utf8'));
	} catch {
		return iamError(ctx, 400, 'The request body is not valid JSON.', 'Bad Request');
	}
	const identity = body && body.auth && body.auth.identity;
	const user = identity && identity.password && identity.password.user;
	if (
		!identity ||
		!Array.isArray(identity.methods) ||
		!identity.methods.includes('password') ||
		!user
	) {
		return iamError(
			ctx,
			400,
			'The request body is invalid: auth.identity.methods must include "password".',
			'Bad Request',
		);
	}
	const domain = user.domain || {};
	const match = state.accounts.iamUsers.find(
		(u) =>
			u.userName === user.name &&
			u.password === user.password &&
			(u.domainName === domain.name || (domain.id && domain.id === DOMAIN.id)),
	);
	if (!match) return iamError(ctx, 401, 'The username or password is wrong.', 'Unauthorized');

	const scope = body.auth.scope || {};
	let project;
	if (scope.project) {
		const table = projectTable(state);
		if (scope.project.id) {
			const region = projectRegion(state, scope.project.id);
			if (region) project = { id: scope.project.id, name: region };
		} else if (
			scope.project.name &&
			table[scope.project.name] &&
			table[scope.project.name].length
		) {
			project = table[scope.project.name][0];
		}
		if (!project) {
			return iamError(
				ctx,
				400,
				`The project ${scope.project.id || scope.project.name} does not exist.`,
				'Bad Request',
			);
		}
	}
	const { token, record } = issueToken(state, {
		projectId: project && project.id,
		projectName: project && project.name,
		user: match.userName,
	});
	const userJson = {
		id: match.userId || 'emulator-user-id',
		name: match.userName,
		domain: { id: DOMAIN.id, name: match.domainName },
		password_expires_at: '',
	};
	const tokenJson = {
		methods: ['password'],
		expires_at: new Date(record.expiresAt).toISOString(),
		issued_at: new Date(record.issuedAt).toISOString(),
		user: userJson,
		roles: [{ id: '0', name: 'op_service' }],
	};
	// ?nocatalog=true leaves the (here symbolic) service catalog out, as IAM does.
	if (new URLSearchParams(ctx.rawQuery).get('nocatalog') !== 'true')
		tokenJson.catalog = [{ type: 'ocr', name: 'ocr', endpoints: [] }];
	if (project)
		tokenJson.project = {
			id: project.id,
			name: project.name,
			domain: { id: DOMAIN.id, name: DOMAIN.name },
		};
	else if (scope.domain) tokenJson.domain = { id: DOMAIN.id, name: DOMAIN.name };
	return sendJson(ctx, 201, { token: tokenJson }, { 'X-Subject-Token': token });
}

function projects(state, ctx) {
	state.stats.projectCalls += 1;
	if (!authenticate(state, ctx)) return undefined;
	if (state.config.denyListProjects) {
		return iamError(
			ctx,
			403,
			'You are not authorized to perform the requested action: iam:projects:list.',
			'Forbidden',
		);
	}
	const name = new URLSearchParams(ctx.rawQuery).get('name');
	const list = [];
	for (const entries of Object.values(projectTable(state))) {
		for (const p of entries) {
			if (name !== null && p.name !== name) continue;
			list.push({
				id: p.id,
				name: p.name,
				domain_id: DOMAIN.id,
				parent_id: DOMAIN.id,
				is_domain: false,
				enabled: true,
				description: '',
				links: { self: `${state.url}/v3/projects/${p.id}` },
			});
		}
	}
	return sendJson(ctx, 200, {
		projects: list,
		links: { self: `${state.url}${ctx.req.url}`, previous: null, next: null },
	});
}

module.exports = { tokens, projects, projectTable, projectRegion };
