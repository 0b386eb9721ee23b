// Background work: the email outbox, reservation expiry, and the graphile-worker runner that
// drives them (test provider: no Stripe keys, no SMTP).
import { describe, expect, it } from "vitest";
import { action as checkoutAction } from "~/routes/checkout";
import { backgroundRunner, startBackgroundWork, stopBackgroundWork } from "~/services/jobs.server";
import { MAX_ATTEMPTS, type OutgoingMail, retryDelayMs, sendDueEmails } from "~/services/mail.server";
import { releaseExpiredReservations } from "~/services/checkout.server";
import { prisma } from "~/utils/db.server";
import { checkoutArgs, createCart, stockOf } from "../factories/order.ts";
import { createProduct } from "../factories/product.ts";

let counter = 0;
async function queueEmail(overrides: { nextAttemptAt?: Date } = {}) {
  return prisma.outboxEmail.create({
    data: {
      idempotencyKey: `test:${++counter}:${Date.now()}`,
      kind: "order-confirmation",
      to: "mira@example.com",
      subject: "Thank you",
      text: "Hello Mira",
      html: "<p>Hello Mira</p>",
      ...overrides,
    },
  });
}

/** A transport that records what it is asked to send, and fails while `failing` is set. */
function recordingTransport() {
  const sent: OutgoingMail[] = [];
  const transport = {
    failing: false,
    sent,
    async sendMail(message: OutgoingMail) {
      // Sending takes a moment, as over the network: overlapping senders would show here.
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (transport.failing) throw new Error("421 Service not available");
      sent.push(message);
    },
  };
  return transport;
}

async function clearOutbox() {
  await prisma.outboxEmail.deleteMany();
}

