import type { IDataObject } from 'n8n-workflow';

/** Base64 is written in slices of this many photo bytes (a multiple of 3), so no whole-photo text exists. */
const SLICE_BYTES = 3 * 16_384;

/**
 * The request fields that carry the picture: `image` for most APIs, `data` for the APIs that name it so
 * (smart-document-recognizer, seal...). A body holds at most one of them.
 */
export const PICTURE_FIELDS = ['image', 'data'] as const;

/** The picture field a body uses, if any. */
export function pictureField(body: IDataObject): (typeof PICTURE_FIELDS)[number] | undefined {
	return PICTURE_FIELDS.find((field) => body[field] !== undefined);
}

/**
 * Serializes the request once, into one buffer: the exact bytes the credential signs and n8n sends.
 *
 * The picture (`image` or `data`, see PICTURE_FIELDS) may be the photo's bytes (a Buffer): their base64 is
 * written straight into the body, slice by slice, so a call in flight holds the photo (until the caller drops
 * it) and the body (4/3 of the photo), never a base64 string or a copy of the body. A base64 string is spliced
 * in as it is (it needs no JSON escaping).
 */
export function serializeRequestBody(body: IDataObject): Buffer {
	const field = pictureField(body);
	if (field === undefined) return Buffer.from(JSON.stringify(body));
	const { [field]: picture, ...rest } = body;
	const tail = JSON.stringify(rest);
	const head = `{"${field}":"`;
	const end = tail === '{}' ? '"}' : `",${tail.slice(1)}`;
	if (Buffer.isBuffer(picture)) {
		const encodedLength = Math.ceil(picture.length / 3) * 4;
		const out = Buffer.allocUnsafe(head.length + encodedLength + Buffer.byteLength(end));
		let offset = out.write(head, 0, 'latin1');
		for (let i = 0; i < picture.length; i += SLICE_BYTES)
			offset += out.write(
				picture.subarray(i, i + SLICE_BYTES).toString('base64'),
				offset,
				'latin1',
			);
		out.write(end, offset, 'utf8');
		return out;
	}
	if (typeof picture !== 'string' || !/^[A-Za-z0-9+/=]*$/.test(picture.slice(0, 64)))
		return Buffer.from(JSON.stringify(body));
	const out = Buffer.allocUnsafe(head.length + Buffer.byteLength(picture) + Buffer.byteLength(end));
	let offset = out.write(head, 0, 'latin1');
	offset += out.write(picture, offset, 'utf8');
	out.write(end, offset, 'utf8');
	return out;
}

/** How deep Huawei's replies nest at most, with room to spare (its deepest documented reply nests 6 levels). */
export const MAX_REPLY_DEPTH = 64;

/**
 * True when `value` nests objects or arrays more than `limit` levels deep. Walks with an explicit stack, so a
 * reply nested 100,000 levels deep is measured without recursion (which would overflow the call stack).
 */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
	if (!value || typeof value !== 'object') return false;
	const stack: Array<{ node: object; depth: number }> = [{ node: value, depth: 1 }];
	while (stack.length > 0) {
		const { node, depth } = stack.pop()!;
		if (depth > limit) return true;
		for (const child of Object.values(node))
			if (child && typeof child === 'object')
				stack.push({ node: child as object, depth: depth + 1 });
	}
	return false;
}
