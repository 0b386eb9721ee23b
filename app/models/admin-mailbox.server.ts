// The back office's mailbox: every message the shop sent or will send. Consent reminders name a
// maker by her staff-only label, so this is a back-office model.
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/utils/db.server";

/** Staff ask for a failed message to be tried again. */
export async function retryFailedEmail(id: string) {
  const { count } = await prisma.outboxEmail.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "PENDING", nextAttemptAt: new Date(), attempts: 0 },
  });
  return count === 1;
}

export const MAILBOX_PAGE_SIZE = 25;

const mailboxSelect = {
  id: true,
  kind: true,
  to: true,
  subject: true,
  text: true,
  status: true,
  attempts: true,
  lastError: true,
  sentAt: true,
  createdAt: true,
  order: { select: { id: true, number: true } },
} satisfies Prisma.OutboxEmailSelect;

/** One page of messages, newest first, in one query (one extra row says whether there is a next page). */
export async function listMailbox(page: number) {
  const rows = await prisma.outboxEmail.findMany({
    select: mailboxSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * MAILBOX_PAGE_SIZE,
    take: MAILBOX_PAGE_SIZE + 1,
  });
  return { emails: rows.slice(0, MAILBOX_PAGE_SIZE), hasMore: rows.length > MAILBOX_PAGE_SIZE };
}
