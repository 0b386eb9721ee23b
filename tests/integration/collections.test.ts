import { beforeAll, describe, expect, it } from "vitest";
import { listFeaturedCollections, listPublishedCollections } from "~/models/collection.server";
import { loader as collectionLoader } from "~/routes/collections.$handle";
import { loader as collectionsLoader } from "~/routes/collections._index";
import { prisma, recordQueries } from "~/utils/db.server";
import { createCollection } from "../factories/collection.ts";
import { createProduct } from "../factories/product.ts";
import { loaderArgs } from "../remix.ts";

type Page = {
  collection: { title: string; handle: string; isGift: boolean; priceLabel: string | null };
  products: { name: string; priceFrom: number; soldOut: boolean }[];
  total: number;
  pageCount: number;
  materials: string[];
  query: Record<string, unknown>;
};

async function loadCollection(handle: string, search = ""): Promise<Page> {
  const response = await collectionLoader(loaderArgs(`/collections/${handle}${search}`, { handle }));
  expect(response.status).toBe(200);
  return response.json();
}

const DAY = 24 * 60 * 60 * 1000;
const names = (page: Page) => page.products.map((p) => p.name);

async function product(name: string, options: { price: number; daysAgo: number; metal?: string; onHand?: number; featured?: boolean }) {
  const created = await createProduct({
    name,
    handle: name.toLowerCase().replace(/\s+/g, "-"),
    variants: [{ price: options.price, metal: options.metal ?? "Sterling silver", onHand: options.onHand ?? 5 }],
  });
  return prisma.product.update({
    where: { id: created.id },
    data: { publishedAt: new Date(Date.now() - options.daysAgo * DAY), featured: options.featured ?? false },
  });
}

// One small catalogue for the whole file: prices 30..200, a mix of metals, one sold out, one draft.
beforeAll(async () => {
  const studs = await product("Petal studs", { price: 3000, daysAgo: 5 });
  const ring = await product("Kin ring", { price: 4500, daysAgo: 40, metal: "Gold vermeil", onHand: 0 });
  const hoops = await product("Tide hoops", { price: 5000, daysAgo: 10, metal: "Gold vermeil", featured: true });
  await product("Lumen bracelet", { price: 8000, daysAgo: 1 });
  const necklace = await product("Halo necklace", { price: 12000, daysAgo: 20, metal: "Brass" });
  await product("Ember cuff", { price: 20000, daysAgo: 30 });
  const draft = await createProduct({ name: "Unreleased pendant", status: "DRAFT", variants: [{ price: 4000 }] });
  const picked = [hoops, studs, draft, necklace];
  await createCollection({ handle: "everyday", title: "Everyday", productIds: picked.map((p) => p.id), position: 1, featured: true });
  await createCollection({ handle: "under-50", title: "Gifts under $50", isGift: true, priceMax: 5000, priceLabel: "Under $50", position: 0, featured: true });
  await createCollection({ handle: "fifty-plus", title: "Fifty and up", priceMin: 5000, position: 2 });
  await createCollection({ handle: "coming-soon", title: "Coming soon", status: "DRAFT", productIds: [ring.id] });
});

