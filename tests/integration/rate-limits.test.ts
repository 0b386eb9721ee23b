// Limits declared in app/utils/rate-limit.server.ts, as the routes that use them answer once a
// client is over: 429, Retry-After, words a person understands, and nothing changed.
import { beforeEach, describe, expect, it } from "vitest";
import { deleteExpiredRateLimits, hitRateLimit } from "~/models/rate-limit.server";
import { action as cartAction } from "~/routes/cart";
import { action as checkoutAction } from "~/routes/checkout";
import { prisma } from "~/utils/db.server";
import { RATE_LIMITS } from "~/utils/rate-limit.server";
import { createProduct } from "../factories/product.ts";
import { actionArgs } from "../remix.ts";

beforeEach(async () => {
  await prisma.rateLimitCounter.deleteMany();
});

/** The client ("local": these requests do not come through the HTTP server) has used up `rule`. */
async function useUp(rule: { name: string; limit: number }, minutesLeft: number) {
  await prisma.rateLimitCounter.create({
    data: { key: `${rule.name}:ip:local`, hits: rule.limit, resetAt: new Date(Date.now() + minutesLeft * 60_000) },
  });
}

async function thrownBy(answer: Promise<unknown>): Promise<Response> {
  const thrown = await answer.then(
    () => null,
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(Response);
  return thrown as Response;
}

describe("rate limits", () => {
  it("answer the bag's writes past the limit with 429, Retry-After and a message, and change nothing", async () => {
    const product = await createProduct({ variants: [{ price: 2400, onHand: 3 }] });
    await useUp(RATE_LIMITS.cartWrite, 1);
    const bagsBefore = await prisma.cart.count();
    const answer = await thrownBy(cartAction(actionArgs("/cart", { intent: "add", variantId: product.variants[0]!.id, quantity: "1" })));
    expect(answer.status).toBe(429);
    expect(Number(answer.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await answer.json()).toEqual({ message: "Too many changes to the bag in a short time. Please try again in 1 minute." });
    expect(await prisma.cart.count()).toBe(bagsBefore);
  });

  it("answer checkout past the limit the same way, before any stock is held", async () => {
    await useUp(RATE_LIMITS.checkout, 7);
    const answer = await thrownBy(checkoutAction(actionArgs("/checkout", {})));
    expect(answer.status).toBe(429);
    expect(Number(answer.headers.get("Retry-After"))).toBeGreaterThan(6 * 60);
    expect(await answer.json()).toEqual({ message: "Too many checkouts started from here. Please try again in 7 minutes." });
  });

  it("let exactly the limit through when a client's requests race", async () => {
    const rule = { ...RATE_LIMITS.checkout, name: "race-test", limit: 5 };
    const decisions = await Promise.all(Array.from({ length: 15 }, () => hitRateLimit(["race-test:ip:local"], rule)));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
  });

  it("start a key again once its window is over, and the hourly job deletes the counters that are over", async () => {
    await prisma.rateLimitCounter.create({ data: { key: "over:ip:local", hits: 99, resetAt: new Date(Date.now() - 1_000) } });
    expect(await hitRateLimit(["over:ip:local"], { limit: 1, windowMs: 60_000 })).toEqual({ allowed: true });
    await prisma.rateLimitCounter.create({ data: { key: "stale:ip:local", hits: 3, resetAt: new Date(Date.now() - 1_000) } });
    expect(await deleteExpiredRateLimits()).toBe(1);
    expect(await prisma.rateLimitCounter.findMany({ select: { key: true, hits: true } })).toEqual([{ key: "over:ip:local", hits: 1 }]);
  });
});
