// The ONLY way public pages read maker data (a lint rule keeps every other maker module out of
// public routes). Everything here returns approved, consented fields of a consent that is
// current: not ended (withdrawnAt null) and not expired. Drafts are never selected, and staff
// notes and labels live in a table no public model may name, so they cannot reach a public
// page even by mistake. Every read hashes the version again and compares it with the hash she
// approved: a row changed behind the database's triggers shows nothing.
import type { Prisma } from "~/generated/prisma/client";
import { productCardSelect, toProductCard, type ProductCard } from "~/models/product.server";
import { prisma } from "~/utils/db.server";
import { logger } from "~/utils/logger.server";
import { profileContentHash } from "~/utils/maker-content-hash.server";
import { projectPublicProfile, type MakerProfileContent, type PublicMakerProfile } from "~/utils/maker-profile";

/** A consent that applies right now. At most one row per maker has withdrawnAt null. */
function currentConsentWhere(now = new Date()) {
  return { withdrawnAt: null, expiresAt: { gt: now } } satisfies Prisma.MakerConsentWhereInput;
}

const approvedVersionSelect = {
  displayName: true,
  usesRealName: true,
  bio: true,
  quote: true,
  makingSince: true,
  country: true,
  skills: true,
  photoKey: true,
} satisfies Prisma.MakerProfileVersionSelect;

/** What a public read needs of a consent to check it: the approved hash and the whole version. */
const checkedConsentSelect = {
  id: true,
  contentHash: true,
  version: { select: approvedVersionSelect },
} satisfies Prisma.MakerConsentSelect;

/**
 * The content she approved, or null when the version no longer hashes to what she approved
 * (changed in place by someone who got past the triggers): then nothing is shown.
 */
function approvedContent(consent: { id: string; contentHash: string; version: MakerProfileContent }): MakerProfileContent | null {
  if (profileContentHash(consent.version) === consent.contentHash) return consent.version;
  logger.error({ consentId: consent.id }, "maker profile version does not match the content she approved; not shown");
  return null;
}

export type PublicMakerResult =
  /** `pieces` only when she consented to being named on what she made. */
  | { state: "public"; profile: PublicMakerProfile; pieces: ProductCard[] }
  /** Was public once, and no longer is: withdrawn or expired. */
  | { state: "gone" }
  | { state: "unknown" };

export async function getPublicMaker(slug: string): Promise<PublicMakerResult> {
  const maker = await prisma.maker.findUnique({
    where: { slug },
    select: {
      slug: true,
      consents: {
        where: currentConsentWhere(),
        select: { fields: true, ...checkedConsentSelect },
        take: 1,
      },
      events: { where: { action: "GRANTED" }, select: { id: true }, take: 1 },
      products: {
        where: { product: { status: "PUBLISHED" } },
        select: { product: { select: productCardSelect } },
        orderBy: { product: { publishedAt: "desc" } },
        take: 8,
      },
    },
  });
  if (!maker) return { state: "unknown" };
  const consent = maker.consents[0];
  const content = consent ? approvedContent(consent) : null;
  if (!consent || !content || consent.fields.length === 0) return { state: maker.events.length ? "gone" : "unknown" };
  const attributed = consent.fields.includes("attribution") && consent.fields.includes("displayName");
  return {
    state: "public",
    profile: projectPublicProfile(maker.slug, content, consent.fields),
    pieces: attributed ? maker.products.map((row) => toProductCard(row.product)) : [],
  };
}

/**
 * The makers of a piece, to embed in a product query as `makers: publicCreditsArgs()`: a maker's
 * row can only ever carry her name when she consented to both her name and attribution, in a
 * consent that is current. Makers without one come back nameless and are left out by
 * toPublicCredits, so the page cannot tell how many of them there are.
 */
export function publicCreditsArgs(now = new Date()) {
  return {
    select: {
      maker: {
        select: {
          slug: true,
          consents: {
            where: { ...currentConsentWhere(now), fields: { hasEvery: ["attribution", "displayName"] } },
            select: checkedConsentSelect,
            take: 1,
          },
        },
      },
    },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  } satisfies Prisma.Product$makersArgs;
}

type CreditRow = Prisma.ProductMakerGetPayload<ReturnType<typeof publicCreditsArgs>>;

/** One named credit per maker who chose to be named on her pieces; empty means the studio's line. */
export type PublicCredit = { name: string; href: string };

export function toPublicCredits(rows: CreditRow[]): PublicCredit[] {
  return rows.flatMap(({ maker }) => {
    const consent = maker.consents[0];
    const name = consent && approvedContent(consent)?.displayName;
    return name ? [{ name, href: `/makers/${maker.slug}` }] : [];
  });
}

/** Slugs of every maker whose page is public now (for the sitemap). */
export async function listPublicMakerSlugs(): Promise<{ slug: string; approvedAt: Date }[]> {
  const rows = await prisma.makerConsent.findMany({
    where: { ...currentConsentWhere(), NOT: { fields: { isEmpty: true } } },
    select: { approvedAt: true, maker: { select: { slug: true } }, ...checkedConsentSelect },
  });
  return rows.filter((row) => approvedContent(row)).map((row) => ({ slug: row.maker.slug, approvedAt: row.approvedAt }));
}

/** The storage key of a maker's photo, only if she consented to showing it, right now. */
export async function getPublicPhotoKey(slug: string): Promise<string | null> {
  const consent = await prisma.makerConsent.findFirst({
    where: { ...currentConsentWhere(), fields: { has: "photo" }, maker: { slug } },
    select: checkedConsentSelect,
  });
  return (consent && approvedContent(consent)?.photoKey) ?? null;
}
