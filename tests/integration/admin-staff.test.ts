import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { AUDIT_PAGE_SIZE } from "~/models/admin-audit.server";
import { loader as auditLoader } from "~/routes/admin.audit";
import { action as staffAction, loader as staffLoader } from "~/routes/admin.staff";
import { action as loginAction } from "~/routes/login";
import { action as setPasswordAction, loader as setPasswordLoader } from "~/routes/login_.set-password";
import { prisma } from "~/utils/db.server";
import { createUser, requestArgs, respond, sessionCookieFor } from "../factories/user.ts";

let owner: Awaited<ReturnType<typeof createUser>>;
let ownerCookie: string;

beforeEach(async () => {
  await prisma.rateLimitCounter.deleteMany();
  // Each test starts with exactly one active owner: the one it signs in as.
  await prisma.user.updateMany({ where: { role: "OWNER" }, data: { active: false } });
  owner = await createUser({ role: "OWNER", name: "Olive Owner" });
  ownerCookie = await sessionCookieFor(owner.id);
});

const staff = (form: Record<string, string>) => respond(() => staffAction(requestArgs("/admin/staff", { cookie: ownerCookie, form })));

function tokenFrom(link: string) {
  return new URL(link).searchParams.get("token")!;
}

describe("inviting staff", () => {
  it("creates an account without a password and a one-time link of which only a hash is stored", async () => {
    const response = await staff({ intent: "invite", name: "Ines Inventory", email: "Ines@Example.test", role: "INVENTORY" });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.link).toMatch(/^http:\/\/localhost:3000\/login\/set-password\?token=[A-Za-z0-9_-]{43}$/);
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "ines@example.test" }, include: { passwordTokens: true } });
    expect(user).toMatchObject({ role: "INVENTORY", passwordHash: null, active: true });
    const token = tokenFrom(body.link);
    expect(user.passwordTokens).toHaveLength(1);
    expect(user.passwordTokens[0]!.id).toBe(createHash("sha256").update(token).digest("hex"));
    const hours = (user.passwordTokens[0]!.expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.invited" } });
    expect(event).toMatchObject({ actorId: owner.id, entityType: "User", entityId: user.id, ip: "local" });
    expect(event.after).toEqual({ email: "ines@example.test", name: "Ines Inventory", role: "INVENTORY" });
  });

  it("refuses a taken email next to the field, keeping what was typed", async () => {
    const existing = await createUser({ role: "EDITOR" });
    const response = await staff({ intent: "invite", name: "Someone", email: existing.email!, role: "EDITOR" });
    expect(response.status).toBe(409);
    const body = await response.json();
    expect(body.errors.email).toMatch(/already an account/);
    expect(body.values.name).toBe("Someone");
    expect(await prisma.user.count({ where: { email: existing.email } })).toBe(1);
  });

  it("validates every field, and cannot make a maker account", async () => {
    const before = await prisma.user.count();
    const response = await staff({ intent: "invite", name: "", email: "not-an-email", role: "MAKER" });
    expect(response.status).toBe(400);
    const { errors } = await response.json();
    expect(Object.keys(errors).sort()).toEqual(["email", "name", "role"]);
    expect(await prisma.user.count()).toBe(before);
  });
});

describe("the set-password link", () => {
  let invited = 0;
  async function invite() {
    const email = `eve-${++invited}@example.test`;
    const body = await (await staff({ intent: "invite", name: "Eve Editor", email, role: "EDITOR" })).json();
    return { token: tokenFrom(body.link), email };
  }
  const setPassword = (form: Record<string, string>) => respond(() => setPasswordAction(requestArgs("/login/set-password", { form })));

  it("sets the password once; the new staff member can then sign in", async () => {
    const { token, email } = await invite();
    const page = await (await setPasswordLoader(requestArgs(`/login/set-password?token=${token}`))).json();
    expect(page.user).toEqual({ name: "Eve Editor", email });

    const mismatch = await setPassword({ token, password: "a long enough password", confirm: "something else entirely" });
    expect(mismatch.status).toBe(400);
    expect((await mismatch.json()).errors.confirm).toMatch(/not the same/);
    const short = await setPassword({ token, password: "short", confirm: "short" });
    expect((await short.json()).errors.password).toMatch(/at least 12/);

    const done = await setPassword({ token, password: "a long enough password", confirm: "a long enough password" });
    expect(done.headers.get("Location")).toBe("/login?notice=password-set");
    const signIn = await respond(() => loginAction(requestArgs("/login", { form: { email, password: "a long enough password" } })));
    expect(signIn.headers.get("Location")).toBe("/admin");

    const again = await setPassword({ token, password: "another long password", confirm: "another long password" });
    expect(again.status).toBe(410);
    const pageAgain = await (await setPasswordLoader(requestArgs(`/login/set-password?token=${token}`))).json();
    expect(pageAgain.user).toBeNull();
  });

  it("does not work after 72 hours, nor for a deactivated account", async () => {
    const { token } = await invite();
    const id = createHash("sha256").update(token).digest("hex");
    await prisma.passwordToken.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await setPassword({ token, password: "a long enough password", confirm: "a long enough password" })).status).toBe(410);

    const second = await invite();
    const user = await prisma.passwordToken.findUniqueOrThrow({ where: { id: createHash("sha256").update(second.token).digest("hex") } });
    await prisma.user.update({ where: { id: user.userId }, data: { active: false } });
    expect((await setPassword({ token: second.token, password: "a long enough password", confirm: "a long enough password" })).status).toBe(410);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.userId } })).passwordHash).toBeNull();
  });

  it("a new link replaces the old one", async () => {
    const { token, email } = await invite();
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    const body = await (await staff({ intent: "link", userId: user.id })).json();
    expect(body.ok).toBe(true);
    expect((await setPassword({ token, password: "a long enough password", confirm: "a long enough password" })).status).toBe(410);
    const fresh = tokenFrom(body.link);
    expect((await setPassword({ token: fresh, password: "a long enough password", confirm: "a long enough password" })).status).toBe(302);
  });
});

