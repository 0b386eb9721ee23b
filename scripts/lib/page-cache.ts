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
 *   Before a stored page is served, one round trip on the listening connection makes sure
 *   every notification of a commit made before the request arrived has been read: PostgreSQL
 *   delivers them ahead of that query's answer. So a maker who withdraws her consent is gone
 *   from the very next page served, by any process.
 * - Each response still gets its own CSP nonce: a stored page keeps the nonce it was rendered
 *   with as a placeholder, replaced by the current request's nonce on the way out.
 *
 * Only requests without cookies or credentials are answered from it, and only responses that
 * say `public` with an `s-maxage` (and set no cookie) are stored. While the notification
 * connection is down, nothing is cached at all.
 */

const CHANNEL = "storefront_changed";

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
  age: number;
  /** "hit": stored, or shared with a render already under way; "miss": rendered for this request. */
  outcome: "hit" | "miss";
};

export type PageCache = {
  /**
   * The answer for `request`: from the cache when it may be, else from `render()`. A response
   * that may be shared comes back as a CachedAnswer (with an ETag, or as a 304 when the client's
   * copy is current); anything else comes back as rendered. Concurrent misses for one page wait
   * for a single render, so a change notification never sets off a render per waiting client.
   */
  respond(request: Request, nonce: string, render: () => Promise<Response>): Promise<CachedAnswer | Response>;
  close(): Promise<void>;
};

const MAX_BYTES = 64 * 1024 * 1024;
const RECONNECT_MS = { first: 500, max: 30_000 };

function isAnonymous(request: Request) {
  return (
    (request.method === "GET" || request.method === "HEAD") &&
    !request.headers.has("cookie") &&
    !request.headers.has("authorization")
  );
}

/** Seconds a shared cache may keep `response`, or 0 when it must not keep it at all. */
function sharedMaxAge(response: Response) {
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

function answer(page: StoredPage, request: Request, nonce: string, outcome: CachedAnswer["outcome"]): CachedAnswer {
  const headers: [string, string][] = [...page.headers, ["etag", page.etag]];
  const age = Math.floor((Date.now() - page.storedAt) / 1000);
  const common = { headers, age, outcome };
  if (clientHas(request, page.etag)) return { ...common, status: 304, body: null };
  const body = request.method === "HEAD" ? Buffer.alloc(0) : joinWith(page.segments, nonce);
  return { ...common, status: page.status, body };
}

async function toStoredPage(response: Response, nonce: string): Promise<StoredPage> {
  const segments = splitAt(Buffer.from(await response.arrayBuffer()), nonce);
  return {
    status: response.status,
    headers: [...response.headers.entries()],
    segments,
    etag: etagOf(segments),
    storedAt: Date.now(),
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

  // Requests that arrived while no round trip was waiting to be sent share the next one: it is
  // sent after they arrived, so it settles after every commit they could have seen.
  let inFlight: Promise<unknown> = Promise.resolve();
  let waiting: Promise<void> | null = null;
  function changesReadUpToNow(): Promise<void> {
    waiting ??= inFlight.then(() => {
      waiting = null;
      if (!client || !listening) throw new Error("page cache: not listening");
      return client.query("SELECT 1").then(() => undefined);
    });
    const barrier = waiting;
    inFlight = barrier.catch(() => undefined);
    return barrier;
  }

  // Renders under way for anonymous GETs, by URL: what concurrent misses wait for.
  const rendering = new Map<string, { startedAt: number; page: Promise<StoredPage | null> }>();
  // URLs whose last answer could not be shared (the bag, the floor, a 404): rendered for each
  // request straight away, without waiting behind another visitor's render.
  const unshared = new LRUCache<string, true>({ max: 10_000 });

  return {
    async respond(request, nonce, render) {
      if (!listening || !isAnonymous(request)) return render();
      const key = request.url;
      const underWay = rendering.get(key);
      if (pages.has(key) || underWay) {
        const current = await changesReadUpToNow().then(
          () => true,
          () => false,
        );
        const stored = current ? pages.get(key) : undefined;
        if (stored) return answer(stored, request, nonce, "hit");
        // A render that began before a change this request could have seen is not shared with it.
        if (current && underWay && underWay.startedAt === generation) {
          const shared = await underWay.page;
          if (shared) return answer(shared, request, nonce, "hit");
        }
      }

      const startedAt = generation;
      const rendered = render().then(async (response) => {
        const maxAge = sharedMaxAge(response);
        if (!maxAge) {
          unshared.set(key, true);
          return { response, page: null };
        }
        unshared.delete(key);
        const page = await toStoredPage(response, nonce);
        // A change committed while this page rendered may not be in it: serve it, do not keep it.
        if (listening && startedAt === generation && request.method === "GET")
          pages.set(key, page, { ttl: maxAge * 1000 });
        return { response, page };
      });
      if (request.method === "GET" && !unshared.has(key)) {
        const shared = rendered.then(
          ({ page }) => page,
          () => null,
        );
        rendering.set(key, { startedAt, page: shared });
        void shared.then(() => rendering.delete(key));
      }
      const { response, page } = await rendered;
      return page ? answer(page, request, nonce, "miss") : response;
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
