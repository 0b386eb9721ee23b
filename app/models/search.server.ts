import { Prisma } from "~/generated/prisma/client";
import { productCardSelect, toProductCard, type ProductCard } from "~/models/product.server";
import { prisma } from "~/utils/db.server";

const SEARCH_PAGE_SIZE = 24;

/** Words worth matching by spelling: three letters or more (trigrams), at most eight. */
export function fuzzyWords(query: string) {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  return [...new Set(words)].slice(0, 8);
}

/** At most this many matches are ranked and paged; beyond it the page says "more than". */
export const SEARCH_RANKED_MAX = 500;

type SearchRow = { total: number; ids: string[] };

/**
 * Published pieces matching `query`, best first, in two queries. A piece matches when the
 * full-text document matches (name weighs most, then category, summary, materials and
 * collection titles, then description). A word no piece contains is also read as the words of
 * names and kinds of piece spelled close to it ("neckless", "braclet"). The score adds the
 * full-text rank to how close the query's words are to the name.
 *
 * The work is bounded whatever the catalog's size: up to SEARCH_RANKED_MAX + 1 pieces whose
 * name matches (their own index, so they are never crowded out), and as many whose document
 * does, are ranked; `total` counts those, and `more` says there are more than the maximum.
 */
export async function searchProducts(
  query: string,
  page = 1,
): Promise<{ products: ProductCard[]; total: number; more: boolean; pageCount: number }> {
  const words = fuzzyWords(query);
  // Words no piece contains, one SELECT each so the planner sees the word: a common one is
  // found in the first rows it reads, a rare one through the index.
  const unmatched = words.length
    ? Prisma.join(
        words.map(
          (word) =>
            Prisma.sql`SELECT ${word}::text AS word WHERE NOT EXISTS (SELECT 1 FROM "Product" p WHERE p."searchDocument" @@ plainto_tsquery('english', ${word}))`,
        ),
        " UNION ALL ",
      )
    : Prisma.sql`SELECT NULL::text AS word WHERE false`;
  // At most SEARCH_RANKED_MAX + 1 published matches: those whose name matches, or any. When every
  // word is found as typed (most searches) the query is written out, so the planner knows how
  // common its words are: it reads a common word's first rows in order and stops, and looks a rare
  // one up in the index. Otherwise a scalar subquery computed once still lets the index take it.
  const hits = (kind: "name" | "any", condition: Prisma.Sql) => {
    // A name match must match the whole document too ("necklace -chain" excludes chains anywhere),
    // checked on the rows the name index found: IS TRUE keeps the planner from also reading the
    // document index, every match of it, to intersect the two.
    const matches = (tsq: Prisma.Sql) =>
      kind === "name"
        ? Prisma.sql`p."nameDocument" @@ ${tsq} AND (p."searchDocument" @@ ${tsq}) IS TRUE`
        : Prisma.sql`p."searchDocument" @@ ${tsq}`;
    const branch = (tsq: Prisma.Sql, asTyped: Prisma.Sql) => Prisma.sql`
      SELECT p."id", p."name", p."publishedAt", ts_rank(p."searchDocument", (SELECT tsq FROM q)) AS rank
      FROM "Product" p
      WHERE ${matches(tsq)} AND ${asTyped} AND p."status" = 'PUBLISHED' ${condition}`;
    return Prisma.sql`
      SELECT * FROM (
        ${branch(Prisma.sql`websearch_to_tsquery('english', ${query})`, Prisma.sql`NOT EXISTS (SELECT 1 FROM unmatched)`)}
        UNION ALL
        ${branch(Prisma.sql`(SELECT tsq FROM q)`, Prisma.sql`EXISTS (SELECT 1 FROM unmatched)`)}
      ) AS matching
      LIMIT ${SEARCH_RANKED_MAX + 1}`;
  };
  const [row] = await prisma.$queryRaw<[SearchRow]>`
    WITH unmatched AS (${unmatched}),
    corrections AS (
      -- The shop's vocabulary is small next to its catalog: correcting against it costs the
      -- same at 100 pieces and at 100,000. ("rings" is found as it is, never read as "earrings".)
      SELECT w.word, s."word" AS correction
      FROM unmatched AS w
      CROSS JOIN LATERAL (
        SELECT v."word" FROM "SearchWord" v
        WHERE v."word" % w.word AND similarity(w.word, v."word") >= 0.35
        ORDER BY similarity(w.word, v."word") DESC, v."word"
        LIMIT 3
      ) AS s
    ),
    q AS (
      -- A word found nowhere and close to nothing ("cheap willow necklace") is left out rather
      -- than leaving nothing to find; a misspelt one also asks for what it is close to.
      SELECT websearch_to_tsquery('english', coalesce(
          regexp_replace(${query}, '\\m(' || (
            SELECT string_agg(w.word, '|') FROM unmatched AS w WHERE w.word NOT IN (SELECT word FROM corrections)
          ) || ')\\M', ' ', 'gi'),
          ${query}
        )) || coalesce((SELECT to_tsquery('english', string_agg(DISTINCT correction, ' | ')) FROM corrections), ''::tsquery) AS tsq
    ),
    -- Pieces whose name matches come first: their score is above any match elsewhere in the
    -- document, so when there are more of them than can be shown the rest is not read at all.
    name_hits AS (${hits("name", Prisma.empty)}),
    text_hits AS (${hits("any", Prisma.sql`AND (SELECT count(*) FROM name_hits) <= ${SEARCH_RANKED_MAX}`)}),
    ranked AS (
      SELECT h."id", h."publishedAt", h.rank + (
          SELECT coalesce(sum(s.similarity), 0) / ${Math.max(words.length, 1)}
          FROM (SELECT word_similarity(w.word, h."name") AS similarity FROM unnest(${words}::text[]) AS w(word)) AS s
          WHERE s.similarity >= 0.3
        ) AS score
      FROM (SELECT * FROM name_hits UNION SELECT * FROM text_hits) AS h
    ),
    page AS (
      SELECT "id", n FROM (
        SELECT "id", row_number() OVER (ORDER BY score DESC, "publishedAt" DESC NULLS LAST, "id") AS n FROM ranked
      ) AS numbered
      WHERE n > ${(page - 1) * SEARCH_PAGE_SIZE} AND n <= ${Math.min(page * SEARCH_PAGE_SIZE, SEARCH_RANKED_MAX)}
    )
    SELECT (SELECT count(*)::int FROM ranked) AS "total",
           (SELECT coalesce(array_agg("id" ORDER BY n), '{}') FROM page) AS "ids"`;
  const more = (row?.total ?? 0) > SEARCH_RANKED_MAX;
  const total = Math.min(row?.total ?? 0, SEARCH_RANKED_MAX);
  const pageCount = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  if (!row || row.ids.length === 0) return { products: [], total, more, pageCount };

  const rows = await prisma.product.findMany({ where: { id: { in: row.ids } }, select: productCardSelect });
  const byId = new Map(rows.map((product) => [product.id, product]));
  return {
    products: row.ids.flatMap((id) => {
      const product = byId.get(id);
      return product ? [toProductCard(product)] : [];
    }),
    total,
    more,
    pageCount,
  };
}
