// Makers as the back office sees them: the list with consent status, one maker's page, and
// the staff-only record (label, private notes), which lives in its own table, MakerStaffRecord,
// that only back-office models read (lint rule). Lists start from that table, so every maker
// staff see has her label. Staff can write drafts and manage her portal
// access, but nothing here (or anywhere staff reach) creates a MakerConsent: only she can.
import type { Prisma } from "~/generated/prisma/client";
import { type Actor, recordAudit } from "~/models/audit.server";
import { MakerNotFoundError, makerPiecesArgs, newMakerSlug, profileVersionSelect, toMakerPieces } from "~/models/maker.server";
import { prisma } from "~/utils/db.server";
import { consentStatus } from "~/utils/maker-profile";

const currentConsentSelect = { fields: true, approvedAt: true, expiresAt: true } satisfies Prisma.MakerConsentSelect;

const portalAccountSelect = {
  loginName: true,
  passwordHash: true,
  active: true,
  passwordTokens: { where: { usedAt: null }, select: { expiresAt: true }, orderBy: { expiresAt: "desc" }, take: 1 },
} satisfies Prisma.UserSelect;

type PortalAccountRow = Prisma.UserGetPayload<{ select: typeof portalAccountSelect }> | null;

/** Where her portal access stands; never the passphrase hash itself. */
function portalAccess(account: PortalAccountRow, now: Date) {
  if (!account) return { loginName: null, state: "none" as const, invitationExpiresAt: null };
  const invitation = account.passwordTokens[0];
  const pending = invitation && invitation.expiresAt > now ? invitation.expiresAt : null;
  const state = !account.active ? ("inactive" as const) : account.passwordHash ? ("active" as const) : pending ? ("invited" as const) : ("none" as const);
  return { loginName: account.loginName, state, invitationExpiresAt: pending };
}
export type PortalAccess = ReturnType<typeof portalAccess>;

const makerListSelect = {
  id: true,
  createdAt: true,
  versions: { select: { displayName: true }, orderBy: { createdAt: "desc" }, take: 1 },
  consents: { where: { withdrawnAt: null }, select: currentConsentSelect, take: 1 },
  events: { select: { action: true }, orderBy: { createdAt: "desc" }, take: 1 },
  account: { select: portalAccountSelect },
} satisfies Prisma.MakerSelect;

/** Every maker with her consent status and portal access, in one query. */
export async function listMakersForStaff(now = new Date()) {
  const records = await prisma.makerStaffRecord.findMany({ select: { internalLabel: true, maker: { select: makerListSelect } }, orderBy: { internalLabel: "asc" } });
  return records.map(({ internalLabel, maker: row }) => {
    const current = row.consents[0] ?? null;
    return {
      id: row.id,
      internalLabel,
      draftName: row.versions[0]?.displayName ?? null,
      status: consentStatus(current, row.events[0]?.action ?? null, now),
      expiresAt: current?.expiresAt ?? null,
      portal: portalAccess(row.account, now).state,
    };
  });
}
export type MakerListRow = Awaited<ReturnType<typeof listMakersForStaff>>[number];

const makerDetailSelect = {
  id: true,
  slug: true,
  createdAt: true,
  versions: { select: profileVersionSelect, orderBy: { createdAt: "desc" }, take: 1 },
  consents: { where: { withdrawnAt: null }, select: { ...currentConsentSelect, versionId: true }, take: 1 },
  safetyReviews: { select: { id: true, note: true, createdAt: true, reviewer: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
  events: { select: { id: true, action: true, fields: true, versionId: true, createdAt: true }, orderBy: { createdAt: "desc" } },
  account: { select: portalAccountSelect },
  products: makerPiecesArgs,
} satisfies Prisma.MakerSelect;

/** One maker as staff see her, with her pieces and how many of each sold, in one query. */
export async function getMakerForStaff(makerId: string, now = new Date()) {
  const record = await prisma.makerStaffRecord.findUnique({
    where: { makerId },
    select: { internalLabel: true, privateNotes: true, maker: { select: makerDetailSelect } },
  });
  if (!record) return null;
  const { maker: row, ...staffRecord } = record;
  const current = row.consents[0] ?? null;
  const { versions, consents: _consents, account, products, ...rest } = row;
  return {
    ...rest,
    ...staffRecord,
    pieces: toMakerPieces(products),
    draft: versions[0] ?? null,
    current,
    status: consentStatus(current, row.events[0]?.action ?? null, now),
    portal: portalAccess(account, now),
  };
}
export type StaffMaker = NonNullable<Awaited<ReturnType<typeof getMakerForStaff>>>;

export async function createMakerAsStaff(actor: Actor, input: { internalLabel: string; privateNotes: string }) {
  return prisma.$transaction(async (tx) => {
    const maker = await tx.maker.create({
      data: { slug: newMakerSlug(), staffRecord: { create: { internalLabel: input.internalLabel, privateNotes: input.privateNotes } } },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "maker.created", entityType: "Maker", entityId: maker.id, after: { internalLabel: input.internalLabel } });
    return maker;
  });
}

/** The label and private notes; the audit log records that the notes changed, not what they say. */
export async function updateMakerRecord(actor: Actor, makerId: string, input: { internalLabel: string; privateNotes: string }) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.makerStaffRecord.findUnique({ where: { makerId }, select: { internalLabel: true, privateNotes: true } });
    if (!before) throw new MakerNotFoundError();
    await tx.makerStaffRecord.update({ where: { makerId }, data: input });
    await recordAudit(tx, actor, {
      action: "maker.record_updated",
      entityType: "Maker",
      entityId: makerId,
      before: { internalLabel: before.internalLabel },
      after: { internalLabel: input.internalLabel, notesChanged: before.privateNotes !== input.privateNotes },
    });
  });
}

/**
 * Every maker as staff pick her for a piece: her internal label, and whether her name is shown
 * on her pieces right now (only her own consent decides that), in one query.
 */
export async function listMakerChoices(now = new Date()) {
  const records = await prisma.makerStaffRecord.findMany({
    select: {
      makerId: true,
      internalLabel: true,
      maker: {
        select: {
          consents: { where: { withdrawnAt: null, expiresAt: { gt: now }, fields: { hasEvery: ["attribution", "displayName"] } }, select: { id: true }, take: 1 },
        },
      },
    },
    orderBy: [{ internalLabel: "asc" }, { makerId: "asc" }],
  });
  return records.map((record) => ({ id: record.makerId, internalLabel: record.internalLabel, credited: record.maker.consents.length > 0 }));
}
export type MakerChoice = Awaited<ReturnType<typeof listMakerChoices>>[number];

/** How many of these makers exist; a piece can only be credited to makers who do. */
export function countMakers(ids: string[], db: Prisma.TransactionClient = prisma) {
  return db.maker.count({ where: { id: { in: ids } } });
}

/** The makers whose internal label is one of these, compared without case (for the stock file). */
export async function findMakersByLabels(labels: string[], db: Prisma.TransactionClient = prisma) {
  const records = await db.makerStaffRecord.findMany({
    where: { OR: labels.map((label) => ({ internalLabel: { equals: label, mode: "insensitive" as const } })) },
    select: { makerId: true, internalLabel: true },
  });
  return records.map((record) => ({ id: record.makerId, internalLabel: record.internalLabel }));
}
