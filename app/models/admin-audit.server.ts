// The audit log as the back office reads it. Entries can name a maker by her staff-only label,
// so reading them is for back-office models only; writing an entry is recordAudit's job.
import type { Prisma } from "~/generated/prisma/client";
import type { AuditEntityType } from "~/utils/admin";
import { prisma } from "~/utils/db.server";

export const auditEventSelect = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  ip: true,
  createdAt: true,
  actor: { select: { id: true, name: true, email: true } },
} satisfies Prisma.AuditEventSelect;

export type AuditFilter = { actorId?: string; entityType?: AuditEntityType; from?: Date; to?: Date };

export const AUDIT_PAGE_SIZE = 50;

/** One page of events, newest first; `hasMore` comes from fetching one extra row, not a count. */
export async function listAuditEvents(filter: AuditFilter, page: number) {
  const rows = await prisma.auditEvent.findMany({
    where: {
      actorId: filter.actorId,
      entityType: filter.entityType,
      createdAt: { gte: filter.from, lt: filter.to },
    },
    select: auditEventSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
  });
  return { events: rows.slice(0, AUDIT_PAGE_SIZE), hasMore: rows.length > AUDIT_PAGE_SIZE };
}

/** Everyone who may appear as an actor: the filter's choices. */
export function listAuditActors() {
  return prisma.user.findMany({
    where: { role: { not: "MAKER" } },
    select: { id: true, name: true, email: true },
    orderBy: { name: "asc" },
  });
}
