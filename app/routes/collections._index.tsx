import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CollectionCard } from "~/components/collection-card";
import { SearchForm } from "~/components/search-form";
import { listPublishedCollections } from "~/models/collection.server";
import collectionsStyles from "~/styles/collections.css";
import { catalogCacheHeaders, catalogHeaders } from "~/utils/http-cache";
import { shopOrigin } from "~/utils/origin.server";
import { absoluteUrl, pageMeta } from "~/utils/seo";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: collectionsStyles }];

export const headers = catalogHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const { collections, allCount } = await listPublishedCollections();
  return json({ collections, allCount, origin: shopOrigin(request) }, { headers: catalogCacheHeaders(request) });
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? pageMeta({
        title: "Shop jewelry by collection",
        description:
          "Bracelets, necklaces, earrings, rings and anklets, handmade in our studio by makers paid a fair, stable wage. Browse by collection or see every piece.",
        url: absoluteUrl(data.origin, "/collections"),
      })
    : [];

const pieces = (count: number) => `${count} ${count === 1 ? "piece" : "pieces"}`;

export default function Collections() {
  const { collections, allCount } = useLoaderData<typeof loader>();
  return (
    <div className="container collections">
      <header className="collections__head">
        <div>
          <p className="eyebrow">The shop</p>
          <h1>Shop by collection</h1>
          <p className="collections__lead">
            Every piece is made by hand in our studio. Start with a collection, or{" "}
            <Link to="/collections/all">see all {pieces(allCount)}</Link>.
          </p>
        </div>
        <SearchForm idPrefix="collections" />
      </header>
      <ul className="collection-cards">
        {collections.map((collection, index) => (
          <CollectionCard
            key={collection.handle}
            collection={collection}
            sizes="(min-width: 1320px) 630px, (min-width: 600px) 46vw, 92vw"
            priority={index < 2}
            footer={<p className="collection-card__count">{pieces(collection.productCount)}</p>}
          />
        ))}
        <li className="collection-card collection-card--all">
          <div className="collection-card__body">
            <h2 className="collection-card__title">
              <Link to="/collections/all">All jewelry</Link>
            </h2>
            <p className="collection-card__intro">Every piece in the shop, to filter by material, price and what is in stock.</p>
            <p className="collection-card__count">{pieces(allCount)}</p>
          </div>
        </li>
      </ul>
    </div>
  );
}
