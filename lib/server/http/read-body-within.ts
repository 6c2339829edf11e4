import "server-only";
import { AppError } from "../errors";

/** The 413 error of a request body over `maxBytes` (status, code and the limit for the client). */
export function bodyTooLarge(maxBytes: number): AppError {
  return new AppError("body.too-large", "The request body is too large.", { status: 413, params: { limit: maxBytes }, details: { limit: maxBytes } });
}

/** True when the request declares a body longer than `maxBytes` (Content-Length), so it can be refused unread. */
export function declaresBodyOver(request: Request, maxBytes: number): boolean {
  const declared = request.headers.get("content-length");
  if (declared === null) return false;
  const length = Number(declared);
  return !Number.isFinite(length) || length < 0 || length > maxBytes;
}

/**
 * Reads a request body of at most `maxBytes`: refused from its Content-Length before anything is read, and
 * otherwise read chunk by chunk and abandoned as soon as it passes the limit (a chunked or lying client cannot make
 * the server hold more than `maxBytes`). Throws AppError body.too-large (413).
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (declaresBodyOver(request, maxBytes)) throw bodyTooLarge(maxBytes);
  if (request.body === null) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw bodyTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(new ArrayBuffer(total));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
