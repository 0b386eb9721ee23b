// Consent-gated maker profiles: what the public sees is exactly what she approved, for as long
// as she wants it and no longer; staff can never publish; one maker never reaches another.
import { readdirSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import { issueMakerInvitation, resetMakerAccess, revokeMakerInvitations } from "~/models/maker-account.server";
import { approveProfile, ConsentError, recordExpiredConsents, saveDraft } from "~/models/maker.server";
import { getPublicMaker, listPublicMakerSlugs, publicCreditsArgs, toPublicCredits } from "~/models/public-maker.server";
import { action as adminMakerAction, loader as adminMakerLoader } from "~/routes/admin.makers.$makerId";
import { loader as adminMakersLoader } from "~/routes/admin.makers._index";
import { action as homeAction, loader as homeLoader } from "~/routes/maker._index";
import { action as editAction, loader as editLoader } from "~/routes/maker.edit";
import { loader as historyLoader } from "~/routes/maker.history";
import { action as loginAction } from "~/routes/maker.login";
import { loader as draftPhotoLoader } from "~/routes/maker.photo.$file";
import { action as previewAction, loader as previewLoader } from "~/routes/maker.preview";
import { action as stopAction, loader as stopLoader } from "~/routes/maker.stop";
import { action as welcomeAction, loader as welcomeLoader } from "~/routes/maker.welcome";
import { action as staffSetPasswordAction, loader as staffSetPasswordLoader } from "~/routes/login_.set-password";
import { loader as publicPhotoLoader } from "~/routes/maker-photos.$slug.$file";
import { loader as publicMakerLoader } from "~/routes/makers.$slug";
import { loader as productLoader } from "~/routes/products.$handle";
import { getMakerPhotoStore } from "~/services/image-store.server";
import { prisma, recordQueries } from "~/utils/db.server";
import { SHARED_PAGE_CACHE } from "~/utils/http-cache";
import type { MakerPublicField } from "~/utils/maker-profile";
import { approvedEndingAt, createMaker, createMakerWithAccount, MAKER_PASSPHRASE, photoWithMetadata, profileContent } from "../factories/maker.ts";
import { createProduct } from "../factories/product.ts";
import { cookieFrom, createUser, requestArgs, respond, sessionCookieFor } from "../factories/user.ts";

const DAY = 24 * 60 * 60 * 1000;
const ACTOR_IP = "local";

type Account = Awaited<ReturnType<typeof createMakerWithAccount>>;

function formData(entries: [string, string | Blob][]) {
  const form = new FormData();
  for (const [key, value] of entries) form.append(key, value);
  return form;
}

/** What her preview offers and ticks, as the page sees it. */
async function preview(cookie: string, search = "") {
  const response = await respond(() => previewLoader(requestArgs(`/maker/preview${search}`, { cookie })));
  expect(response.status).toBe(200);
  return response.json();
}

/** She approves the draft her preview shows, for these fields, through the portal's own action. */
async function approve(account: Pick<Account, "cookie">, fields: MakerPublicField[], version?: { id: string; contentHash: string }) {
  const shown = version ?? (await preview(account.cookie)).draft;
  const form = formData([["intent", "approve"], ["versionId", shown.id], ["contentHash", shown.contentHash], ...fields.map((f): [string, string] => ["fields", f])]);
  return respond(() => previewAction(requestArgs("/maker/preview", { cookie: account.cookie, form })));
}

async function publicPage(slug: string) {
  return respond(() => publicMakerLoader(requestArgs(`/makers/${slug}`, { params: { slug } })));
}

async function attributionOf(productId: string) {
  const row = await prisma.product.findUniqueOrThrow({ where: { id: productId }, select: { makers: publicCreditsArgs() } });
  return toPublicCredits(row.makers);
}

/** The credit line of her piece as the product page gets it. */
async function productPageAttribution(handle: string) {
  const response = await respond(() => productLoader(requestArgs(`/products/${handle}`, { params: { handle } })));
  return (await response.json()).product.credits;
}

async function productBy(makerId: string) {
  const product = await createProduct();
  await prisma.product.update({ where: { id: product.id }, data: { makers: { create: { makerId } } } });
  return product;
}

async function publicPhoto(slug: string, file = "640.jpg") {
  return respond(() => publicPhotoLoader(requestArgs(`/maker-photos/${slug}/${file}`, { params: { slug, file } })));
}

async function uploadPhoto(cookie: string, bytes: Buffer, name = "portrait.jpg") {
  const form = formData([["intent", "upload-photo"], ["photo", new File([new Uint8Array(bytes)], name, { type: "image/jpeg" })]]);
  return respond(() => editAction(requestArgs("/maker/edit", { cookie, form })));
}

describe("approving", () => {
  it("shows exactly the approved fields on her page and on her pieces, and nothing else", async () => {
    const account = await createMakerWithAccount();
    const product = await productBy(account.maker.id);
    expect((await publicPage(account.maker.slug)).status).toBe(404);
    expect(await attributionOf(product.id)).toEqual([]);

    const before = await preview(account.cookie);
    expect(before.offered).toEqual(["displayName", "bio", "quote", "makingSince", "country", "skills", "attribution"]);
    expect(before.chosen).toEqual([]);

    const approved = await approve(account, ["displayName", "bio", "attribution"]);
    expect(approved.status).toBe(302);
    expect(approved.headers.get("Location")).toBe("/maker?notice=approved");

    const expected = {
      slug: account.maker.slug,
      displayName: "Amani",
      hasPhoto: false,
      bio: "Works at the beading table; known for even tension.",
      quote: null,
      makingSince: null,
      country: null,
      skills: [],
    };
    const shown = await getPublicMaker(account.maker.slug);
    expect(shown).toMatchObject({ state: "public", profile: expected });
    // She consented to attribution, so her page lists the piece she made.
    expect(shown.state === "public" && shown.pieces.map((piece) => piece.id)).toEqual([product.id]);
    const page = await publicPage(account.maker.slug);
    expect(page.status).toBe(200);
    expect(page.headers.get("Cache-Control")).toBe(SHARED_PAGE_CACHE);
    const pageData = await page.json();
    expect(pageData.profile).toEqual(expected);
    expect(pageData.pieces.map((piece: { id: string }) => piece.id)).toEqual([product.id]);
    expect(await attributionOf(product.id)).toEqual([{ name: "Amani", href: `/makers/${account.maker.slug}` }]);
    expect(await productPageAttribution(product.handle)).toEqual([{ name: "Amani", href: `/makers/${account.maker.slug}` }]);

    const events = await prisma.consentEvent.findMany({ where: { makerId: account.maker.id } });
    expect(events).toEqual([
      expect.objectContaining({ action: "GRANTED", fields: ["displayName", "bio", "attribution"], actorId: account.user.id, contentHash: account.draft.contentHash }),
    ]);
    // Her own page shows the same, and the switches she chose stay ticked for this version.
    const home = await (await respond(() => homeLoader(requestArgs("/maker", { cookie: account.cookie })))).json();
    expect(home.profile).toEqual(expected);
    expect(home.fields).toEqual(["displayName", "bio", "attribution"]);
    expect((await preview(account.cookie)).chosen).toEqual(["displayName", "bio", "attribution"]);
  });

  it("keeps the public on the approved version after any edit, until she approves again", async () => {
    const account = await createMakerWithAccount();
    await approve(account, ["displayName", "bio"]);

    const edited = await respond(() =>
      editAction(
        requestArgs("/maker/edit", {
          cookie: account.cookie,
          form: { intent: "text", displayName: "Amani", bio: "Now learning stone setting.", quote: "", makingSince: "2019", country: "KE", skills: "Stone setting" },
        }),
      ),
    );
    expect(edited.headers.get("Location")).toBe("/maker/preview?notice=saved");
    // Staff edit the draft too: still nothing changes for the public.
    const ownerCookie = await sessionCookieFor((await createUser({ role: "OWNER" })).id);
    const staffEdit = await respond(() =>
      adminMakerAction(
        requestArgs(`/admin/makers/${account.maker.id}`, {
          cookie: ownerCookie,
          params: { makerId: account.maker.id },
          form: { intent: "draft", displayName: "Amani", bio: "Now learning stone setting and wax carving.", country: "KE" },
        }),
      ),
    );
    expect(staffEdit.status).toBe(200);

    const stillOld = await getPublicMaker(account.maker.slug);
    expect(stillOld.state === "public" && stillOld.profile.bio).toBe("Works at the beading table; known for even tension.");
    const draftPreview = await preview(account.cookie);
    expect(draftPreview.chosen).toEqual([]);
    expect(draftPreview.differsFromPublic).toBe(true);
    expect((await (await respond(() => homeLoader(requestArgs("/maker", { cookie: account.cookie })))).json()).unapprovedChanges).toBe(true);

    expect((await approve(account, ["displayName", "bio"], draftPreview.draft)).status).toBe(302);
    const now = await getPublicMaker(account.maker.slug);
    expect(now.state === "public" && now.profile.bio).toBe("Now learning stone setting and wax carving.");
    expect(await prisma.makerConsent.count({ where: { makerId: account.maker.id, withdrawnAt: null } })).toBe(1);
  });

  it("refuses a stale content hash, and a version that is no longer her latest draft", async () => {
    const account = await createMakerWithAccount();
    const seen = (await preview(account.cookie)).draft;
    await saveDraft(account.maker.id, profileContent({ bio: "Changed while she was looking." }), account.author.id);

    const stale = await approve(account, ["bio"], seen);
    expect(stale.status).toBe(409);
    expect((await stale.json()).message).toBe("preview.changed");
    const latest = (await preview(account.cookie)).draft;
    const wrongHash = await approve(account, ["bio"], { id: latest.id, contentHash: seen.contentHash });
    expect(wrongHash.status).toBe(409);
    expect(await prisma.makerConsent.count({ where: { makerId: account.maker.id } })).toBe(0);
  });

  it("offers her name and photo only after the safety review, and refuses them before", async () => {
    const account = await createMakerWithAccount({ reviewed: false });
    const page = await preview(account.cookie);
    expect(page.offered).toEqual(["bio", "quote", "makingSince", "country", "skills"]);
    expect(page.waitingForReview).toEqual(["displayName", "attribution"]);
    const refused = await approve(account, ["displayName", "bio"]);
    expect(refused.status).toBe(409);
    expect(await prisma.makerConsent.count({ where: { makerId: account.maker.id } })).toBe(0);
    expect((await approve(account, ["bio"])).status).toBe(302);
  });

  it("pre-ticks nothing, and re-renders the preview with the chosen fields without JavaScript", async () => {
    const account = await createMakerWithAccount();
    const page = await preview(account.cookie, "?show=1&fields=bio&fields=skills&fields=not-a-field");
    expect(page.chosen).toEqual(["bio", "skills"]);
  });
});

describe("withdrawing", () => {
  it("stops showing one field on the next request; the rest stays", async () => {
    const account = await createMakerWithAccount();
    const product = await productBy(account.maker.id);
    await approve(account, ["displayName", "bio", "skills", "attribution"]);

    const stopBio = await respond(() => homeAction(requestArgs("/maker", { cookie: account.cookie, form: { intent: "withdraw-field", field: "bio" } })));
    expect(stopBio.status).toBe(200);
    expect((await stopBio.json()).message).toEqual({ id: "public.withdrawn", values: { what: "what you wrote about your craft" } });
    const after = await getPublicMaker(account.maker.slug);
    expect(after.state === "public" && after.profile).toMatchObject({ displayName: "Amani", bio: null, skills: ["Bead stringing", "Silk knotting"] });
    expect(await attributionOf(product.id)).toHaveLength(1);

    await respond(() => homeAction(requestArgs("/maker", { cookie: account.cookie, form: { intent: "withdraw-field", field: "displayName" } })));
    expect(await attributionOf(product.id)).toEqual([]);
    const current = await prisma.makerConsent.findMany({ where: { makerId: account.maker.id, withdrawnAt: null } });
    expect(current.map((row) => row.fields)).toEqual([["skills", "attribution"]]);
    const withdrawals = await prisma.consentEvent.findMany({ where: { makerId: account.maker.id, action: "WITHDRAWN" }, orderBy: { createdAt: "asc" } });
    expect(withdrawals.map((event) => event.fields)).toEqual([["bio"], ["displayName"]]);

    const bad = await respond(() => homeAction(requestArgs("/maker", { cookie: account.cookie, form: { intent: "withdraw-field", field: "privateNotes" } })));
    expect(bad.status).toBe(400);
  });

  it("stopping everything answers 410 and falls back everywhere, after a confirmation step", async () => {
    const account = await createMakerWithAccount();
    const product = await productBy(account.maker.id);
    await approve(account, ["displayName", "bio", "attribution"]);
    expect(await (await respond(() => stopLoader(requestArgs("/maker/stop", { cookie: account.cookie })))).json()).toEqual({ isPublic: true });
    expect(await prisma.makerConsent.count({ where: { makerId: account.maker.id, withdrawnAt: null } })).toBe(1);

    // The confirmation page changes nothing; only "Yes, stop showing it" does.
    const unconfirmed = await respond(() => stopAction(requestArgs("/maker/stop", { cookie: account.cookie, form: { intent: "" } })));
    expect(unconfirmed.status).toBe(400);
    expect(await prisma.makerConsent.count({ where: { makerId: account.maker.id, withdrawnAt: null } })).toBe(1);

    const stopped = await respond(() => stopAction(requestArgs("/maker/stop", { cookie: account.cookie, form: { intent: "stop-all" } })));
    expect(stopped.headers.get("Location")).toBe("/maker?notice=stopped");
    const gone = await publicPage(account.maker.slug);
    expect(gone.status).toBe(410);
    expect(gone.headers.get("Cache-Control")).toBe(SHARED_PAGE_CACHE);
    expect(await getPublicMaker(account.maker.slug)).toEqual({ state: "gone" });
    expect(await attributionOf(product.id)).toEqual([]);
    expect(await productPageAttribution(product.handle)).toEqual([]);
    expect((await listPublicMakerSlugs()).map((row) => row.slug)).not.toContain(account.maker.slug);
    expect((await (await respond(() => homeLoader(requestArgs("/maker", { cookie: account.cookie })))).json()).profile).toBeNull();

    const history = await (await respond(() => historyLoader(requestArgs("/maker/history", { cookie: account.cookie })))).json();
    expect(history.events.map((event: { sentence: string }) => event.sentence)).toEqual([
      expect.stringMatching(/^On \d{1,2} \w+ \d{4} you stopped showing your name, what you wrote about your craft and your name on the pieces you made\.$/),
      expect.stringMatching(/^On \d{1,2} \w+ \d{4} you chose to show your name, what you wrote about your craft and your name on the pieces you made\.$/),
    ]);
  });

  it("ends by itself at expiry: 410, fallbacks, an EXPIRED event and a plain note for her", async () => {
    const account = await createMakerWithAccount();
    const product = await productBy(account.maker.id);
    await approve(account, ["displayName", "attribution"]);
    const consent = await prisma.makerConsent.findFirstOrThrow({ where: { makerId: account.maker.id, withdrawnAt: null } });
    expect(consent.expiresAt.getTime()).toBeGreaterThan(Date.now() + 1000 * DAY);

    await approvedEndingAt(new Date(Date.now() + 10 * DAY), () => approve(account, ["displayName", "attribution"]));
    const soon = await (await respond(() => homeLoader(requestArgs("/maker", { cookie: account.cookie })))).json();
    expect(soon).toMatchObject({ endsSoon: true, expired: false });

    await approvedEndingAt(new Date(Date.now() - 1000), () => approve(account, ["displayName", "attribution"]));
    expect((await publicPage(account.maker.slug)).status).toBe(410);
    expect(await attributionOf(product.id)).toEqual([]);
    expect((await publicPhoto(account.maker.slug)).status).toBe(404);
    const home = async () => (await respond(() => homeLoader(requestArgs("/maker", { cookie: account.cookie })))).json();
    expect(await home()).toMatchObject({ profile: null, expired: true });

    expect(await recordExpiredConsents()).toBe(1);
    expect(await recordExpiredConsents()).toBe(0);
    const expired = await prisma.consentEvent.findFirstOrThrow({ where: { makerId: account.maker.id, action: "EXPIRED" } });
    expect(expired.fields).toEqual(["displayName", "attribution"]);
    expect(await home()).toMatchObject({ profile: null, expired: true });
    expect((await publicPage(account.maker.slug)).status).toBe(410);
  });
});

describe("staff can never publish", () => {
  const ROUTES_DIR = path.resolve(import.meta.dirname, "../../app/routes");
  const makerRoutes = readdirSync(ROUTES_DIR).filter((file) => /^admin\.makers/.test(file));

  it("no admin makers action creates a consent, whatever is posted", async () => {
    const account = await createMakerWithAccount();
    const reviewer = await createUser({ role: "STORYTELLER" });
    const staffCookies = [await sessionCookieFor((await createUser({ role: "OWNER" })).id), await sessionCookieFor(reviewer.id)];
    const intents = ["approve", "publish", "consent", "grant", "record", "draft", "upload-photo", "remove-photo", "safety-review", "invite", "revoke", "reset"];
    expect(makerRoutes.length).toBeGreaterThanOrEqual(3);
    for (const file of makerRoutes) {
      const mod = (await import(path.join(ROUTES_DIR, file))) as { action?: (args: ReturnType<typeof requestArgs>) => Promise<Response> };
      if (!mod.action) continue;
      for (const cookie of staffCookies) {
        for (const intent of intents) {
          const form = formData([
            ["intent", intent],
            ["makerId", account.maker.id],
            ["userId", account.user.id],
            ["versionId", account.draft.id],
            ["contentHash", account.draft.contentHash],
            ["fields", "displayName"],
            ["fields", "attribution"],
            ["internalLabel", "Maker label"],
            ["displayName", "Amani"],
          ]);
          const response = await respond(() =>
            mod.action!(requestArgs(`/admin/makers/${account.maker.id}`, { cookie, params: { makerId: account.maker.id }, form })),
          );
          expect(response.status, `${file} ${intent}`).toBeLessThan(500);
        }
      }
    }
    expect(await prisma.makerConsent.count({ where: { makerId: account.maker.id } })).toBe(0);
    expect(await prisma.consentEvent.count({ where: { makerId: account.maker.id } })).toBe(0);
    expect(await getPublicMaker(account.maker.slug)).toEqual({ state: "unknown" });
  });

  it("the portal's approve is hers alone: staff get 404 there, and the model refuses them", async () => {
    const account = await createMakerWithAccount();
    const owner = await createUser({ role: "OWNER" });
    const forged = await approve({ cookie: await sessionCookieFor(owner.id) }, ["displayName"], account.draft);
    expect(forged.status).toBe(404);
    await expect(
      approveProfile({ makerId: account.maker.id, userId: owner.id, versionId: account.draft.id, contentHash: account.draft.contentHash, fields: ["bio"] }),
    ).rejects.toBeInstanceOf(ConsentError);
    expect(await prisma.makerConsent.count({ where: { makerId: account.maker.id } })).toBe(0);
  });
});

describe("a maker reaches only her own profile", () => {
  it("maker A cannot read or act on maker B", async () => {
    const a = await createMakerWithAccount({ content: { displayName: "Ayo" } });
    const b = await createMakerWithAccount({ content: { displayName: "Bisi" } });
    await approve(b, ["displayName", "bio"]);
    const bConsent = await prisma.makerConsent.findFirstOrThrow({ where: { makerId: b.maker.id, withdrawnAt: null } });
    const bVersions = await prisma.makerProfileVersion.count({ where: { makerId: b.maker.id } });

    const forged = await approve(a, ["displayName"], b.draft);
    expect(forged.status).toBe(404);
    const preview = await (await respond(() => previewLoader(requestArgs("/maker/preview", { cookie: a.cookie, params: { makerId: b.maker.id } })))).json();
    expect(preview.draft.id).toBe(a.draft.id);
    expect(JSON.stringify(preview)).not.toContain("Bisi");

    await respond(() => homeAction(requestArgs("/maker", { cookie: a.cookie, form: { intent: "withdraw-field", field: "displayName", makerId: b.maker.id } })));
    await respond(() => stopAction(requestArgs("/maker/stop", { cookie: a.cookie, form: { intent: "stop-all", makerId: b.maker.id } })));
    await respond(() => editAction(requestArgs("/maker/edit", { cookie: a.cookie, form: { intent: "text", displayName: "Changed", makerId: b.maker.id } })));
    expect((await respond(() => draftPhotoLoader(requestArgs("/maker/photo/640.jpg", { cookie: a.cookie, params: { file: "640.jpg", makerId: b.maker.id } })))).status).toBe(404);

    expect(await prisma.makerConsent.findMany({ where: { makerId: b.maker.id, withdrawnAt: null } })).toEqual([bConsent]);
    expect(await prisma.makerProfileVersion.count({ where: { makerId: b.maker.id } })).toBe(bVersions);
    expect(await prisma.makerConsent.count({ where: { makerId: a.maker.id } })).toBe(0);
    // Her session opens nothing in the back office either.
    const staffPage = await respond(() => adminMakerLoader(requestArgs(`/admin/makers/${b.maker.id}`, { cookie: a.cookie, params: { makerId: b.maker.id } })));
    expect(staffPage.status).toBe(403);
  });

  it("sends strangers to her sign-in and shows staff nothing", async () => {
    const anonymous = await respond(() => previewLoader(requestArgs("/maker/preview")));
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toBe("/maker/login?redirectTo=%2Fmaker%2Fpreview");
    const owner = await sessionCookieFor((await createUser({ role: "OWNER" })).id);
    expect((await respond(() => homeLoader(requestArgs("/maker", { cookie: owner })))).status).toBe(404);
  });
});

describe("invitations and signing in", () => {
  beforeEach(async () => {
    await prisma.rateLimitCounter.deleteMany();
  });

  const actor = async () => ({ id: (await createUser({ role: "STORYTELLER" })).id, ip: ACTOR_IP });

  it("her invitation works only in her portal, never on the staff set-password page", async () => {
    const maker = await createMaker({ internalLabel: "Maker 078" });
    const invitation = await issueMakerInvitation(await actor(), maker.id);
    const page = await (await respond(() => staffSetPasswordLoader(requestArgs(`/login/set-password?token=${invitation.token}`)))).json();
    expect(page.user).toBeNull();
    const tried = await respond(() =>
      staffSetPasswordAction(
        requestArgs("/login/set-password", { form: { token: invitation.token, password: "a long enough password", confirm: "a long enough password" } }),
      ),
    );
    expect(tried.status).toBe(410);
    expect((await prisma.user.findUniqueOrThrow({ where: { makerId: maker.id } })).passwordHash).toBeNull();
    expect(await (await respond(() => welcomeLoader(requestArgs(`/maker/welcome?token=${invitation.token}`)))).json()).toMatchObject({
      loginName: invitation.loginName,
    });
  });

  it("creates her account on first use; the link works once, signs her in, and then her passphrase does", async () => {
    const maker = await createMaker({ internalLabel: "Maker 077" });
    const invitation = await issueMakerInvitation(await actor(), maker.id);
    expect(invitation.loginName).toMatch(/^[a-z]+-\d{4}$/);
    expect(invitation.expiresAt.getTime()).toBeGreaterThan(Date.now() + 72 * 60 * 60 * 1000 - 60_000);
    expect(invitation.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 72 * 60 * 60 * 1000);
    const account = await prisma.user.findUniqueOrThrow({ where: { makerId: maker.id } });
    expect(account).toMatchObject({ role: "MAKER", loginName: invitation.loginName, passwordHash: null, email: null });
    expect(await prisma.auditEvent.count({ where: { action: "maker.invitation_issued", entityId: maker.id } })).toBe(1);

    const url = `/maker/welcome?token=${invitation.token}`;
    expect(await (await respond(() => welcomeLoader(requestArgs(url)))).json()).toMatchObject({ token: invitation.token, loginName: invitation.loginName });
    const short = await respond(() => welcomeAction(requestArgs(url, { form: { token: invitation.token, passphrase: "too short" } })));
    expect(short.status).toBe(400);

    const accepted = await respond(() => welcomeAction(requestArgs(url, { form: { token: invitation.token, passphrase: MAKER_PASSPHRASE } })));
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get("Location")).toBe("/maker?notice=welcome");
    const cookie = cookieFrom(accepted);
    expect((await respond(() => homeLoader(requestArgs("/maker", { cookie })))).status).toBe(200);

    const again = await respond(() => welcomeAction(requestArgs(url, { form: { token: invitation.token, passphrase: "another passphrase here" } })));
    expect(again.status).toBe(410);
    expect(await (await respond(() => welcomeLoader(requestArgs(url)))).json()).toMatchObject({ token: null });

    const signIn = (loginName: string, passphrase: string) =>
      respond(() => loginAction(requestArgs("/maker/login", { form: { loginName, passphrase, redirectTo: "/maker/history" } })));
    const ok = await signIn(` ${invitation.loginName.toUpperCase()} `, MAKER_PASSPHRASE);
    expect(ok.status).toBe(302);
    expect(ok.headers.get("Location")).toBe("/maker/history");
    const wrong = await signIn(invitation.loginName, "not her passphrase at all");
    const unknown = await signIn("nobody-0000", MAKER_PASSPHRASE);
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect((await wrong.json()).message).toEqual((await unknown.json()).message);
    // A staff email and password do not open the maker sign-in.
    const staff = await createUser({ role: "OWNER" });
    expect((await signIn(staff.email!, "correct horse battery staple")).status).toBe(401);
  });

  it("a link stops working after 72 hours", async () => {
    const maker = await createMaker({ internalLabel: "Maker 078" });
    const invitation = await issueMakerInvitation(await actor(), maker.id);
    await prisma.passwordToken.updateMany({ where: { user: { makerId: maker.id } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const url = `/maker/welcome?token=${invitation.token}`;
    expect(await (await respond(() => welcomeLoader(requestArgs(url)))).json()).toMatchObject({ token: null });
    const late = await respond(() => welcomeAction(requestArgs(url, { form: { token: invitation.token, passphrase: MAKER_PASSPHRASE } })));
    expect(late.status).toBe(410);
    expect((await prisma.user.findUniqueOrThrow({ where: { makerId: maker.id } })).passwordHash).toBeNull();
  });

  it("a new link replaces the earlier one, and revoking ends it", async () => {
    const maker = await createMaker({ internalLabel: "Maker 079" });
    const staff = await actor();
    const first = await issueMakerInvitation(staff, maker.id);
    const second = await issueMakerInvitation(staff, maker.id);
    expect(second.loginName).toBe(first.loginName);
    const opens = async (token: string) => (await (await respond(() => welcomeLoader(requestArgs(`/maker/welcome?token=${token}`)))).json()).token !== null;
    expect(await opens(first.token)).toBe(false);
    expect(await opens(second.token)).toBe(true);
    expect(await revokeMakerInvitations(staff, maker.id)).toBe(1);
    expect(await opens(second.token)).toBe(false);
    expect(await prisma.auditEvent.count({ where: { action: "maker.invitations_revoked", entityId: maker.id } })).toBe(1);
  });

  it("reset ends her sessions and clears her passphrase; a new link lets her choose another", async () => {
    const account = await createMakerWithAccount();
    const staff = await actor();
    const reset = await resetMakerAccess(staff, account.maker.id);
    expect(reset.loginName).toBe(account.user.loginName);
    expect((await respond(() => homeLoader(requestArgs("/maker", { cookie: account.cookie })))).status).toBe(302);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: account.user.id } })).toMatchObject({ passwordHash: null });
    const old = await respond(() => loginAction(requestArgs("/maker/login", { form: { loginName: account.user.loginName!, passphrase: MAKER_PASSPHRASE } })));
    expect(old.status).toBe(401);
    const chosen = await respond(() =>
      welcomeAction(requestArgs("/maker/welcome", { form: { token: reset.token, passphrase: "kettle summer lemon bridge" } })),
    );
    expect(chosen.status).toBe(302);
    expect(await prisma.auditEvent.findFirst({ where: { action: "maker.access_reset", entityId: account.maker.id } })).toMatchObject({ actorId: staff.id });
  });

  it("is throttled after 10 failures for her sign-in name", async () => {
    const account = await createMakerWithAccount();
    const attempt = (passphrase: string) =>
      respond(() => loginAction(requestArgs("/maker/login", { form: { loginName: account.user.loginName!, passphrase } })));
    for (let i = 0; i < 10; i++) expect((await attempt("wrong passphrase number " + i)).status).toBe(401);
    const throttled = await attempt(MAKER_PASSPHRASE);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("Retry-After")).toMatch(/^\d+$/);
  });

  it("staff issue, revoke and reset from her back-office page; the link and sign-in name are shown once", async () => {
    const maker = await createMaker({ internalLabel: "Maker 080" });
    const owner = await sessionCookieFor((await createUser({ role: "OWNER" })).id);
    const post = (cookie: string, intent: string) =>
      respond(() => adminMakerAction(requestArgs(`/admin/makers/${maker.id}`, { cookie, params: { makerId: maker.id }, form: { intent } })));
    const issued = await (await post(owner, "invite")).json();
    expect(issued.invitation.link).toMatch(/^http:\/\/localhost:3000\/maker\/welcome\?token=[A-Za-z0-9_-]{43}$/);
    expect(issued.invitation.loginName).toMatch(/^[a-z]+-\d{4}$/);
    const page = await (await respond(() => adminMakerLoader(requestArgs(`/admin/makers/${maker.id}`, { cookie: owner, params: { makerId: maker.id } })))).json();
    expect(page.maker.portal).toMatchObject({ state: "invited", loginName: issued.invitation.loginName });
    expect(JSON.stringify(page)).not.toContain(new URL(issued.invitation.link).searchParams.get("token"));
    expect((await (await post(owner, "revoke")).json()).message).toBe("The link no longer works.");
    const inventory = await sessionCookieFor((await createUser({ role: "INVENTORY" })).id);
    expect((await post(inventory, "invite")).status).toBe(403);
  });
});

