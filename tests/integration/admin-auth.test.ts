import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { loader as adminLoader } from "~/routes/admin";
import { action as loginAction, loader as loginLoader } from "~/routes/login";
import { action as logoutAction } from "~/routes/logout";
import { findSessionUser, SESSION_IDLE_MS, SESSION_MAX_MS } from "~/models/session.server";
import { safeRedirect } from "~/utils/auth.server";
import { prisma } from "~/utils/db.server";
import { cookieFrom, createUser, requestArgs, respond, sessionCookieFor, TEST_PASSWORD } from "../factories/user.ts";

const DAY = 24 * 60 * 60 * 1000;

function signInArgs(email: string, password: string, extra: { cookie?: string; redirectTo?: string } = {}) {
  const form: Record<string, string> = { email, password };
  if (extra.redirectTo) form.redirectTo = extra.redirectTo;
  return requestArgs("/login", { form, cookie: extra.cookie });
}

const signIn = (email: string, password: string, extra?: { cookie?: string; redirectTo?: string }) =>
  respond(() => loginAction(signInArgs(email, password, extra)));

const tokenHash = (cookie: string) => {
  const value = decodeURIComponent(cookie.slice(cookie.indexOf("=") + 1));
  const token = JSON.parse(Buffer.from(value, "base64").toString("utf8")) as string;
  return createHash("sha256").update(token).digest("hex");
};

beforeEach(async () => {
  // Every request here comes from the same "local" address; each test starts with a clean count.
  await prisma.rateLimitCounter.deleteMany();
});

describe("signing in", () => {
  it("creates a session row and sets an httpOnly, SameSite=Lax cookie holding only its token", async () => {
    const user = await createUser({ role: "INVENTORY" });
    const response = await signIn(user.email!, TEST_PASSWORD);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/admin");
    const setCookie = response.headers.get("Set-Cookie")!;
    expect(setCookie).toMatch(/^belonging_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    const sessions = await prisma.session.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.id).toBe(tokenHash(cookieFrom(response)));
    expect(sessions[0]!.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_IDLE_MS - 60_000);
  });

  it("accepts the email in any case and goes back to a safe redirectTo", async () => {
    const user = await createUser();
    const response = await signIn(user.email!.toUpperCase(), TEST_PASSWORD, { redirectTo: "/admin/products?page=2" });
    expect(response.headers.get("Location")).toBe("/admin/products?page=2");
    const offsite = await signIn(user.email!, TEST_PASSWORD, { redirectTo: "https://evil.example/admin" });
    expect(offsite.headers.get("Location")).toBe("/admin");
  });

  it("issues a new session id at sign-in and ends the one the browser had", async () => {
    const user = await createUser();
    const before = await sessionCookieFor(user.id);
    const response = await signIn(user.email!, TEST_PASSWORD, { cookie: before });
    const after = cookieFrom(response);
    expect(tokenHash(after)).not.toBe(tokenHash(before));
    expect(await prisma.session.findUnique({ where: { id: tokenHash(before) } })).toBeNull();
    expect(await prisma.session.findUnique({ where: { id: tokenHash(after) } })).not.toBeNull();
  });

  it("answers a wrong password and an unknown email with the same words and status", async () => {
    const user = await createUser();
    const wrongPassword = await signIn(user.email!, "not the right password at all");
    const unknownEmail = await signIn("nobody-here@example.test", TEST_PASSWORD);
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    const [a, b] = [await wrongPassword.json(), await unknownEmail.json()];
    expect(a.message).toBe(b.message);
    expect(a.message).toMatch(/do not match an account/);
    expect(wrongPassword.headers.get("Set-Cookie")).toBeNull();
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("validates the form: a missing email or a password under 12 characters is a 400 next to the field", async () => {
    const response = await signIn("", "short");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors.email).toMatch(/email/i);
    expect(body.errors.password).toMatch(/at least 12/);
  });

  it("refuses an inactive account with the same words, and its existing sessions stop working", async () => {
    const user = await createUser({ role: "EDITOR" });
    const cookie = await sessionCookieFor(user.id);
    await prisma.user.update({ where: { id: user.id }, data: { active: false } });
    const response = await signIn(user.email!, TEST_PASSWORD);
    expect(response.status).toBe(401);
    expect((await response.json()).message).toMatch(/do not match an account/);
    const page = await respond(() => adminLoader(requestArgs("/admin", { cookie })));
    expect(page.status).toBe(302);
    expect(page.headers.get("Location")).toBe("/login?redirectTo=%2Fadmin");
  });

  it("sends someone already signed in from /login to where they were going", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    const response = await respond(() => loginLoader(requestArgs("/login?redirectTo=/admin/staff", { cookie })));
    expect(response.headers.get("Location")).toBe("/admin/staff");
  });
});

