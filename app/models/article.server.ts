import type { Prisma } from "~/generated/prisma/client";
import { productCardSelect, toProductCard } from "~/models/product.server";
import { prisma } from "~/utils/db.server";
import { renderMarkdown } from "~/utils/markdown.server";

export const JOURNAL_PAGE_SIZE = 9;
const WORDS_PER_MINUTE = 200;

/** Published and not scheduled for later: a future publishedAt means "not yet". */
function visibleNow() {
  return { status: "PUBLISHED", publishedAt: { lte: new Date() } } satisfies Prisma.ArticleWhereInput;
}

export const articleCardSelect = {
  slug: true,
  title: true,
  excerpt: true,
  authorName: true,
  publishedAt: true,
  topic: true,
  heroImageKey: true,
  heroAlt: true,
} satisfies Prisma.ArticleSelect;

type ArticleCardRow = Prisma.ArticleGetPayload<{ select: typeof articleCardSelect }>;

// visibleNow() only matches rows with a publishedAt, so it is never null here.
function toArticleCard(row: ArticleCardRow) {
  return { ...row, publishedAt: row.publishedAt! };
}
export type ArticleCard = ReturnType<typeof toArticleCard>;

const newestFirst = [{ publishedAt: "desc" }, { id: "asc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

/** One page of the journal, newest first: two queries (the page and the count). */
export async function listPublishedArticles({ page }: { page: number }) {
  const where = visibleNow();
  const [rows, total] = await Promise.all([
    prisma.article.findMany({
      where,
      select: articleCardSelect,
      orderBy: newestFirst,
      skip: (page - 1) * JOURNAL_PAGE_SIZE,
      take: JOURNAL_PAGE_SIZE,
    }),
    prisma.article.count({ where }),
  ]);
  return { articles: rows.map(toArticleCard), page, totalPages: Math.max(1, Math.ceil(total / JOURNAL_PAGE_SIZE)) };
}

/** The newest published articles, for the home page and the RSS feed. One query. */
export async function listLatestArticles(limit: number): Promise<ArticleCard[]> {
  const rows = await prisma.article.findMany({ where: visibleNow(), select: articleCardSelect, orderBy: newestFirst, take: limit });
  return rows.map(toArticleCard);
}

const storyCollectionSelect = {
  handle: true,
  title: true,
  intro: true,
  heroImageKey: true,
  heroAlt: true,
} satisfies Prisma.CollectionSelect;

export const articlePageSelect = {
  ...articleCardSelect,
  body: true,
  contentNote: true,
  updatedAt: true,
  products: {
    where: { product: { status: "PUBLISHED" } },
    orderBy: { position: "asc" },
    select: { product: { select: productCardSelect } },
  },
  collections: {
    where: { collection: { status: "PUBLISHED" } },
    orderBy: { position: "asc" },
    select: { collection: { select: storyCollectionSelect } },
  },
} satisfies Prisma.ArticleSelect;

export function readingMinutes(markdown: string) {
  // Link targets are not read aloud; count only the words a reader sees.
  const words = markdown.replace(/\]\([^)]*\)/g, "]").split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/**
 * A published article with its "Shop the story" products and collections, in one query.
 * The body comes back as sanitized HTML, never as Markdown.
 */
export async function getPublishedArticle(slug: string) {
  const row = await prisma.article.findFirst({ where: { slug, ...visibleNow() }, select: articlePageSelect });
  if (!row) return null;
  const { body, products, collections, ...article } = row;
  return {
    ...toArticleCard(article),
    contentNote: article.contentNote?.trim() || null,
    updatedAt: article.updatedAt,
    html: renderMarkdown(body),
    readingMinutes: readingMinutes(body),
    products: products.map(({ product }) => toProductCard(product)),
    collections: collections.map(({ collection }) => collection),
  };
}
export type ArticlePage = NonNullable<Awaited<ReturnType<typeof getPublishedArticle>>>;
