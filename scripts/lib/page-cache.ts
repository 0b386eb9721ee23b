import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import pg from "pg";
import type { Logger } from "pino";

/**
 * A shared cache for anonymous catalog pages, inside the server process: what a CDN honouring
 * `s-maxage` would do, plus two things a CDN cannot.
 *
 * - Every change to what shoppers can see clears it on the next request, not after the TTL:
 *   triggers on the catalog, stock and maker-consent tables send a PostgreSQL notification
 *   (`storefront_changed`) at commit, and every server process listening drops its pages.
 *   A maker who withdraws her consent is gone from the very next page served.
 * - Each response still gets its own CSP nonce: a stored page keeps the nonce it was rendered
 *   with as a placeholder, replaced by the current request's nonce on the way out.
 *
 * Only requests without cookies or credentials are answered from it, and only responses that
 * say `public` with an `s-maxage` (and set no cookie) are stored. While the notification
 * connection is down, nothing is cached at all.
 */

export const CHANNEL = "storefront_changed";

type StoredPage = {
  status: number;
  headers: [string, string][];
  /** The body split at every occurrence of the nonce it was rendered with. */
  segments: Buffer[];
  etag: string;
  storedAt: number;
};

export type CachedAnswer = {
  status: number;
  headers: [string, string][];
  body: Buffer | null;
  etag: string;
  age: number;
};

export type PageCache = {
  /** A stored page for this request, or null; `body` is null when the client's copy is current. */
  lookup(request: Request, nonce: string): CachedAnswer | null;
  /** Starts a miss: call before rendering, so a change during rendering prevents storing a stale page. */
  begin(): number;
  /** Keeps `response` when it may be shared; returns the answer to send either way when it read the body. */
  store(request: Request, response: Response, nonce: string, generation: number): Promise<CachedAnswer | null>;
  close(): Promise<void>;
};

const MAX_BYTES = 64 * 1024 * 1024;
const RECONNECT_MS = { first: 500, max: 30_000 };

export function isAnonymous(request: Request) {
  return (
    (request.method === "GET" || request.method === "HEAD") &&
    !request.headers.has("cookie") &&
    !request.headers.has("authorization")
  );
}

/** Seconds a shared cache may keep `response`, or 0 when it must not keep it at all. */
export function sharedMaxAge(response: Response) {
  if (response.status !== 200 || response.headers.has("set-cookie") || response.headers.get("vary")?.includes("*"))
    return 0;
  const cacheControl = response.headers.get("cache-control") ?? "";
  if (!/\bpublic\b/.test(cacheControl) || /\b(no-store|private|no-cache)\b/.test(cacheControl)) return 0;
  const match = /\bs-maxage=(\d+)/.exec(cacheControl);
  return match ? Number(match[1]) : 0;
}

function etagOf(segments: Buffer[]) {
  const hash = createHash("sha1");
  for (const segment of segments) hash.update(segment).update("\0");
  return `W/"${hash.digest("base64url")}"`;
}

function splitAt(body: Buffer, separator: string) {
  if (!separator) return [body];
  const needle = Buffer.from(separator);
  const segments: Buffer[] = [];
  let start = 0;
  for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, start)) {
    segments.push(body.subarray(start, at));
    start = at + needle.length;
  }
  segments.push(body.subarray(start));
  return segments;
}

function joinWith(segments: Buffer[], nonce: string) {
  if (segments.length === 1) return segments[0]!;
  const separator = Buffer.from(nonce);
  return Buffer.concat(segments.flatMap((segment, i) => (i === 0 ? [segment] : [separator, segment])));
}

function clientHas(request: Request, etag: string) {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (!ifNoneMatch) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || weak(tag) === weak(etag));
}

function answer(page: StoredPage, request: Request, nonce: string): CachedAnswer {
  const headers: [string, string][] = [...page.headers, ["etag", page.etag]];
  const age = Math.floor((Date.now() - page.storedAt) / 1000);
  if (clientHas(request, page.etag)) return { status: 304, headers, body: null, etag: page.etag, age };
  return {
    status: page.status,
    headers,
    body: request.method === "HEAD" ? Buffer.alloc(0) : joinWith(page.segments, nonce),
    etag: page.etag,
    age,
  };
}

export async function startPageCache({
  databaseUrl,
  logger,
}: {
  databaseUrl: string;
  logger: Logger;
}): Promise<PageCache> {
  const pages = new LRUCache<string, StoredPage>({
    maxSize: MAX_BYTES,
    sizeCalculation: (page) => page.segments.reduce((bytes, segment) => bytes + segment.length, 0) + 1024,
    ttlAutopurge: false,
  });
  // Bumped on every change notification and every reconnection; a render that started under
  // an older generation is not stored.
  let generation = 0;
  let listening = false;
  let closed = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let delay = RECONNECT_MS.first;

  function invalidate() {
    generation++;
    pages.clear();
  }

  function lostConnection(error?: Error) {
    if (!listening && !client) return;
    listening = false;
    invalidate();
    client?.removeAllListeners().on("error", () => {});
    void client?.end().catch(() => {});
    client = undefined;
    if (closed) return;
    logger.warn({ err: error }, "page cache: lost its change notifications, caching paused");
    retry = setTimeout(() => void connect(), delay);
    delay = Math.min(delay * 2, RECONNECT_MS.max);
  }

  async function connect() {
    const next = new pg.Client({
      connectionString: databaseUrl,
      application_name: "belonging page cache",
    });
    next.on("error", (error) => lostConnection(error));
    next.on("end", () => lostConnection());
    next.on("notification", (message) => message.channel === CHANNEL && invalidate());
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
      // Anything may have changed while we were not listening.
      invalidate();
      listening = true;
      delay = RECONNECT_MS.first;
    } catch (error) {
      lostConnection(error as Error);
    }
  }

  await connect();

  return {
    lookup(request, nonce) {
      if (!listening || !isAnonymous(request)) return null;
      const page = pages.get(request.url);
      return page ? answer(page, request, nonce) : null;
    },
    begin: () => generation,
    async store(request, response, nonce, startedAt) {
      if (!isAnonymous(request)) return null;
      const maxAge = sharedMaxAge(response);
      if (!maxAge) return null;
      const segments = splitAt(Buffer.from(await response.arrayBuffer()), nonce);
      const page: StoredPage = {
        status: response.status,
        headers: [...response.headers.entries()],
        segments,
        etag: etagOf(segments),
        storedAt: Date.now(),
      };
      if (listening && startedAt === generation && request.method === "GET")
        pages.set(request.url, page, { ttl: maxAge * 1000 });
      return answer(page, request, nonce);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      listening = false;
      const current = client;
      client = undefined;
      current?.removeAllListeners().on("error", () => {});
      await current?.end().catch(() => {});
      pages.clear();
    },
  };
}
