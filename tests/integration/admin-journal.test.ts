import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { action as editAction, loader as editLoader } from "~/routes/admin.journal.$articleId";
import { loader as listLoader } from "~/routes/admin.journal._index";
import { action as newAction } from "~/routes/admin.journal.new";
import { loader as storyLoader } from "~/routes/journal.$slug";
import { loader as journalLoader } from "~/routes/journal._index";
import { getImageStore } from "~/services/image-store.server";
import { prisma, recordQueries } from "~/utils/db.server";
import { createArticle, createStoryCollection } from "../factories/article.ts";
import { createProduct } from "../factories/product.ts";
import { createUser, requestArgs, respond, sessionCookieFor } from "../factories/user.ts";

let cookie: string;
let editorId: string;

beforeAll(async () => {
  const editor = await createUser({ role: "EDITOR" });
  editorId = editor.id;
  cookie = await sessionCookieFor(editor.id);
});

const HOUR = 60 * 60 * 1000;
/** A datetime-local value (UTC), as the editor's date field sends it. */
const inputTime = (date: Date) => date.toISOString().slice(0, 16);

function articleForm(fields: Record<string, string> = {}, links: { productIds?: string[]; collectionIds?: string[] } = {}, hero?: File) {
  const form = new FormData();
  const base: Record<string, string> = {
    intent: "save",
    title: "A morning at the bench",
    slug: "",
    excerpt: "How a bracelet comes together, knot by knot.",
    body: "The studio opens at eight.\n\n## Knots\n\nEach one is tied by hand.",
    authorName: "Studio team",
    topic: "DIGNIFIED_WORK",
    contentNote: "",
    heroAlt: "",
    publish: "draft",
    publishAt: "",
    ...fields,
  };
  for (const [key, value] of Object.entries(base)) form.set(key, value);
  for (const id of links.productIds ?? []) form.append("productIds", id);
  for (const id of links.collectionIds ?? []) form.append("collectionIds", id);
  if (hero) form.set("heroImage", hero);
  return form;
}

const create = (form: FormData) => respond(() => newAction(requestArgs("/admin/journal/new", { cookie, form })));
const edit = (id: string, form: FormData | Record<string, string>) =>
  respond(() => editAction(requestArgs(`/admin/journal/${id}`, { cookie, form, params: { articleId: id } })));
const idFrom = (response: Response) => /\/admin\/journal\/([^?]+)/.exec(response.headers.get("Location") ?? "")![1]!;

async function heroPng(width = 1920, height = 1080) {
  return new File([new Uint8Array(await sharp({ create: { width, height, channels: 3, background: "#c4865a" } }).png().toBuffer())], "hero.png", {
    type: "image/png",
  });
}

async function journalSlugs() {
  const response = await journalLoader(requestArgs("/journal"));
  return ((await response.json()) as { articles: { slug: string }[] }).articles.map((a) => a.slug);
}