describe("the record cannot be rewritten", () => {
  it("refuses UPDATE and DELETE on consent events", async () => {
    const account = await createMakerWithAccount();
    await approve(account, ["bio"]);
    await expect(prisma.consentEvent.updateMany({ where: { makerId: account.maker.id }, data: { fields: ["displayName"] } })).rejects.toThrow();
    await expect(prisma.consentEvent.deleteMany({ where: { makerId: account.maker.id } })).rejects.toThrow();
    await expect(prisma.$executeRaw`DELETE FROM "ConsentEvent"`).rejects.toThrow();
    expect(await prisma.consentEvent.findMany({ where: { makerId: account.maker.id } })).toEqual([expect.objectContaining({ fields: ["bio"] })]);
  });

  it("safety reviews: a storyteller, not the draft's author, records it from the back office", async () => {
    const account = await createMakerWithAccount({ reviewed: false });
    const post = async (role: "OWNER" | "STORYTELLER", userId?: string) => {
      const cookie = await sessionCookieFor(userId ?? (await createUser({ role })).id);
      return respond(() =>
        adminMakerAction(requestArgs(`/admin/makers/${account.maker.id}`, { cookie, params: { makerId: account.maker.id }, form: { intent: "safety-review", note: "Talked it through" } })),
      );
    };
    expect((await post("OWNER")).status).toBe(403);
    expect((await post("STORYTELLER", account.author.id)).status).toBe(403);
    expect(await prisma.safetyReview.count({ where: { makerId: account.maker.id } })).toBe(0);
    expect((await post("STORYTELLER")).status).toBe(200);
    expect(await prisma.safetyReview.count({ where: { makerId: account.maker.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "maker.safety_reviewed", entityId: account.maker.id } })).toBe(1);
  });
});

