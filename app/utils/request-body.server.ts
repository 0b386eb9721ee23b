/**
 * The one place that reads the body of a form post, for every action. What it refuses never
 * reaches a model, let alone the database: a body of another content type (415), one that is
 * malformed or not UTF-8 (400), one over the size limit (413), and text with NUL or other
 * control characters, which PostgreSQL refuses and no form field needs (400; tab, line feed
 * and carriage return are kept). A refusal is thrown as a Response, so the route's error
 * boundary shows a plain page with that status and the action stops there.
 */

/** Everything but files: the longest form (a journal article) stays far below it. */
export const MAX_FORM_BYTES = 1024 * 1024;
// Boundaries, headers and the text fields around an uploaded file.
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const URLENCODED = "application/x-www-form-urlencoded";
const MULTIPART = "multipart/form-data";
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const MESSAGES = new Map<number, string>([
  [400, "We couldn't read that form. Please go back and try again."],
  [413, "That was more than we can take in one go. Please send less and try again."],
  [415, "We couldn't read that form. Please go back and try again."],
]);

function refuse(status: 400 | 413 | 415): never {
  throw new Response(MESSAGES.get(status), {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}

/** Thrown by readUploadForm's reader when a file is over its limit, for the form to say so inline. */
export class FileTooLargeError extends Error {}

function mediaTypeOf(request: Request) {
  return (request.headers.get("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** The raw body, or a 413 as soon as it passes `limit` (declared or actually sent). */
async function readBytes(request: Request, limit: number, tooLarge: () => never): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("Content-Length"));
  if (Number.isFinite(declared) && declared > limit) tooLarge();
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch {
      refuse(400);
    }
    if (next.done) break;
    size += next.value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      tooLarge();
    }
    chunks.push(next.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function checkText(form: FormData) {
  for (const [name, value] of form) {
    if (CONTROL_CHARACTERS.test(name)) refuse(400);
    if (typeof value === "string" ? CONTROL_CHARACTERS.test(value) : CONTROL_CHARACTERS.test(value.name)) refuse(400);
  }
}

async function parse(request: Request, bytes: Uint8Array<ArrayBuffer>, mediaType: string): Promise<FormData> {
  if (mediaType === URLENCODED) {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      refuse(400);
    }
    const form = new FormData();
    for (const [name, value] of new URLSearchParams(text)) form.append(name, value);
    return form;
  }
  try {
    return await new Request(request.url, { method: "POST", headers: { "Content-Type": request.headers.get("Content-Type")! }, body: bytes }).formData();
  } catch {
    refuse(400);
  }
}

/**
 * A form post without files: urlencoded, or multipart carrying text fields only (a file in it
 * is refused with 400).
 */
export async function readForm(request: Request): Promise<FormData> {
  const mediaType = mediaTypeOf(request);
  if (mediaType !== URLENCODED && mediaType !== MULTIPART) refuse(415);
  const form = await parse(request, await readBytes(request, MAX_FORM_BYTES, () => refuse(413)), mediaType);
  checkText(form);
  for (const [, value] of form) if (typeof value !== "string") refuse(400);
  return form;
}

/**
 * A form post that may carry files of up to `maxFileBytes` each. A file over it (or a body too
 * large to hold one) throws FileTooLargeError, which the form reports beside its file field.
 */
export async function readFormWithFiles(request: Request, maxFileBytes: number): Promise<FormData> {
  const mediaType = mediaTypeOf(request);
  if (mediaType !== URLENCODED && mediaType !== MULTIPART) refuse(415);
  const tooLarge = (): never => {
    throw new FileTooLargeError("A file is over the size limit.");
  };
  const limit = mediaType === MULTIPART ? maxFileBytes + MAX_FORM_BYTES + MULTIPART_OVERHEAD_BYTES : MAX_FORM_BYTES;
  const form = await parse(request, await readBytes(request, limit, mediaType === MULTIPART ? tooLarge : () => refuse(413)), mediaType);
  checkText(form);
  for (const [, value] of form) if (typeof value !== "string" && value.size > maxFileBytes) tooLarge();
  return form;
}

/** A raw text body (a signed webhook) of at most MAX_FORM_BYTES of UTF-8: 413 over it, 400 for other bytes. */
export async function readText(request: Request): Promise<string> {
  const bytes = await readBytes(request, MAX_FORM_BYTES, () => refuse(413));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    refuse(400);
  }
}
