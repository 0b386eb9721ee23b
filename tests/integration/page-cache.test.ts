// The anonymous page cache (scripts/lib/page-cache.ts) over real HTTP on a real database: what
// it keeps, what it never keeps, and that every change shoppers could see clears it at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveProfile, recordSafetyReview, withdrawConsent } from "~/models/maker.server";
import { prisma, recordQueries } from "~/utils/db.server";
import { SHARED_PAGE_CACHE } from "~/utils/http-cache";
import { createMakerWithAccount } from "../factories/maker.ts";
import { createProduct } from "../factories/product.ts";
import { createUser } from "../factories/user.ts";
import { startShop } from "../http.ts";

let shop: Awaited<ReturnType<typeof startShop>>;
let product: Awaited<ReturnType<typeof createProduct>>;

beforeAll(async () => {
  product = await createProduct({ name: "Cached cuff", variants: [{ price: 4800, onHand: 5 }] });
  shop = await startShop();
});

afterAll(async () => {
  await shop?.close();
});

const nonceIn = (body: string) => /<script nonce="([^"]+)"/.exec(body)?.[1];
const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];

/** The very next request after a change: it must not be answered from the cache. */
async function nextRequest(pathname: string) {
  const response = await shop.fetch(pathname);
  expect(response.headers.get("x-page-cache"), pathname).not.toBe("hit");
  return { response };
}

