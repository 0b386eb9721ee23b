import type { Logger } from "pino";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Per-request nonce for the Content-Security-Policy (see scripts/lib/http-server.ts). */
    cspNonce: string;
    requestId: string;
    logger: Logger;
  }
}
