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

/** Arguments for calling an action directly with a real urlencoded form POST, as a browser sends it. */
export function actionArgs(
  path: string,
  form: Record<string, string>,
  { cookie, params = {} }: { cookie?: string | null; params?: Record<string, string> } = {},
) {
  const headers = new Headers({ "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN });
  if (cookie) headers.set("Cookie", cookie);
  const request = new Request(new URL(path, ORIGIN), { method: "POST", headers, body: new URLSearchParams(form) });
  return { request, params, context: testContext() };
}
