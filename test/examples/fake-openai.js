'use strict';
/*
 * A scripted stand-in for an OpenAI-compatible chat model (POST /v1/chat/completions), so that the AI Agent example
 * runs offline with its real agent, model and tool nodes:
 *   1st call (no tool result yet): answers with a tool call to the OCR tool, with the first URL in the user's message
 *      as `imageUrl`;
 *   2nd call (a tool result is in the messages): answers with text that quotes the tool result.
 * Supports `stream: true` (server-sent events) as well. Every request body is kept in `requests` for assertions.
 */
const http = require('node:http');

function lastUserText(messages) {
	for (let i = messages.length - 1; i >= 0; i--) {
		const m = messages[i];
		if (m.role !== 'user') continue;
		if (typeof m.content === 'string') return m.content;
		if (Array.isArray(m.content)) return m.content.map((c) => c.text || '').join(' ');
	}
	return '';
}

function reply(body) {
	const messages = body.messages || [];
	const toolResults = messages.filter((m) => m.role === 'tool');
	const tools = (body.tools || []).map((t) => t.function && t.function.name).filter(Boolean);
	if (toolResults.length === 0 && tools.length) {
		const url = (/https?:\/\/[^\s"'<>)]+/.exec(lastUserText(messages)) || [''])[0];
		const name = tools.find((t) => /id_?card/i.test(t)) || tools[0];
		return {
			tool_calls: [
				{
					id: 'call_ocr_1',
					type: 'function',
					function: { name, arguments: JSON.stringify({ imageUrl: url }) },
				},
			],
		};
	}
	const result = toolResults.length ? toolResults[toolResults.length - 1].content : '';
	const text = typeof result === 'string' ? result : JSON.stringify(result);
	return { content: `The ID card tool returned: ${text}` };
}

async function startFakeOpenAi() {
	const requests = [];
	const server = http.createServer((req, res) => {
		let raw = '';
		req.on('data', (d) => (raw += d));
		req.on('end', () => {
			let body = {};
			try {
				body = raw ? JSON.parse(raw) : {};
			} catch {
				// keep {}
			}
			requests.push({ method: req.method, url: req.url, body });
			if (req.method === 'GET' && /\/models$/.test(req.url)) {
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(
					JSON.stringify({
						object: 'list',
						data: [{ id: 'gpt-4o-mini', object: 'model', owned_by: 'fake' }],
					}),
				);
				return;
			}
			if (req.method !== 'POST' || !/\/chat\/completions$/.test(req.url)) {
				res.writeHead(404, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ error: { message: `fake OpenAI: no ${req.method} ${req.url}` } }));
				return;
			}
			const msg = reply(body);
			const id = `chatcmpl-fake-${requests.length}`;
			const created = Math.floor(Date.now() / 1000);
			const model = body.model || 'gpt-4o-mini';
			const finish = msg.tool_calls ? 'tool_calls' : 'stop';
			const usage = { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 };
			if (body.stream) {
				res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
				const chunk = (delta, finish_reason = null, extra = {}) =>
					res.write(
						`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason }], ...extra })}\n\n`,
					);
				if (msg.tool_calls)
					chunk({
						role: 'assistant',
						content: null,
						tool_calls: msg.tool_calls.map((t, index) => ({ index, ...t })),
					});
				else chunk({ role: 'assistant', content: msg.content });
				chunk(
					{},
					finish,
					body.stream_options && body.stream_options.include_usage ? { usage } : {},
				);
				res.end('data: [DONE]\n\n');
				return;
			}
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(
				JSON.stringify({
					id,
					object: 'chat.completion',
					created,
					model,
					choices: [
						{
							index: 0,
							message: {
								role: 'assistant',
								content: msg.content ?? null,
								...(msg.tool_calls ? { tool_calls: msg.tool_calls } : {}),
							},
							finish_reason: finish,
						},
					],
					usage,
				}),
			);
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const { port } = /** @type {import('net').AddressInfo} */ (server.address());
	const url = `http://127.0.0.1:${port}/v1`;
	return {
		url,
		requests,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

module.exports = { startFakeOpenAi };