/** Fetches until the page comes from the cache: notifications of the test's own writes may still be arriving. */
async function untilCached(pathname: string) {
  const started = Date.now();
  while ((await shop.fetch(pathname)).headers.get("x-page-cache") !== "hit") {
    if (Date.now() - started > 2_000) throw new Error(`${pathname} was not cached within 2 s`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe("anonymous catalog pages", () => {
  it("are rendered once, then served from the cache with a fresh nonce and the same ETag", async () => {
    const path = `/products/${product.handle}?first`;
    const first = await shop.fetch(path);
    const second = await shop.fetch(path);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.headers.get("x-page-cache")).toBe("miss");
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(first.headers.get("cache-control")).toBe(SHARED_PAGE_CACHE);
    expect(second.headers.get("cache-control")).toBe(SHARED_PAGE_CACHE);
    expect(second.headers.get("vary")).toMatch(/Cookie/);
    expect(second.headers.get("etag")).toMatch(/^W\/"[\w-]+"$/);
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));

    const [firstBody, secondBody] = [await first.text(), await second.text()];
    expect(secondBody).toContain("Cached cuff");
    // Every response carries its own nonce, in the CSP header and in every script tag alike.
    expect(nonceIn(firstBody)).toBe(nonceOf(first));
    expect(nonceIn(secondBody)).toBe(nonceOf(second));
    expect(nonceOf(second)).not.toBe(nonceOf(first));
    expect(secondBody.split(nonceOf(second)!).join("")).toBe(firstBody.split(nonceOf(first)!).join(""));
  });

  it("answer a revalidation with 304, no body and no new CSP nonce", async () => {
    const path = `/products/${product.handle}?revalidate`;
    const etag = (await shop.fetch(path)).headers.get("etag")!;
    const revalidated = await shop.fetch(path, { headers: { "If-None-Match": etag } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("etag")).toBe(etag);
    expect(revalidated.headers.get("content-security-policy")).toBeNull();
    expect(await revalidated.text()).toBe("");

    const changed = await shop.fetch(path, { headers: { "If-None-Match": 'W/"something-else"' } });
    expect(changed.status).toBe(200);
  });

  it("are rendered once when many visitors ask at the same moment", async () => {
    const alone = await recordQueries(() => shop.fetch(`/products/${product.handle}?alone`).then((r) => r.text()));
    const together = await recordQueries(() =>
      Promise.all(Array.from({ length: 20 }, () => shop.fetch(`/products/${product.handle}?together`).then((r) => r.text()))),
    );
    expect(alone.queries.length).toBeGreaterThan(0);
    expect(together.queries.length).toBe(alone.queries.length);
    expect(new Set(together.result.map((body) => body.split(nonceIn(body)!).join(""))).size).toBe(1);
  });

  it("show a price change on the next request", async () => {
    const path = `/products/${product.handle}?price`;
    expect(await (await shop.fetch(path)).text()).toContain("$48.00");
    await untilCached(path);
    await prisma.productVariant.updateMany({ where: { productId: product.id }, data: { price: 5200 } });
    const { response } = await nextRequest(path);
    expect(await response.text()).toContain("$52.00");
  });

  it("show stock reserved by someone else's checkout on the next request", async () => {
    const path = `/products/${product.handle}?stock`;
    expect(await (await shop.fetch(path)).text()).not.toContain("Only 1 left");
    await untilCached(path);
    await prisma.productVariant.updateMany({ where: { productId: product.id }, data: { reserved: 4 } });
    const { response } = await nextRequest(path);
    expect(await response.text()).toContain("Only 1 left");
  });

  it("drop a maker's name from the pieces she made as soon as she withdraws", async () => {
    const { maker, draft, user } = await createMakerWithAccount({ content: { displayName: "Wanjiru" } });
    await recordSafetyReview({ makerId: maker.id, reviewerId: (await createUser({ role: "STORYTELLER" })).id, note: "" });
    await approveProfile({ makerId: maker.id, userId: user.id, versionId: draft.id, contentHash: draft.contentHash, fields: ["displayName", "attribution"] });
    const piece = await createProduct({ name: "Her cuff" });
    await prisma.product.update({ where: { id: piece.id }, data: { makers: { create: { makerId: maker.id } } } });
    const path = `/products/${piece.handle}`;
    expect(await (await shop.fetch(path)).text()).toContain("Wanjiru");
    await untilCached(path);

    await withdrawConsent({ makerId: maker.id, userId: user.id, fields: "all" });
    const { response } = await nextRequest(path);
    expect(await response.text()).not.toContain("Wanjiru");
  });
});

describe("what is never served from the cache", () => {
  it("a page for a browser with a cookie is rendered for it and private", async () => {
    const path = `/products/${product.handle}?personal`;
    await shop.fetch(path);
    const personal = await shop.fetch(path, { headers: { Cookie: "cart=whatever" } });
    expect(personal.status).toBe(200);
    expect(personal.headers.get("x-page-cache")).toBeNull();
    expect(personal.headers.get("cache-control")).toBe("private, no-cache");
  });

  it("personal pages stay private and unstored", async () => {
    for (const path of ["/cart", "/login", "/maker/login", `/orders/${"x".repeat(43)}`]) {
      const response = await shop.fetch(path);
      expect(response.headers.get("x-page-cache"), path).toBeNull();
      expect(response.headers.get("cache-control"), path).toMatch(/private|no-store/);
    }
  });

  it("errors are not stored, and a page that was missing is cached once it exists", async () => {
    const draft = await createProduct({ name: "Not yet", status: "DRAFT" });
    const path = `/products/${draft.handle}`;
    await shop.fetch(path);
    const again = await shop.fetch(path);
    expect(again.status).toBe(404);
    expect(again.headers.get("x-page-cache")).toBeNull();

    await prisma.product.update({ where: { id: draft.id }, data: { status: "PUBLISHED" } });
    const { response } = await nextRequest(path);
    expect(response.status).toBe(200);
    await untilCached(path);
  });

  it("nothing is cached while the change notifications are cut off, and caching resumes after", async () => {
    const path = `/products/${product.handle}?reconnect`;
    await untilCached(path);
    await prisma.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'belonging page cache' AND datname = current_database()`;
    await nextRequest(path);
    // It reconnects on its own (first retry after half a second) and starts keeping pages again.
    const started = Date.now();
    while ((await shop.fetch(path)).headers.get("x-page-cache") !== "hit") {
      expect(Date.now() - started).toBeLessThan(5_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
});

describe("change notifications", () => {
  // A table either feeds public pages (and notifies) or needs no notification of its own: it can
  // never show on a public page, or (SearchWord) it changes only with Product, whose trigger
  // notifies. A new table must be put on one side or the other, in its migration and here.
  const SILENT_TABLES = [
    "AuditEvent",
    "Cart",
    "CartLine",
    "MakerStaffRecord",
    "Order",
    "OrderEvent",
    "OrderLine",
    "OutboxEmail",
    "PasswordToken",
    "RateLimitCounter",
    "Refund",
    "RefundLine",
    "SearchWord",
    "Session",
    "StripeEvent",
    "User",
    "_prisma_migrations",
  ];

  it("cover every table that is not private", async () => {
    const rows = await prisma.$queryRaw<{ table: string; notifies: boolean }[]>`
      SELECT c.relname::text AS "table",
             EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                     WHERE t.tgrelid = c.oid AND p.proname = 'notify_storefront_changed') AS notifies
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'
      ORDER BY 1`;
    expect(rows.filter((row) => !row.notifies).map((row) => row.table)).toEqual(SILENT_TABLES);
    expect(rows.filter((row) => row.notifies).length).toBeGreaterThanOrEqual(14);
  });
});
