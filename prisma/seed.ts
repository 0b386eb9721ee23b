// The demo shop: products with variants and images, collections, journal articles, makers in
// three consent states, and one staff owner. Idempotent: running it again changes nothing that
// exists and adds what is missing. Images are drawn by prisma/seed/art.ts, nothing downloaded.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "~/generated/prisma/client";
import { getImageStore } from "~/services/image-store.server";
import { prisma } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { newMakerSlug } from "~/models/maker.server";
import { profileContentHash } from "~/utils/maker-content-hash.server";
import { MAX_CONSENT_DAYS, type MakerPublicField } from "~/utils/maker-profile";
import { hashPassword } from "~/utils/password.server";
import { readDevSecrets, writeDevSecrets } from "../scripts/lib/local-environment.ts";
import { renderHeroArt, renderProductArt } from "./seed/art.ts";
import { articles, collections, makers, products, type SeedMaker, type SeedProduct } from "./seed/content.ts";

type Log = (message: string) => void;
type Options = { log?: Log; resetCredentials?: boolean; db?: PrismaClient };

const DAY = 24 * 60 * 60 * 1000;

export async function seedIfEmpty(options: Options = {}) {
  const db = options.db ?? prisma;
  if ((await db.product.count()) > 0) return false;
  await seedDemoShop(options);
  return true;
}