describe("collection membership", () => {
  it("holds the hand-picked published pieces, in their picked order", async () => {
    const page = await loadCollection("everyday");
    expect(names(page)).toEqual(["Tide hoops", "Petal studs", "Halo necklace"]);
    expect(page.total).toBe(3);
    expect(page.collection).toMatchObject({ title: "Everyday", isGift: false, hasPriceBand: false });
  });

  it("holds every published piece inside a price band: min inclusive, max exclusive", async () => {
    const under = await loadCollection("under-50");
    expect(names(under).sort()).toEqual(["Kin ring", "Petal studs"]);
    expect(under.collection).toMatchObject({ isGift: true, priceLabel: "Under $50", hasPriceBand: true });
    const over = await loadCollection("fifty-plus");
    expect(names(over).sort()).toEqual(["Ember cuff", "Halo necklace", "Lumen bracelet", "Tide hoops"]);
  });

  it("follows price changes without any membership rows", async () => {
    const piece = await product("Moving piece", { price: 9000, daysAgo: 2 });
    expect(names(await loadCollection("under-50"))).not.toContain("Moving piece");
    await prisma.product.update({ where: { id: piece.id }, data: { priceFrom: 2500 } });
    expect(names(await loadCollection("under-50"))).toContain("Moving piece");
    await prisma.product.delete({ where: { id: piece.id } });
  });

  it("offers the virtual `all` collection with every published piece", async () => {
    const page = await loadCollection("all");
    expect(page.collection).toMatchObject({ handle: "all", title: "All jewelry" });
    expect(page.total).toBe(6);
    expect(names(page)).not.toContain("Unreleased pendant");
  });

  it.each(["coming-soon", "no-such-collection", "Bad Handle!", "a".repeat(500)])("answers 404 for %s", async (handle) => {
    await expect(collectionLoader(loaderArgs(`/collections/x`, { handle }))).rejects.toMatchObject({ status: 404 });
  });
});

describe("sorting", () => {
  it("sorts by price both ways, by newest, and by featured then newest for automatic collections", async () => {
    const asc = await loadCollection("all", "?sort=price-asc");
    expect(asc.products.map((p) => p.priceFrom)).toEqual([3000, 4500, 5000, 8000, 12000, 20000]);
    const desc = await loadCollection("all", "?sort=price-desc");
    expect(desc.products.map((p) => p.priceFrom)).toEqual([20000, 12000, 8000, 5000, 4500, 3000]);
    const newest = await loadCollection("all", "?sort=newest");
    expect(names(newest)).toEqual(["Lumen bracelet", "Petal studs", "Tide hoops", "Halo necklace", "Ember cuff", "Kin ring"]);
    const featured = await loadCollection("all");
    expect(names(featured)).toEqual(["Tide hoops", "Lumen bracelet", "Petal studs", "Halo necklace", "Ember cuff", "Kin ring"]);
  });

  it("sorts a hand-picked collection by price when asked", async () => {
    const page = await loadCollection("everyday", "?sort=price-desc");
    expect(names(page)).toEqual(["Halo necklace", "Tide hoops", "Petal studs"]);
  });
});

describe("filters", () => {
  it("lists the metals available in the collection, whatever the filters", async () => {
    expect((await loadCollection("all")).materials).toEqual(["Brass", "Gold vermeil", "Sterling silver"]);
    expect((await loadCollection("everyday", "?material=Brass")).materials).toEqual(["Brass", "Gold vermeil", "Sterling silver"]);
    expect((await loadCollection("under-50")).materials).toEqual(["Gold vermeil", "Sterling silver"]);
  });

  it("filters by material", async () => {
    const page = await loadCollection("all", "?material=Gold+vermeil&sort=price-asc");
    expect(names(page)).toEqual(["Kin ring", "Tide hoops"]);
    expect(page.total).toBe(2);
  });

  it("filters by price band", async () => {
    expect(names(await loadCollection("all", "?price=under-50&sort=price-asc"))).toEqual(["Petal studs", "Kin ring"]);
    expect(names(await loadCollection("all", "?price=50-100&sort=price-asc"))).toEqual(["Tide hoops", "Lumen bracelet"]);
    expect(names(await loadCollection("all", "?price=100-150"))).toEqual(["Halo necklace"]);
    expect(names(await loadCollection("all", "?price=over-150"))).toEqual(["Ember cuff"]);
  });

  it("keeps only pieces in stock, counting reserved stock as gone", async () => {
    const piece = await product("Reserved ring", { price: 4000, daysAgo: 3 });
    await prisma.productVariant.updateMany({ where: { productId: piece.id }, data: { onHand: 2, reserved: 2 } });
    const page = await loadCollection("under-50", "?inStock=1");
    expect(names(page)).toEqual(["Petal studs"]);
    expect((await loadCollection("under-50")).total).toBe(3);
    await prisma.product.delete({ where: { id: piece.id } });
  });

  it("combines filters: a variant in that metal must be the one in stock", async () => {
    const page = await loadCollection("all", "?material=Gold+vermeil&inStock=1");
    expect(names(page)).toEqual(["Tide hoops"]);
  });

  it("shows an empty page, not an error, when nothing matches", async () => {
    const page = await loadCollection("everyday", "?material=Brass&price=under-50");
    expect(page.products).toEqual([]);
    expect(page.total).toBe(0);
  });

  it.each([
    "?sort=cheapest",
    "?price=free",
    "?page=abc",
    "?page=-1",
    "?page=1.5",
    "?inStock=yes",
    "?material=%00%01",
    `?material=${"x".repeat(5000)}`,
    "?sort=price-asc&sort=newest&price[]=1",
  ])("ignores a bad query value instead of failing: %s", async (search) => {
    const page = await loadCollection("all", search);
    expect(page.total).toBeGreaterThan(0);
  });

  it("answers 404 past the last page", async () => {
    await expect(collectionLoader(loaderArgs("/collections/all?page=99", { handle: "all" }))).rejects.toMatchObject({ status: 404 });
  });
});

