import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ProductGrid } from "~/components/product-grid";
import { ResponsiveImage } from "~/components/responsive-image";
import { getPublishedArticle } from "~/models/article.server";
import journalStyles from "~/styles/journal.css";
import { catalogCacheHeaders, catalogHeaders } from "~/utils/http-cache";
import { HERO_IMAGE_SIZE } from "~/utils/images";
import { formatArticleDate, TOPIC_LABELS } from "~/utils/journal";
import { shopOrigin } from "~/utils/origin.server";
import { absoluteUrl, articleJsonLd, breadcrumbJsonLd, jsonLdMeta, pageMeta, shareImageUrl } from "~/utils/seo";
import { articleSlug } from "~/utils/storefront-input.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: journalStyles }];

export const headers = catalogHeaders;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = articleSlug.safeParse(params.slug);
  const article = slug.success ? await getPublishedArticle(slug.data) : null;
  if (!article) throw new Response("Not found", { status: 404 });
  return json({ article, origin: shopOrigin(request) }, { headers: catalogCacheHeaders(request) });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [];
  const { article, origin } = data;
  const url = absoluteUrl(origin, `/journal/${article.slug}`);
  const image = article.heroImageKey ? shareImageUrl(origin, { key: article.heroImageKey, width: HERO_IMAGE_SIZE.width }) : null;
  return [
    ...pageMeta({ title: article.title, description: article.excerpt, url, image, imageAlt: article.heroAlt, type: "article" }),
    { property: "article:published_time", content: article.publishedAt },
    { property: "article:modified_time", content: article.updatedAt },
    { property: "article:section", content: TOPIC_LABELS[article.topic] },
    jsonLdMeta(
      articleJsonLd({
        headline: article.title,
        description: article.excerpt,
        datePublished: article.publishedAt,
        dateModified: article.updatedAt,
        author: article.authorName,
        image,
        url,
      }),
    ),
    jsonLdMeta(
      breadcrumbJsonLd([
        { name: "Home", url: absoluteUrl(origin, "/") },
        { name: "Journal", url: absoluteUrl(origin, "/journal") },
        { name: article.title, url },
      ]),
    ),
  ];
};

export default function ArticlePage() {
  const { article } = useLoaderData<typeof loader>();
  const hasStory = article.products.length > 0 || article.collections.length > 0;
  return (
    <article className="story">
      <header className="container story__head">
        <p className="story__kicker">
          <Link to="/journal">Journal</Link>
          <span aria-hidden="true"> · </span>
          {TOPIC_LABELS[article.topic]}
        </p>
        <h1>{article.title}</h1>
        <p className="story__standfirst">{article.excerpt}</p>
        <p className="story__byline">
          <span className="story__author">{article.authorName}</span>
          <span>
            <time dateTime={article.publishedAt}>{formatArticleDate(article.publishedAt)}</time> ·{" "}
            {article.readingMinutes} min read
          </span>
        </p>
        {article.contentNote ? (
          <div className="content-note" role="note" aria-labelledby="content-note-label">
            <p className="content-note__label" id="content-note-label">
              Reading note
            </p>
            <p>{article.contentNote}</p>
          </div>
        ) : null}
      </header>
      {article.heroImageKey ? (
        <div className="container story__hero">
          <ResponsiveImage
            imageKey={article.heroImageKey}
            width={HERO_IMAGE_SIZE.width}
            height={HERO_IMAGE_SIZE.height}
            alt={article.heroAlt ?? ""}
            sizes="(min-width: 1260px) 1216px, calc(100vw - 3rem)"
            priority
          />
        </div>
      ) : null}
      <div className="container story__body">
        {/* Rendered from Markdown and sanitized on the server (app/utils/markdown.server.ts). */}
        <div className="prose" dangerouslySetInnerHTML={{ __html: article.html }} />
      </div>
      {hasStory ? (
        <section className="container story__shop" aria-labelledby="shop-the-story">
          <h2 id="shop-the-story">Shop the story</h2>
          {article.products.length > 0 ? <ProductGrid products={article.products} /> : null}
          {article.collections.length > 0 ? (
            <ul className="story__collections">
              {article.collections.map((collection) => (
                <li key={collection.handle}>
                  <Link to={`/collections/${collection.handle}`} className="story__collection">
                    <span className="story__collection-title">{collection.title}</span>
                    <span className="story__collection-intro">{collection.intro}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