describe("sessions", () => {
  it("are not honoured once expired", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    await prisma.session.update({ where: { id: tokenHash(cookie) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const response = await respond(() => adminLoader(requestArgs("/admin", { cookie })));
    expect(response.headers.get("Location")).toMatch(/^\/login/);
  });

  it("slide forward with use, but never past 30 days after sign-in", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    const id = tokenHash(cookie);
    const token = JSON.parse(Buffer.from(decodeURIComponent(cookie.split("=")[1]!), "base64").toString()) as string;

    await prisma.session.update({ where: { id }, data: { expiresAt: new Date(Date.now() + 2 * DAY) } });
    expect(await findSessionUser(token)).not.toBeNull();
    const slid = await prisma.session.findUniqueOrThrow({ where: { id } });
    expect(slid.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_IDLE_MS - 60_000);

    const createdAt = new Date(Date.now() - 28 * DAY);
    await prisma.session.update({ where: { id }, data: { createdAt, expiresAt: new Date(Date.now() + DAY / 2) } });
    await findSessionUser(token);
    const capped = await prisma.session.findUniqueOrThrow({ where: { id } });
    expect(capped.expiresAt.getTime()).toBe(createdAt.getTime() + SESSION_MAX_MS);
  });
});

describe("throttling", () => {
  it("blocks an account after 10 failures in 15 minutes, even with the right password, in PostgreSQL", async () => {
    const user = await createUser();
    for (let i = 0; i < 10; i++) expect((await signIn(user.email!, `wrong password number ${i}`)).status).toBe(401);
    const blocked = await signIn(user.email!, TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect((await blocked.json()).message).toBe("Too many attempts. Please try again in 15 minutes.");
    expect(Number(blocked.headers.get("Retry-After"))).toBeGreaterThan(14 * 60);
    expect(blocked.headers.get("Set-Cookie")).toBeNull();

    // A fresh copy of every module (as another app process would have) sees the same count.
    vi.resetModules();
    const fresh = await import("~/routes/login");
    const again = await respond(() => fresh.action(signInArgs(user.email!, TEST_PASSWORD)));
    expect(again.status).toBe(429);
    expect(await prisma.rateLimitCounter.findUnique({ where: { key: `login:subject:${user.email}` }, select: { hits: true } })).toEqual({ hits: 12 });
  });

  it("says how long is left in the window", async () => {
    const user = await createUser();
    const inTwelveMinutes = new Date(Date.now() + 12 * 60 * 1000);
    await prisma.rateLimitCounter.create({ data: { key: `login:subject:${user.email}`, hits: 10, resetAt: inTwelveMinutes } });
    const blocked = await signIn(user.email!, TEST_PASSWORD);
    expect((await blocked.json()).message).toBe("Too many attempts. Please try again in 12 minutes.");
  });

  it("forgets tries once their 15 minutes are over, and a success clears the account's count", async () => {
    const user = await createUser();
    const over = new Date(Date.now() - 60 * 1000);
    await prisma.rateLimitCounter.create({ data: { key: `login:subject:${user.email}`, hits: 10, resetAt: over } });
    expect((await signIn(user.email!, "wrong password, once more")).status).toBe(401);
    expect((await signIn(user.email!, TEST_PASSWORD)).status).toBe(302);
    expect(await prisma.rateLimitCounter.findUnique({ where: { key: `login:subject:${user.email}` } })).toBeNull();
  });

  it("blocks an address after 10 failures across different accounts", async () => {
    for (let i = 0; i < 10; i++) await signIn(`guess-${i}@example.test`, "a guessed password");
    const user = await createUser();
    const blocked = await signIn(user.email!, TEST_PASSWORD);
    expect(blocked.status).toBe(429);
  });

  it("throttles 20 concurrent wrong sign-ins at the limit, not after", async () => {
    const user = await createUser();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(user.email!, `concurrent wrong guess ${i}`)));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([...Array<number>(10).fill(401), ...Array<number>(10).fill(429)]);
  });
});

