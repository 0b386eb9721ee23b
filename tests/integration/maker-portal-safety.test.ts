// Her portal in her language and safe on a shared phone: the language she chose is kept, the
// words she approves are recorded with their language, her sessions end sooner, she can sign
// out everywhere, and the portal is never indexed and sends no referrer.
import { describe, expect, it } from "vitest";
import { SESSION_IDLE_MS } from "~/models/session.server";
import { headers as portalHeaders, loader as portalLoader } from "~/routes/maker";
import { loader as homeLoader } from "~/routes/maker._index";
import { loader as iconLoader } from "~/routes/maker.icon.$file";
import { action as logoutAction } from "~/routes/maker.logout";
import { loader as manifestLoader } from "~/routes/maker.manifest[.]webmanifest";
import { action as previewAction, loader as previewLoader } from "~/routes/maker.preview";
import { loader as editLoader } from "~/routes/maker.edit";
import { action as historyAction } from "~/routes/maker.history";
import { queueConsentReminders } from "~/models/admin-consent-reminders.server";
import { recordExpiredConsents } from "~/models/maker.server";
import { type OutgoingMail, sendDueEmails } from "~/services/mail.server";
import { prisma } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { approvedEndingAt, createMakerWithAccount, profileContent } from "../factories/maker.ts";
import { createUser, requestArgs, respond, sessionCookieFor } from "../factories/user.ts";

const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;

async function layout(path: string, headers: Record<string, string> = {}) {
  const response = await respond(() => portalLoader(requestArgs(path, { headers })));
  return { response, data: await response.json() };
}

describe("her language", () => {
  it("comes from ?lang= on any portal address and is remembered in a cookie for the portal only", async () => {
    const { response, data } = await layout("/maker/login?lang=ne");
    expect(data.language).toBe("ne");
    expect(data.messages["nav.history"]).toBe("इतिहास");
    const cookie = response.headers.get("Set-Cookie")!;
    expect(cookie).toMatch(/^maker_lang=ne;/);
    expect(cookie).toMatch(/Path=\/maker/);
    expect(cookie).toMatch(/HttpOnly/);

    const remembered = await layout("/maker", { Cookie: "maker_lang=ne" });
    expect(remembered.data.language).toBe("ne");
    expect(remembered.response.headers.get("Set-Cookie")).toBeNull();
  });

  it("falls back to her browser's language, then English, and ignores a language it does not have", async () => {
    expect((await layout("/maker", { "Accept-Language": "fr-FR;q=0.9, es-MX;q=0.8" })).data.language).toBe("es");
    expect((await layout("/maker", { "Accept-Language": "de" })).data.language).toBe("en");
    const unknown = await layout("/maker?lang=xx", { Cookie: "maker_lang=es" });
    expect(unknown.data.language).toBe("es");
    expect(unknown.response.headers.get("Set-Cookie")).toBeNull();
    expect(unknown.data.languages.map((language: { code: string }) => language.code)).toEqual(["en", "es", "ne"]);
  });

  it("names countries in her language on the server, in the order of her language", async () => {
    const account = await createMakerWithAccount();
    const data = await (await respond(() => editLoader(requestArgs("/maker/edit", { cookie: `${account.cookie}; maker_lang=ne` })))).json();
    expect(data.countries.find((country: { code: string }) => country.code === "NP").name).toBe("नेपाल");
    const english = await (await respond(() => editLoader(requestArgs("/maker/edit", { cookie: account.cookie })))).json();
    expect(english.countries.find((country: { code: string }) => country.code === "FK").name).toBe("Falkland Islands");
  });

  it("records the words she approved, in her language, with her consent and its history", async () => {
    const account = await createMakerWithAccount();
    const cookie = `${account.cookie}; maker_lang=es`;
    const preview = await (await respond(() => previewLoader(requestArgs("/maker/preview", { cookie })))).json();
    expect(preview.consent).toMatch(/^Elijo mostrar lo que activé arriba/);
    const form = new URLSearchParams({ intent: "approve", versionId: account.draft.id, contentHash: account.draft.contentHash });
    form.append("fields", "bio");
    const approved = await respond(() => previewAction(requestArgs("/maker/preview", { cookie, form: Object.fromEntries(form) })));
    expect(approved.status).toBe(302);
    const consent = await prisma.makerConsent.findFirstOrThrow({ where: { makerId: account.maker.id, withdrawnAt: null } });
    expect(consent.language).toBe("es");
    expect(consent.wording).toBe(preview.consent.replace(/\d{1,2} de \w+ de \d{4}/, consent.wording!.match(/\d{1,2} de \w+ de \d{4}/)![0]));
    expect(consent.wording).toMatch(/como mucho hasta el \d{1,2} de \w+ de \d{4}/);
    const event = await prisma.consentEvent.findFirstOrThrow({ where: { makerId: account.maker.id, action: "GRANTED" } });
    expect(event).toMatchObject({ language: "es", wording: consent.wording });
  });
});

