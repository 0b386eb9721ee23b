// Makers as staff and the makers themselves work with them: drafts, approvals, withdrawals,
// safety reviews and the consent history. Public pages never import this module (lint rule);
// they read app/models/public-maker.server.ts.
//
// Consent rows: at most one per maker is current (withdrawnAt null). Approving ends the current
// row and starts a new one; withdrawing some fields ends it and starts one with the rest;
// withdrawing everything just ends it. Every change is also an append-only ConsentEvent.
import { randomBytes } from "node:crypto";
import type { OrderStatus, Prisma } from "~/generated/prisma/client";
import { type Actor, recordAudit } from "~/models/audit.server";
import { queueMakerEmail } from "~/models/maker-mail.server";
import { prisma } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { profileContentHash } from "~/utils/maker-content-hash.server";
import {
  FIELDS_NEEDING_SAFETY_REVIEW,
  MAKER_PUBLIC_FIELDS,
  type MakerProfileContent,
  type MakerPublicField,
} from "~/utils/maker-profile";

const DAY = 24 * 60 * 60 * 1000;

/** Why a consent change was refused; the portal words each in her language. */
export type ConsentProblem = "changed" | "choose-one" | "no-photo" | "needs-review" | "not-allowed" | "unknown-field" | "no-maker";

export class ConsentError extends Error {
  constructor(
    message: string,
    readonly problem: ConsentProblem = "not-allowed",
  ) {
    super(message);
  }
}
export class MakerNotFoundError extends Error {}

/** A public slug that says nothing about who she is. */
export function newMakerSlug() {
  return `maker-${randomBytes(5).toString("hex")}`;
}

export const profileVersionSelect = {
  id: true,
  displayName: true,
  usesRealName: true,
  bio: true,
  quote: true,
  makingSince: true,
  country: true,
  skills: true,
  photoKey: true,
  contentHash: true,
  createdById: true,
  createdAt: true,
} satisfies Prisma.MakerProfileVersionSelect;
export type ProfileVersion = Prisma.MakerProfileVersionGetPayload<{ select: typeof profileVersionSelect }>;

function createVersion(db: Prisma.TransactionClient, makerId: string, content: MakerProfileContent, authorId: string) {
  const normalized = { ...content, country: content.country?.toUpperCase() ?? null };
  return db.makerProfileVersion.create({
    data: { makerId, ...normalized, contentHash: profileContentHash(normalized), createdById: authorId },
    select: profileVersionSelect,
  });
}

/** Saves a new draft version; earlier versions, and anything approved, stay as they were. */
export async function saveDraft(makerId: string, content: MakerProfileContent, authorId: string) {
  return createVersion(prisma, makerId, content, authorId);
}

const EMPTY_PROFILE: MakerProfileContent = {
  displayName: "",
  usesRealName: false,
  bio: "",
  quote: "",
  makingSince: null,
  country: null,
  skills: [],
  photoKey: null,
};

function contentOf(version: ProfileVersion | null): MakerProfileContent {
  if (!version) return EMPTY_PROFILE;
  const { displayName, usesRealName, bio, quote, makingSince, country, skills, photoKey } = version;
  return { displayName, usesRealName, bio, quote, makingSince, country, skills, photoKey };
}

/** Who writes a draft: the maker herself, or staff (whose changes go to the audit log). */
export type DraftAuthor = { userId: string; staff?: Actor };

/**
 * Applies `change` to her latest draft and saves the result as a new version, unless nothing
 * changed. One at a time per maker, so a text edit and a photo upload cannot undo each other.
 */
async function changeDraft(makerId: string, author: DraftAuthor, change: (draft: MakerProfileContent) => MakerProfileContent) {
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Maker" WHERE id = ${makerId} FOR UPDATE`;
    if (rows.length === 0) throw new MakerNotFoundError();
    const latest = await tx.makerProfileVersion.findFirst({ where: { makerId }, orderBy: { createdAt: "desc" }, select: profileVersionSelect });
    const before = contentOf(latest);
    const after = change(before);
    if (latest && profileContentHash(after) === latest.contentHash) return { version: latest, previous: before, changed: false };
    const version = await createVersion(tx, makerId, after, author.userId);
    if (author.staff) {
      await recordAudit(tx, author.staff, { action: "maker.draft_saved", entityType: "Maker", entityId: makerId, after: { versionId: version.id } });
    }
    return { version, previous: before, changed: true };
  });
}

