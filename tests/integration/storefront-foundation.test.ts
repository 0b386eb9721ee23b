import { describe, expect, it } from "vitest";
import { loader as healthLoader } from "~/routes/healthz";
import { loader as homeLoader } from "~/routes/_index";
import { loader as productLoader } from "~/routes/products.$handle";
import { recordQueries } from "~/utils/db.server";
import { createProduct } from "../factories/product.ts";
import { loaderArgs } from "../remix.ts";

describe("/healthz", () => {
  it("answers ok when the database answers", async () => {
    const response = await healthLoader();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });
});

describe("home page", () => {
  it("costs three queries (collections, new arrivals, journal) however much the shop holds", async () => {
    for (let i = 0; i < 10; i++) await createProduct();
    await createProduct({ status: "DRAFT", name: "Unpublished piece" });
    const { result, queries } = await recordQueries(() => homeLoader(loaderArgs("/")));
    const data = await result.json();
    expect(data.newArrivals).toHaveLength(8);
    expect(data.newArrivals.map((p: { name: string }) => p.name)).not.toContain("Unpublished piece");
    expect(queries).toHaveLength(3);
  });
});

describe("product page", () => {
  it("shows a published product with availability per variant", async () => {
    const product = await createProduct({
      variants: [
        { metal: "Sterling silver", price: 4800, onHand: 5, reserved: 3 },
        { metal: "Gold vermeil", price: 6800, onHand: 0 },
      ],
    });
    const response = await productLoader(loaderArgs(`/products/${product.handle}`, { handle: product.handle }));
    const { product: page } = await response.json();
    expect(page.name).toBe(product.name);
    expect(page.variants.map((v: { available: number }) => v.available)).toEqual([2, 0]);
    expect(page.variants[0]).not.toHaveProperty("onHand");
  });

  it.each(["DRAFT", "ARCHIVED"] as const)("answers 404 for a %s product", async (status) => {
    const product = await createProduct({ status });
    await expect(productLoader(loaderArgs(`/products/${product.handle}`, { handle: product.handle }))).rejects.toMatchObject({
      status: 404,
    });
  });

  it("answers 404 for an unknown handle", async () => {
    await expect(productLoader(loaderArgs("/products/nope", { handle: "no-such-piece" }))).rejects.toMatchObject({ status: 404 });
  });
});