describe("signing out", () => {
  it("ends this session and clears the cookie", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    const other = await sessionCookieFor(user.id);
    const response = await respond(() => logoutAction(requestArgs("/logout", { cookie, form: { scope: "this-device" } })));
    expect(response.headers.get("Location")).toBe("/login?notice=signed-out");
    expect(response.headers.get("Set-Cookie")).toMatch(/Max-Age=0/);
    expect(await prisma.session.findUnique({ where: { id: tokenHash(cookie) } })).toBeNull();
    expect(await prisma.session.findUnique({ where: { id: tokenHash(other) } })).not.toBeNull();
    const page = await respond(() => adminLoader(requestArgs("/admin", { cookie })));
    expect(page.headers.get("Location")).toMatch(/^\/login/);
  });

  it("everywhere ends every session of the user, and is recorded", async () => {
    const user = await createUser();
    const bystander = await createUser();
    const cookie = await sessionCookieFor(user.id);
    await sessionCookieFor(user.id);
    await sessionCookieFor(bystander.id);
    const response = await respond(() => logoutAction(requestArgs("/logout", { cookie, form: { scope: "everywhere" } })));
    expect(response.headers.get("Location")).toBe("/login?notice=signed-out-everywhere");
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.session.count({ where: { userId: bystander.id } })).toBe(1);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { actorId: user.id } });
    expect(event).toMatchObject({ action: "user.signed_out_everywhere", after: { sessionsEnded: 2 }, ip: "local" });
  });
});

describe("safeRedirect", () => {
  it.each([
    ["/admin/products", "/admin/products"],
    ["/admin?x=1#top", "/admin?x=1#top"],
    ["//evil.example", "/admin"],
    ["/\\evil.example", "/admin"],
    ["https://evil.example/admin", "/admin"],
    ["javascript:alert(1)", "/admin"],
    ["/admin\\..\\x", "/admin"],
    ["/\tevil", "/admin"],
    ["admin", "/admin"],
    ["", "/admin"],
    [null, "/admin"],
  ])("%s → %s", (to, expected) => {
    expect(safeRedirect(to)).toBe(expected);
  });

  it("uses the fallback it is given", () => {
    expect(safeRedirect("//x", "/")).toBe("/");
  });
});

describe("the production cookie", () => {
  it("is __Host-belonging_session, Secure, for path /", async () => {
    vi.resetModules();
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("SHOP_URL", "https://shop.example");
    vi.stubEnv("STRIPE_SECRET_KEY", "sk_live_x");
    vi.stubEnv("STRIPE_WEBHOOK_SECRET", "whsec_x");
    vi.stubEnv("SMTP_URL", "smtp://mail.example");
    try {
      const auth = await import("~/utils/auth.server");
      const header = await auth.sessionCookieHeader("x".repeat(43));
      expect(header).toMatch(/^__Host-belonging_session=/);
      expect(header).toMatch(/; Secure/);
      expect(header).toMatch(/Path=\//);
      expect(header).not.toMatch(/Domain=/i);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