/** Her draft's words (everything but the photo), as a new version if anything changed. */
export async function saveDraftText(makerId: string, text: Omit<MakerProfileContent, "photoKey">, author: DraftAuthor) {
  const { changed, version } = await changeDraft(makerId, author, (draft) => ({ ...text, photoKey: draft.photoKey }));
  return { changed, version };
}

/**
 * Puts a new photo into her draft, or takes it out (null). Returns the photo it replaced when
 * nothing shows it any more, so the caller can delete its files; a photo she approved keeps
 * being served until she withdraws it.
 */
export async function saveDraftPhoto(makerId: string, photoKey: string | null, author: DraftAuthor) {
  const { previous } = await changeDraft(makerId, author, (draft) => ({ ...draft, photoKey }));
  const replaced = previous.photoKey;
  if (!replaced || replaced === photoKey) return { unusedPhotoKey: null };
  const shown = await prisma.makerConsent.count({ where: { makerId, withdrawnAt: null, version: { photoKey: replaced } } });
  return { unusedPhotoKey: shown ? null : replaced };
}

/** The photo in her latest draft, for the back office and her own portal (never the public). */
export async function getDraftPhotoKey(makerId: string) {
  const draft = await prisma.makerProfileVersion.findFirst({ where: { makerId }, orderBy: { createdAt: "desc" }, select: { photoKey: true } });
  return draft?.photoKey ?? null;
}

/** Whether the version is one of hers (so another maker's ids find nothing). */
export async function isOwnVersion(makerId: string, versionId: string) {
  return (await prisma.makerProfileVersion.count({ where: { id: versionId, makerId } })) === 1;
}

/** Orders whose pieces count as sold: paid and not refunded in full. */
const SOLD_STATUSES = ["PAID", "PACKED", "SHIPPED"] as const satisfies OrderStatus[];

/** The pieces credited to a maker, with the quantities of their sold order lines, to embed in a maker query. */
export const makerPiecesArgs = {
  select: {
    product: {
      select: {
        id: true,
        name: true,
        status: true,
        variants: { select: { orderLines: { where: { order: { status: { in: [...SOLD_STATUSES] } } }, select: { quantity: true } } } },
      },
    },
  },
  orderBy: [{ product: { name: "asc" } }, { productId: "asc" }],
} satisfies Prisma.Maker$productsArgs;

type MakerPieceRow = Prisma.ProductMakerGetPayload<typeof makerPiecesArgs>;

/**
 * Her pieces (credited by staff, whatever she chose to show) with how many of each were sold:
 * counts only, never who bought.
 */
export function toMakerPieces(rows: MakerPieceRow[]) {
  return rows.map(({ product }) => ({
    id: product.id,
    name: product.name,
    status: product.status,
    sold: product.variants.reduce((sum, variant) => sum + variant.orderLines.reduce((lines, line) => lines + line.quantity, 0), 0),
  }));
}
export type MakerPiece = ReturnType<typeof toMakerPieces>[number];

const consentOverviewSelect = {
  id: true,
  slug: true,
  versions: { select: profileVersionSelect, orderBy: { createdAt: "desc" }, take: 1 },
  consents: {
    where: { withdrawnAt: null },
    select: { id: true, fields: true, approvedAt: true, expiresAt: true, version: { select: profileVersionSelect } },
    take: 1,
  },
  safetyReviews: { select: { id: true, createdAt: true }, take: 1 },
  events: {
    select: { id: true, action: true, fields: true, createdAt: true, actorId: true, versionId: true },
    orderBy: { createdAt: "desc" },
  },
} satisfies Prisma.MakerSelect;

function toConsentOverview(maker: Prisma.MakerGetPayload<{ select: typeof consentOverviewSelect }>, now: Date) {
  const current = maker.consents[0] ?? null;
  const live = current && current.expiresAt > now && current.fields.length > 0 ? current : null;
  return {
    id: maker.id,
    slug: maker.slug,
    draft: maker.versions[0] ?? null,
    current: live,
    // Ended by time: not yet recorded (the row is still current), or recorded and nothing since.
    expired: current !== null ? current.expiresAt <= now : maker.events[0]?.action === "EXPIRED",
    hasSafetyReview: maker.safetyReviews.length > 0,
    events: maker.events,
  };
}