describe("the outbox", () => {
  it("sends each due message once, even with several senders at the same time", async () => {
    await clearOutbox();
    const emails = await Promise.all(Array.from({ length: 12 }, () => queueEmail()));
    const later = await queueEmail({ nextAttemptAt: new Date(Date.now() + 60_000) });
    const transport = recordingTransport();

    await Promise.all([sendDueEmails(transport, 5), sendDueEmails(transport, 5), sendDueEmails(transport, 5)]);
    await sendDueEmails(transport);
    expect(transport.sent).toHaveLength(12);
    expect(new Set(transport.sent.map((m) => m.messageId)).size).toBe(12);
    expect(transport.sent[0]).toMatchObject({ from: "Belonging <hello@belonging.example>", to: "mira@example.com", subject: "Thank you" });
    expect(transport.sent[0]!.messageId).toMatch(/^<test\.\d+\.\d+@belonging\.example>$/);
    const stored = await prisma.outboxEmail.findMany({ where: { id: { in: emails.map((e) => e.id) } } });
    expect(stored.every((e) => e.status === "SENT" && e.sentAt && e.attempts === 1)).toBe(true);
    expect((await prisma.outboxEmail.findUniqueOrThrow({ where: { id: later.id } })).status).toBe("PENDING");

    await sendDueEmails(transport);
    expect(transport.sent).toHaveLength(12);
  });

  it("tries a failed send again later, with a growing delay, and keeps it for staff after the last try", async () => {
    await clearOutbox();
    const email = await queueEmail();
    const transport = recordingTransport();
    transport.failing = true;

    const started = Date.now();
    expect(await sendDueEmails(transport)).toEqual({ sent: 0, failed: 1 });
    let stored = await prisma.outboxEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect(stored).toMatchObject({ status: "PENDING", attempts: 1, lastError: "421 Service not available" });
    expect(stored.nextAttemptAt.getTime() - started).toBeGreaterThanOrEqual(retryDelayMs(1) - 1_000);
    // Not due yet: nothing happens.
    expect(await sendDueEmails(transport)).toEqual({ sent: 0, failed: 0 });
    expect([retryDelayMs(1), retryDelayMs(2), retryDelayMs(3), retryDelayMs(20)]).toEqual([60_000, 120_000, 240_000, 6 * 60 * 60_000]);

    await prisma.outboxEmail.update({ where: { id: email.id }, data: { attempts: MAX_ATTEMPTS - 1, nextAttemptAt: new Date() } });
    await sendDueEmails(transport);
    stored = await prisma.outboxEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect(stored).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });

    transport.failing = false;
    expect(await sendDueEmails(transport)).toEqual({ sent: 0, failed: 0 });
    expect(transport.sent).toHaveLength(0);
  });

  it("takes over a message whose sender died mid-send once its hold has passed", async () => {
    await clearOutbox();
    const email = await queueEmail();
    await prisma.outboxEmail.update({ where: { id: email.id }, data: { status: "SENDING", attempts: 1, lockedUntil: new Date(Date.now() - 1_000) } });
    const transport = recordingTransport();
    await sendDueEmails(transport);
    expect(transport.sent).toHaveLength(1);
    expect(await prisma.outboxEmail.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("keeps mail in the mailbox when there is no SMTP_URL", async () => {
    await clearOutbox();
    const email = await queueEmail();
    expect(await sendDueEmails()).toEqual({ sent: 0, failed: 0 });
    expect((await prisma.outboxEmail.findUniqueOrThrow({ where: { id: email.id } })).status).toBe("PENDING");
  });
});

async function pendingOrder(onHand = 2) {
  const product = await createProduct({ variants: [{ onHand }] });
  const variant = product.variants[0]!;
  const { cartId, cookie } = await createCart([{ variantId: variant.id, quantity: 1 }]);
  await checkoutAction(checkoutArgs(cookie));
  const order = await prisma.order.findFirstOrThrow({ where: { cartId } });
  return { order, variant };
}

describe("reservation expiry", () => {
  it("releases pending orders past their expiry, and nothing else", async () => {
    const expired = await pendingOrder();
    const open = await pendingOrder();
    const processing = await pendingOrder();
    const past = new Date(Date.now() - 10 * 60_000);
    await prisma.order.update({ where: { id: expired.order.id }, data: { expiresAt: past } });
    await prisma.order.update({ where: { id: processing.order.id }, data: { expiresAt: past, status: "PROCESSING" } });

    expect(await releaseExpiredReservations()).toBe(1);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: expired.order.id } })).status).toBe("EXPIRED");
    expect(await stockOf(expired.variant.id)).toEqual({ onHand: 2, reserved: 0 });
    expect(await stockOf(open.variant.id)).toEqual({ onHand: 2, reserved: 1 });
    expect(await stockOf(processing.variant.id)).toEqual({ onHand: 2, reserved: 1 });
    expect(await releaseExpiredReservations()).toBe(0);
  });
});

describe("the background worker", () => {
  it("runs the jobs on PostgreSQL with graphile-worker, and stops cleanly", async () => {
    const { order, variant } = await pendingOrder();
    await prisma.order.update({ where: { id: order.id }, data: { expiresAt: new Date(Date.now() - 10 * 60_000) } });

    await startBackgroundWork();
    try {
      const runner = backgroundRunner()!;
      await runner.addJob("release_expired_reservations", {});
      await expect.poll(async () => (await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status, { timeout: 15_000 }).toBe("EXPIRED");
      expect(await stockOf(variant.id)).toEqual({ onHand: 2, reserved: 0 });
      const crons = await prisma.$queryRaw<{ identifier: string }[]>`SELECT identifier FROM graphile_worker._private_known_crontabs ORDER BY identifier`;
      expect(crons.map((c) => c.identifier)).toEqual(expect.arrayContaining(["reconcile_orders", "release_expired_reservations", "send_outbox"]));
    } finally {
      await stopBackgroundWork();
    }
    expect(backgroundRunner()).toBeNull();
    // Stopping twice, or without starting, is harmless.
    await stopBackgroundWork();
  });
});
