import { createCookie } from "@remix-run/node";
import { z } from "zod";
import { getEnv } from "~/utils/env.server";

/**
 * What a checkout has to tell the shopper back on her bag ("Only 1 left of ..."): carried
 * across the redirect in a short-lived signed cookie and shown once.
 */
let cookie: ReturnType<typeof createCookie> | undefined;

function noticeCookie() {
  const env = getEnv();
  cookie ??= createCookie("checkout_notice", {
    secrets: [env.SESSION_SECRET],
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production",
    path: "/",
    maxAge: 300,
  });
  return cookie;
}

const MAX_NOTICES = 12;
const notice = z.object({ tone: z.enum(["error", "info"]), messages: z.array(z.string().max(400)).max(MAX_NOTICES) });
export type CheckoutNotice = z.infer<typeof notice>;

/** The Set-Cookie value that carries a notice to the next page. */
export function checkoutNoticeHeader(value: CheckoutNotice): Promise<string> {
  return noticeCookie().serialize({ tone: value.tone, messages: value.messages.slice(0, MAX_NOTICES).map((m) => m.slice(0, 400)) });
}

/** The notice the request carries (null when none or tampered with), and the header that clears it. */
export async function takeCheckoutNotice(request: Request): Promise<{ notice: CheckoutNotice | null; clear: string | null }> {
  const header = request.headers.get("Cookie");
  if (!header?.includes("checkout_notice=")) return { notice: null, clear: null };
  const clear = await noticeCookie().serialize("", { maxAge: 0 });
  try {
    const parsed = notice.safeParse(await noticeCookie().parse(header));
    return { notice: parsed.success ? parsed.data : null, clear };
  } catch {
    return { notice: null, clear };
  }
}
