import { productCardSelect, toProductCard, type ProductCard } from "~/models/product.server";
import { prisma } from "~/utils/db.server";

const SEARCH_PAGE_SIZE = 24;

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
 * name or to its kind of piece ("neckless", "braclet"). The score adds the full-text rank to
 * the name similarity.
 */
export async function searchProducts(
  query: string,
  page = 1,
): Promise<{ products: ProductCard[]; total: number; pageCount: number }> {
  const words = fuzzyWords(query);
  const [row] = await prisma.$queryRaw<[SearchRow]>`
    WITH category_words AS (
      -- A word no piece contains, spelled close to a kind of piece ("neckless", "braclet"),
      -- also asks for that kind. ("rings" is found as it is, never read as "earrings".)
      SELECT coalesce(string_agg(DISTINCT lower(c::text), ' | '), '') AS words
      FROM unnest(${words}::text[]) AS w(word), unnest(enum_range(NULL::"ProductCategory")) AS c
      WHERE similarity(w.word, lower(c::text)) >= 0.35
        AND NOT EXISTS (SELECT 1 FROM "Product" p WHERE p."searchDocument" @@ plainto_tsquery('english', w.word))
    ),
    q AS (
      SELECT CASE category_words.words
        WHEN '' THEN websearch_to_tsquery('english', ${query})
        ELSE websearch_to_tsquery('english', ${query}) || to_tsquery('english', category_words.words)
      END AS tsq
      FROM category_words
    ),
    text_matches AS (
      -- A scalar subquery, computed once, lets the GIN index take the query as its condition.
      SELECT p."id", ts_rank(p."searchDocument", (SELECT tsq FROM q)) AS rank
      FROM "Product" p
      WHERE p."searchDocument" @@ (SELECT tsq FROM q)
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
  const total = row?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  if (!row || row.ids.length === 0) return { products: [], total, pageCount };

  const rows = await prisma.product.findMany({ where: { id: { in: row.ids } }, select: productCardSelect });
  const byId = new Map(rows.map((product) => [product.id, product]));
  return {
    products: row.ids.flatMap((id) => {
      const product = byId.get(id);
      return product ? [toProductCard(product)] : [];
    }),
    total,
    pageCount,
  };
}