describe("her sessions", () => {
  it("end after 12 hours without use (MAKER_SESSION_IDLE_HOURS); staff keep 7 days", async () => {
    expect(getEnv().MAKER_SESSION_IDLE_HOURS).toBe(12);
    const account = await createMakerWithAccount();
    const session = await prisma.session.findFirstOrThrow({ where: { userId: account.user.id } });
    expect(Math.abs(session.expiresAt.getTime() - (Date.now() + 12 * HOUR))).toBeLessThan(MINUTE);
    const owner = await createUser({ role: "OWNER" });
    await sessionCookieFor(owner.id);
    const staffSession = await prisma.session.findFirstOrThrow({ where: { userId: owner.id } });
    expect(Math.abs(staffSession.expiresAt.getTime() - (Date.now() + SESSION_IDLE_MS))).toBeLessThan(MINUTE);
  });

  it("slide forward while she uses the portal, and send her to sign in once idle", async () => {
    const account = await createMakerWithAccount();
    const session = await prisma.session.findFirstOrThrow({ where: { userId: account.user.id } });
    // Two hours later she opens a page: her 12 hours start again.
    await prisma.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() + 10 * HOUR) } });
    const home = await respond(() => homeLoader(requestArgs("/maker", { cookie: account.cookie })));
    expect(home.status).toBe(200);
    const slid = await prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(slid.expiresAt.getTime()).toBeGreaterThan(Date.now() + 12 * HOUR - MINUTE);
    // Then nothing for 12 hours: the session no longer works.
    await prisma.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - MINUTE) } });
    const idle = await respond(() => homeLoader(requestArgs("/maker", { cookie: account.cookie })));
    expect(idle.status).toBe(302);
    expect(idle.headers.get("Location")).toMatch(/^\/maker\/login\?redirectTo=/);
  });

  it("all end when she signs out everywhere, with nothing about it in the audit log", async () => {
    const account = await createMakerWithAccount();
    const otherPhone = await sessionCookieFor(account.user.id);
    expect(await prisma.session.count({ where: { userId: account.user.id } })).toBe(2);
    const auditBefore = await prisma.auditEvent.count();
    const out = await respond(() => logoutAction(requestArgs("/maker/logout", { cookie: account.cookie, form: { intent: "everywhere" } })));
    expect(out.headers.get("Location")).toBe("/maker/login?notice=signed-out-everywhere");
    expect(out.headers.get("Set-Cookie")).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/);
    expect(await prisma.session.count({ where: { userId: account.user.id } })).toBe(0);
    expect((await respond(() => homeLoader(requestArgs("/maker", { cookie: otherPhone })))).status).toBe(302);
    expect(await prisma.auditEvent.count()).toBe(auditBefore);
  });

  it("a plain sign-out ends this phone's session only", async () => {
    const account = await createMakerWithAccount();
    const otherPhone = await sessionCookieFor(account.user.id);
    await respond(() => logoutAction(requestArgs("/maker/logout", { cookie: account.cookie, form: {} })));
    expect((await respond(() => homeLoader(requestArgs("/maker", { cookie: otherPhone })))).status).toBe(200);
  });
});

