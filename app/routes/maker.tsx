import type { HeadersFunction, LinksFunction, MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, Link, Outlet, useMatches, useRouteError } from "@remix-run/react";
import { PortalNav } from "~/components/maker-portal/portal-nav";
import portalStyles from "~/styles/maker-portal.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: portalStyles }];
export const meta: MetaFunction = () => [{ title: "Your maker pages — Belonging" }, { name: "robots", content: "noindex" }];
// Children have no headers export of their own, so this applies to every portal page.
export const headers: HeadersFunction = () => ({ "Cache-Control": "private, no-store" });

/** Portal pages for a signed-in maker set `handle = { portalNav: true }` to show her menu. */
export type PortalHandle = { portalNav?: boolean };

export default function MakerPortal() {
  const signedIn = useMatches().some((match) => (match.handle as PortalHandle | undefined)?.portalNav);
  return (
    <div className="portal">
      {signedIn ? <PortalNav /> : null}
      <div className="portal__page">
        <Outlet />
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="portal">
      <div className="portal__page">
        <h1>{notFound ? "There is nothing here" : "Something went wrong"}</h1>
        <p>{notFound ? "This page does not exist, or it is not part of your pages." : "Please try again in a moment. Nothing you chose has changed."}</p>
        <p>
          <Link to="/maker" className="button">
            Go to my maker pages
          </Link>
        </p>
      </div>
    </div>
  );
}
