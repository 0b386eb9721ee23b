import type { Prisma } from "~/generated/prisma/client";
import type { AuditEntityType } from "~/utils/admin";

/** Who is acting, and from where: every staff change is recorded with both. */
export type Actor = { id: string; ip: string };

type AuditInput = {
  action: string;
  entityType: AuditEntityType;
  entityId: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/** Appends one event, inside the transaction that makes the change it describes. */
export async function recordAudit(db: Prisma.TransactionClient, actor: Actor, event: AuditInput) {
  await db.auditEvent.create({
    data: {
      actorId: actor.id,
      ip: actor.ip,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: event.before ?? undefined,
      after: event.after ?? undefined,
    },
  });
}
