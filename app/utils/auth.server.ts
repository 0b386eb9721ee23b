import { createCookie, json, redirect } from "@remix-run/node";
import type { Actor } from "~/models/audit.server";
import { clearRateLimit, hitRateLimit, refundRateLimit } from "~/models/rate-limit.server";
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findSessionUser,
  SESSION_MAX_MS,
  type SessionUser,
} from "~/models/session.server";
import { findUserForSignIn, recordSignOutEverywhere } from "~/models/user.server";
import { clientAddress } from "~/utils/client-address";
import { getEnv } from "~/utils/env.server";
import { NO_STORE } from "~/utils/http-cache";
import { RATE_LIMITS, rateLimitKeys, type RateLimit } from "~/utils/rate-limit.server";
import { hashPassword, verifyPassword } from "~/utils/password.server";
import type { Role } from "~/utils/permissions";

export type { SessionUser };

let sessionCookie: ReturnType<typeof createCookie> | undefined;

// In production the __Host- prefix makes the browser insist on Secure, Path=/ and no Domain.
// Unsigned on purpose: the value is 32 random bytes, checked against the database.
function cookie() {
  const production = getEnv().NODE_ENV === "production";
  sessionCookie ??= createCookie(production ? "__Host-belonging_session" : "belonging_session", {
    httpOnly: true,
    sameSite: "lax",
    secure: production,
    path: "/",
    maxAge: SESSION_MAX_MS / 1000,
  });
  return sessionCookie;
}

async function readToken(request: Request): Promise<string | null> {
  try {
    const value: unknown = await cookie().parse(request.headers.get("Cookie"));
    return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
  } catch {
    return null;
  }
}

/** The Set-Cookie value that carries a session token. */
export function sessionCookieHeader(token: string): Promise<string> {
  return cookie().serialize(token);
}

function clearCookieHeader() {
  return cookie().serialize("", { maxAge: 0 });
}

/**
 * A same-site path to go to after signing in, or `fallback`. Refuses anything that could
 * leave the shop: absolute URLs, protocol-relative "//host", backslash tricks, control characters.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/admin"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(to)) return fallback;
  const base = "http://belonging.invalid";
  const url = new URL(to, base);
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : fallback;
}

/** Where a user lands after signing in when nothing else was asked for. */
export function homeFor(role: Role) {
  return role === "MAKER" ? "/maker" : "/admin";
}

export async function getUser(request: Request): Promise<SessionUser | null> {
  const token = await readToken(request);
  return token ? findSessionUser(token) : null;
}

/** The signed-in, active user, or a redirect to /login that comes back here afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (user) return user;
  const url = new URL(request.url);
  url.searchParams.delete("_data");
  const back = `${url.pathname}${url.search}`;
  throw redirect(`/login?${new URLSearchParams({ redirectTo: back })}`, { headers: NO_STORE });
}

/**
 * The signed-in user if their role is one of `roles` (an entry of PERMISSIONS); otherwise a
 * redirect to sign in, or 403. Every admin loader and action calls this itself: Remix runs
 * nested loaders in parallel, so a layout's check protects nothing below it.
 */
export async function requireStaff(request: Request, roles: readonly Role[]): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!roles.includes(user.role)) {
    throw json({ message: "Your role does not include this part of the back office." }, { status: 403, headers: NO_STORE });
  }
  return user;
}

/** The acting staff member for the audit log. */
export function actorFor(request: Request, user: SessionUser): Actor {
  return { id: user.id, ip: clientAddress(request) };
}

// Verified against when there is no usable account, so a wrong email takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

export type SignInResult =
  | { ok: true; headers: Headers; role: Role }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks the credentials with at most 10 tries per 15 minutes per account and per address,
 * counted in PostgreSQL before the password is checked, so every app process sees them and
 * concurrent guesses cannot slip past the limit. On success: the tries are given back, and a
 * brand-new session (any session the request carried is ended first, so no earlier id survives).
 */
export async function signIn(request: Request, email: string, password: string): Promise<SignInResult> {
  return signInAccount(request, RATE_LIMITS.signIn, email.toLowerCase(), () => findUserForSignIn(email), password);
}

type SignInCandidate = { id: string; role: Role; active: boolean; passwordHash: string | null } | null;

/**
 * The shared sign-in steps for staff (email) and makers (sign-in name): `rule` and `account`
 * name the rate limit, `findUser` looks the account up. A missing account costs as much time
 * as a wrong password.
 */
export async function signInAccount(
  request: Request,
  rule: RateLimit,
  account: string,
  findUser: () => Promise<SignInCandidate>,
  password: string,
): Promise<SignInResult> {
  const [addressKey, accountKey] = rateLimitKeys(request, rule, account) as [string, string];
  const decision = await hitRateLimit([addressKey, accountKey], rule);
  if (!decision.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: decision.retryAfterSeconds };

  const user = await findUser();
  const usable = user?.active && user.passwordHash ? user : null;
  dummyHash ??= hashPassword("not-a-real-password-only-for-timing");
  const valid = await verifyPassword(usable?.passwordHash ?? (await dummyHash), password);
  if (!usable || !valid) return { ok: false, reason: "invalid" };

  await refundRateLimit([addressKey]);
  await clearRateLimit(accountKey);
  return { ok: true, role: usable.role, headers: await startSession(request, usable.id) };
}

/** A brand-new session for the user, ending the one the request carried; returns its headers. */
export async function startSession(request: Request, userId: string): Promise<Headers> {
  const previous = await readToken(request);
  if (previous) await deleteSession(previous);
  await deleteExpiredSessions();
  const token = await createSession(userId);
  return new Headers({ "Set-Cookie": await sessionCookieHeader(token), ...NO_STORE });
}

/** Ends this session; returns the headers that clear the cookie. */
export async function signOut(request: Request): Promise<Headers> {
  const token = await readToken(request);
  if (token) await deleteSession(token);
  return new Headers({ "Set-Cookie": await clearCookieHeader(), ...NO_STORE });
}

/** Ends every session of the signed-in user, on every device. */
export async function signOutEverywhere(request: Request, user: SessionUser): Promise<Headers> {
  const ended = await deleteUserSessions(user.id);
  await recordSignOutEverywhere(actorFor(request, user), ended);
  return new Headers({ "Set-Cookie": await clearCookieHeader(), ...NO_STORE });
}
