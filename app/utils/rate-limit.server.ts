import { json } from "@remix-run/node";
import { hitRateLimit, type RateLimitWindow } from "~/models/rate-limit.server";
import { clientAddress } from "~/utils/client-address";
import { NO_STORE } from "~/utils/http-cache";

/**
 * A declared limit: `limit` tries per client address (and per `subject`, when given) in
 * `windowMs`. A feature that needs one adds it here and calls enforceRateLimit in its action.
 */
export type RateLimit = RateLimitWindow & {
  /** Names the counters: "<name>:ip:<address>", "<name>:subject:<subject>". */
  name: string;
  /** What the person is told, before "Please try again in …". */
  message: string;
};

const MINUTE = 60_000;

export const RATE_LIMITS = {
  /** Staff sign-in: guesses per account and per address (a success gives its try back). */
  signIn: { name: "login", limit: 10, windowMs: 15 * MINUTE, message: "Too many sign-in attempts." },
  /** Maker sign-in, the same rule under its own names. */
  makerSignIn: { name: "maker-login", limit: 10, windowMs: 15 * MINUTE, message: "Too many tries for now." },
  /** Checkout holds stock for a while; a shopper needs a few tries, not dozens. */
  checkout: { name: "checkout", limit: 20, windowMs: 10 * MINUTE, message: "Too many checkouts started from here." },
  /** Adding, changing and removing bag lines: generous for a person, a wall for a script. */
  cartWrite: { name: "cart", limit: 120, windowMs: MINUTE, message: "Too many changes to the bag in a short time." },
} satisfies Record<string, RateLimit>;

export type RateLimitOutcome = { allowed: true } | { allowed: false; response: Response };

/** Counts this try against the client's address (and `subject`); when over, the 429 to answer with. */
export async function checkRateLimit(request: Request, rule: RateLimit, subject?: string): Promise<RateLimitOutcome> {
  const decision = await hitRateLimit(rateLimitKeys(request, rule, subject), rule);
  if (decision.allowed) return decision;
  return { allowed: false, response: tooManyRequests(rule, decision.retryAfterSeconds) };
}

/** Like checkRateLimit, for actions that simply stop when over: throws the 429. */
export async function enforceRateLimit(request: Request, rule: RateLimit, subject?: string): Promise<void> {
  const outcome = await checkRateLimit(request, rule, subject);
  if (!outcome.allowed) throw outcome.response;
}

export function rateLimitKeys(request: Request, rule: RateLimit, subject?: string): string[] {
  const keys = [`${rule.name}:ip:${clientAddress(request)}`];
  if (subject !== undefined) keys.push(`${rule.name}:subject:${subject}`);
  return keys;
}

/** "Please try again in 3 minutes." */
export function retryWording(retryAfterSeconds: number) {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return retryAfterSeconds < 60 ? "Please try again in a minute." : `Please try again in ${minutes === 1 ? "1 minute" : `${minutes} minutes`}.`;
}

function tooManyRequests(rule: RateLimit, retryAfterSeconds: number) {
  return json(
    { message: `${rule.message} ${retryWording(retryAfterSeconds)}` },
    { status: 429, headers: { ...NO_STORE, "Retry-After": String(retryAfterSeconds) } },
  );
}
