import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ArticleCard } from "~/components/article-card";
import { CollectionCard } from "~/components/collection-card";
import { ProductGrid } from "~/components/product-grid";
import { imagePreload, ResponsiveImage } from "~/components/responsive-image";
import { listLatestArticles } from "~/models/article.server";
import { listFeaturedCollections } from "~/models/collection.server";
import { listNewArrivals } from "~/models/product.server";
import collectionsStyles from "~/styles/collections.css";
import homeStyles from "~/styles/home.css";
import journalStyles from "~/styles/journal.css";
import { catalogCacheHeaders, catalogHeaders } from "~/utils/http-cache";
import { HERO_IMAGE_SIZE } from "~/utils/images";
import { shopOrigin } from "~/utils/origin.server";
import { pageMeta } from "~/utils/seo";

// Home styles last: they adjust the shared collection and journal cards for this page.
export const links: LinksFunction = () => [
  { rel: "stylesheet", href: collectionsStyles },
  { rel: "stylesheet", href: journalStyles },
  { rel: "stylesheet", href: homeStyles },
];

export const headers = catalogHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  // Three small queries, run together; none of them grows with the size of the shop.
  const [collections, newArrivals, articles] = await Promise.all([
    listFeaturedCollections(4),
    listNewArrivals(8),
    listLatestArticles(3),
  ]);
  return json(
    { collections, newArrivals, articles, origin: shopOrigin(request) },
    { headers: catalogCacheHeaders(request) },
  );
}

// The hero is the first featured collection with an image; beside the text from 900 px on.
const HERO_SIZES = "(min-width: 900px) 56vw, 100vw";
const heroOf = <T extends { heroImageKey: string | null }>(collections: T[]) =>
  collections.find((collection) => collection.heroImageKey);

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const heroImageKey = data ? heroOf(data.collections)?.heroImageKey : null;
  return [
    ...pageMeta({
      title: "Belonging — jewelry made with care, sold with dignity",
      description:
        "Handmade bracelets, necklaces, earrings and rings from our studio's makers, paid fair, stable wages. Every piece shows where your money goes.",
      url: `${data?.origin ?? ""}/`,
    }),
    ...(heroImageKey ? [imagePreload({ imageKey: heroImageKey, width: HERO_IMAGE_SIZE.width, sizes: HERO_SIZES })] : []),
  ];
};

export default function Home() {
  const { collections, newArrivals, articles } = useLoaderData<typeof loader>();
  const hero = heroOf(collections);
  return (
    <>
      <section className="home-hero" aria-labelledby="home-title">
        <div className="container home-hero__inner">
          <div className="home-hero__text">
            <p className="eyebrow">Handmade in our studio</p>
            <h1 id="home-title">Jewelry made with care, sold with dignity</h1>
            <p className="home-hero__lead">
              Every piece is made by a maker in our studio, paid a fair, stable wage. Makers choose what is shared
              about them, and nothing more.
            </p>
            <div className="home-hero__actions">
              <Link className="button" to="/collections/all">
                Shop all jewelry
              </Link>
              <Link className="button button--quiet" to="/collections/gifts-that-give-back">
                Gifts that give back
              </Link>
            </div>
          </div>
          {hero?.heroImageKey ? (
            <div className="home-hero__media">
              <ResponsiveImage
                imageKey={hero.heroImageKey}
                width={HERO_IMAGE_SIZE.width}
                height={HERO_IMAGE_SIZE.height}
                alt=""
                sizes={HERO_SIZES}
                lcp
              />
            </div>
          ) : null}
        </div>
      </section>

      <section className="container home-promise" aria-labelledby="how-it-works">
        <h2 id="how-it-works" className="visually-hidden">
          How the shop works
        </h2>
        <ul className="home-promise__list">
          <li>
            <h3>Fair, stable wages</h3>
            <p>Makers are employed by the studio and paid for their skill, whether a piece sells this week or next.</p>
          </li>
          <li>
            <h3>Makers choose what is shared</h3>
            <p>Nothing about a maker is public unless she approved it, and she can take it back at any time.</p>
          </li>
          <li>
            <h3>Where your money goes</h3>
            <p>Every piece shows its own breakdown: wages, materials, the training program and running the shop.</p>
          </li>
        </ul>
      </section>

      {collections.length ? (
        <section className="container section" aria-labelledby="gift-collections">
          <div className="section__head">
            <h2 id="gift-collections">Gifts that give back</h2>
            <Link to="/collections">All collections</Link>
          </div>
          <ul className="collection-cards home-collections">
            {collections.map((collection) => (
              <CollectionCard
                key={collection.handle}
                collection={collection}
                headingLevel="h3"
                sizes="(min-width: 900px) 24vw, (min-width: 600px) 46vw, 92vw"
              />
            ))}
          </ul>
        </section>
      ) : null}

      <section className="container section" aria-labelledby="new-arrivals">
        <div className="section__head">
          <h2 id="new-arrivals">New arrivals</h2>
          <Link to="/collections/all?sort=newest">See everything</Link>
        </div>
        <ProductGrid products={newArrivals} />
      </section>

      {articles.length ? (
        <section className="container section" aria-labelledby="from-the-journal">
          <div className="section__head">
            <h2 id="from-the-journal">From the journal</h2>
            <Link to="/journal">All stories</Link>
          </div>
          <div className="home-journal">
            {articles.map((article) => (
              <ArticleCard key={article.slug} article={article} headingLevel="h3" sizes="(min-width: 900px) 30vw, 92vw" />
            ))}
          </div>
        </section>
      ) : null}
    </>
  );
}