describe("writing an article", () => {
  it("creates a draft with its links and a hero image, and records who did it", async () => {
    const product = await createProduct();
    const collection = await createStoryCollection();
    const response = await create(
      articleForm({ title: "Linen and brass", contentNote: "Mentions hard years, briefly.", heroAlt: "Hands tying a knot" }, { productIds: [product.id], collectionIds: [collection.id] }, await heroPng()),
    );
    expect(response.status).toBe(302);
    const id = idFrom(response);
    const article = await prisma.article.findUniqueOrThrow({ where: { id }, include: { products: true, collections: true } });
    expect(article).toMatchObject({ slug: "linen-and-brass", status: "DRAFT", publishedAt: null, contentNote: "Mentions hard years, briefly.", heroAlt: "Hands tying a knot" });
    expect(article.products.map((p) => p.productId)).toEqual([product.id]);
    expect(article.collections.map((c) => c.collectionId)).toEqual([collection.id]);
    expect(await getImageStore().resolve(article.heroImageKey!, 640, "jpg")).not.toBeNull();
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityType: "Article", entityId: id } });
    expect(audit).toMatchObject({ action: "article.created", actorId: editorId });
    expect(await journalSlugs()).not.toContain("linen-and-brass");
  });

  it("publishes now: the article is on /journal at once", async () => {
    const response = await create(articleForm({ title: "Open studio day", publish: "now" }));
    expect(response.status).toBe(302);
    const article = await prisma.article.findUniqueOrThrow({ where: { slug: "open-studio-day" } });
    expect(article.status).toBe("PUBLISHED");
    expect(article.publishedAt!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await journalSlugs()).toContain("open-studio-day");
  });

  it("schedules: hidden from /journal and its page until the time comes", async () => {
    const at = new Date(Date.now() + 2 * HOUR);
    const response = await create(articleForm({ title: "A winter collection", publish: "schedule", publishAt: inputTime(at) }));
    expect(response.status).toBe(302);
    const article = await prisma.article.findUniqueOrThrow({ where: { slug: "a-winter-collection" } });
    expect(article.status).toBe("PUBLISHED");
    expect(article.publishedAt!.toISOString().slice(0, 16)).toBe(inputTime(at));
    expect(await journalSlugs()).not.toContain("a-winter-collection");
    expect((await respond(() => storyLoader(requestArgs("/journal/a-winter-collection", { params: { slug: "a-winter-collection" } })))).status).toBe(404);

    const list = await listLoader(requestArgs("/admin/journal?state=scheduled", { cookie }));
    expect(((await list.json()) as { articles: { slug: string }[] }).articles.map((a) => a.slug)).toContain("a-winter-collection");

    // The time comes.
    await prisma.article.update({ where: { id: article.id }, data: { publishedAt: new Date(Date.now() - 1000) } });
    expect(await journalSlugs()).toContain("a-winter-collection");
  });

  it.each([
    ["an empty title", { title: "  " }, "title"],
    ["a slug with spaces", { slug: "not a slug" }, "slug"],
    ["no topic", { topic: "" }, "topic"],
    ["an unknown topic", { topic: "GOSSIP" }, "topic"],
    ["an empty body", { body: "" }, "body"],
    ["a schedule with no date", { publish: "schedule", publishAt: "" }, "publishAt"],
    ["a date that does not exist", { publish: "schedule", publishAt: "2030-02-31T10:00" }, "publishAt"],
    ["a date that is not a date", { publish: "schedule", publishAt: "next tuesday" }, "publishAt"],
    ["a schedule in the past", { publish: "schedule", publishAt: "2020-01-01T10:00" }, "publishAt"],
    ["an unknown publish state", { publish: "someday" }, "publish"],
  ])("refuses %s next to the field, keeps the input and saves nothing", async (_case, fields, field) => {
    const before = await prisma.article.count();
    const response = await create(articleForm({ title: "Kept title", ...fields }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Record<string, string>; values: Record<string, string> };
    expect(body.errors[field]).toBeTruthy();
    expect(body.values.excerpt).toBe("How a bracelet comes together, knot by knot.");
    expect(await prisma.article.count()).toBe(before);
  });

  it("refuses a slug that is taken, an unknown piece and an unknown collection", async () => {
    const taken = await createArticle({ slug: "taken-story" });
    const before = await prisma.article.count();
    const duplicate = await create(articleForm({ slug: taken.slug }));
    expect(duplicate.status).toBe(400);
    expect(((await duplicate.json()) as { errors: Record<string, string> }).errors.slug).toMatch(/already used/);
    const unknown = await create(articleForm({ slug: "fresh-story" }, { productIds: ["no-such-product"], collectionIds: ["no-such-collection"] }));
    expect(unknown.status).toBe(400);
    const { errors, productIds } = (await unknown.json()) as { errors: Record<string, string>; productIds: string[] };
    expect(errors.productIds).toMatch(/no longer exists/);
    expect(errors.collectionIds).toMatch(/no longer exists/);
    expect(productIds).toEqual(["no-such-product"]);
    expect(await prisma.article.count()).toBe(before);
  });

  it("refuses a file that is not an image, a hero that is not 16:9, and a hero without a description", async () => {
    const before = await prisma.article.count();
    const fake = new File([new TextEncoder().encode("<svg onload=alert(1)>")], "hero.jpg", { type: "image/jpeg" });
    const notImage = await create(articleForm({ slug: "with-fake-hero", heroAlt: "A hero" }, {}, fake));
    expect(notImage.status).toBe(400);
    expect(((await notImage.json()) as { errors: Record<string, string> }).errors.heroImage).toBeTruthy();
    const portrait = await create(articleForm({ slug: "with-portrait-hero", heroAlt: "A hero" }, {}, await heroPng(800, 1000)));
    expect(((await portrait.json()) as { errors: Record<string, string> }).errors.heroImage).toMatch(/16:9/);
    const noAlt = await create(articleForm({ slug: "with-silent-hero" }, {}, await heroPng()));
    expect(((await noAlt.json()) as { errors: Record<string, string> }).errors.heroAlt).toBeTruthy();
    expect(await prisma.article.count()).toBe(before);
  });
});

