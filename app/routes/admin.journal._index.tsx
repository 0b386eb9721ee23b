import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ARTICLE_STATE_LABELS, ArticleStatePill, articleState } from "~/components/admin/content-bits";
import { SelectField, TextField } from "~/components/admin/field";
import { formatDate, formatDateTime } from "~/components/admin/format";
import { listAdminArticles } from "~/models/admin-articles.server";
import { ARTICLE_LIST_STATES } from "~/utils/admin";
import { requireStaff } from "~/utils/auth.server";
import { NO_STORE } from "~/utils/http-cache";
import { PERMISSIONS } from "~/utils/permissions";

export const meta: MetaFunction = () => [{ title: "Journal — Belonging back office" }];

const query = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  state: z.enum(ARTICLE_LIST_STATES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, PERMISSIONS.journal);
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value.trim() !== ""));
  const filter = query.parse(params);
  return json({ ...(await listAdminArticles(filter)), filter }, { headers: NO_STORE });
}

function pageLink(filter: { q?: string; state?: string }, page: number) {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.state) params.set("state", filter.state);
  params.set("page", String(page));
  return `?${params}`;
}

export default function AdminJournal() {
  const { articles, hasMore, filter } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="admin-head">
        <h1 className="admin-title">Journal</h1>
        <Link to="/admin/journal/new" className="button button--small">
          New article
        </Link>
      </div>
      <Form method="get" className="filters" role="search" aria-label="Articles">
        <TextField label="Search titles" name="q" type="search" defaultValue={filter.q} />
        <SelectField label="Status" name="state" defaultValue={filter.state ?? ""}>
          <option value="">Any status</option>
          {ARTICLE_LIST_STATES.map((state) => (
            <option key={state} value={state}>
              {ARTICLE_STATE_LABELS[state]}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button--small">
          Show
        </button>
      </Form>
      {articles.length === 0 ? (
        <p>No articles match. {filter.q || filter.state ? <Link to="/admin/journal">Show all articles</Link> : null}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="articles-caption" tabIndex={0}>
          <table className="admin-table">
            <caption id="articles-caption">Articles, most recently changed first (page {filter.page})</caption>
            <thead>
              <tr>
                <th scope="col">Article</th>
                <th scope="col">Status</th>
                <th scope="col">Author</th>
                <th scope="col">Publish date</th>
                <th scope="col">Changed</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((article) => (
                <tr key={article.id}>
                  <th scope="row">
                    <Link to={`/admin/journal/${article.id}`}>{article.title}</Link>
                    <span className="cell-note">/journal/{article.slug}</span>
                  </th>
                  <td>
                    <ArticleStatePill state={articleState(article)} />
                  </td>
                  <td>{article.authorName}</td>
                  <td>{article.publishedAt && article.status === "PUBLISHED" ? formatDateTime(article.publishedAt) : "—"}</td>
                  <td>{formatDate(article.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pager" aria-label="Article pages">
        {filter.page > 1 ? <Link to={pageLink(filter, filter.page - 1)}>Previous page</Link> : <span />}
        {hasMore ? <Link to={pageLink(filter, filter.page + 1)}>Next page</Link> : null}
      </nav>
    </>
  );
}
