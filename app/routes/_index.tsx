import type { MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ProductGrid } from "~/components/product-grid";
import { listNewArrivals } from "~/models/product.server";

export const meta: MetaFunction = () => [
  { title: "Belonging — jewelry made with care, sold with dignity" },
  {
    name: "description",
    content: "Handmade bracelets, necklaces and earrings from our studio's makers, paid fair, stable wages.",
  },
];

export async function loader() {
  return json({ newArrivals: await listNewArrivals(8) });
}

export default function Home() {
  const { newArrivals } = useLoaderData<typeof loader>();
  return (
    <>
      <section className="hero">
        <div className="container hero__inner">
          <div>
            <p className="eyebrow">Handmade in our studio</p>
            <h1>Jewelry made with care, sold with dignity</h1>
            <p className="hero__lead">
              Every piece is made by a maker in our studio, paid a fair, stable wage. Makers choose what is shared
              about them, and nothing more.
            </p>
            <Link className="button" to="/collections">
              Shop the collection
            </Link>
          </div>
        </div>
      </section>
      <section className="section container" aria-labelledby="new-arrivals">
        <div className="section__head">
          <h2 id="new-arrivals">New arrivals</h2>
          <Link to="/collections">See everything</Link>
        </div>
        <ProductGrid products={newArrivals} />
      </section>
    </>
  );
}
