import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { action as imagesAction, loader as imagesLoader } from "~/routes/admin.products.$id_.images";
import { action as editAction, loader as editLoader } from "~/routes/admin.products.$id";
import { loader as listLoader } from "~/routes/admin.products._index";
import { action as newAction } from "~/routes/admin.products.new";
import { getImageStore } from "~/services/image-store.server";
import { formatMinorUnits, parseBasisPoints, parseMinorUnits } from "~/utils/admin-forms";
import { prisma, recordQueries } from "~/utils/db.server";
import { createProduct } from "../factories/product.ts";
import { createUser, requestArgs, respond, sessionCookieFor } from "../factories/user.ts";

let cookie: string;
let userId: string;

beforeAll(async () => {
  const user = await createUser({ role: "INVENTORY" });
  userId = user.id;
  cookie = await sessionCookieFor(user.id);
});

type Variant = Record<string, string>;

function productForm(fields: Record<string, string> = {}, variants: Variant[] = [{}], collectionIds: string[] = []) {
  const form = new FormData();
  const base: Record<string, string> = {
    intent: "save",
    name: "Harbour Light Necklace",
    handle: "",
    category: "NECKLACE",
    summary: "A fine chain with one brass drop.",
    description: "Made in our studio.\n\nFinished by hand.",
    materials: "Recycled brass, sterling silver chain.",
    care: "Keep dry; polish with a soft cloth.",
    wagesShare: "44",
    materialsShare: "18.5",
    programShare: "22.5",
    operationsShare: "15",
    ...fields,
  };
  for (const [key, value] of Object.entries(base)) form.set(key, value);
  variants.forEach((variant, row) => {
    const values = { sku: `HL-${randomUUID().slice(0, 6)}`, metal: "Recycled brass", price: "48.00", lowStockThreshold: "2", ...variant };
    for (const [key, value] of Object.entries(values)) form.set(`variants.${row}.${key}`, value);
  });
  for (const id of collectionIds) form.append("collectionIds", id);
  return form;
}

const create = (form: FormData) => respond(() => newAction(requestArgs("/admin/products/new", { cookie, form })));
const edit = (id: string, form: FormData | Record<string, string>) =>
  respond(() => editAction(requestArgs(`/admin/products/${id}`, { cookie, form, params: { id } })));

describe("prices and percentages typed by people", () => {
  it.each([
    ["48", 4800],
    ["48.5", 4850],
    ["48.00", 4800],
    ["19.99", 1999],
    ["0.29", 29],
    ["1,048.00", 104800],
    [" $12.30 ", 1230],
  ])("%s is exactly %i minor units", (input, units) => {
    expect(parseMinorUnits(input)).toBe(units);
  });

  it.each(["48.999", "-5", "abc", "", "1,00", "4 8", "1e3", "12.3.4"])("%j is not a price", (input) => {
    expect(parseMinorUnits(input)).toBeNull();
  });

  it("follows the currency's decimals", () => {
    expect(parseMinorUnits("500", 0)).toBe(500);
    expect(parseMinorUnits("500.5", 0)).toBeNull();
    expect(formatMinorUnits(4805)).toBe("48.05");
    expect(formatMinorUnits(5)).toBe("0.05");
    expect(formatMinorUnits(500, 0)).toBe("500");
  });

  it("reads percentages as basis points", () => {
    expect(parseBasisPoints("42.5")).toBe(4250);
    expect(parseBasisPoints("33.33")).toBe(3333);
    expect(parseBasisPoints("100%")).toBe(10000);
    expect(parseBasisPoints("100.5")).toBeNull();
    expect(parseBasisPoints("12.345")).toBeNull();
    expect(parseBasisPoints("")).toBeNull();
  });
});

