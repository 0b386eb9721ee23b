import type { ArticleListState } from "~/utils/admin";

const ARTICLE_STATES: Record<ArticleListState, { label: string; tone: string }> = {
  draft: { label: "Draft", tone: "muted" },
  scheduled: { label: "Scheduled", tone: "warning" },
  published: { label: "Published", tone: "success" },
  archived: { label: "Archived", tone: "muted" },
};

/** Draft, scheduled (published with a future date), published or archived. */
export function articleState(article: { status: string; publishedAt: string | null }): ArticleListState {
  if (article.status === "DRAFT") return "draft";
  if (article.status === "ARCHIVED") return "archived";
  return article.publishedAt && new Date(article.publishedAt) > new Date() ? "scheduled" : "published";
}

export function ArticleStatePill({ state }: { state: ArticleListState }) {
  return <span className={`pill pill--${ARTICLE_STATES[state].tone}`}>{ARTICLE_STATES[state].label}</span>;
}

export const ARTICLE_STATE_LABELS = Object.fromEntries(Object.entries(ARTICLE_STATES).map(([state, { label }]) => [state, label])) as Record<
  ArticleListState,
  string
>;
