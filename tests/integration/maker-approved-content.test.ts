// What a maker approved cannot change without her approving again. The database refuses to
// change a profile version or a consent's approved fields in place; and if a row is changed
// anyway, behind the triggers' back, every public read sees that its content no longer hashes to
// what she approved and shows nothing.
import { describe, expect, it } from "vitest";
import { approveProfile, withdrawConsent } from "~/models/maker.server";
import { getPublicMaker, getPublicPhotoKey, listPublicMakerSlugs } from "~/models/public-maker.server";
import { loader as publicMakerLoader } from "~/routes/makers.$slug";
import { loader as productLoader } from "~/routes/products.$handle";
import { prisma } from "~/utils/db.server";
import { createMakerWithAccount } from "../factories/maker.ts";
import { createProduct } from "../factories/product.ts";
import { requestArgs, respond } from "../factories/user.ts";

const REFUSED = /cannot be changed|keeps what she approved|stays withdrawn|set once/;

async function approvedMaker() {
  const made = await createMakerWithAccount({ content: { displayName: "Amani", photoKey: "approved-photo" } });
  const consent = await approveProfile({
    makerId: made.maker.id,
    userId: made.user.id,
    versionId: made.draft.id,
    contentHash: made.draft.contentHash,
    fields: ["displayName", "bio", "photo", "attribution"],
  });
  return { ...made, consent };
}

/** An UPDATE as a database superuser would run it with triggers switched off for the transaction. */
function updateBehindTheTriggers(sql: string, ...values: unknown[]) {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
    await tx.$executeRawUnsafe(sql, ...values);
  });
}

describe("the database keeps what she approved", () => {
  it("refuses to change a profile version in place, approved or draft", async () => {
    const { draft } = await approvedMaker();
    await expect(prisma.$executeRaw`UPDATE "MakerProfileVersion" SET "displayName" = 'Someone else' WHERE id = ${draft.id}`).rejects.toThrow(REFUSED);
    await expect(prisma.makerProfileVersion.update({ where: { id: draft.id }, data: { bio: "Rewritten by staff" } })).rejects.toThrow(REFUSED);
    await expect(prisma.makerProfileVersion.update({ where: { id: draft.id }, data: { contentHash: "0".repeat(64) } })).rejects.toThrow(REFUSED);
    const unchanged = await prisma.makerProfileVersion.findUniqueOrThrow({ where: { id: draft.id } });
    expect(unchanged).toMatchObject({ displayName: "Amani", bio: draft.bio, contentHash: draft.contentHash });
  });

  it("refuses to change a consent's approved fields: what, which version, when it ends", async () => {
    const { consent } = await approvedMaker();
    const later = new Date(Date.now() + 4000 * 24 * 60 * 60 * 1000);
    const changes = [
      { fields: ["displayName", "bio", "photo", "attribution", "quote"] },
      { expiresAt: later },
      { approvedAt: new Date() },
      { contentHash: "0".repeat(64) },
    ];
    for (const data of changes) {
      await expect(prisma.makerConsent.update({ where: { id: consent.id }, data }), JSON.stringify(data)).rejects.toThrow(REFUSED);
    }
    await expect(prisma.$executeRaw`UPDATE "MakerConsent" SET fields = array_append(fields, 'quote') WHERE id = ${consent.id}`).rejects.toThrow(REFUSED);
    const unchanged = await prisma.makerConsent.findUniqueOrThrow({ where: { id: consent.id } });
    expect(unchanged.fields).toEqual(["displayName", "bio", "photo", "attribution"]);
    expect(unchanged.expiresAt).toEqual(consent.expiresAt);
  });

  it("lets a consent be withdrawn and its reminder recorded, each once, and never brought back", async () => {
    const { maker, user, consent } = await approvedMaker();
    await prisma.makerConsent.update({ where: { id: consent.id }, data: { reminderSentAt: new Date() } });
    await expect(prisma.makerConsent.update({ where: { id: consent.id }, data: { reminderSentAt: null } })).rejects.toThrow(REFUSED);

    await withdrawConsent({ makerId: maker.id, userId: user.id, fields: "all" });
    const withdrawn = await prisma.makerConsent.findUniqueOrThrow({ where: { id: consent.id } });
    expect(withdrawn.withdrawnAt).toBeInstanceOf(Date);
    await expect(prisma.makerConsent.update({ where: { id: consent.id }, data: { withdrawnAt: null } })).rejects.toThrow(REFUSED);
    await expect(prisma.makerConsent.update({ where: { id: consent.id }, data: { withdrawnAt: new Date(Date.now() + 60_000) } })).rejects.toThrow(REFUSED);
    expect((await getPublicMaker(maker.slug)).state).toBe("gone");
  });
});

describe("public reads check the approved content hash again", () => {
  it("show nothing of a version changed behind the triggers' back", async () => {
    const { maker, draft } = await approvedMaker();
    const piece = await createProduct({ name: "Checked bangle" });
    await prisma.product.update({ where: { id: piece.id }, data: { makers: { create: { makerId: maker.id } } } });
    const page = () => respond(() => publicMakerLoader(requestArgs(`/makers/${maker.slug}`, { params: { slug: maker.slug } })));
    const productAttribution = async () =>
      (await (await respond(() => productLoader(requestArgs(`/products/${piece.handle}`, { params: { handle: piece.handle } })))).json()).product.credits;

    // Before: her approved profile is public everywhere it may be.
    expect((await page()).status).toBe(200);
    expect(await productAttribution()).toEqual([{ name: "Amani", href: `/makers/${maker.slug}` }]);
    expect((await listPublicMakerSlugs()).map((row) => row.slug)).toContain(maker.slug);
    expect(await getPublicPhotoKey(maker.slug)).toBe("approved-photo");

    await updateBehindTheTriggers(`UPDATE "MakerProfileVersion" SET "displayName" = 'Her real name', "photoKey" = 'other-photo' WHERE id = $1`, draft.id);

    const tampered = await page();
    expect(tampered.status).toBe(410);
    expect(await tampered.text()).not.toContain("Her real name");
    expect(await productAttribution()).toEqual([]);
    expect((await listPublicMakerSlugs()).map((row) => row.slug)).not.toContain(maker.slug);
    expect(await getPublicPhotoKey(maker.slug)).toBeNull();
  });

  it("show nothing when the consent's recorded hash was changed instead", async () => {
    const { maker, consent } = await approvedMaker();
    await updateBehindTheTriggers(`UPDATE "MakerConsent" SET "contentHash" = $1 WHERE id = $2`, "f".repeat(64), consent.id);
    expect((await getPublicMaker(maker.slug)).state).toBe("gone");
    expect(await getPublicPhotoKey(maker.slug)).toBeNull();
  });
});