describe("creating a product", () => {
  it("saves a draft with variants, exact prices, shares in basis points, collections and priceFrom", async () => {
    const collection = await prisma.collection.create({ data: { handle: `c-${randomUUID().slice(0, 6)}`, title: "Everyday", intro: "…" } });
    const response = await create(
      productForm({}, [{ price: "64.50", size: "45 cm" }, { price: "19.99", metal: "Sterling silver" }, { sku: "", metal: "", price: "" }], [collection.id]),
    );
    expect(response.status).toBe(302);
    const id = response.headers.get("Location")!.match(/^\/admin\/products\/([^?]+)\?notice=created$/)![1]!;
    const product = await prisma.product.findUniqueOrThrow({
      where: { id },
      include: { variants: { orderBy: { position: "asc" } }, collections: true },
    });
    expect(product).toMatchObject({
      status: "DRAFT",
      handle: "harbour-light-necklace",
      priceFrom: 1999,
      wagesShare: 4400,
      materialsShare: 1850,
      programShare: 2250,
      operationsShare: 1500,
    });
    expect(product.variants.map((v) => [v.price, v.title, v.onHand])).toEqual([
      [6450, "Recycled brass, 45 cm", 0],
      [1999, "Sterling silver", 0],
    ]);
    expect(product.collections.map((c) => c.collectionId)).toEqual([collection.id]);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "product.created", entityId: id } });
    expect(event.actorId).toBe(userId);
  });

  it("refuses shares that do not add up to 100, saving nothing", async () => {
    const before = await prisma.product.count();
    const response = await create(productForm({ operationsShare: "10" }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors.shares).toBe("These add up to 95%; they must add up to exactly 100%.");
    expect(body.values.name).toBe("Harbour Light Necklace");
    expect(await prisma.product.count()).toBe(before);
  });

  it("marks a bad price, a missing metal and a bad share next to their fields", async () => {
    const response = await create(productForm({ wagesShare: "lots", name: "" }, [{ price: "48.999" }, { metal: "", price: "10" }]));
    expect(response.status).toBe(400);
    const { errors } = await response.json();
    expect(errors["variants.0.price"]).toMatch(/price above zero/);
    expect(errors["variants.1.metal"]).toMatch(/metal/);
    expect(errors.wagesShare).toMatch(/percentage/);
    expect(errors.name).toMatch(/name/);
  });

  it("needs a variant", async () => {
    const response = await create(productForm({}, [{ sku: "", metal: "", price: "" }]));
    expect((await response.json()).errors.variants).toMatch(/at least one variant/);
  });

  it("explains a SKU or web address that is already used, and saves nothing", async () => {
    const existing = await createProduct({ name: "Existing piece" });
    const before = await prisma.product.count();
    const taken = existing.variants[0]!.sku;
    const response = await create(productForm({ handle: existing.handle }, [{ sku: taken.toLowerCase() }, { sku: "TWICE-1" }, { sku: "twice-1" }]));
    expect(response.status).toBe(400);
    const { errors } = await response.json();
    expect(errors["variants.0.sku"]).toBe(`SKU ${taken} is already used by “Existing piece”.`);
    expect(errors["variants.2.sku"]).toMatch(/used twice/);
    expect(errors.handle).toMatch(/already used by “Existing piece”/);
    expect(await prisma.product.count()).toBe(before);
  });
});

