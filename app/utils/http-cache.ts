import type { HeadersFunction } from "@remix-run/node";

/**
 * Cache-Control for catalog pages (home, collections, products, search, journal, maker pages).
 *
 * Anonymous visitors all get the same page, so shared caches may keep it: 30 s fresh plus 30 s
 * stale while revalidating, never more than the one minute a maker's withdrawal may take to show
 * anywhere. Browsers revalidate every time (max-age=0) and get a 304 when nothing changed.
 * A request with a cookie may show its own bag or session, so it is private to that browser.
 * Vary: Cookie keeps a shared cache from handing one to the other.
 */
export const SHARED_PAGE_CACHE = "public, max-age=0, s-maxage=30, stale-while-revalidate=30";
export const PERSONAL_PAGE_CACHE = "private, no-cache";

export function catalogCacheHeaders(request: Request) {
  return {
    "Cache-Control": request.headers.has("cookie") ? PERSONAL_PAGE_CACHE : SHARED_PAGE_CACHE,
    Vary: "Cookie",
  };
}

/** A catalog route's `headers` export: the document gets what its loader decided. */
export const catalogHeaders: HeadersFunction = ({ loaderHeaders, errorHeaders }) => {
  const decided = errorHeaders ?? loaderHeaders;
  return {
    "Cache-Control": decided.get("Cache-Control") ?? PERSONAL_PAGE_CACHE,
    Vary: "Cookie",
  };
};

/** Personal pages (bag, checkout, orders, sign-in, back office, maker portal): kept by no cache. */
export const NO_STORE = { "Cache-Control": "private, no-store" } as const;

/** The headers of a personal page whose action may answer 429: NO_STORE, and the action's Retry-After. */
export const noStoreWithRetryAfter: HeadersFunction = ({ actionHeaders }) => {
  const headers = new Headers(NO_STORE);
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};
