/**
 * The client's address travels from the HTTP server to the app in this request header. The
 * server (scripts/lib/remix-http.ts) is its only writer: it takes the address from Express's
 * req.ip, which believes X-Forwarded-For only as far as TRUST_PROXY hops, and replaces whatever
 * a client sent under this name. A request that did not come through the server (a test, a
 * script) has none, and counts as this machine: "local".
 */
export const CLIENT_ADDRESS_HEADER = "x-belonging-client-address";

/** The client's address, for rate limits and the audit log. */
export function clientAddress(request: Request): string {
  return request.headers.get(CLIENT_ADDRESS_HEADER) ?? "local";
}
