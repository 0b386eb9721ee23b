import { listPublicMakerSlugs } from "~/models/public-maker.server";
import { prisma } from "~/utils/db.server";

export type SitemapEntry = { path: string; lastmod: Date };

/**
 * Every public page worth indexing, with when it last changed: one query per kind of page.
 * Drafts, archived rows and articles scheduled for later never appear.
 */
export async function listSitemapEntries(): Promise<SitemapEntry[]> {
  const [products, collections, articles, makers] = await Promise.all([
    prisma.product.findMany({
      where: { status: "PUBLISHED" },
      select: { handle: true, updatedAt: true },
      orderBy: { handle: "asc" },
    }),
    prisma.collection.findMany({
      where: { status: "PUBLISHED" },
      select: { handle: true, updatedAt: true },
      orderBy: { position: "asc" },
    }),
    prisma.article.findMany({
      where: { status: "PUBLISHED", publishedAt: { lte: new Date() } },
      select: { slug: true, updatedAt: true, publishedAt: true },
      orderBy: { publishedAt: "desc" },
    }),
    // Only makers whose profile is public right now; a withdrawal removes her on the next request.
    listPublicMakerSlugs(),
  ]);
  const latest = (dates: Date[]) => new Date(Math.max(0, ...dates.map((date) => date.getTime())));
  const productDates = products.map((p) => p.updatedAt);
  const collectionDates = collections.map((c) => c.updatedAt);
  // An article's page changes when it is edited or, if scheduled, when it goes live.
  const articleDates = articles.map((a) => latest([a.updatedAt, a.publishedAt!]));
  return [
    { path: "/", lastmod: latest([...productDates, ...collectionDates, ...articleDates]) },
    { path: "/collections", lastmod: latest([...productDates, ...collectionDates]) },
    ...collections.map((c) => ({ path: `/collections/${c.handle}`, lastmod: c.updatedAt })),
    ...products.map((p) => ({ path: `/products/${p.handle}`, lastmod: p.updatedAt })),
    { path: "/journal", lastmod: latest(articleDates) },
    ...articles.map((a, index) => ({ path: `/journal/${a.slug}`, lastmod: articleDates[index]! })),
    ...makers.map((m) => ({ path: `/makers/${m.slug}`, lastmod: m.approvedAt })),
  ];
}
