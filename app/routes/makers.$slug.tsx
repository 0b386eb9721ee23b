import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { MakerProfileView } from "~/components/maker-profile";
import { ProductGrid } from "~/components/product-grid";
import { getPublicMaker } from "~/models/public-maker.server";
import makersStyles from "~/styles/makers.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: makersStyles }];

// A withdrawal must be seen on the next request: shared caches may keep this page a minute at
// most, browsers not at all. Vary: Cookie, because the header shows the shopper's own bag.
const MAKER_PAGE_CACHE = "public, max-age=0, s-maxage=60";
const CACHE_HEADERS = { "Cache-Control": MAKER_PAGE_CACHE, Vary: "Cookie" };

export async function loader({ params }: LoaderFunctionArgs) {
  const result = await getPublicMaker(params.slug ?? "");
  if (result.state === "unknown") throw new Response("Not found", { status: 404 });
  if (result.state === "gone") throw new Response("Gone", { status: 410, headers: CACHE_HEADERS });
  return json({ profile: result.profile, pieces: result.pieces }, { headers: CACHE_HEADERS });
}

export const headers = () => CACHE_HEADERS;

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Belonging" }];
  const name = data.profile.displayName ?? "One of our makers";
  return [
    { title: `${name} — a maker at Belonging` },
    { name: "description", content: `${name} makes jewelry in the Belonging studio.` },
  ];
};

export default function MakerPage() {
  const { profile, pieces } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <MakerProfileView profile={profile} photoUrl={profile.hasPhoto ? `/maker-photos/${profile.slug}/640.jpg` : null} />
      {pieces.length ? (
        <section className="section" aria-labelledby="her-pieces">
          <h2 id="her-pieces">Pieces by {profile.displayName}</h2>
          <ProductGrid products={pieces} />
        </section>
      ) : null}
      <p className="section">
        <Link to="/collections/all">See every piece made in our studio</Link>
      </p>
    </div>
  );
}
