import { beforeAll, describe, expect, it } from "vitest";
import { fuzzyWords, SEARCH_RANKED_MAX, searchProducts } from "~/models/search.server";
import { loader as searchLoader } from "~/routes/search";
import { prisma, recordQueries } from "~/utils/db.server";
import { createCollection } from "../factories/collection.ts";
import { createProduct } from "../factories/product.ts";
import { loaderArgs } from "../remix.ts";

type SearchPage = {
  state: string;
  q: string;
  products: { name: string }[];
  total: number;
  more: boolean;
  collections: { handle: string }[];
};

async function search(q: string, extra = "") {
  const response = await searchLoader(loaderArgs(`/search?${new URLSearchParams({ q })}${extra}`));
  return { status: response.status, data: (await response.json()) as SearchPage };
}
const names = (page: SearchPage) => page.products.map((p) => p.name);

async function piece(name: string, fields: { category?: "BRACELET" | "NECKLACE" | "EARRINGS" | "RING"; summary?: string; description?: string } = {}) {
  const created = await createProduct({ name, handle: name.toLowerCase().replace(/\s+/g, "-") });
  return prisma.product.update({
    where: { id: created.id },
    data: {
      category: fields.category ?? "BRACELET",
      summary: fields.summary ?? "A handmade piece.",
      description: fields.description ?? "Made at our benches.",
    },
  });
}

beforeAll(async () => {
  await piece("Halo pendant necklace", { category: "NECKLACE", summary: "A round pendant on a fine chain." });
  await piece("Drift chain necklace", { category: "NECKLACE" });
  await piece("Seedling pendant", { category: "NECKLACE" });
  await piece("Lumen bracelet", { summary: "Glass beads on silk." });
  await piece("Meadow bracelet", { description: "Pairs well with the Halo pendant necklace or a simple chain." });
  await piece("Tide hoops", { category: "EARRINGS", summary: "Light hoops in recycled silver." });
  await piece("Ember studs", { category: "EARRINGS", description: "Small studs with a warm amber glow." });
  await piece("Amber ring", { category: "RING" });
  const draft = await createProduct({ name: "Secret necklace", status: "DRAFT" });
  await prisma.product.update({ where: { id: draft.id }, data: { category: "NECKLACE" } });
  await createCollection({ title: "Wedding party", productIds: [(await prisma.product.findUniqueOrThrow({ where: { handle: "tide-hoops" } })).id] });
  await createCollection({ title: "Featured picks", featured: true });
});

describe("search", () => {
  it("finds pieces by name, category, summary and collection title", async () => {
    expect(names((await search("bracelet")).data)).toEqual(expect.arrayContaining(["Lumen bracelet", "Meadow bracelet"]));
    expect(names((await search("earrings")).data).sort()).toEqual(["Ember studs", "Tide hoops"]);
    expect(names((await search("glass beads")).data)).toEqual(["Lumen bracelet"]);
    expect(names((await search("wedding")).data)).toEqual(["Tide hoops"]);
  });

  it("ranks a name match above a description match", async () => {
    const { data } = await search("amber");
    expect(names(data)).toEqual(["Amber ring", "Ember studs"]);
    const necklaces = names((await search("halo pendant necklace")).data);
    expect(necklaces[0]).toBe("Halo pendant necklace");
    expect(necklaces).toContain("Meadow bracelet");
    expect(necklaces.indexOf("Meadow bracelet")).toBeGreaterThan(0);
  });

  it("forgives typos: neckless finds necklaces, braclet finds bracelets", async () => {
    const necklaces = names((await search("neckless")).data);
    // Named necklaces first, then the necklace without the word in its name.
    expect(necklaces.slice(0, 2).sort()).toEqual(["Drift chain necklace", "Halo pendant necklace"]);
    expect(necklaces).toContain("Seedling pendant");
    expect(necklaces).not.toContain("Lumen bracelet");
    expect(names((await search("braclet")).data).slice(0, 2).sort()).toEqual(["Lumen bracelet", "Meadow bracelet"]);
    expect(names((await search("silver neckless")).data)).toEqual(expect.arrayContaining(["Halo pendant necklace", "Drift chain necklace"]));
  });

  it("leaves out a word found nowhere and close to nothing", async () => {
    expect(names((await search("vintage halo pendant")).data)[0]).toBe("Halo pendant necklace");
    expect(names((await search("vintage")).data)).toEqual([]);
  });

  it("reads a correctly spelt kind of piece as it is", async () => {
    expect(names((await search("rings")).data)).toEqual(["Amber ring"]);
  });

  it("never finds a draft", async () => {
    expect(names((await search("secret")).data)).toEqual([]);
    expect(names((await search("necklace")).data)).not.toContain("Secret necklace");
  });

  it("keeps the search document current when a piece or its collections change", async () => {
    const ring = await prisma.product.findUniqueOrThrow({ where: { handle: "amber-ring" } });
    await prisma.product.update({ where: { id: ring.id }, data: { summary: "Hammered copper band." } });
    expect(names((await search("copper")).data)).toEqual(["Amber ring"]);
    const collection = await createCollection({ title: "Anniversary edit", productIds: [ring.id] });
    expect(names((await search("anniversary")).data)).toEqual(["Amber ring"]);
    await prisma.collection.update({ where: { id: collection.id }, data: { status: "DRAFT" } });
    expect(names((await search("anniversary")).data)).toEqual([]);
  });

  it("answers in two queries", async () => {
    const { queries } = await recordQueries(() => searchProducts("necklace"));
    expect(queries).toHaveLength(2);
  });
});

