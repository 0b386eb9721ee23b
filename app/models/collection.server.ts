import { Prisma } from "~/generated/prisma/client";
import { productCardSelect, toProductCard, type ProductCard } from "~/models/product.server";
import { ALL_HANDLE, COLLECTION_PAGE_SIZE, priceBand, type CollectionQuery } from "~/utils/collection-query";
import { prisma } from "~/utils/db.server";

export const collectionCardSelect = {
  handle: true,
  title: true,
  intro: true,
  isGift: true,
  priceLabel: true,
  heroImageKey: true,
  heroAlt: true,
} satisfies Prisma.CollectionSelect;
export type CollectionCard = Prisma.CollectionGetPayload<{ select: typeof collectionCardSelect }>;

const publishedCollection = { status: "PUBLISHED" } satisfies Prisma.CollectionWhereInput;

/** Featured published collections in shop order, for the home page. */
export async function listFeaturedCollections(limit: number): Promise<CollectionCard[]> {
  return prisma.collection.findMany({
    where: { ...publishedCollection, featured: true },
    select: collectionCardSelect,
    orderBy: [{ position: "asc" }, { title: "asc" }],
    take: limit,
  });
}

export type CollectionListItem = CollectionCard & { productCount: number };

/** Every published collection with how many published pieces it holds, plus the size of "all". */
export async function listPublishedCollections(): Promise<{ collections: CollectionListItem[]; allCount: number }> {
  const [collections, allCount] = await Promise.all([
    prisma.$queryRaw<CollectionListItem[]>`
      SELECT c."handle", c."title", c."intro", c."isGift", c."priceLabel", c."heroImageKey", c."heroAlt",
        CASE WHEN c."priceMin" IS NOT NULL OR c."priceMax" IS NOT NULL THEN (
          SELECT count(*) FROM "Product" p
          WHERE p."status" = 'PUBLISHED' AND p."priceFrom" >= coalesce(c."priceMin", 0)
            AND (c."priceMax" IS NULL OR p."priceFrom" < c."priceMax")
        ) ELSE (
          SELECT count(*) FROM "CollectionProduct" cp JOIN "Product" p ON p."id" = cp."productId"
          WHERE cp."collectionId" = c."id" AND p."status" = 'PUBLISHED'
        ) END::int AS "productCount"
      FROM "Collection" c
      WHERE c."status" = 'PUBLISHED'
      ORDER BY c."position", c."title"`,
    prisma.product.count({ where: { status: "PUBLISHED" } }),
  ]);
  return { collections, allCount };
}

export type CollectionHeader = CollectionCard & {
  isAll: boolean;
  /** Membership comes from a price band, so filtering by price would only narrow it oddly. */
  hasPriceBand: boolean;
};

const ALL_COLLECTION: CollectionHeader = {
  handle: ALL_HANDLE,
  title: "All jewelry",
  intro: "Every piece in the shop: bracelets, necklaces, earrings, rings and anklets, each one made by hand in our studio.",
  isGift: false,
  priceLabel: null,
  heroImageKey: null,
  heroAlt: null,
  isAll: true,
  hasPriceBand: false,
};

export type CollectionPage = {
  collection: CollectionHeader;
  products: ProductCard[];
  /** Pieces matching the filters, across all pages. */
  total: number;
  pageCount: number;
  /** Every metal offered in the collection, whatever the filters, for the material filter. */
  materials: string[];
};

type ListingRow = { collection: Omit<CollectionHeader, "isAll"> | null; total: number; materials: string[]; ids: string[] };

// Membership as rows (id, priceFrom, publishedAt, featured, position). A collection with a price
// band holds every published piece priced inside it ([priceMin, priceMax)); any other holds its
// hand-picked rows. The two branches exclude each other, and each can use an index.
const collectionMembers = Prisma.sql`
  SELECT p."id", p."priceFrom", p."publishedAt", p."featured", cp."position"
  FROM c
  JOIN "CollectionProduct" cp ON cp."collectionId" = c."id"
  JOIN "Product" p ON p."id" = cp."productId"
  WHERE c."priceMin" IS NULL AND c."priceMax" IS NULL AND p."status" = 'PUBLISHED'
  UNION ALL
  SELECT p."id", p."priceFrom", p."publishedAt", p."featured", NULL
  FROM c
  JOIN "Product" p ON p."status" = 'PUBLISHED' AND p."priceFrom" >= coalesce(c."priceMin", 0)
    AND (c."priceMax" IS NULL OR p."priceFrom" < c."priceMax")
  WHERE c."priceMin" IS NOT NULL OR c."priceMax" IS NOT NULL`;

