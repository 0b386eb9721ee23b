import type { Prisma } from "~/generated/prisma/client";
import { type Actor, recordAudit } from "~/models/audit.server";
import type { ArticleInput } from "~/utils/admin-article-form.server";
import type { ArticleListState } from "~/utils/admin";
import { prisma } from "~/utils/db.server";

export const ADMIN_ARTICLES_PAGE_SIZE = 30;

export class ArticleNotFoundError extends Error {}
/** Problems only the database can tell (a taken slug, a linked piece that is gone); keys match the form's fields. */
export class ArticleConflictError extends Error {
  constructor(public errors: Record<string, string>) {
    super("The article conflicts with existing data.");
  }
}

function stateWhere(state: ArticleListState | undefined, now: Date): Prisma.ArticleWhereInput {
  switch (state) {
    case "draft":
      return { status: "DRAFT" };
    case "scheduled":
      return { status: "PUBLISHED", publishedAt: { gt: now } };
    case "published":
      return { status: "PUBLISHED", publishedAt: { lte: now } };
    case "archived":
      return { status: "ARCHIVED" };
    default:
      return {};
  }
}

export const adminArticleRowSelect = {
  id: true,
  slug: true,
  title: true,
  authorName: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
} satisfies Prisma.ArticleSelect;

/** One page of articles for staff, newest change first, in one query; `hasMore` from one extra row. */
export async function listAdminArticles({ q, state, page }: { q?: string; state?: ArticleListState; page: number }) {
  const rows = await prisma.article.findMany({
    where: { ...stateWhere(state, new Date()), ...(q ? { title: { contains: q, mode: "insensitive" } } : {}) },
    select: adminArticleRowSelect,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * ADMIN_ARTICLES_PAGE_SIZE,
    take: ADMIN_ARTICLES_PAGE_SIZE + 1,
  });
  return { articles: rows.slice(0, ADMIN_ARTICLES_PAGE_SIZE), hasMore: rows.length > ADMIN_ARTICLES_PAGE_SIZE };
}

export const articleEditSelect = {
  id: true,
  slug: true,
  title: true,
  excerpt: true,
  body: true,
  authorName: true,
  topic: true,
  contentNote: true,
  heroImageKey: true,
  heroAlt: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  products: { select: { productId: true }, orderBy: { position: "asc" } },
  collections: { select: { collectionId: true }, orderBy: { position: "asc" } },
} satisfies Prisma.ArticleSelect;

export type ArticleForEdit = Prisma.ArticleGetPayload<{ select: typeof articleEditSelect }>;

/** Everything the editor shows, in one query. */
export function getArticleForEdit(id: string) {
  return prisma.article.findUnique({ where: { id }, select: articleEditSelect });
}

export type StoryChoice = { kind: "product" | "collection"; id: string; title: string; status: "DRAFT" | "PUBLISHED" | "ARCHIVED" };

/** Pieces and collections an article can link to for "Shop the story": one query for both lists. */
export async function listStoryChoices() {
  const rows = await prisma.$queryRaw<StoryChoice[]>`
    SELECT 'product' AS "kind", "id", "name" AS "title", "status"::text AS "status" FROM "Product" WHERE "status" <> 'ARCHIVED'
    UNION ALL
    SELECT 'collection', "id", "title", "status"::text FROM "Collection" WHERE "status" <> 'ARCHIVED'
    ORDER BY 1, 3`;
  return { products: rows.filter((row) => row.kind === "product"), collections: rows.filter((row) => row.kind === "collection") };
}

/** The audit log's copy of an article: its fields and links, without the timestamps it keeps itself. */
function snapshot(article: ArticleForEdit) {
  const { products, collections, updatedAt: _updatedAt, publishedAt, ...fields } = article;
  return { ...fields, publishedAt: publishedAt?.toISOString() ?? null, productIds: products.map((p) => p.productId), collectionIds: collections.map((c) => c.collectionId) };
}

