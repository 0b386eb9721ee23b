import type { AppLoadContext } from "@remix-run/node";
import { logger } from "~/utils/logger.server";

const ORIGIN = "http://localhost:3000";

export function testContext(): AppLoadContext {
  return { cspNonce: "test-nonce", requestId: "test-request", logger };
}

/** Arguments for calling a loader directly with a real Request. */
export function loaderArgs(path: string, params: Record<string, string> = {}, init?: RequestInit) {
  return { request: new Request(new URL(path, ORIGIN), init), params, context: testContext() };
}
