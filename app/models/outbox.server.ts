import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";

export type NewEmail = {
  idempotencyKey: string;
  kind: string;
  orderId: string | null;
  to: string;
  /** A sender name instead of MAIL_FROM's ("Belonging studio" on mail to makers). */
  fromName?: string;
  subject: string;
  text: string;
  html: string;
};

/** Queues a message inside the caller's transaction; a second message with the same key is ignored. */
export async function enqueueEmail(tx: Prisma.TransactionClient, email: NewEmail) {
  await tx.outboxEmail.createMany({ data: [email], skipDuplicates: true });
}

export type ClaimedEmail = {
  id: string;
  idempotencyKey: string;
  to: string;
  fromName: string | null;
  subject: string;
  text: string;
  html: string;
  attempts: number;
};

/**
 * Takes up to `limit` messages that are due for this sender and holds them for `holdMs`:
 * rows locked by another sender are skipped, so two processes never send the same message
 * at once. A message whose sender died mid-send is taken again once its hold has passed.
 */
export function claimDueEmails(limit: number, holdMs: number) {
  return prisma.$queryRaw<ClaimedEmail[]>`
    UPDATE "OutboxEmail"
    SET "status" = 'SENDING', "lockedUntil" = now() + make_interval(secs => ${holdMs / 1000}), "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxEmail"
      WHERE ("status" = 'PENDING' AND "nextAttemptAt" <= now()) OR ("status" = 'SENDING' AND "lockedUntil" < now())
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "idempotencyKey", "to", "fromName", "subject", "text", "html", "attempts"`;
}

export async function markEmailSent(id: string) {
  await prisma.outboxEmail.updateMany({
    where: { id, status: "SENDING" },
    data: { status: "SENT", sentAt: new Date(), lockedUntil: null, lastError: null },
  });
}

/** A failed attempt: tried again at `retryAt`, or kept as FAILED for staff when there are no tries left. */
export async function markEmailFailed(id: string, error: string, retryAt: Date | null) {
  await prisma.outboxEmail.updateMany({
    where: { id, status: "SENDING" },
    data: { status: retryAt ? "PENDING" : "FAILED", nextAttemptAt: retryAt ?? undefined, lockedUntil: null, lastError: error.slice(0, 1000) },
  });
}