describe("the preview", () => {
  it("renders the body with the journal's sanitizer, keeps the input and saves nothing", async () => {
    const before = await prisma.article.count();
    const body = "## Hello\n\n<script>alert('x')</script>\n\n[click](javascript:alert(1)) and <img src=x onerror=alert(1)>";
    const response = await create(articleForm({ intent: "preview", body, title: "" }));
    expect(response.status).toBe(200);
    const result = (await response.json()) as { previewHtml: string; values: Record<string, string> };
    expect(result.previewHtml).toContain("<h2>Hello</h2>");
    // Raw HTML is shown as text, never as markup; a javascript: link loses its href.
    expect(result.previewHtml).toContain("&lt;script&gt;");
    expect(result.previewHtml).not.toMatch(/<script|<img|href="javascript/i);
    expect(result.values.body!.replaceAll("\r\n", "\n")).toBe(body);
    expect(await prisma.article.count()).toBe(before);
  });
});

describe("editing an article", () => {
  it("loads the editor in three queries (session, article, link choices)", async () => {
    const article = await createArticle();
    const { result, queries } = await recordQueries(() => editLoader(requestArgs(`/admin/journal/${article.id}`, { cookie, params: { articleId: article.id } })));
    expect(result.status).toBe(200);
    expect(queries.length).toBeLessThanOrEqual(3);
  });

  it("saves fields and links, keeps the first publish date, and records before and after", async () => {
    const publishedAt = new Date(Date.now() - 48 * HOUR);
    const [first, second] = [await createProduct(), await createProduct()];
    const article = await createArticle({ slug: "edited-story", publishedAt, productIds: [first.id] });
    const response = await edit(article.id, articleForm({ title: "Edited story", slug: "edited-story", publish: "now", heroAlt: "The studio table" }, { productIds: [second.id, first.id] }));
    expect(response.status).toBe(200);
    const saved = await prisma.article.findUniqueOrThrow({ where: { id: article.id }, include: { products: { orderBy: { position: "asc" } } } });
    expect(saved).toMatchObject({ title: "Edited story", status: "PUBLISHED", publishedAt });
    expect(saved.products.map((p) => p.productId)).toEqual([second.id, first.id]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: article.id, action: "article.updated" } });
    expect(audit.before).toMatchObject({ title: article.title, productIds: [first.id] });
    expect(audit.after).toMatchObject({ title: "Edited story", productIds: [second.id, first.id] });
  });

  it("changes nothing when the form is refused", async () => {
    const taken = await createArticle({ slug: "someone-elses" });
    const article = await createArticle({ slug: "mine" });
    const response = await edit(article.id, articleForm({ slug: taken.slug, title: "Changed", heroAlt: "The studio table" }));
    expect(response.status).toBe(400);
    expect(await prisma.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ title: article.title, slug: "mine" });
    expect(await prisma.auditEvent.count({ where: { entityId: article.id } })).toBe(0);
  });

  it("requires a description for an existing hero image", async () => {
    const article = await createArticle();
    const response = await edit(article.id, articleForm({ slug: article.slug }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Record<string, string> }).errors.heroAlt).toBeTruthy();
  });

  it("archives: off the journal, with an audit event", async () => {
    const article = await createArticle({ slug: "to-archive" });
    expect(await journalSlugs()).toContain("to-archive");
    const response = await edit(article.id, { intent: "archive" });
    expect(response.status).toBe(200);
    expect(await journalSlugs()).not.toContain("to-archive");
    expect(await prisma.auditEvent.count({ where: { entityId: article.id, action: "article.archived" } })).toBe(1);
  });

  it("answers 404 for an article that does not exist", async () => {
    expect((await edit("no-such-article", articleForm())).status).toBe(404);
    expect((await respond(() => editLoader(requestArgs("/admin/journal/nope", { cookie, params: { articleId: "nope" } })))).status).toBe(404);
  });
});

describe("the article list", () => {
  it("filters by status and searches titles, in two queries", async () => {
    await createArticle({ title: "Draft about silver", status: "DRAFT", publishedAt: null });
    await createArticle({ title: "Published about silver" });
    const { result, queries } = await recordQueries(() => listLoader(requestArgs("/admin/journal?state=draft&q=silver", { cookie })));
    expect(queries.length).toBeLessThanOrEqual(2);
    const titles = ((await result.json()) as { articles: { title: string }[] }).articles.map((a) => a.title);
    expect(titles).toEqual(["Draft about silver"]);
    const bad = await listLoader(requestArgs("/admin/journal?state=nonsense&page=-3", { cookie }));
    expect(bad.status).toBe(200);
  });
});
