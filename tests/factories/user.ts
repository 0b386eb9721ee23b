import { randomUUID } from "node:crypto";
import type { Role } from "~/generated/prisma/client";
import { createSession } from "~/models/session.server";
import { sessionCookieHeader } from "~/utils/auth.server";
import { prisma } from "~/utils/db.server";
import { hashPassword } from "~/utils/password.server";
import { testContext } from "../remix.ts";

export const TEST_PASSWORD = "correct horse battery staple";

// Hashing costs ~50 ms; every factory user with the default password shares one hash.
let defaultHash: Promise<string> | undefined;

/** A user (staff by default) who can sign in with TEST_PASSWORD unless told otherwise. */
export async function createUser(overrides: { role?: Role; email?: string; name?: string; active?: boolean; password?: string | null } = {}) {
  const id = randomUUID().slice(0, 8);
  const password = overrides.password === undefined ? TEST_PASSWORD : overrides.password;
  defaultHash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = password === null ? null : password === TEST_PASSWORD ? await defaultHash : await hashPassword(password);
  return prisma.user.create({
    data: {
      email: (overrides.email ?? `staff-${id}@example.test`).toLowerCase(),
      name: overrides.name ?? `Staff ${id}`,
      role: overrides.role ?? "OWNER",
      active: overrides.active ?? true,
      passwordHash,
    },
  });
}

/** A Cookie request header for a fresh session of the user, as the browser would send it. */
export async function sessionCookieFor(userId: string) {
  const setCookie = await sessionCookieHeader(await createSession(userId));
  return setCookie.split(";")[0]!;
}

/** The name=value pair of a Set-Cookie header, for sending it back. */
export function cookieFrom(response: Response) {
  return (response.headers.get("Set-Cookie") ?? "").split(";")[0]!;
}

/** Arguments for a loader or action, as the given cookie (or anonymous) would send them. */
export function requestArgs(
  path: string,
  options: { cookie?: string; form?: Record<string, string> | FormData; params?: Record<string, string>; headers?: Record<string, string> } = {},
) {
  const headers = new Headers(options.headers);
  if (options.cookie) headers.set("Cookie", options.cookie);
  const body =
    options.form === undefined ? undefined : options.form instanceof FormData ? options.form : new URLSearchParams(options.form);
  return {
    request: new Request(new URL(path, "http://localhost:3000"), { method: body ? "POST" : "GET", headers, body }),
    params: options.params ?? {},
    context: testContext(),
  };
}

/** Runs a loader or action; a thrown Response (redirect, 403, 404) is returned like a returned one. */
export async function respond(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
