import { randomUUID } from "node:crypto";
import { prisma } from "~/utils/db.server";

const DAY = 24 * 60 * 60 * 1000;

type ArticleInput = {
  slug?: string;
  title?: string;
  excerpt?: string;
  body?: string;
  authorName?: string;
  topic?: "RECOVERY" | "PURPOSE" | "COMMUNITY" | "DIGNIFIED_WORK";
  contentNote?: string | null;
  status?: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  /** Defaults to a day ago; a future date on a published article means "scheduled". */
  publishedAt?: Date | null;
  /** "Shop the story", in order. */
  productIds?: string[];
  collectionIds?: string[];
};

/** A published journal article, for tests. */
export async function createArticle(overrides: ArticleInput = {}) {
  const id = randomUUID().slice(0, 8);
  return prisma.article.create({
    data: {
      slug: overrides.slug ?? `test-story-${id}`,
      title: overrides.title ?? `Test story ${id}`,
      excerpt: overrides.excerpt ?? "A short story from the studio.",
      body: overrides.body ?? "A first paragraph.\n\n## A heading\n\nA second paragraph.",
      authorName: overrides.authorName ?? "Studio team",
      topic: overrides.topic ?? "COMMUNITY",
      contentNote: overrides.contentNote ?? null,
      heroImageKey: `hero${id}${id}`,
      heroAlt: "",
      status: overrides.status ?? "PUBLISHED",
      publishedAt: overrides.publishedAt === undefined ? new Date(Date.now() - DAY) : overrides.publishedAt,
      products: { create: (overrides.productIds ?? []).map((productId, position) => ({ productId, position })) },
      collections: { create: (overrides.collectionIds ?? []).map((collectionId, position) => ({ collectionId, position })) },
    },
  });
}

/** A bare collection to link from an article's "Shop the story". */
export async function createStoryCollection(status: "DRAFT" | "PUBLISHED" | "ARCHIVED" = "PUBLISHED") {
  const id = randomUUID().slice(0, 8);
  return prisma.collection.create({
    data: { handle: `story-collection-${id}`, title: `Story collection ${id}`, intro: "Pieces from the story.", status },
  });
}
