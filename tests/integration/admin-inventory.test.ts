import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { loader as dashboardLoader } from "~/routes/admin._index";
import { action as adjustAction, loader as variantLoader } from "~/routes/admin.inventory.$variantId";
import { loader as inventoryLoader } from "~/routes/admin.inventory._index";
import { action as importAction } from "~/routes/admin.inventory.import";
import { loader as exportLoader } from "~/routes/admin.inventory[.]csv";
import { createMaker } from "../factories/maker.ts";
import { readStockCsv } from "~/utils/admin-csv";
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

describe("stock files", () => {
  const importArgs = (form: Record<string, string> | FormData) => requestArgs("/admin/inventory/import", { cookie, form });
  const runImport = (form: Record<string, string> | FormData) => respond(() => importAction(importArgs(form)));

  it("reads CSV with quotes, a byte-order mark, CRLF and extra columns, and says what is wrong where", () => {
    const ok = readStockCsv('\uFEFFproduct,SKU,On hand\r\n"Drops, brass",AB-1,4\r\n"Say ""hi""",AB-2,0\r\n\r\n');
    expect(ok).toEqual({ rows: [{ line: 2, sku: "AB-1", onHand: 4, makers: null }, { line: 3, sku: "AB-2", onHand: 0, makers: null }], errors: [] });
    expect(readStockCsv("sku,count\nAB-1,4").errors[0]!.message).toMatch(/sku and on_hand/);
    expect(readStockCsv("").errors[0]!.message).toBe("The file is empty.");
    expect(readStockCsv('sku,on_hand\n"AB-1,4').errors[0]!.message).toBe("Line 2: a quoted field is not closed.");
    const bad = readStockCsv("sku,on_hand\nAB-1,four\n,3\nAB-2,-1\nab-2,2\nAB-2,5");
    expect(bad.errors).toEqual([
      { line: 2, column: "on_hand", message: "“four” is not a whole number of 0 or more." },
      { line: 3, column: "sku", message: "The SKU is empty." },
      { line: 4, column: "on_hand", message: "“-1” is not a whole number of 0 or more." },
      { line: 5, column: "sku", message: "ab-2 is also on line 4." },
      { line: 6, column: "sku", message: "AB-2 is also on line 4." },
    ]);
    expect(readStockCsv("sku,on_hand\nAB-1,4\nAB-1,5").rows).toEqual([{ line: 2, sku: "AB-1", onHand: 4, makers: null }]);
    expect(readStockCsv("sku,on_hand,makers\nAB-1,4, Maker 014 ;Maker 031;\nAB-2,1,").rows).toEqual([
      { line: 2, sku: "AB-1", onHand: 4, makers: ["Maker 014", "Maker 031"] },
      { line: 3, sku: "AB-2", onHand: 1, makers: null },
    ]);
  });

  it("exports every variant as CSV, with formula-looking text made harmless", async () => {
    await createProduct({ name: "=HYPERLINK(\"http://evil.example\")", variants: [{ onHand: 4, reserved: 1 }] });
    const response = await exportLoader(requestArgs("/admin/inventory.csv", { cookie }));
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="belonging-stock-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    const text = await response.text();
    expect(text.split("\r\n")[0]).toBe("sku,product,variant,status,on_hand,reserved,available,low_stock_threshold,makers");
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")",Sterling silver,published,4,1,3,2,\r\n`);
  });

  it("previews a file line by line and changes nothing until it is applied, then applies it all", async () => {
    const product = await createProduct({ variants: [{ onHand: 5, reserved: 2 }, { onHand: 1 }, { onHand: 7 }] });
    const [a, b, c] = product.variants;
    const csv = `sku,on_hand\n${a!.sku},9\n${b!.sku.toLowerCase()},0\n${c!.sku},7\n`;
    const preview = await runImport({ intent: "preview", csv });
    expect(preview.status).toBe(200);
    const { lines } = await preview.json();
    expect(lines.map((l: { current: number; next: number; error: string | null }) => [l.current, l.next, l.error])).toEqual([
      [5, 9, null],
      [1, 0, null],
      [7, 7, null],
    ]);
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: a!.id } })).onHand).toBe(5);

    const applied = await runImport({ intent: "apply", csv });
    expect((await applied.json()).applied).toBe(2);
    const after = await prisma.productVariant.findMany({ where: { productId: product.id }, orderBy: { position: "asc" } });
    expect(after.map((v) => v.onHand)).toEqual([9, 0, 7]);
    const ledger = await prisma.inventoryLedgerEntry.findMany({ where: { variantId: { in: [a!.id, b!.id, c!.id] } } });
    expect(ledger.map((e) => [e.delta, e.reason, e.actorId]).sort()).toEqual([
      [-1, "CORRECTION", userId],
      [4, "CORRECTION", userId],
    ]);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "inventory.imported" }, orderBy: { createdAt: "desc" } });
    expect(event.before).toEqual({ [a!.sku]: 5, [b!.sku]: 1 });
    expect(event.after).toEqual({ [a!.sku]: 9, [b!.sku]: 0 });
  });

  it("applies nothing when any line is wrong: an unknown SKU or a count below what is reserved", async () => {
    const product = await createProduct({ variants: [{ onHand: 5, reserved: 3 }, { onHand: 2 }] });
    const [a, b] = product.variants;
    const csv = `sku,on_hand\n${b!.sku},10\n${a!.sku},1\nNO-SUCH-SKU,4\n`;
    for (const intent of ["preview", "apply"]) {
      const response = await runImport({ intent, csv });
      expect(response.status).toBeGreaterThanOrEqual(400);
      const { lines } = await response.json();
      expect(lines.map((l: { error: string | null }) => l.error)).toEqual([
        null,
        "On hand cannot be below the 3 reserved for open orders.",
        "No variant has the SKU NO-SUCH-SKU.",
      ]);
    }
    const after = await prisma.productVariant.findMany({ where: { productId: product.id }, orderBy: { position: "asc" } });
    expect(after.map((v) => v.onHand)).toEqual([5, 2]);
    expect(await prisma.inventoryLedgerEntry.count({ where: { variantId: { in: [a!.id, b!.id] } } })).toBe(0);
  });

  it("sets who made each piece from a makers column, by internal label, and refuses unknown or conflicting makers", async () => {
    const tag = randomUUID().slice(0, 6);
    const [first, second] = await Promise.all([createMaker({ internalLabel: `Beader ${tag}` }), createMaker({ internalLabel: `Setter ${tag}` })]);
    const product = await createProduct({ variants: [{ onHand: 3 }, { onHand: 2 }] });
    const [a, b] = product.variants;
    const makersOf = async () => (await prisma.productMaker.findMany({ where: { productId: product.id }, orderBy: { position: "asc" } })).map((m) => m.makerId);

    // Unknown label, and two lines of one piece naming different makers: nothing changes.
    const wrong = `sku,on_hand,makers\n${a!.sku},3,Beader ${tag}\n${b!.sku},2,Nobody ${tag}\n`;
    const refused = await runImport({ intent: "apply", csv: wrong });
    expect(refused.status).toBe(409);
    expect((await refused.json()).lines.map((l: { error: string | null }) => l.error)).toEqual([null, expect.stringMatching(/No maker is called “Nobody/)]);
    expect(await makersOf()).toEqual([]);
    const conflicting = `sku,on_hand,makers\n${a!.sku},3,Beader ${tag}\n${b!.sku},2,Setter ${tag}\n`;
    expect((await (await runImport({ intent: "preview", csv: conflicting })).json()).lines[1].error).toMatch(/Line 2 names other makers/);

    // Labels are matched without case; the count is unchanged, so only the makers change.
    const csv = `sku,on_hand,makers\n${a!.sku},3,setter ${tag}; BEADER ${tag}\n${b!.sku},2,\n`;
    const preview = await (await runImport({ intent: "preview", csv })).json();
    expect(preview.lines[0]).toMatchObject({ makersNow: [], makersNext: [`Setter ${tag}`, `Beader ${tag}`], error: null });
    expect(preview.lines[1]).toMatchObject({ makersNext: null, error: null });
    expect((await (await runImport({ intent: "apply", csv })).json()).applied).toBe(1);
    expect(await makersOf()).toEqual([second.id, first.id]);
    expect(await prisma.inventoryLedgerEntry.count({ where: { variantId: { in: [a!.id, b!.id] } } })).toBe(0);

    // The export names them, so a file exported and imported again changes nothing.
    const exported = await (await exportLoader(requestArgs("/admin/inventory.csv", { cookie }))).text();
    expect(exported).toContain(`${a!.sku},`);
    expect(exported.split("\r\n").find((row) => row.startsWith(a!.sku))).toMatch(new RegExp(`,Setter ${tag}; Beader ${tag}$`));
  });

  it("takes an uploaded file, and refuses an empty form", async () => {
    const product = await createProduct({ variants: [{ onHand: 3 }] });
    const form = new FormData();
    form.set("intent", "apply");
    form.set("file", new File([`sku,on_hand\n${product.variants[0]!.sku},6\n`], "count.csv", { type: "text/csv" }));
    expect((await (await runImport(form)).json()).applied).toBe(1);
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: product.variants[0]!.id } })).onHand).toBe(6);
    const empty = await runImport({ intent: "preview", csv: "  " });
    expect(empty.status).toBe(400);
    expect((await empty.json()).errors[0].message).toMatch(/Choose a CSV file/);
  });
});
