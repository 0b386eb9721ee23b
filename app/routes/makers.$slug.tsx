import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { MakerProfileView } from "~/components/maker-profile";
import { ProductGrid } from "~/components/product-grid";
import { getPublicMaker } from "~/models/public-maker.server";
import makersStyles from "~/styles/makers.css";
import { catalogCacheHeaders, catalogHeaders } from "~/utils/http-cache";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: makersStyles }];

// Her withdrawal clears this server's page cache at once (scripts/lib/page-cache.ts); a shared
// cache in front may keep the page a minute at most (catalogCacheHeaders).
export const headers = catalogHeaders;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const result = await getPublicMaker(params.slug ?? "");
  if (result.state === "unknown") throw new Response("Not found", { status: 404 });
  if (result.state === "gone") throw new Response("Gone", { status: 410, headers: catalogCacheHeaders(request) });
  return json({ profile: result.profile, pieces: result.pieces }, { headers: catalogCacheHeaders(request) });
}

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
