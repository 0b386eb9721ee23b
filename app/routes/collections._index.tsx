import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ResponsiveImage } from "~/components/responsive-image";
import { SearchForm } from "~/components/search-form";
import { listPublishedCollections } from "~/models/collection.server";
import { HERO_IMAGE_SIZE } from "~/utils/collection-query";
import collectionsStyles from "~/styles/collections.css";
import { shopOrigin } from "~/utils/origin.server";
import { absoluteUrl, pageMeta } from "~/utils/seo";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: collectionsStyles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { collections, allCount } = await listPublishedCollections();
  return json({ collections, allCount, origin: shopOrigin(request) });
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
          <li key={collection.handle} className="collection-card">
            {collection.heroImageKey ? (
              <ResponsiveImage
                imageKey={collection.heroImageKey}
                width={HERO_IMAGE_SIZE.width}
                height={HERO_IMAGE_SIZE.height}
                alt={collection.heroAlt ?? ""}
                sizes="(min-width: 900px) 36vw, (min-width: 600px) 46vw, 92vw"
                priority={index < 2}
              />
            ) : (
              <div className="collection-card__placeholder" aria-hidden="true" />
            )}
            <div className="collection-card__body">
              {collection.isGift ? (
                <p className="collection-card__tag">
                  Gift{collection.priceLabel ? ` · ${collection.priceLabel}` : ""}
                </p>
              ) : null}
              <h2 className="collection-card__title">
                <Link to={`/collections/${collection.handle}`}>{collection.title}</Link>
              </h2>
              <p className="collection-card__intro">{collection.intro}</p>
              <p className="collection-card__count">{pieces(collection.productCount)}</p>
            </div>
          </li>
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
