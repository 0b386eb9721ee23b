import type { HeadersFunction, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { countCartItems } from "~/models/cart.server";
import stylesHref from "~/styles/app.css";
import { readCartId } from "~/utils/cart-cookie.server";
import { getPublicEnv } from "~/utils/env.server";
import { useNonce } from "~/utils/nonce";

// An error page drawn by this document's boundary keeps the headers its route threw with
// (a private order's 404 stays no-store); routes with their own headers export decide the rest.
export const headers: HeadersFunction = ({ errorHeaders }) => errorHeaders ?? new Headers();

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const cartCount = await countCartItems(await readCartId(request));
  return json({ env: getPublicEnv(), cartCount });
}

export function useShopCurrency() {
  return useRouteLoaderData<typeof loader>("root")?.env.SHOP_CURRENCY ?? "USD";
}

/** The maker portal draws its own shell, in her language: no shop header, footer or bag. */
function usePortalLanguage(): string | null {
  const portal = useMatches().find((match) => match.id === "routes/maker");
  if (!portal) return null;
  return (portal.data as { language?: string } | undefined)?.language ?? "en";
}

function Document({ children, title }: { children: ReactNode; title?: string }) {
  const nonce = useNonce();
  const portalLanguage = usePortalLanguage();
  return (
    <html lang={portalLanguage ?? "en"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* Error pages name themselves; a route's own meta cannot run without its data. */}
        {title ? <title>{title}</title> : null}
        <Meta />
        <Links />
      </head>
      <body>
        {portalLanguage ? null : (
          <a className="skip-link" href="#main">
            Skip to content
          </a>
        )}
        {portalLanguage ? null : <SiteHeader />}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        {portalLanguage ? null : <SiteFooter />}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

const GIFTS_PATH = "/collections/gifts-that-give-back";

function SiteHeader() {
  const cartCount = useRouteLoaderData<typeof loader>("root")?.cartCount ?? 0;
  const isGiftsPage = useLocation().pathname === GIFTS_PATH;
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="wordmark" aria-label="Belonging, home">
          Belonging
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            <li>
              {/* Shop stays lit across the catalog, except on the gift collection Gifts points at. */}
              <NavLink
                to="/collections"
                className={({ isActive }) => (isActive && !isGiftsPage ? "active" : undefined)}
              >
                Shop
              </NavLink>
            </li>
            <li>
              <NavLink to={GIFTS_PATH}>Gifts</NavLink>
            </li>
            <li>
              <NavLink to="/journal">Journal</NavLink>
            </li>
            <li>
              <NavLink to="/search">Search</NavLink>
            </li>
            <li>
              <NavLink to="/cart">
                Bag <span aria-hidden="true">({cartCount})</span>
                <span className="visually-hidden">, {cartCount === 1 ? "1 piece" : `${cartCount} pieces`}</span>
              </NavLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          Belonging is a social enterprise. Every piece is made by a maker in our studio, paid a fair, stable
          wage. Makers choose what, if anything, is shared about them.
        </p>
        <p className="muted">© {new Date().getFullYear()} Belonging</p>
      </div>
    </footer>
  );
}

export default function App() {
  return (
    <Document>
      <Outlet />
    </Document>
  );
}

/** What the error page says for an answer a route threw; anything else is "Something went wrong". */
const ERROR_PAGES = new Map<number, { heading: string; text: string }>([
  [400, { heading: "We couldn't read that", text: "Something in what was sent didn't make sense to us, so nothing was changed. Please go back and try again." }],
  [404, { heading: "We couldn't find that page", text: "It may have moved, or it may no longer be available." }],
  [410, { heading: "This page is no longer here", text: "It may have moved, or it may no longer be available." }],
  [413, { heading: "That was too much to send at once", text: "Nothing was changed. Please send less (a smaller file, a shorter text) and try again." }],
  [415, { heading: "We couldn't read that", text: "It wasn't sent the way our forms send it, so nothing was changed. Please go back and try again." }],
  [429, { heading: "Please slow down a little", text: "That was tried many times in a short while, so nothing was changed. Please wait a few minutes and try again." }],
  [503, { heading: "The shop is very busy right now", text: "Nothing was changed. Please try again in a few seconds." }],
]);
const UNEXPECTED = { heading: "Something went wrong", text: "We're sorry. Please try again in a moment; if it keeps happening, let us know." };

// Never shows the error itself (no message, no stack): the server logs it with the request id.
export function ErrorBoundary() {
  const error = useRouteError();
  const page = (isRouteErrorResponse(error) && ERROR_PAGES.get(error.status)) || UNEXPECTED;
  const heading = page.heading;
  // A rate limit's 429 carries its own words, saying how long to wait (app/utils/rate-limit.server.ts).
  const text = isRouteErrorResponse(error) && error.status === 429 && typeof error.data?.message === "string" ? (error.data.message as string) : page.text;
  return (
    <Document title={`${heading} — Belonging`}>
      <div className="container page narrow">
        <h1>{heading}</h1>
        <p>{text}</p>
        <p>
          <Link to="/collections">Browse the shop</Link> or <Link to="/">go to the home page</Link>.
        </p>
      </div>
    </Document>
  );
}
