import { describe, expect, it } from "vitest";
import { loader as robotsLoader } from "~/routes/robots[.]txt";
import { loader as sitemapLoader } from "~/routes/sitemap[.]xml";
import { recordQueries } from "~/utils/db.server";
import {
  articleJsonLd,
  breadcrumbJsonLd,
  cutDescription,
  decimalPrice,
  pageMeta,
  productJsonLd,
} from "~/utils/seo";
import { createArticle, createStoryCollection } from "../factories/article.ts";
import { createProduct } from "../factories/product.ts";
import { loaderArgs } from "../remix.ts";
import { parseXml, textsOf } from "../xml.ts";

describe("seo builders", () => {
  it("cuts descriptions to 155 characters on a word boundary", () => {
    const long = "Each bead is strung by hand in our studio ".repeat(10);
    const cut = cutDescription(long);
    expect(cut.length).toBeLessThanOrEqual(155);
    expect(cut.endsWith("…")).toBe(true);
    // The character before the ellipsis ends a whole word of the source.
    const words = long.trim().split(" ");
    expect(words).toContain(cut.slice(0, -1).split(" ").at(-1));
    expect(cutDescription("  Short   and\nsweet ")).toBe("Short and sweet");
  });

  it("builds title, canonical, Open Graph and Twitter tags", () => {
    const meta = pageMeta({
      title: "Our journal",
      description: "Stories from the studio.",
      url: "https://shop.example/journal",
      image: "https://shop.example/images/a/1280.jpg",
      imageAlt: "Beads on a table",
      type: "article",
    });
    expect(meta).toContainEqual({ title: "Our journal — Belonging" });
    expect(meta).toContainEqual({ tagName: "link", rel: "canonical", href: "https://shop.example/journal" });
    expect(meta).toContainEqual({ property: "og:site_name", content: "Belonging" });
    expect(meta).toContainEqual({ property: "og:type", content: "article" });
    expect(meta).toContainEqual({ property: "og:url", content: "https://shop.example/journal" });
    expect(meta).toContainEqual({ property: "og:image", content: "https://shop.example/images/a/1280.jpg" });
    expect(meta).toContainEqual({ name: "twitter:card", content: "summary_large_image" });
    expect(meta).toContainEqual({ name: "description", content: "Stories from the studio." });
    const withoutImage = pageMeta({ title: "Belonging", description: "x", url: "https://shop.example/" });
    expect(withoutImage).toContainEqual({ title: "Belonging" });
    expect(withoutImage).toContainEqual({ name: "twitter:card", content: "summary" });
    expect(withoutImage.some((m) => "property" in m && m.property === "og:image")).toBe(false);
  });

  it("gives one Offer per variant with decimal price and availability", () => {
    const data = productJsonLd(
      {
        name: "Ember bracelet",
        description: "Long description",
        summary: "Glass beads on silk.",
        images: [{ key: "ember-1", width: 1200 }],
        variants: [
          { sku: "EMB-S", price: 4800, available: 7 },
          { sku: "EMB-M", price: 5250, available: 2 },
          { sku: "EMB-L", price: 5250, available: 0 },
        ],
      },
      "https://shop.example/products/ember",
      "USD",
    );
    expect(data["@type"]).toBe("Product");
    expect(data.brand).toEqual({ "@type": "Brand", name: "Belonging" });
    expect(data.description).toBe("Glass beads on silk.");
    expect(data.image).toEqual(["https://shop.example/images/ember-1/960.jpg"]);
    expect(data.sku).toBe("EMB-S");
    expect(data.offers).toEqual([
      expect.objectContaining({ sku: "EMB-S", price: "48.00", priceCurrency: "USD", availability: "https://schema.org/InStock" }),
      expect.objectContaining({ sku: "EMB-M", price: "52.50", availability: "https://schema.org/LimitedAvailability" }),
      expect.objectContaining({ sku: "EMB-L", price: "52.50", availability: "https://schema.org/OutOfStock" }),
    ]);
    expect(decimalPrice(4800, "JPY")).toBe("4800");
  });

  it("builds breadcrumbs and articles without the body", () => {
    expect(
      breadcrumbJsonLd([
        { name: "Journal", url: "https://shop.example/journal" },
        { name: "A story", url: "https://shop.example/journal/a-story" },
      ]).itemListElement,
    ).toEqual([
      { "@type": "ListItem", position: 1, name: "Journal", item: "https://shop.example/journal" },
      { "@type": "ListItem", position: 2, name: "A story", item: "https://shop.example/journal/a-story" },
    ]);
    const article = articleJsonLd({
      headline: "A story",
      datePublished: "2026-01-02T00:00:00.000Z",
      dateModified: "2026-01-03T00:00:00.000Z",
      author: "Ana",
      image: null,
      url: "https://shop.example/journal/a-story",
    });
    expect(article).toMatchObject({ "@type": "Article", headline: "A story", author: { "@type": "Person", name: "Ana" } });
    expect(article).not.toHaveProperty("image");
    expect(article).not.toHaveProperty("articleBody");
  });
});

describe("sitemap.xml", () => {
  it("lists every public page with lastmod, never drafts, archived or scheduled pages, in one query per kind of page", async () => {
    const product = await createProduct();
    const draftProduct = await createProduct({ status: "DRAFT" });
    const archivedProduct = await createProduct({ status: "ARCHIVED" });
    const collection = await createStoryCollection();
    const draftCollection = await createStoryCollection("DRAFT");
    const article = await createArticle();
    const draftArticle = await createArticle({ status: "DRAFT", publishedAt: null });
    const scheduled = await createArticle({ publishedAt: new Date(Date.now() + 86_400_000) });

    const { result: response, queries } = await recordQueries(() => sitemapLoader(loaderArgs("/sitemap.xml")));
    expect(queries).toHaveLength(4);
    expect(response.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
    const document = parseXml(await response.text());
    const locs = textsOf(document, "loc");
    const origin = "http://localhost:3000";
    expect(locs).toEqual(
      expect.arrayContaining([
        `${origin}/`,
        `${origin}/collections`,
        `${origin}/collections/${collection.handle}`,
        `${origin}/products/${product.handle}`,
        `${origin}/journal`,
        `${origin}/journal/${article.slug}`,
      ]),
    );
    expect(locs).toHaveLength(6);
    for (const hidden of [draftProduct.handle, archivedProduct.handle, draftCollection.handle, draftArticle.slug, scheduled.slug]) {
      expect(locs.join("\n")).not.toContain(hidden);
    }
    const lastmods = textsOf(document, "lastmod");
    expect(lastmods).toHaveLength(6);
    for (const lastmod of lastmods) expect(lastmod).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});

describe("robots.txt", () => {
  it("allows the shop, keeps private areas out and points to the sitemap", async () => {
    const response = robotsLoader(loaderArgs("/robots.txt"));
    expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    const lines = (await response.text()).split("\n");
    expect(lines[0]).toBe("User-agent: *");
    expect(lines).toContain("Allow: /");
    for (const path of ["/admin", "/maker", "/cart", "/checkout", "/orders"]) expect(lines).toContain(`Disallow: ${path}`);
    expect(lines).toContain("Sitemap: http://localhost:3000/sitemap.xml");
  });
});