describe("the portal itself", () => {
  it("is never stored, never indexed, and sends no referrer to other sites", () => {
    const headers = new Headers(portalHeaders({} as Parameters<typeof portalHeaders>[0]) as HeadersInit);
    expect(headers.get("Cache-Control")).toBe("private, no-store");
    expect(headers.get("X-Robots-Tag")).toBe("noindex, nofollow");
    expect(headers.get("Referrer-Policy")).toBe("same-origin");
  });

  it("can be kept on her home screen: a manifest under a neutral name, with icons that are real PNGs", async () => {
    const manifest = await (await manifestLoader()).json();
    expect(manifest).toMatchObject({ name: "Studio", start_url: "/maker", scope: "/maker", display: "standalone" });
    for (const icon of manifest.icons as { src: string; sizes: string }[]) {
      const file = icon.src.split("/").pop()!;
      const response = await iconLoader(requestArgs(icon.src, { params: { file } }));
      expect(response.headers.get("Content-Type")).toBe("image/png");
      const png = Buffer.from(await response.arrayBuffer());
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    expect((await iconLoader(requestArgs("/maker/icon/64.png", { params: { file: "64.png" } }))).status).toBe(404);
  });
});

describe("emails to her", () => {
  async function withEmail(language: string, email: string) {
    const account = await createMakerWithAccount();
    const saved = await respond(() =>
      historyAction(requestArgs("/maker/history", { cookie: `${account.cookie}; maker_lang=${language}`, form: { intent: "email", email } })),
    );
    expect(saved.status).toBe(200);
    return account;
  }

  async function approveEverything(account: Awaited<ReturnType<typeof createMakerWithAccount>>) {
    const form = new FormData();
    for (const [name, value] of Object.entries({ intent: "approve", versionId: account.draft.id, contentHash: account.draft.contentHash })) form.append(name, value);
    for (const field of ["displayName", "bio", "quote", "skills", "country"]) form.append("fields", field);
    const response = await respond(() => previewAction(requestArgs("/maker/preview", { cookie: account.cookie, form })));
    expect(response.status).toBe(302);
    return prisma.makerConsent.findFirstOrThrow({ where: { makerId: account.maker.id, withdrawnAt: null } });
  }

  const profileWords = [profileContent().displayName, profileContent().bio, profileContent().quote, ...profileContent().skills, "Kenya"];

  it("go only to an address she gave, are sent as Belonging studio, say nothing of her profile, in her language", async () => {
    const account = await withEmail("ne", "Her.Own@Example.org");
    expect(await prisma.user.findUniqueOrThrow({ where: { id: account.user.id }, select: { email: true, language: true } })).toEqual({
      email: "her.own@example.org",
      language: "ne",
    });
    // Her consent ends in 10 days: staff are told, and so is she, neutrally.
    await approvedEndingAt(new Date(Date.now() + 10 * 24 * HOUR), () => approveEverything(account));
    await queueConsentReminders();
    // At the end: she hears that something changed.
    await recordExpiredConsents(new Date(Date.now() + 11 * 24 * HOUR));
    const hers = await prisma.outboxEmail.findMany({ where: { to: "her.own@example.org" }, orderBy: { createdAt: "asc" } });
    expect(hers.map((email) => email.kind)).toEqual(["maker_reminder", "maker_ended"]);
    for (const email of hers) {
      expect(email.fromName).toBe("Belonging studio");
      expect(email.subject).toBe("तपाईंको खाताबारे एउटा सन्देश");
      expect(email.text).toContain("/maker?lang=ne");
      for (const words of [...profileWords, "consent", "profile", "public"]) {
        expect(`${email.subject} ${email.text} ${email.html}`.toLowerCase()).not.toContain(words.toLowerCase());
      }
    }

    const sent: OutgoingMail[] = [];
    await sendDueEmails({ sendMail: async (mail) => void sent.push(mail) });
    expect(sent.find((mail) => mail.to === "her.own@example.org")!.from).toBe('"Belonging studio" <hello@belonging.example>');
  });

  it("never go to a maker who gave no address, and she can take hers away", async () => {
    const account = await withEmail("es", "leaving@example.org");
    const removed = await respond(() => historyAction(requestArgs("/maker/history", { cookie: account.cookie, form: { intent: "email", email: "" } })));
    expect((await removed.json()).message).toBe("email.removed");
    const consent = await approvedEndingAt(new Date(Date.now() - MINUTE), () => approveEverything(account));
    await recordExpiredConsents();
    expect(await prisma.outboxEmail.count({ where: { kind: { startsWith: "maker_" }, idempotencyKey: { contains: consent.id } } })).toBe(0);
  });

  it("refuses what is not an address, and an address someone else has, changing nothing", async () => {
    const account = await withEmail("en", "mine@example.org");
    const bad = await respond(() => historyAction(requestArgs("/maker/history", { cookie: account.cookie, form: { intent: "email", email: "not an address" } })));
    expect(bad.status).toBe(400);
    const owner = await createUser({ role: "OWNER", email: "owner-taken@example.org" });
    const taken = await respond(() => historyAction(requestArgs("/maker/history", { cookie: account.cookie, form: { intent: "email", email: owner.email! } })));
    expect(taken.status).toBe(409);
    expect((await taken.json()).message).toBe("email.taken");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: account.user.id } })).email).toBe("mine@example.org");
  });
});
