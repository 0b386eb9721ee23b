import { createCookie, json, redirect } from "@remix-run/node";
import type { Actor } from "~/models/audit.server";
import { clearRateLimit, rateLimitedUntil, recordRateLimitHit, type RateLimit } from "~/models/rate-limit.server";
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
import { getEnv } from "~/utils/env.server";
import { NO_STORE } from "~/utils/http-cache";
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
 * The client's IP, for rate limits and the audit log. Only in production is the shop behind
 * our reverse proxy (Express trusts exactly one hop there), which sets X-Forwarded-For; its
 * first entry is the client. Anywhere else nothing sets that header but the client itself, so
 * trusting it would let anyone pick a fresh "IP" per attempt: every request counts as "local".
 */
export function clientIp(request: Request, production = getEnv().NODE_ENV === "production"): string {
  if (!production) return "local";
  const first = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return first || "unknown";
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
  return { id: user.id, ip: clientIp(request) };
}

export const LOGIN_LIMIT: RateLimit = { limit: 10, windowMs: 15 * 60 * 1000 };

// Verified against when there is no usable account, so a wrong email takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

export type SignInResult =
  | { ok: true; headers: Headers; role: Role }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryInMinutes: number };

/**
 * Checks the credentials with at most 10 failures per 15 minutes per account and per IP,
 * counted in PostgreSQL so every app process sees them. On success: a brand-new session
 * (any session the request carried is ended first, so no earlier id survives sign-in).
 */
export async function signIn(request: Request, email: string, password: string): Promise<SignInResult> {
  return signInAccount(request, `login:account:${email.toLowerCase()}`, () => findUserForSignIn(email), password);
}

type SignInCandidate = { id: string; role: Role; active: boolean; passwordHash: string | null } | null;

/**
 * The shared sign-in steps for staff (email) and makers (sign-in name): `accountKey` names the
 * account's rate limit, `findUser` looks the account up. A missing account costs as much time
 * as a wrong password.
 */
export async function signInAccount(
  request: Request,
  accountKey: string,
  findUser: () => Promise<SignInCandidate>,
  password: string,
): Promise<SignInResult> {
  const keys = [accountKey, `login:ip:${clientIp(request)}`];
  const until = await rateLimitedUntil(keys, LOGIN_LIMIT);
  if (until) return { ok: false, reason: "throttled", retryInMinutes: Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000)) };

  const user = await findUser();
  const usable = user?.active && user.passwordHash ? user : null;
  dummyHash ??= hashPassword("not-a-real-password-only-for-timing");
  const valid = await verifyPassword(usable?.passwordHash ?? (await dummyHash), password);
  if (!usable || !valid) {
    await recordRateLimitHit(keys, LOGIN_LIMIT);
    return { ok: false, reason: "invalid" };
  }

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
