import { z } from "zod";
import { type FieldErrors, fieldErrors, optionalText, webAddress } from "~/utils/admin-forms";
import { slugify } from "~/utils/admin-product-form.server";

export const ARTICLE_TOPICS = ["RECOVERY", "PURPOSE", "COMMUNITY", "DIGNIFIED_WORK"] as const;
/** How staff choose when an article is public. A scheduled article is PUBLISHED with a future publishedAt. */
export const PUBLISH_STATES = ["draft", "now", "schedule"] as const;

const MAX_LINKS = 24;

const articleSchema = z.object({
  title: z.string().trim().min(1, "Give the article a title.").max(160, "Keep the title under 160 characters."),
  slug: webAddress("a-morning-at-the-bench"),
  excerpt: z.string().trim().min(1, "Write a short excerpt for the journal list.").max(400, "Keep the excerpt under 400 characters."),
  body: z.string().trim().min(1, "Write the article.").max(50_000, "Keep the article under 50,000 characters."),
  authorName: z.string().trim().min(1, "Enter the author's name.").max(120, "Keep the name under 120 characters."),
  topic: z.enum(ARTICLE_TOPICS, { errorMap: () => ({ message: "Choose a topic." }) }),
  contentNote: optionalText(300),
  heroAlt: z.string().trim().max(300, "Keep the description under 300 characters."),
  publish: z.enum(PUBLISH_STATES, { errorMap: () => ({ message: "Choose draft, publish now or schedule." }) }),
  publishAt: z.string().trim().optional(),
});

export type ArticlePublish = { state: "draft" } | { state: "now" } | { state: "schedule"; at: Date };

export type ArticleInput = {
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  authorName: string;
  topic: (typeof ARTICLE_TOPICS)[number];
  contentNote: string | null;
  heroAlt: string;
  publish: ArticlePublish;
  productIds: string[];
  collectionIds: string[];
};

/** "2026-12-01T09:30" (a datetime-local value, read as UTC) → Date; null when it is not one. */
export function parseUtcDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  // Date.UTC rolls 31 February over into March; a real date reads back the same.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 ? date : null;
}

export function selectedIds(form: FormData, name: string): string[] {
  const ids = form.getAll(name).filter((id): id is string => typeof id === "string" && id.length > 0 && id.length <= 64);
  return [...new Set(ids)];
}

/** The article editor's form as an ArticleInput, or errors keyed by field name. */
export function parseArticleForm(form: FormData, now = new Date()): { ok: true; input: ArticleInput } | { ok: false; errors: FieldErrors } {
  const parsed = articleSchema.safeParse(Object.fromEntries([...form].filter(([, v]) => typeof v === "string")));
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error);
  const productIds = selectedIds(form, "productIds");
  const collectionIds = selectedIds(form, "collectionIds");
  if (productIds.length > MAX_LINKS) errors.productIds = `Choose at most ${MAX_LINKS} pieces.`;
  if (collectionIds.length > MAX_LINKS) errors.collectionIds = `Choose at most ${MAX_LINKS} collections.`;
  let publish: ArticlePublish = { state: "draft" };
  if (parsed.success && parsed.data.publish === "schedule") {
    const at = parseUtcDateTime(parsed.data.publishAt ?? "");
    if (!at) errors.publishAt = "Enter a date and time, like 2026-12-01 09:30.";
    else if (at <= now) errors.publishAt = "Choose a time in the future, or choose “Publish now”.";
    else publish = { state: "schedule", at };
  } else if (parsed.success && parsed.data.publish === "now") publish = { state: "now" };
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const { publishAt: _publishAt, publish: _publish, ...data } = parsed.data;
  const slug = data.slug || slugify(data.title);
  if (!slug) return { ok: false, errors: { slug: "Enter a web address made of letters and digits." } };
  return { ok: true, input: { ...data, slug, publish, productIds, collectionIds } };
}

/** A failed or previewed submission, as the editor shows it again: what was typed stays. */
export function editorReply(form: FormData, extra: { errors?: FieldErrors; previewHtml?: string }) {
  const values: Record<string, string> = {};
  for (const [key, value] of form) if (typeof value === "string" && key !== "intent") values[key] = value;
  return { ...extra, values, productIds: selectedIds(form, "productIds"), collectionIds: selectedIds(form, "collectionIds") };
}
