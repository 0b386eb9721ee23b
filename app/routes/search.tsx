import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { ProductGrid } from "~/components/product-grid";
import { SEARCH_MAX_LENGTH, SearchForm } from "~/components/search-form";
import { listFeaturedCollections } from "~/models/collection.server";
import { searchProducts } from "~/models/search.server";
import collectionsStyles from "~/styles/collections.css";
import { catalogCacheHeaders, catalogHeaders } from "~/utils/http-cache";
import { shopOrigin } from "~/utils/origin.server";
import { absoluteUrl, pageMeta } from "~/utils/seo";
import { searchQuery } from "~/utils/storefront-input.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: collectionsStyles }];

export const headers = catalogHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const { q, page } = searchQuery.parse({ q: params.get("q") ?? "", page: params.get("page") ?? undefined });
  const origin = shopOrigin(request);

  if (q.length > SEARCH_MAX_LENGTH) {
    return json(
      {
        state: "too-long" as const,
        q: q.slice(0, SEARCH_MAX_LENGTH),
        page: 1,
        pageCount: 1,
        products: [],
        total: 0,
        more: false,
        collections: await listFeaturedCollections(4),
        origin,
      },
      { status: 400 },
    );
  }
  if (!q) {
    return json(
      {
        state: "empty" as const,
        q,
        page: 1,
        pageCount: 1,
        products: [],
        total: 0,
        more: false,
        collections: await listFeaturedCollections(6),
        origin,
      },
      { headers: catalogCacheHeaders(request) },
    );
  }
  const { products, total, more, pageCount } = await searchProducts(q, page);
  if (page > pageCount) throw new Response("Not found", { status: 404 });
  // Suggestions only when there is nothing else to show.
  const collections = total === 0 ? await listFeaturedCollections(4) : [];
  return json(
    { state: "results" as const, q, page, pageCount, products, total, more, collections, origin },
    { headers: catalogCacheHeaders(request) },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        ...pageMeta({
          title: data.q ? `Search: ${data.q}` : "Search",
          description: "Search Belonging's handmade bracelets, necklaces, earrings, rings and anklets.",
          url: absoluteUrl(data.origin, "/search"),
        }),
        // Result pages are endless variations of the catalogue; collections are what to index.
        { name: "robots", content: "noindex, follow" },
      ]
    : [];

const results = (count: number) => `${count} ${count === 1 ? "piece" : "pieces"}`;

export default function Search() {
  const { state, q, page, pageCount, products, total, more, collections } = useLoaderData<typeof loader>();
  return (
    <div className="container search-page">
      <header className="search-page__head">
        <h1>{state === "results" ? <>Search results for “{q}”</> : "Search"}</h1>
        <SearchForm key={q} idPrefix="page" defaultValue={q} label="Search for a piece" />
      </header>

      {state === "too-long" ? (
        <p className="search-page__message" role="alert">
          That search is longer than {SEARCH_MAX_LENGTH} characters. Please shorten it to a few words, like “silver hoops”.
        </p>
      ) : null}

      {state === "results" ? (
        <p className="search-page__count" role="status">
          {total === 0 ? "No pieces found" : `${more ? "More than " : ""}${results(total)} found`}
        </p>
      ) : null}

      {state === "results" && total > 0 ? (
        <>
          <h2 className="visually-hidden">Results</h2>
          <ProductGrid products={products} priorityCount={4} />
          <Pagination
            page={page}
            pageCount={pageCount}
            hrefFor={(n) => `/search?${new URLSearchParams(n > 1 ? { q, page: String(n) } : { q })}`}
            label="Search result pages"
          />
        </>
      ) : null}

      {state === "results" && total === 0 ? (
        <div className="search-page__help">
          <h2>Nothing matched “{q}”</h2>
          <ul>
            <li>Check the spelling, or try a single word such as “necklace”, “hoops” or “silver”.</li>
            <li>Search for a kind of piece or a material rather than a full sentence.</li>
            <li>
              Or <Link to="/collections/all">browse every piece</Link>.
            </li>
          </ul>
        </div>
      ) : null}

      {collections.length > 0 ? (
        <section className="search-page__suggestions" aria-labelledby="search-suggestions">
          <h2 id="search-suggestions">{state === "empty" ? "Or start with a collection" : "Popular collections"}</h2>
          <ul className="suggestion-list">
            {collections.map((collection) => (
              <li key={collection.handle}>
                <Link to={`/collections/${collection.handle}`}>{collection.title}</Link>
                <span className="muted">{collection.intro}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