describe("the search page", () => {
  it("shows collections to start from when the query is empty", async () => {
    const { status, data } = await search("   ");
    expect(status).toBe(200);
    expect(data.state).toBe("empty");
    expect(data.collections.map((c) => c.handle).length).toBeGreaterThan(0);
  });

  it("suggests collections when nothing is found", async () => {
    const { data } = await search("zzzzqqqq");
    expect(data).toMatchObject({ state: "results", total: 0, products: [] });
    expect(data.collections.length).toBeGreaterThan(0);
  });

  it("counts results and trims the query", async () => {
    const { data } = await search("  necklace  ");
    expect(data.q).toBe("necklace");
    expect(data.total).toBe(data.products.length);
    expect(data.total).toBeGreaterThanOrEqual(2);
  });

  it("answers a 10,000 character query with a friendly 400, without searching", async () => {
    const { result, queries } = await recordQueries(() => search("necklace ".repeat(1112)));
    expect(result.status).toBe(400);
    expect(result.data.state).toBe("too-long");
    expect(result.data.q).toHaveLength(200);
    expect(queries.every((sql) => !sql.includes("websearch_to_tsquery"))).toBe(true);
  });

  it.each(["a", "!!!", "the", "a & b | !c", "'\"", "\u0000necklace", "necklace -chain", "\"halo pendant\"", "ünïcödé 🙂", "%_%"])(
    "never fails on odd input: %s",
    async (q) => {
      const { status } = await search(q);
      expect(status).toBe(200);
    },
  );

  it("ignores a bad page number, and answers 404 past the last page", async () => {
    const { status, data } = await search("necklace", "&page=banana");
    expect(status).toBe(200);
    expect(data.total).toBeGreaterThan(0);
    await expect(searchLoader(loaderArgs("/search?q=necklace&page=5"))).rejects.toMatchObject({ status: 404 });
  });

  it("says when there are more pieces than it counts", async () => {
    const { data } = await search("necklace");
    expect(data.more).toBe(false);
  });

  it("matches words of three letters or more by spelling", () => {
    expect(fuzzyWords("A silver NECKLESS, silver!")).toEqual(["silver", "neckless"]);
  });
});

describe("a search matching more pieces than it ranks", () => {
  beforeAll(async () => {
    await prisma.product.createMany({
      data: Array.from({ length: SEARCH_RANKED_MAX + 1 }, (_, i) => ({
        handle: `crowd-piece-${i}`,
        name: `Crowd piece ${i}`,
        category: "ANKLET" as const,
        summary: "A handmade piece.",
        description: "Drawn from the orbit of the studio's seasons.",
        materials: "Brass.",
        care: "Keep dry.",
        status: "PUBLISHED" as const,
        publishedAt: new Date(),
      })),
    });
    // Stored after the crowd, so only its name can bring it into the ranking.
    await piece("Orbit pendant", { category: "NECKLACE" });
  });

  it("counts up to its limit, says there are more, and still ranks the name match first", async () => {
    const { data } = await search("orbit");
    expect(data).toMatchObject({ total: SEARCH_RANKED_MAX, more: true });
    expect(names(data)[0]).toBe("Orbit pendant");
  });

  it("pages through what it ranked, and no further", async () => {
    const lastPage = Math.ceil(SEARCH_RANKED_MAX / 24);
    const { data } = await search("orbit", `&page=${lastPage}`);
    expect(data.products).toHaveLength(SEARCH_RANKED_MAX - (lastPage - 1) * 24);
    await expect(searchLoader(loaderArgs(`/search?q=orbit&page=${lastPage + 1}`))).rejects.toMatchObject({ status: 404 });
  });
});
