import { productCardSelect, toProductCard, type ProductCard } from "~/models/product.server";
import { prisma } from "~/utils/db.server";

export const SEARCH_PAGE_SIZE = 24;

/** Words worth matching by spelling: three letters or more (trigrams), at most eight. */
export function fuzzyWords(query: string) {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  return [...new Set(words)].slice(0, 8);
}

type SearchRow = { total: number; ids: string[] };

/**
 * Published pieces matching `query`, best first, in two queries. A piece matches when the
 * full-text document matches (name weighs most, then category, summary, materials and
 * collection titles, then description) or when a query word is spelled close to a word of its
 * name ("neckless", "braclet"). The score adds the full-text rank to the name similarity.
 */
export async function searchProducts(query: string, page = 1): Promise<{ products: ProductCard[]; total: number }> {
  const words = fuzzyWords(query);
  const [row] = await prisma.$queryRaw<[SearchRow]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${query}) AS tsq),
    text_matches AS (
      SELECT p."id", ts_rank(p."searchDocument", q.tsq) AS rank
      FROM "Product" p, q
      WHERE p."searchDocument" @@ q.tsq
    ),
    name_matches AS (
      SELECT "id", "similarity" / ${Math.max(words.length, 1)} AS similarity
      FROM "product_name_matches"(${words}::text[])
    ),
    ranked AS (
      SELECT p."id", coalesce(t.rank, 0) + coalesce(n.similarity, 0) AS score, p."publishedAt"
      FROM text_matches t
      FULL JOIN name_matches n ON n."id" = t."id"
      JOIN "Product" p ON p."id" = coalesce(t."id", n."id")
      WHERE p."status" = 'PUBLISHED'
    ),
    page AS (
      SELECT "id", row_number() OVER (ORDER BY score DESC, "publishedAt" DESC NULLS LAST, "id") AS n
      FROM ranked
      ORDER BY n
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}
    )
    SELECT (SELECT count(*)::int FROM ranked) AS "total",
           (SELECT coalesce(array_agg("id" ORDER BY n), '{}') FROM page) AS "ids"`;
  if (!row || row.ids.length === 0) return { products: [], total: row?.total ?? 0 };

  const rows = await prisma.product.findMany({ where: { id: { in: row.ids } }, select: productCardSelect });
  const byId = new Map(rows.map((product) => [product.id, product]));
  return {
    products: row.ids.flatMap((id) => {
      const product = byId.get(id);
      return product ? [toProductCard(product)] : [];
    }),
    total: row.total,
  };
}