describe("editing a product", () => {
  it("loads in at most four queries: the session, the product, the collections, the makers", async () => {
    const product = await createProduct();
    const { result, queries } = await recordQueries(() => editLoader(requestArgs(`/admin/products/${product.id}`, { cookie, params: { id: product.id } })));
    expect(result.status).toBe(200);
    expect(queries.length).toBeLessThanOrEqual(4);
  });

  it("changes, adds and removes variants at once and keeps priceFrom the lowest price", async () => {
    const product = await createProduct({ variants: [{ price: 4800, onHand: 0 }, { price: 3000, onHand: 0 }] });
    const [first, second] = product.variants;
    const response = await edit(
      product.id,
      productForm({ name: "Renamed piece", handle: product.handle }, [
        { id: first!.id, sku: first!.sku, price: "52.00" },
        { id: second!.id, sku: second!.sku, price: "30.00", remove: "on" },
        { sku: "NEW-VARIANT-1", price: "39.00" },
      ]),
    );
    expect(response.status).toBe(200);
    const after = await prisma.product.findUniqueOrThrow({ where: { id: product.id }, include: { variants: { orderBy: { position: "asc" } } } });
    expect(after.name).toBe("Renamed piece");
    expect(after.variants.map((v) => [v.sku, v.price])).toEqual([
      [first!.sku, 5200],
      ["NEW-VARIANT-1", 3900],
    ]);
    expect(after.priceFrom).toBe(3900);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "product.updated", entityId: product.id } });
    expect((event.before as { name: string }).name).toBe(product.name);
    expect((event.after as { name: string }).name).toBe("Renamed piece");
  });

  it("will not remove a variant with stock on hand, and then changes nothing at all", async () => {
    const product = await createProduct({ variants: [{ price: 4800, onHand: 3 }, { price: 5000, onHand: 0 }] });
    const [first, second] = product.variants;
    const response = await edit(
      product.id,
      productForm({ name: "Should not stick", handle: product.handle }, [
        { id: first!.id, sku: first!.sku, remove: "on" },
        { id: second!.id, sku: second!.sku, price: "1.00" },
      ]),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).errors["variants.0.remove"]).toMatch(/3 of this variant are on hand/);
    const after = await prisma.product.findUniqueOrThrow({ where: { id: product.id }, include: { variants: true } });
    expect(after.name).toBe(product.name);
    expect(after.variants).toHaveLength(2);
    expect(after.priceFrom).toBe(4800);
  });

  it("answers 404 for a product that does not exist", async () => {
    const response = await edit("no-such-product", productForm());
    expect(response.status).toBe(404);
  });

  it("publishes only with an image, and archives", async () => {
    const product = await createProduct({ status: "DRAFT" });
    await prisma.productImage.deleteMany({ where: { productId: product.id } });
    const blocked = await edit(product.id, { intent: "status", status: "PUBLISHED" });
    expect(blocked.status).toBe(409);
    expect((await blocked.json()).message).toMatch(/one image/);
    await prisma.productImage.create({ data: { productId: product.id, key: randomUUID().replaceAll("-", ""), alt: "A piece", width: 800, height: 1000 } });
    expect((await edit(product.id, { intent: "status", status: "PUBLISHED" })).status).toBe(200);
    expect((await prisma.product.findUniqueOrThrow({ where: { id: product.id } })).status).toBe("PUBLISHED");
    expect((await edit(product.id, { intent: "status", status: "ARCHIVED" })).status).toBe(200);
    expect((await edit(product.id, { intent: "status", status: "GONE" })).status).toBe(400);
    const events = await prisma.auditEvent.findMany({ where: { action: "product.status_changed", entityId: product.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.after)).toEqual([{ status: "PUBLISHED" }, { status: "ARCHIVED" }]);
  });
});

describe("the product list", () => {
  it("searches by name or SKU, filters by status and pages, in one query after the session (and the makers for the filter)", async () => {
    const marker = randomUUID().slice(0, 6);
    const draft = await createProduct({ name: `Quiet ${marker} draft`, status: "DRAFT" });
    await createProduct({ name: `Quiet ${marker} live` });
    const list = async (query: string) => (await listLoader(requestArgs(`/admin/products${query}`, { cookie }))).json();
    expect((await list(`?q=${marker}`)).products).toHaveLength(2);
    expect((await list(`?q=${marker}&status=DRAFT`)).products.map((p: { id: string }) => p.id)).toEqual([draft.id]);
    expect((await list(`?q=${draft.variants[0]!.sku.toLowerCase()}`)).products.map((p: { id: string }) => p.id)).toEqual([draft.id]);
    const { queries } = await recordQueries(() => listLoader(requestArgs("/admin/products?page=2", { cookie })));
    expect(queries.length).toBeLessThanOrEqual(3);
  });
});