describe("pagination and cost", () => {
  it("pages by 12, keeping the order stable and the filters in the query", async () => {
    const extra = [];
    for (let i = 0; i < 20; i++) extra.push(await product(`Stack ring ${String(i).padStart(2, "0")}`, { price: 3500, daysAgo: 50 + i }));
    const first = await loadCollection("all", "?price=under-50&sort=price-asc");
    const second = await loadCollection("all", "?price=under-50&sort=price-asc&page=2");
    expect(first.total).toBe(22);
    expect(first.pageCount).toBe(2);
    expect(first.products).toHaveLength(12);
    expect(second.products).toHaveLength(10);
    expect(new Set([...names(first), ...names(second)]).size).toBe(22);
    expect(second.query).toMatchObject({ price: "under-50", sort: "price-asc", page: 2 });
    await prisma.product.deleteMany({ where: { id: { in: extra.map((p) => p.id) } } });
  });

  it("costs two queries however many pieces the collection holds", async () => {
    const cost = async (handle: string, search = "") =>
      (await recordQueries(() => collectionLoader(loaderArgs(`/collections/${handle}${search}`, { handle })))).queries.length;
    expect(await cost("all")).toBe(2);
    expect(await cost("everyday", "?inStock=1&material=Brass")).toBe(2);

    const everyday = await prisma.collection.findUniqueOrThrow({ where: { handle: "everyday" } });
    const extra = [];
    for (let i = 0; i < 30; i++) extra.push(await product(`Extra piece ${i}`, { price: 6000, daysAgo: 60 + i }));
    await prisma.collectionProduct.createMany({
      data: extra.map((p, index) => ({ collectionId: everyday.id, productId: p.id, position: 10 + index })),
    });
    expect((await loadCollection("everyday")).total).toBe(33);
    expect(await cost("all")).toBe(2);
    expect(await cost("everyday", "?inStock=1&material=Brass")).toBe(2);
    expect(await cost("everyday", "?page=3")).toBe(2);
    await prisma.product.deleteMany({ where: { id: { in: extra.map((p) => p.id) } } });
  });
});

describe("collection lists", () => {
  it("lists published collections in shop order with their published piece counts", async () => {
    const response = await collectionsLoader(loaderArgs("/collections"));
    const { collections, allCount } = await response.json();
    expect(collections.map((c: { handle: string; productCount: number }) => [c.handle, c.productCount])).toEqual([
      ["under-50", 2],
      ["everyday", 3],
      ["fifty-plus", 4],
    ]);
    expect(allCount).toBe(6);
    const { queries } = await recordQueries(() => listPublishedCollections());
    expect(queries).toHaveLength(2);
  });

  it("gives the home page its featured collections", async () => {
    const featured = await listFeaturedCollections(5);
    expect(featured.map((c) => c.handle)).toEqual(["under-50", "everyday"]);
    expect(Object.keys(featured[0]!).sort()).toEqual(["handle", "heroAlt", "heroImageKey", "intro", "isGift", "priceLabel", "title"]);
    expect(await listFeaturedCollections(1)).toHaveLength(1);
  });
});