/** Everything the portal and the staff page show about one maker's consent, in one query. */
export async function getConsentOverview(makerId: string, now = new Date()) {
  const maker = await prisma.maker.findUnique({ where: { id: makerId }, select: consentOverviewSelect });
  return maker ? toConsentOverview(maker, now) : null;
}

/** Her portal's home: the consent overview and her pieces with counts sold, in one query. */
export async function getPortalHome(makerId: string, now = new Date()) {
  const maker = await prisma.maker.findUnique({ where: { id: makerId }, select: { ...consentOverviewSelect, products: makerPiecesArgs } });
  return maker ? { ...toConsentOverview(maker, now), pieces: toMakerPieces(maker.products) } : null;
}
export type ConsentOverview = NonNullable<Awaited<ReturnType<typeof getConsentOverview>>>;

/** Locks the maker row so approvals and withdrawals for one maker happen one at a time. */
async function lockMaker(tx: Prisma.TransactionClient, makerId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Maker" WHERE id = ${makerId} FOR UPDATE`;
  if (rows.length === 0) throw new ConsentError("No such maker.", "no-maker");
}

/** Only the maker herself, signed in to her own account, can approve or withdraw. */
async function requireOwnAccount(tx: Prisma.TransactionClient, makerId: string, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, makerId: true, active: true } });
  if (!user || !user.active || user.role !== "MAKER" || user.makerId !== makerId) {
    throw new ConsentError("Only the maker herself can decide what is shown about her.");
  }
}

function validFields(fields: readonly string[]): MakerPublicField[] {
  const unknown = fields.filter((field) => !(MAKER_PUBLIC_FIELDS as readonly string[]).includes(field));
  if (unknown.length) throw new ConsentError(`Unknown fields: ${unknown.join(", ")}`, "unknown-field");
  return [...new Set(fields)] as MakerPublicField[];
}

/**
 * The maker approves exactly the version she was shown (its content hash), for the fields she
 * chose. The public shows that version until she approves another, withdraws, or it expires.
 */
export async function approveProfile(input: {
  makerId: string;
  userId: string;
  versionId: string;
  contentHash: string;
  fields: readonly string[];
  /** The words she agrees to, in her language, given the date her consent will end. */
  consentText?: (expiresAt: Date) => { wording: string; language: string };
}) {
  const fields = validFields(input.fields);
  if (fields.length === 0) throw new ConsentError("Choose at least one thing to show, or use “Stop showing my profile”.", "choose-one");
  return prisma.$transaction(async (tx) => {
    await lockMaker(tx, input.makerId);
    await requireOwnAccount(tx, input.makerId, input.userId);
    const latest = await tx.makerProfileVersion.findFirst({
      where: { makerId: input.makerId },
      orderBy: { createdAt: "desc" },
      select: { id: true, contentHash: true, photoKey: true },
    });
    if (!latest || latest.id !== input.versionId || latest.contentHash !== input.contentHash) {
      throw new ConsentError("Your profile changed since you opened this page. Please look at it again before approving.", "changed");
    }
    if (fields.includes("photo") && !latest.photoKey) throw new ConsentError("There is no photo to show.", "no-photo");
    if (fields.some((field) => FIELDS_NEEDING_SAFETY_REVIEW.includes(field))) {
      const reviewed = await tx.safetyReview.count({ where: { makerId: input.makerId } });
      if (!reviewed) throw new ConsentError("Your name or photo can be shown once a storyteller has done the safety review.", "needs-review");
    }
    const now = new Date();
    const expiresAt = new Date(now.getTime() + getEnv().MAKER_CONSENT_DAYS * DAY);
    const text = input.consentText?.(expiresAt) ?? { wording: null, language: null };
    await tx.makerConsent.updateMany({ where: { makerId: input.makerId, withdrawnAt: null }, data: { withdrawnAt: now } });
    const consent = await tx.makerConsent.create({
      data: { makerId: input.makerId, versionId: latest.id, contentHash: latest.contentHash, fields, approvedAt: now, expiresAt, ...text },
      select: { id: true, expiresAt: true },
    });
    await tx.consentEvent.create({
      data: { makerId: input.makerId, action: "GRANTED", versionId: latest.id, contentHash: latest.contentHash, fields, actorId: input.userId, ...text },
    });
    return consent;
  });
}

