import { createCookie } from "@remix-run/node";
import { z } from "zod";
import { getEnv } from "~/utils/env.server";

const SIXTY_DAYS = 60 * 24 * 60 * 60;

let cookie: ReturnType<typeof createCookie> | undefined;

// Created on first use, so importing this module never reads the environment.
function cartCookie() {
  const env = getEnv();
  cookie ??= createCookie("cart", {
    secrets: [env.SESSION_SECRET],
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production",
    path: "/",
    maxAge: SIXTY_DAYS,
  });
  return cookie;
}

const cartId = z.string().min(1).max(64);

/** The cart id the request's signed cookie names; null when absent, malformed or tampered with. */
export async function readCartId(request: Request): Promise<string | null> {
  try {
    const parsed = cartId.safeParse(await cartCookie().parse(request.headers.get("Cookie")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A Set-Cookie header value naming the cart, renewed for another sixty days. */
export function cartCookieHeader(id: string): Promise<string> {
  return cartCookie().serialize(id);
}