describe("product images", () => {
  async function png(width = 800, height = 1000) {
    return new Uint8Array(await sharp({ create: { width, height, channels: 3, background: "#b0774a" } }).png().toBuffer());
  }
  function upload(productId: string, file: File | null, alt: string) {
    const form = new FormData();
    form.set("intent", "upload");
    form.set("alt", alt);
    if (file) form.set("image", file);
    return respond(() => imagesAction(requestArgs(`/admin/products/${productId}/images`, { cookie, form, params: { id: productId } })));
  }
  const imageAction = (productId: string, form: Record<string, string>) =>
    respond(() => imagesAction(requestArgs(`/admin/products/${productId}/images`, { cookie, form, params: { id: productId } })));

  it("stores an upload through the image store, with its alt text, as the last image", async () => {
    const product = await createProduct();
    const response = await upload(product.id, new File([await png()], "piece.png", { type: "image/png" }), "The necklace on linen");
    expect(response.status).toBe(200);
    const images = await prisma.productImage.findMany({ where: { productId: product.id }, orderBy: { position: "asc" } });
    expect(images).toHaveLength(2);
    // Stored at its largest rendition width that fits the source: 640 of 800.
    expect(images[1]).toMatchObject({ alt: "The necklace on linen", width: 640, height: 800, position: 1 });
    expect(await getImageStore().resolve(images[1]!.key, 320, "jpg")).not.toBeNull();
  });

  it("refuses a file that is not an image even when it is named .jpg, and saves nothing", async () => {
    const product = await createProduct();
    const fake = new File([new TextEncoder().encode("this is a text file, not a photograph")], "photo.jpg", { type: "image/jpeg" });
    const response = await upload(product.id, fake, "A photo");
    expect(response.status).toBe(422);
    expect((await response.json()).errors.image).toBe("Only JPEG, PNG and WebP images are accepted.");
    expect(await prisma.productImage.count({ where: { productId: product.id } })).toBe(1);
  });

  it("needs alt text and a file, and refuses more than 10 MB", async () => {
    const product = await createProduct();
    const noAlt = await upload(product.id, new File([await png()], "piece.png", { type: "image/png" }), "  ");
    expect(noAlt.status).toBe(400);
    expect((await noAlt.json()).errors.alt).toMatch(/Describe the image/);
    const noFile = await upload(product.id, null, "Alt text");
    expect((await noFile.json()).errors.image).toBe("Choose an image file.");
    const huge = await upload(product.id, new File([new Uint8Array(10 * 1024 * 1024 + 1)], "huge.jpg", { type: "image/jpeg" }), "Huge");
    expect(huge.status).toBe(413);
    expect(await prisma.productImage.count({ where: { productId: product.id } })).toBe(1);
  });

  it("reorders, edits alt text and removes, with the files", async () => {
    const product = await createProduct();
    await upload(product.id, new File([await png()], "second.png", { type: "image/png" }), "Second");
    const [first, second] = await prisma.productImage.findMany({ where: { productId: product.id }, orderBy: { position: "asc" } });
    expect((await imageAction(product.id, { intent: "move", imageId: second!.id, direction: "up" })).status).toBe(200);
    const page = await (await imagesLoader(requestArgs(`/admin/products/${product.id}/images`, { cookie, params: { id: product.id } }))).json();
    expect(page.product.images.map((i: { id: string }) => i.id)).toEqual([second!.id, first!.id]);

    expect((await imageAction(product.id, { intent: "alt", imageId: first!.id, alt: "" })).status).toBe(400);
    expect((await imageAction(product.id, { intent: "alt", imageId: first!.id, alt: "Worn, close up" })).status).toBe(200);
    expect((await prisma.productImage.findUniqueOrThrow({ where: { id: first!.id } })).alt).toBe("Worn, close up");

    expect((await imageAction(product.id, { intent: "remove", imageId: second!.id })).status).toBe(200);
    expect(await prisma.productImage.count({ where: { productId: product.id } })).toBe(1);
    expect(await getImageStore().resolve(second!.key, 320, "jpg")).toBeNull();
    expect((await imageAction(product.id, { intent: "remove", imageId: second!.id })).status).toBe(404);
    const actions = (await prisma.auditEvent.findMany({ where: { entityType: "ProductImage" }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["product_image.added", "product_image.moved", "product_image.alt_changed", "product_image.removed"]));
  });
});