async function assertNoConflicts(tx: Prisma.TransactionClient, articleId: string | null, input: ArticleInput) {
  const errors: Record<string, string> = {};
  const slugOwner = await tx.article.findFirst({
    where: { slug: input.slug, ...(articleId ? { id: { not: articleId } } : {}) },
    select: { title: true },
  });
  if (slugOwner) errors.slug = `The web address “${input.slug}” is already used by “${slugOwner.title}”.`;
  const [products, collections] = await Promise.all([
    tx.product.count({ where: { id: { in: input.productIds } } }),
    tx.collection.count({ where: { id: { in: input.collectionIds } } }),
  ]);
  if (products !== input.productIds.length) errors.productIds = "One of these pieces no longer exists; reload the page.";
  if (collections !== input.collectionIds.length) errors.collectionIds = "One of these collections no longer exists; reload the page.";
  if (Object.keys(errors).length > 0) throw new ArticleConflictError(errors);
}

/** A unique index the checks above lost a race against: reported like a conflict, never a 500. */
async function withConflictsReported<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "P2002") {
      throw new ArticleConflictError({ slug: "Someone else just used this web address. Choose another and save again." });
    }
    throw error;
  }
}

/** Status and date for the chosen publish state; an article already public keeps its date. */
function publication(input: ArticleInput, before: { status: string; publishedAt: Date | null } | null, now: Date) {
  switch (input.publish.state) {
    case "draft":
      return { status: "DRAFT" as const, publishedAt: before?.publishedAt ?? null };
    case "schedule":
      return { status: "PUBLISHED" as const, publishedAt: input.publish.at };
    case "now": {
      const alreadyPublic = before?.status === "PUBLISHED" && before.publishedAt !== null && before.publishedAt <= now;
      return { status: "PUBLISHED" as const, publishedAt: alreadyPublic ? before.publishedAt : now };
    }
  }
}

function articleData(input: ArticleInput, heroImageKey: string | undefined) {
  return {
    title: input.title,
    slug: input.slug,
    excerpt: input.excerpt,
    body: input.body,
    authorName: input.authorName,
    topic: input.topic,
    contentNote: input.contentNote,
    heroAlt: input.heroAlt,
    ...(heroImageKey ? { heroImageKey } : {}),
  };
}

const links = (input: ArticleInput) => ({
  products: { create: input.productIds.map((productId, position) => ({ productId, position })) },
  collections: { create: input.collectionIds.map((collectionId, position) => ({ collectionId, position })) },
});

/** A new article with its "Shop the story" links; returns its id. */
export async function createArticle(actor: Actor, input: ArticleInput, heroImageKey?: string) {
  return withConflictsReported(() =>
    prisma.$transaction(async (tx) => {
      await assertNoConflicts(tx, null, input);
      const { id } = await tx.article.create({
        data: { ...articleData(input, heroImageKey), ...publication(input, null, new Date()), ...links(input) },
        select: { id: true },
      });
      const after = await tx.article.findUniqueOrThrow({ where: { id }, select: articleEditSelect });
      await recordAudit(tx, actor, { action: "article.created", entityType: "Article", entityId: id, after: snapshot(after) });
      return id;
    }),
  );
}

/** Saves the editor's form: fields, publish state and links, at once. */
export async function updateArticle(actor: Actor, id: string, input: ArticleInput, heroImageKey?: string) {
  await withConflictsReported(() =>
    prisma.$transaction(async (tx) => {
      const before = await tx.article.findUnique({ where: { id }, select: articleEditSelect });
      if (!before) throw new ArticleNotFoundError();
      await assertNoConflicts(tx, id, input);
      await tx.articleProduct.deleteMany({ where: { articleId: id } });
      await tx.articleCollection.deleteMany({ where: { articleId: id } });
      await tx.article.update({
        where: { id },
        data: { ...articleData(input, heroImageKey), ...publication(input, before, new Date()), ...links(input) },
      });
      const after = await tx.article.findUniqueOrThrow({ where: { id }, select: articleEditSelect });
      await recordAudit(tx, actor, { action: "article.updated", entityType: "Article", entityId: id, before: snapshot(before), after: snapshot(after) });
    }),
  );
}

/** Takes an article off the journal for good (it can be saved back to draft or published later). */
export async function archiveArticle(actor: Actor, id: string) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.article.findUnique({ where: { id }, select: { status: true } });
    if (!before) throw new ArticleNotFoundError();
    if (before.status === "ARCHIVED") return;
    await tx.article.update({ where: { id }, data: { status: "ARCHIVED" } });
    await recordAudit(tx, actor, {
      action: "article.archived",
      entityType: "Article",
      entityId: id,
      before: { status: before.status },
      after: { status: "ARCHIVED" },
    });
  });
}