const allMembers = Prisma.sql`
  SELECT p."id", p."priceFrom", p."publishedAt", p."featured", NULL::int AS "position"
  FROM "Product" p
  WHERE p."status" = 'PUBLISHED'`;

// Every order ends on the id so pages never overlap or skip a piece.
const ORDER_BY: Record<CollectionQuery["sort"], Prisma.Sql> = {
  featured: Prisma.sql`m."position" ASC NULLS LAST, m."featured" DESC, m."publishedAt" DESC NULLS LAST, m."id"`,
  "price-asc": Prisma.sql`m."priceFrom" ASC, m."publishedAt" DESC NULLS LAST, m."id"`,
  "price-desc": Prisma.sql`m."priceFrom" DESC, m."publishedAt" DESC NULLS LAST, m."id"`,
  newest: Prisma.sql`m."publishedAt" DESC NULLS LAST, m."id"`,
};

function filterSql({ material, price, inStock }: Pick<CollectionQuery, "material" | "price" | "inStock">) {
  const conditions: Prisma.Sql[] = [];
  if (price) {
    const { min, max } = priceBand(price);
    if (min !== undefined) conditions.push(Prisma.sql`m."priceFrom" >= ${min}`);
    if (max !== undefined) conditions.push(Prisma.sql`m."priceFrom" < ${max}`);
  }
  // With both, one variant must be in that metal and in stock.
  const variant: Prisma.Sql[] = [];
  if (material) variant.push(Prisma.sql`v."metal" = ${material}`);
  if (inStock) variant.push(Prisma.sql`v."onHand" - v."reserved" > 0`);
  if (variant.length) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ProductVariant" v WHERE v."productId" = m."id" AND ${Prisma.join(variant, " AND ")})`);
  }
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

/**
 * One page of a published collection (or of `all`), filtered and sorted, in two queries: one
 * for the collection, the count, the materials and the page's ids, one for the product cards.
 * Null when there is no such published collection.
 */
export async function getCollectionPage({ handle, ...query }: CollectionQuery & { handle: string }): Promise<CollectionPage | null> {
  const isAll = handle === ALL_HANDLE;
  const collection = isAll
    ? Prisma.sql`SELECT NULL::text AS "id" WHERE FALSE`
    : Prisma.sql`
        SELECT "id", "handle", "title", "intro", "isGift", "priceLabel", "heroImageKey", "heroAlt", "priceMin", "priceMax",
          ("priceMin" IS NOT NULL OR "priceMax" IS NOT NULL) AS "hasPriceBand"
        FROM "Collection" WHERE "handle" = ${handle} AND "status" = 'PUBLISHED'`;
  const [row] = await prisma.$queryRaw<[ListingRow]>`
    WITH c AS (${collection}),
    members AS (${isAll ? allMembers : collectionMembers}),
    filtered AS (SELECT m.* FROM members m WHERE ${filterSql(query)}),
    page AS (
      SELECT m."id", row_number() OVER (ORDER BY ${ORDER_BY[query.sort]}) AS n
      FROM filtered m
      ORDER BY n
      LIMIT ${COLLECTION_PAGE_SIZE} OFFSET ${(query.page - 1) * COLLECTION_PAGE_SIZE}
    )
    SELECT
      (SELECT to_jsonb(c) - 'id' - 'priceMin' - 'priceMax' FROM c) AS "collection",
      (SELECT count(*)::int FROM filtered) AS "total",
      (SELECT coalesce(array_agg(DISTINCT v."metal" ORDER BY v."metal"), '{}')
         FROM "ProductVariant" v WHERE v."productId" IN (SELECT "id" FROM members)) AS "materials",
      (SELECT coalesce(array_agg("id" ORDER BY n), '{}') FROM page) AS "ids"`;
  if (!row || (!isAll && !row.collection)) return null;

  const rows = row.ids.length
    ? await prisma.product.findMany({ where: { id: { in: row.ids } }, select: productCardSelect })
    : [];
  const byId = new Map(rows.map((product) => [product.id, product]));
  return {
    collection: isAll ? ALL_COLLECTION : { ...row.collection!, isAll: false },
    products: row.ids.flatMap((id) => {
      const product = byId.get(id);
      return product ? [toProductCard(product)] : [];
    }),
    total: row.total,
    pageCount: Math.max(1, Math.ceil(row.total / COLLECTION_PAGE_SIZE)),
    materials: row.materials,
  };
}