export async function seedDemoShop({ log = () => {}, resetCredentials = false, db = prisma }: Options = {}) {
  const started = Date.now();
  log("Loading the demo shop…");
  const makerIds = await seedMakers(db);
  for (const product of products) await seedProduct(db, product, product.makers.map((key) => makerIds[key]!));
  await seedProductImages(db, log);
  await seedCollections(db);
  await seedArticles(db);
  await seedOwner(db, resetCredentials);
  log(`Demo shop ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/** "email / password" of the demo owner, for the start banner in development. */
export async function describeDemoSignIn() {
  const { SEED_ADMIN_EMAIL } = getEnv();
  if (SEED_ADMIN_EMAIL) return `${SEED_ADMIN_EMAIL} (password from SEED_ADMIN_PASSWORD)`;
  const secrets = await readDevSecrets();
  return secrets.DEMO_OWNER_EMAIL ? `${secrets.DEMO_OWNER_EMAIL} / ${secrets.DEMO_OWNER_PASSWORD}` : null;
}

async function seedMakers(db: PrismaClient) {
  const storyteller = await db.user.upsert({
    where: { email: "storyteller@belonging.test" },
    update: {},
    create: { email: "storyteller@belonging.test", name: "Studio storyteller", role: "STORYTELLER" },
  });
  const ids: Record<string, string> = {};
  for (const maker of makers) {
    const existing = await db.makerStaffRecord.findFirst({ where: { internalLabel: maker.internalLabel }, select: { makerId: true } });
    const row = existing
      ? { id: existing.makerId }
      : await db.maker.create({
          data: { slug: newMakerSlug(), staffRecord: { create: { internalLabel: maker.internalLabel, privateNotes: maker.privateNotes } } },
          select: { id: true },
        });
    ids[maker.key] = row.id;
    if ((await db.makerProfileVersion.count({ where: { makerId: row.id } })) === 0) {
      await seedMakerProfile(db, row.id, maker, storyteller.id);
    }
  }
  return ids;
}

/**
 * The consent each demo maker gave: all but the photo, a pseudonym's basics, or nothing yet.
 * Each had her safety review, so Noor can still choose to show her name in her maker pages.
 */
const DEMO_CONSENT: Record<SeedMaker["key"], MakerPublicField[]> = {
  amara: ["displayName", "bio", "quote", "makingSince", "country", "skills", "attribution"],
  sol: ["displayName", "bio", "skills", "attribution"],
  noor: [],
};

async function seedMakerProfile(db: PrismaClient, makerId: string, maker: SeedMaker, reviewerId: string) {
  const contentHash = profileContentHash({ ...maker.profile, photoKey: null });
  const version = await db.makerProfileVersion.create({
    data: { makerId, ...maker.profile, country: maker.profile.country.toUpperCase(), contentHash },
  });
  const approvedAt = new Date(Date.now() - 30 * DAY);
  await db.safetyReview.create({ data: { makerId, reviewerId, note: "Demo shop", createdAt: approvedAt } });
  const fields = DEMO_CONSENT[maker.key];
  if (fields.length === 0) return;
  await db.$transaction([
    db.makerConsent.create({
      data: {
        makerId,
        versionId: version.id,
        contentHash,
        fields,
        approvedAt,
        expiresAt: new Date(approvedAt.getTime() + MAX_CONSENT_DAYS * DAY),
      },
    }),
    db.consentEvent.create({
      data: { makerId, action: "GRANTED", versionId: version.id, contentHash, fields, createdAt: approvedAt },
    }),
  ]);
}

async function seedProduct(db: PrismaClient, product: SeedProduct, makerIds: string[]) {
  const existing = await db.product.findUnique({ where: { handle: product.handle }, select: { id: true } });
  if (existing) return;
  const publishedAt = new Date(Date.now() - product.daysSinceLaunch * DAY);
  await db.$transaction(async (tx) => {
    const created = await tx.product.create({
      data: {
        handle: product.handle,
        name: product.name,
        category: product.category.toUpperCase() as Uppercase<SeedProduct["category"]>,
        summary: product.summary,
        description: product.description,
        materials: product.materials,
        care: product.care,
        status: "PUBLISHED",
        featured: product.featured,
        publishedAt,
        createdAt: publishedAt,
        priceFrom: Math.min(...product.variants.map((v) => v.price)),
        wagesShare: product.moneyBreakdown.wages,
        materialsShare: product.moneyBreakdown.materials,
        programShare: product.moneyBreakdown.program,
        operationsShare: product.moneyBreakdown.operations,
        makers: { create: makerIds.map((makerId, position) => ({ makerId, position })) },
      },
    });
    for (const [position, variant] of product.variants.entries()) {
      const options = [variant.metal, variant.size, variant.length].filter(Boolean);
      await tx.productVariant.create({
        data: {
          productId: created.id,
          sku: `${product.handle}-${position + 1}`.toUpperCase(),
          title: options.join(", "),
          metal: variant.metal,
          size: variant.size ?? null,
          length: variant.length ?? null,
          price: variant.price,
          position,
          onHand: variant.stock,
          ledger: variant.stock > 0 ? { create: { delta: variant.stock, reason: "INITIAL", note: "Demo shop" } } : undefined,
        },
      });
    }
  });
}

/** Draws and stores three images for each product that has none, two at a time. */
async function seedProductImages(db: PrismaClient, log: Log) {
  const missing = await db.product.findMany({
    where: { images: { none: {} } },
    select: { id: true, handle: true, variants: { select: { metal: true }, orderBy: { position: "asc" }, take: 1 } },
  });
  if (missing.length === 0) return;
  log(`Drawing images for ${missing.length} products…`);
  const byHandle = new Map(products.map((p) => [p.handle, p]));
  const queue = [...missing];
  const worker = async () => {
    for (let row = queue.shift(); row; row = queue.shift()) {
      const seed = byHandle.get(row.handle);
      if (!seed) continue;
      const metal = seed.variants[0]!.metal;
      for (const view of [0, 1, 2] as const) {
        const png = await renderProductArt({ kind: seed.art, metal, accent: seed.accent, view, seed: `${seed.handle}-${view}` });
        const stored = await getImageStore().save(png);
        await db.productImage.create({
          data: { productId: row.id, key: stored.key, width: stored.width, height: stored.height, alt: seed.imageAlts[view], position: view },
        });
      }
    }
  };
  await Promise.all([worker(), worker()]);
}

async function seedCollections(db: PrismaClient) {
  const productIds = new Map(
    (await db.product.findMany({ select: { id: true, handle: true } })).map((p) => [p.handle, p.id]),
  );
  for (const [position, collection] of collections.entries()) {
    if (await db.collection.findUnique({ where: { handle: collection.handle }, select: { id: true } })) continue;
    // Each collection's hero shows one of its own pieces, in that piece's colours.
    const lead = products.find((p) => p.handle === collection.products?.[0]) ?? products[position % products.length]!;
    const hero = await getImageStore().save(await renderHeroArt({ kind: lead.art, accent: lead.accent, seed: collection.handle }));
    await db.collection.create({
      data: {
        handle: collection.handle,
        title: collection.title,
        intro: collection.intro,
        isGift: collection.isGift,
        featured: collection.featured,
        priceMin: collection.priceBand?.minCents ?? null,
        priceMax: collection.priceBand?.maxCents ?? null,
        priceLabel: collection.priceBand?.label ?? null,
        heroImageKey: hero.key,
        heroAlt: "",
        status: "PUBLISHED",
        position,
        products: {
          create: (collection.products ?? []).map((handle, index) => ({
            productId: requireId(productIds, handle),
            position: index,
          })),
        },
      },
    });
  }
}

async function seedArticles(db: PrismaClient) {
  const productIds = new Map((await db.product.findMany({ select: { id: true, handle: true } })).map((p) => [p.handle, p.id]));
  const collectionIds = new Map(
    (await db.collection.findMany({ select: { id: true, handle: true } })).map((c) => [c.handle, c.id]),
  );
  for (const article of articles) {
    if (await db.article.findUnique({ where: { slug: article.slug }, select: { id: true } })) continue;
    const hero = await getImageStore().save(
      await renderHeroArt({ kind: article.heroArt, accent: article.heroAccent, seed: article.slug }),
    );
    const publishedAt = new Date(Date.now() - article.daysAgo * DAY);
    await db.article.create({
      data: {
        slug: article.slug,
        title: article.title,
        excerpt: article.excerpt,
        body: article.body,
        authorName: article.authorName,
        topic: article.topic.toUpperCase().replace("-", "_") as "RECOVERY" | "PURPOSE" | "COMMUNITY" | "DIGNIFIED_WORK",
        contentNote: article.readingNote ?? null,
        heroImageKey: hero.key,
        heroAlt: "",
        status: "PUBLISHED",
        publishedAt,
        createdAt: publishedAt,
        products: { create: article.products.map((handle, position) => ({ productId: requireId(productIds, handle), position })) },
        collections: {
          create: article.collections.map((handle, position) => ({ collectionId: requireId(collectionIds, handle), position })),
        },
      },
    });
  }
}

/** One owner account: from SEED_ADMIN_EMAIL/SEED_ADMIN_PASSWORD, or generated and remembered locally. */
async function seedOwner(db: PrismaClient, resetCredentials: boolean) {
  const env = getEnv();
  const email = (env.SEED_ADMIN_EMAIL ?? "owner@belonging.test").toLowerCase();
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing && !resetCredentials) return;
  const password = env.SEED_ADMIN_PASSWORD ?? randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password);
  await db.user.upsert({
    where: { email },
    update: { passwordHash, active: true },
    create: { email, name: "Shop owner", role: "OWNER", passwordHash },
  });
  if (!env.SEED_ADMIN_PASSWORD) await writeDevSecrets({ DEMO_OWNER_EMAIL: email, DEMO_OWNER_PASSWORD: password });
}

function requireId(ids: Map<string, string>, handle: string) {
  const id = ids.get(handle);
  if (!id) throw new Error(`Seed content refers to unknown handle "${handle}"`);
  return id;
}
