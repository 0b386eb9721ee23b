import { describe, expect, it } from "vitest";
import { loader as productLoader, meta as productMeta } from "~/routes/products.$handle";
import { prisma, recordQueries } from "~/utils/db.server";
import { createProduct } from "../factories/product.ts";
import { loaderArgs } from "../remix.ts";

type Variant = { id: string; title: string; available: number; price: number };

async function load(handle: string, search = "") {
  const response = await productLoader(loaderArgs(`/products/${handle}${search}`, { handle }));
  return response.json();
}

describe("product page", () => {
  it("gives each variant its price and availability, and never exposes stock counts", async () => {
    const product = await createProduct({
      variants: [
        { metal: "Sterling silver", price: 4200, onHand: 8 },
        { metal: "Gold vermeil", price: 5800, onHand: 3, reserved: 1 },
        { metal: "Rose gold vermeil", price: 5800, onHand: 4, reserved: 4 },
      ],
    });
    const data = await load(product.handle);
    expect(data.product.variants.map((v: Variant) => [v.title, v.price, v.available])).toEqual([
      ["Sterling silver", 4200, 8],
      ["Gold vermeil", 5800, 2],
      ["Rose gold vermeil", 5800, 0],
    ]);
    expect(data.product.variants[0]).not.toHaveProperty("onHand");
    expect(data.product.variants[0]).not.toHaveProperty("reserved");
    expect(data.selectedVariantId).toBe(product.variants[0]!.id);
    expect(data.product).toMatchObject({ wagesShare: 4000, materialsShare: 2500, programShare: 2000, operationsShare: 1500 });
  });

  it("selects the variant named in ?variant=, and otherwise the first one in stock", async () => {
    const product = await createProduct({ variants: [{ onHand: 0 }, { metal: "Gold vermeil", onHand: 4 }, { metal: "Brass", onHand: 2 }] });
    const other = await createProduct();
    const [soldOut, inStock, brass] = product.variants;

    expect((await load(product.handle)).selectedVariantId).toBe(inStock!.id);
    expect((await load(product.handle, `?variant=${brass!.id}`)).selectedVariantId).toBe(brass!.id);
    // A sold-out variant can be linked to; the page shows it as sold out.
    expect((await load(product.handle, `?variant=${soldOut!.id}`)).selectedVariantId).toBe(soldOut!.id);
    for (const search of [`?variant=${other.variants[0]!.id}`, "?variant=garbage", `?variant=${"x".repeat(5000)}`, "?variant=", "?variant=a&variant=b"]) {
      expect((await load(product.handle, search)).selectedVariantId, search).toBe(inStock!.id);
    }
  });

  it("selects the first variant when every one is sold out", async () => {
    const product = await createProduct({ variants: [{ onHand: 0 }, { metal: "Brass", onHand: 0 }] });
    expect((await load(product.handle)).selectedVariantId).toBe(product.variants[0]!.id);
  });

  it.each(["DRAFT", "ARCHIVED"] as const)("answers 404 for a %s product", async (status) => {
    const product = await createProduct({ status });
    await expect(productLoader(loaderArgs(`/products/${product.handle}`, { handle: product.handle }))).rejects.toMatchObject({
      status: 404,
    });
  });

  it("answers 404 for an unknown or absurd handle, and for a product with nothing to sell", async () => {
    const empty = await createProduct();
    await prisma.productVariant.deleteMany({ where: { productId: empty.id } });
    for (const handle of ["no-such-piece", "x".repeat(300), "", empty.handle]) {
      await expect(productLoader(loaderArgs("/products/x", { handle }))).rejects.toMatchObject({ status: 404 });
    }
  });

  it("loads the product and up to four related pieces in two queries: same category, published, never itself", async () => {
    const product = await createProduct({ variants: [{ onHand: 1 }, { metal: "Brass", onHand: 3 }, { metal: "Gold vermeil", onHand: 0 }] });
    const siblings: { id: string }[] = [];
    for (let i = 0; i < 6; i++) siblings.push(await createProduct());
    const draft = await createProduct({ status: "DRAFT" });
    const necklace = await createProduct();
    await prisma.product.update({ where: { id: necklace.id }, data: { category: "NECKLACE" } });

    const { result, queries } = await recordQueries(() => productLoader(loaderArgs(`/products/${product.handle}`, { handle: product.handle })));
    expect(queries.length).toBeLessThanOrEqual(2);
    const { related } = await result.json();
    expect(related).toHaveLength(4);
    const ids = related.map((p: { id: string }) => p.id);
    expect(ids).not.toContain(product.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(necklace.id);
    expect(ids.every((id: string) => siblings.some((s) => s.id === id))).toBe(true);
    expect(related[0]).toMatchObject({ handle: expect.any(String), priceFrom: 4800, soldOut: false, image: { alt: "The test piece on linen" } });
  });

  it("describes itself for search and sharing: canonical without ?variant, an Offer per variant, breadcrumbs", async () => {
    const product = await createProduct({ variants: [{ price: 4200, onHand: 5 }, { metal: "Brass", price: 3000, onHand: 0 }] });
    const data = await load(product.handle, `?variant=${product.variants[1]!.id}`);
    const meta = productMeta({ data } as Parameters<typeof productMeta>[0]);
    const url = `http://localhost:3000/products/${product.handle}`;
    expect(meta).toContainEqual({ title: `${product.name} — Belonging` });
    expect(meta).toContainEqual({ tagName: "link", rel: "canonical", href: url });
    expect(meta).toContainEqual({ property: "og:type", content: "product" });
    const jsonLd = meta.flatMap((m) => ("script:ld+json" in m ? [m["script:ld+json"] as Record<string, unknown>] : []));
    const productLd = jsonLd.find((d) => d["@type"] === "Product")!;
    expect(productLd.offers).toEqual([
      expect.objectContaining({ sku: product.variants[0]!.sku, price: "42.00", priceCurrency: "USD", availability: "https://schema.org/InStock" }),
      expect.objectContaining({ sku: product.variants[1]!.sku, price: "30.00", availability: "https://schema.org/OutOfStock" }),
    ]);
    const crumbs = jsonLd.find((d) => d["@type"] === "BreadcrumbList")!;
    expect((crumbs.itemListElement as { name: string }[]).map((c) => c.name)).toEqual(["Home", "Shop", product.name]);
  });
});