describe("her photo", () => {
  it("is served only with photo consent, re-encoded without metadata, and never cached", async () => {
    const account = await createMakerWithAccount();
    const uploaded = await uploadPhoto(account.cookie, await photoWithMetadata());
    expect(uploaded.status).toBe(200);
    const draft = (await preview(account.cookie)).draft;
    expect(draft.content.photoKey).toMatch(/^[a-z0-9]{16,64}$/);

    const own = await respond(() => draftPhotoLoader(requestArgs("/maker/photo/640.jpg", { cookie: account.cookie, params: { file: "640.jpg" } })));
    expect(own.status).toBe(200);
    expect(own.headers.get("Cache-Control")).toBe("private, no-store");
    expect((await publicPhoto(account.maker.slug)).status).toBe(404);

    await approve(account, ["displayName"]);
    expect((await publicPhoto(account.maker.slug)).status).toBe(404);
    await approve(account, ["displayName", "photo"]);
    for (const file of ["640.jpg", "320.webp", "960.avif"]) {
      const served = await publicPhoto(account.maker.slug, file);
      expect(served.status, file).toBe(200);
      expect(served.headers.get("Cache-Control")).toBe("no-store");
      const metadata = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
      expect(metadata.exif, file).toBeUndefined();
      expect(metadata.icc, file).toBeUndefined();
      expect(metadata.xmp, file).toBeUndefined();
      expect(metadata.iptc, file).toBeUndefined();
    }
    expect((await publicPhoto(account.maker.slug, "640.gif")).status).toBe(404);

    await respond(() => homeAction(requestArgs("/maker", { cookie: account.cookie, form: { intent: "withdraw-field", field: "photo" } })));
    const withdrawn = await publicPhoto(account.maker.slug);
    expect(withdrawn.status).toBe(404);
    expect(withdrawn.headers.get("Cache-Control")).toBe("no-store");
  });

  it("accepts only JPEG, PNG and WebP by content, with the reason in her words", async () => {
    const account = await createMakerWithAccount();
    const refused = await uploadPhoto(account.cookie, Buffer.from("GIF89a not really a photo"), "photo.jpg");
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ ok: false, message: "photo.error.unsupported-type" });
    expect(await prisma.makerProfileVersion.count({ where: { makerId: account.maker.id } })).toBe(1);
  });

  it("removing it takes it out of her draft and deletes files nothing shows", async () => {
    const account = await createMakerWithAccount();
    await uploadPhoto(account.cookie, await photoWithMetadata());
    const key = (await preview(account.cookie)).draft.content.photoKey as string;
    expect(await getMakerPhotoStore().resolve(key, 640, "jpg")).not.toBeNull();
    const removed = await respond(() => editAction(requestArgs("/maker/edit", { cookie: account.cookie, form: { intent: "remove-photo" } })));
    expect(removed.status).toBe(200);
    expect((await (await respond(() => editLoader(requestArgs("/maker/edit", { cookie: account.cookie })))).json()).photoVersion).toBeNull();
    expect(await getMakerPhotoStore().resolve(key, 640, "jpg")).toBeNull();
  });
});

