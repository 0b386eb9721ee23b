import { getEnv } from "~/utils/env.server";

/** The shop's public origin for absolute URLs: SHOP_URL when set (required in production), else the request's. */
export function shopOrigin(request: Request): string {
  const configured = getEnv().SHOP_URL;
  return configured ? new URL(configured).origin : new URL(request.url).origin;
}
