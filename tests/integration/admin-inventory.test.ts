import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { loader as dashboardLoader } from "~/routes/admin._index";
import { action as adjustAction, loader as variantLoader } from "~/routes/admin.inventory.$variantId";
import { loader as inventoryLoader } from "~/routes/admin.inventory._index";
import { prisma, recordQueries } from "~/utils/db.server";
import { createProduct } from "../factories/product.ts";
import { createUser, requestArgs, respond, sessionCookieFor } from "../factories/user.ts";

let cookie: string;
let userId: string;

beforeAll(async () => {
  const user = await createUser({ role: "INVENTORY", name: "Ida Inventory" });
  userId = user.id;
  cookie = await sessionCookieFor(user.id);
});

const adjust = (variantId: string, form: Record<string, string>) =>
  respond(() => adjustAction(requestArgs(`/admin/inventory/${variantId}`, { cookie, form, params: { variantId } })));

describe("adjusting stock", () => {
  it("changes on hand and writes the ledger entry with who did it, in one go", async () => {
    const product = await createProduct({ variants: [{ onHand: 2, reserved: 1 }] });
    const variant = product.variants[0]!;
    const response = await adjust(variant.id, { delta: "+5", reason: "RECEIVED", note: " Friday's batch " });
    expect(response.status).toBe(200);
    expect((await response.json()).message).toBe("Saved. On hand is now 7; 6 available.");
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).onHand).toBe(7);
    const entry = await prisma.inventoryLedgerEntry.findFirstOrThrow({ where: { variantId: variant.id } });
    expect(entry).toMatchObject({ delta: 5, reason: "RECEIVED", note: "Friday's batch", actorId: userId });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "inventory.adjusted", entityId: variant.id } });
    expect(event).toMatchObject({ actorId: userId, before: { onHand: 2 }, after: { onHand: 7, delta: 5, reason: "RECEIVED" } });

    const page = await (await variantLoader(requestArgs(`/admin/inventory/${variant.id}`, { cookie, params: { variantId: variant.id } }))).json();
    expect(page.variant).toMatchObject({ onHand: 7, reserved: 1, available: 6 });
    expect(page.variant.ledger[0]).toMatchObject({ delta: 5, actorName: "Ida Inventory" });
  });

  it("will not take on hand below what is reserved: an inline message, and nothing written", async () => {
    const product = await createProduct({ variants: [{ onHand: 5, reserved: 3 }] });
    const variant = product.variants[0]!;
    const response = await adjust(variant.id, { delta: "-3", reason: "DAMAGED", note: "" });
    expect(response.status).toBe(409);
    const body = await response.json();
    expect(body.errors.delta).toBe("On hand cannot go below the 3 reserved for open orders: with 5 on hand, take away at most 2.");
    expect(body.values.delta).toBe("-3");
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).onHand).toBe(5);
    expect(await prisma.inventoryLedgerEntry.count({ where: { variantId: variant.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { entityId: variant.id } })).toBe(0);
    expect((await adjust(variant.id, { delta: "-2", reason: "DAMAGED", note: "" })).status).toBe(200);
  });

  it.each([
    [{ delta: "lots", reason: "RECEIVED", note: "" }, "delta"],
    [{ delta: "0", reason: "RECEIVED", note: "" }, "delta"],
    [{ delta: "1.5", reason: "RECEIVED", note: "" }, "delta"],
    [{ delta: "2", reason: "SOLD", note: "" }, "reason"],
    [{ delta: "2", reason: "", note: "" }, "reason"],
    [{ delta: "2", reason: "RECEIVED", note: "x".repeat(501) }, "note"],
  ])("refuses %j with a message at %s", async (form, field) => {
    const product = await createProduct({ variants: [{ onHand: 1 }] });
    const response = await adjust(product.variants[0]!.id, form);
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).errors)).toEqual([field]);
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: product.variants[0]!.id } })).onHand).toBe(1);
  });

  it("answers 404 for an unknown variant", async () => {
    expect((await adjust("no-such-variant", { delta: "1", reason: "RECEIVED", note: "" })).status).toBe(404);
  });
});

describe("the stock table", () => {
  it("filters low and sold-out variants, searches, and costs one query after the session", async () => {
    const marker = `M${randomUUID().slice(0, 6)}`;
    const product = await createProduct({
      name: `Stock ${marker}`,
      variants: [
        { metal: "Silver", onHand: 10, reserved: 0 },
        { metal: "Gold", onHand: 3, reserved: 1 },
        { metal: "Brass", onHand: 2, reserved: 2 },
      ],
    });
    const list = async (query: string) =>
      (await (await inventoryLoader(requestArgs(`/admin/inventory${query}`, { cookie }))).json()).rows as { sku: string; available: number }[];
    const [silver, gold, brass] = product.variants;
    expect((await list(`?q=${marker}`)).map((r) => r.sku)).toEqual([silver!.sku, gold!.sku, brass!.sku]);
    expect((await list(`?q=${marker}&stock=low`)).map((r) => r.sku)).toEqual([gold!.sku]);
    expect((await list(`?q=${marker}&stock=sold-out`)).map((r) => [r.sku, r.available])).toEqual([[brass!.sku, 0]]);
    // LIKE wildcards typed into the search are taken literally.
    expect(await list("?q=%25")).toEqual([]);
    const { queries } = await recordQueries(() => inventoryLoader(requestArgs("/admin/inventory?stock=low", { cookie })));
    expect(queries.length).toBeLessThanOrEqual(2);
  });
});

describe("the overview", () => {
  it("lists low stock of live and draft products, not archived ones, with counts, in one query after the session", async () => {
    const live = await createProduct({ name: "Low live piece", variants: [{ onHand: 1 }] });
    await createProduct({ name: "Low archived piece", status: "ARCHIVED", variants: [{ onHand: 0 }] });
    await createProduct({ name: "Plenty piece", variants: [{ onHand: 40 }] });
    const { result, queries } = await recordQueries(() => dashboardLoader(requestArgs("/admin", { cookie })));
    const { dashboard } = await result.json();
    const names = dashboard.lowStockList.map((v: { productName: string }) => v.productName);
    expect(names).toContain("Low live piece");
    expect(names).not.toContain("Low archived piece");
    expect(names).not.toContain("Plenty piece");
    expect(dashboard.lowStockList.find((v: { id: string }) => v.id === live.variants[0]!.id)).toMatchObject({ available: 1, lowStockThreshold: 2 });
    expect(dashboard.lowStock).toBeGreaterThanOrEqual(1);
    expect(queries.length).toBeLessThanOrEqual(2);
  });
});
