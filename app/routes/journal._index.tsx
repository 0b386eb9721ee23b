import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ArticleCard } from "~/components/article-card";
import { listPublishedArticles } from "~/models/article.server";
import journalStyles from "~/styles/journal.css";
import { catalogCacheHeaders, catalogHeaders } from "~/utils/http-cache";
import { shopOrigin } from "~/utils/origin.server";
import { absoluteUrl, pageMeta } from "~/utils/seo";
import { journalQuery } from "~/utils/storefront-input.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: journalStyles },
  { rel: "alternate", type: "application/rss+xml", title: "Belonging journal", href: "/journal/rss.xml" },
];

export const headers = catalogHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = journalQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new Response("Bad page number", { status: 400 });
  const journal = await listPublishedArticles({ page: parsed.data.page });
  if (journal.page > journal.totalPages) throw new Response("Not found", { status: 404 });
  return json({ ...journal, origin: shopOrigin(request) }, { headers: catalogCacheHeaders(request) });
}

const pagePath = (page: number) => (page === 1 ? "/journal" : `/journal?page=${page}`);

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? pageMeta({
        title: data.page === 1 ? "Journal" : `Journal, page ${data.page}`,
        description:
          "Stories from the Belonging studio: the craft of jewelry making, fair and dignified work, and the community around our benches.",
        url: absoluteUrl(data.origin, pagePath(data.page)),
      })
    : [];

export default function Journal() {
  const { articles, page, totalPages } = useLoaderData<typeof loader>();
  // The newest story leads the first page, larger.
  const lead = page === 1 ? articles[0] : undefined;
  const rest = lead ? articles.slice(1) : articles;
  return (
    <div className="container journal">
      <header className="journal__head">
        <p className="eyebrow">The journal</p>
        <h1>Stories from the studio</h1>
        <p className="journal__intro">
          The craft behind each piece, what fair work looks like day to day, and the people who make the studio run.
        </p>
      </header>
      {articles.length === 0 ? (
        <p>New stories are on their way. In the meantime, <Link to="/collections">browse the shop</Link>.</p>
      ) : (
        <>
          {lead ? (
            <ArticleCard article={lead} featured priority sizes="(min-width: 900px) 58vw, 100vw" />
          ) : null}
          {rest.length > 0 ? (
            <ul className="journal__grid">
              {rest.map((article) => (
                <li key={article.slug}>
                  <ArticleCard article={article} sizes="(min-width: 900px) 30vw, (min-width: 600px) 45vw, 100vw" />
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
      {totalPages > 1 ? (
        <nav className="pagination" aria-label="Journal pages">
          {page > 1 ? (
            <Link to={pagePath(page - 1)} rel="prev">
              Newer stories
            </Link>
          ) : (
            <span />
          )}
          <span>
            Page {page} of {totalPages}
          </span>
          {page < totalPages ? (
            <Link to={pagePath(page + 1)} rel="next">
              Older stories
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
