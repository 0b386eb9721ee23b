// The client's address comes from the connection, or from the proxies we were told to trust
// (TRUST_PROXY hops of X-Forwarded-For, counted from the right): never from what the client
// itself writes in that header. Sign-in guesses are counted against it over real HTTP.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/utils/db.server";
import { startShop } from "../http.ts";

type Shop = Awaited<ReturnType<typeof startShop>>;
let shop: Shop | undefined;
afterEach(async () => {
  await shop?.close();
  shop = undefined;
});
beforeEach(async () => {
  await prisma.rateLimitCounter.deleteMany();
});

function guess(current: Shop, forwardedFor: string, attempt: number) {
  return current.fetch("/login", {
    method: "POST",
    headers: { Origin: current.origin, "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": forwardedFor },
    body: new URLSearchParams({ email: `guess-${attempt}@example.test`, password: "a guessed password" }),
  });
}

describe("the client address", () => {
  it("behind one trusted proxy is the address the proxy saw, whatever the client wrote before it", async () => {
    shop = await startShop({ trustProxy: 1 });
    // The client invents a fresh first entry each time; our proxy appends the address it saw.
    for (let i = 0; i < 10; i++) expect((await guess(shop, `198.51.100.${i}, 203.0.113.9`, i)).status).toBe(401);
    const throttled = await guess(shop, "198.51.100.77, 203.0.113.9", 10);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("Retry-After"))).toBeGreaterThan(0);
    // Someone else behind the same proxy is not held back by those guesses.
    expect((await guess(shop, "203.0.113.10", 11)).status).toBe(401);
    const counted = await prisma.rateLimitCounter.findMany({ where: { key: { startsWith: "login:ip:" } }, select: { key: true, hits: true }, orderBy: { key: "asc" } });
    expect(counted).toEqual([
      { key: "login:ip:203.0.113.10", hits: 1 },
      { key: "login:ip:203.0.113.9", hits: 11 },
    ]);
  });

  it("with no proxy trusted (TRUST_PROXY=0, the default) is the connection's: a spoofed X-Forwarded-For is still throttled", async () => {
    shop = await startShop();
    for (let i = 0; i < 10; i++) expect((await guess(shop, `198.51.100.${i}`, i)).status).toBe(401);
    expect((await guess(shop, "192.0.2.200", 10)).status).toBe(429);
    const counted = await prisma.rateLimitCounter.findMany({ where: { key: { startsWith: "login:ip:" } }, select: { key: true } });
    expect(counted.map((counter) => counter.key)).toEqual([expect.stringMatching(/^login:ip:(::ffff:)?127\.0\.0\.1$|^login:ip:::1$/)]);
  });
});