describe("roles and deactivation", () => {
  it("changes a role, recording before and after", async () => {
    const editor = await createUser({ role: "EDITOR" });
    const response = await staff({ intent: "role", userId: editor.id, role: "STORYTELLER" });
    expect((await response.json()).ok).toBe(true);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe("STORYTELLER");
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.role_changed", entityId: editor.id } });
    expect(event).toMatchObject({ before: { role: "EDITOR" }, after: { role: "STORYTELLER" }, actorId: owner.id });
  });

  it("will not demote or deactivate the last active owner, but will once there is another", async () => {
    const demote = await staff({ intent: "role", userId: owner.id, role: "EDITOR" });
    expect(demote.status).toBe(409);
    expect((await demote.json()).message).toMatch(/at least one active owner/);
    const deactivate = await staff({ intent: "deactivate", userId: owner.id });
    expect(deactivate.status).toBe(409);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: owner.id } })).toMatchObject({ role: "OWNER", active: true });
    expect(await prisma.auditEvent.count({ where: { entityId: owner.id } })).toBe(0);

    await createUser({ role: "OWNER" });
    expect((await staff({ intent: "role", userId: owner.id, role: "EDITOR" })).status).toBe(200);
  });

  it("deactivating ends every session at once; reactivating lets them sign in again", async () => {
    const worker = await createUser({ role: "INVENTORY" });
    const cookie = await sessionCookieFor(worker.id);
    await sessionCookieFor(worker.id);
    expect((await staff({ intent: "deactivate", userId: worker.id })).status).toBe(200);
    expect(await prisma.session.count({ where: { userId: worker.id } })).toBe(0);
    const denied = await respond(() => staffLoader(requestArgs("/admin/staff", { cookie })));
    expect(denied.headers.get("Location")).toMatch(/^\/login/);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.deactivated", entityId: worker.id } });
    expect(event.after).toEqual({ active: false, sessionsEnded: 2 });
    expect((await staff({ intent: "reactivate", userId: worker.id })).status).toBe(200);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: worker.id } })).active).toBe(true);
  });

  it("answers an unknown account with 404, and a maker account is not staff", async () => {
    expect((await staff({ intent: "deactivate", userId: "no-such-user" })).status).toBe(404);
    const maker = await createUser({ role: "MAKER" });
    expect((await staff({ intent: "role", userId: maker.id, role: "OWNER" })).status).toBe(404);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: maker.id } })).role).toBe("MAKER");
  });

  it("lists staff without password hashes", async () => {
    await createUser({ role: "EDITOR", password: null });
    const { staff: rows } = await (await staffLoader(requestArgs("/admin/staff", { cookie: ownerCookie }))).json();
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row).not.toHaveProperty("passwordHash");
    expect(rows.some((row: { hasPassword: boolean }) => !row.hasPassword)).toBe(true);
  });
});

describe("the audit log", () => {
  it("is append-only: the database refuses updates and deletes", async () => {
    await staff({ intent: "invite", name: "Ann", email: "ann@example.test", role: "EDITOR" });
    const event = await prisma.auditEvent.findFirstOrThrow();
    await expect(prisma.auditEvent.update({ where: { id: event.id }, data: { action: "rewritten" } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
  });

  it("filters by who, what and when, and pages", async () => {
    const other = await createUser({ role: "OWNER", name: "Otto Owner" });
    const otherCookie = await sessionCookieFor(other.id);
    const editor = await createUser({ role: "EDITOR" });
    await staff({ intent: "role", userId: editor.id, role: "STORYTELLER" });
    await respond(() => staffAction(requestArgs("/admin/staff", { cookie: otherCookie, form: { intent: "role", userId: editor.id, role: "EDITOR" } })));
    const audit = async (query: string) => (await auditLoader(requestArgs(`/admin/audit${query}`, { cookie: ownerCookie }))).json();

    const byOther = await audit(`?actor=${other.id}`);
    expect(byOther.events).toHaveLength(1);
    expect(byOther.events[0]).toMatchObject({ action: "user.role_changed", actor: { name: "Otto Owner" }, after: { role: "EDITOR" } });
    expect((await audit("?entity=Product")).events).toHaveLength(0);
    expect((await audit("?entity=User")).events.length).toBeGreaterThanOrEqual(2);
    const today = new Date().toISOString().slice(0, 10);
    expect((await audit(`?from=${today}&to=${today}`)).events.length).toBeGreaterThanOrEqual(2);
    expect((await audit("?to=2000-01-01")).events).toHaveLength(0);
    // Malformed filters are ignored, not errors.
    expect((await audit("?entity=Nope&from=yesterday&page=-3")).filter).toMatchObject({ page: 1 });

    await prisma.auditEvent.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE }, (_, i) => ({ actorId: owner.id, action: "test.filler", entityType: "User", entityId: `filler-${i}` })),
    });
    const first = await audit("");
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.hasMore).toBe(true);
    const second = await audit("?page=2");
    expect(second.events.length).toBeGreaterThanOrEqual(2);
    expect(second.hasMore).toBe(false);
  });
});