describe("cost", () => {
  it("portal and staff pages read their data in one query, plus the session", async () => {
    const account = await createMakerWithAccount();
    await approve(account, ["displayName", "bio"]);
    await createMakerWithAccount();
    const owner = await sessionCookieFor((await createUser({ role: "OWNER" })).id);
    const pages: [string, () => Promise<Response>][] = [
      ["portal home", () => homeLoader(requestArgs("/maker", { cookie: account.cookie }))],
      ["portal preview", () => previewLoader(requestArgs("/maker/preview", { cookie: account.cookie }))],
      ["portal history", () => historyLoader(requestArgs("/maker/history", { cookie: account.cookie }))],
      ["staff list", () => adminMakersLoader(requestArgs("/admin/makers", { cookie: owner }))],
      ["staff maker", () => adminMakerLoader(requestArgs(`/admin/makers/${account.maker.id}`, { cookie: owner, params: { makerId: account.maker.id } }))],
    ];
    for (const [name, load] of pages) {
      const { result, queries } = await recordQueries(load);
      expect(result.status, name).toBe(200);
      expect(queries, name).toHaveLength(2);
    }
  });

  it("the staff list shows each maker's consent status", async () => {
    const isPublic = await createMakerWithAccount();
    await approve(isPublic, ["bio"]);
    const endingSoon = await createMakerWithAccount();
    await approvedEndingAt(new Date(Date.now() + 5 * DAY), () => approve(endingSoon, ["bio"]));
    const withdrawn = await createMakerWithAccount();
    await approve(withdrawn, ["bio"]);
    await respond(() => stopAction(requestArgs("/maker/stop", { cookie: withdrawn.cookie, form: { intent: "stop-all" } })));
    const nothing = await createMakerWithAccount();
    const owner = await sessionCookieFor((await createUser({ role: "STORYTELLER" })).id);
    const { makers } = await (await respond(() => adminMakersLoader(requestArgs("/admin/makers", { cookie: owner })))).json();
    const statusOf = (id: string) => makers.find((row: { id: string }) => row.id === id).status;
    expect([isPublic, endingSoon, withdrawn, nothing].map((account) => statusOf(account.maker.id))).toEqual([
      "public",
      "expires-soon",
      "withdrawn",
      "nothing-public",
    ]);
  });
});