/** Stops showing some fields (or, with `all`, everything), effective on the next request. */
export async function withdrawConsent(input: { makerId: string; userId: string; fields: readonly string[] | "all" }) {
  return prisma.$transaction(async (tx) => {
    await lockMaker(tx, input.makerId);
    await requireOwnAccount(tx, input.makerId, input.userId);
    const current = await tx.makerConsent.findFirst({
      where: { makerId: input.makerId, withdrawnAt: null },
      select: { id: true, versionId: true, contentHash: true, fields: true, approvedAt: true, expiresAt: true, wording: true, language: true },
    });
    if (!current) return { withdrawn: [] as string[] };
    const withdrawn = input.fields === "all" ? current.fields : validFields(input.fields).filter((f) => current.fields.includes(f));
    if (withdrawn.length === 0) return { withdrawn };
    const remaining = current.fields.filter((field) => !withdrawn.includes(field));
    const now = new Date();
    await tx.makerConsent.update({ where: { id: current.id }, data: { withdrawnAt: now } });
    if (remaining.length) {
      await tx.makerConsent.create({
        data: {
          makerId: input.makerId,
          versionId: current.versionId,
          contentHash: current.contentHash,
          fields: remaining,
          approvedAt: current.approvedAt,
          expiresAt: current.expiresAt,
          wording: current.wording,
          language: current.language,
        },
      });
    }
    await tx.consentEvent.create({
      data: { makerId: input.makerId, action: "WITHDRAWN", versionId: current.versionId, contentHash: current.contentHash, fields: withdrawn, actorId: input.userId },
    });
    return { withdrawn };
  });
}

/**
 * A storyteller's sign-off, by someone other than whoever wrote the current draft. With `ip`
 * (a review recorded in the back office) it also goes to the audit log.
 */
export async function recordSafetyReview(input: { makerId: string; reviewerId: string; note: string }, ip?: string) {
  return prisma.$transaction(async (tx) => {
    if (!(await tx.maker.findUnique({ where: { id: input.makerId }, select: { id: true } }))) throw new MakerNotFoundError();
    const reviewer = await tx.user.findUnique({ where: { id: input.reviewerId }, select: { role: true, active: true } });
    if (!reviewer?.active || reviewer.role !== "STORYTELLER") throw new ConsentError("Only a storyteller can record the safety review.");
    const draft = await tx.makerProfileVersion.findFirst({
      where: { makerId: input.makerId },
      orderBy: { createdAt: "desc" },
      select: { createdById: true },
    });
    if (draft?.createdById === input.reviewerId) {
      throw new ConsentError("The safety review must be done by a second person, not the author of the draft.");
    }
    const review = await tx.safetyReview.create({ data: input, select: { id: true, createdAt: true } });
    if (ip !== undefined) {
      await recordAudit(tx, { id: input.reviewerId, ip }, { action: "maker.safety_reviewed", entityType: "Maker", entityId: input.makerId });
    }
    return review;
  });
}

/**
 * Ends consents whose time is up and records it, so the history says so in plain words. The
 * public pages stop showing an expired consent by themselves; this only keeps the record.
 */
export async function recordExpiredConsents(now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const expired = await tx.makerConsent.findMany({
      where: { withdrawnAt: null, expiresAt: { lte: now } },
      select: { id: true, makerId: true, versionId: true, contentHash: true, fields: true },
    });
    for (const consent of expired) {
      await tx.makerConsent.update({ where: { id: consent.id }, data: { withdrawnAt: now } });
      await tx.consentEvent.create({
        data: { makerId: consent.makerId, action: "EXPIRED", versionId: consent.versionId, contentHash: consent.contentHash, fields: consent.fields },
      });
      // She hears that something changed, never what (and only if she gave an email).
      await queueMakerEmail(tx, { makerId: consent.makerId, kind: "ended", key: consent.id });
    }
    return expired.length;
  });
}
