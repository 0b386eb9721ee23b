import type { HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { isRouteErrorResponse, Link, Outlet, useMatches, useRouteError, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { PortalBottomNav, PortalTopBar } from "~/components/maker-portal/portal-shell";
import { type PortalMessageId, PortalIntl, usePortalT } from "~/i18n/portal";
import { languageCookie, portalCatalog, portalLanguage, portalLanguages } from "~/i18n/portal-language.server";
import portalStyles from "~/styles/maker-portal.css";
import { getEnv } from "~/utils/env.server";
import { NO_STORE } from "~/utils/http-cache";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: portalStyles },
  { rel: "manifest", href: "/maker/manifest.webmanifest" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const { language, remember } = portalLanguage(request);
  const headers = new Headers(NO_STORE);
  if (remember) headers.set("Set-Cookie", languageCookie(language));
  return json(
    { language, messages: portalCatalog(language), languages: portalLanguages(), leaveUrl: getEnv().MAKER_LEAVE_URL },
    { headers },
  );
}
export type PortalLayoutData = typeof loader;

/** A portal page's title, in her language: neutral words, nothing that says what the pages are about. */
export function portalTitle(matches: Parameters<MetaFunction>[0]["matches"], id: PortalMessageId) {
  const layout = matches.find((match) => match.id === "routes/maker")?.data as { messages?: Record<string, string> } | undefined;
  return [{ title: `${layout?.messages?.[id] ?? ""} — Belonging studio` }, { name: "robots", content: "noindex, nofollow" }, { name: "referrer", content: "same-origin" }];
}

export const meta: MetaFunction = ({ matches }) => portalTitle(matches, "shell.title");

// Children have no headers export of their own, so these apply to every portal page: never
// stored, never indexed, and no address of hers sent to any other site. "same-origin" rather
// than "no-referrer": with no-referrer browsers send `Origin: null` on her own form posts
// (pages without JavaScript), which the CSRF checks rightly refuse; to other sites both send
// nothing. (Remix adds any Set-Cookie from the loaders itself.)
export const headers: HeadersFunction = () => ({
  "Cache-Control": "private, no-store",
  "X-Robots-Tag": "noindex, nofollow",
  "Referrer-Policy": "same-origin",
});

/** Portal pages for a signed-in maker set `handle = { portalNav: true }` to show her menu. */
export type PortalHandle = { portalNav?: boolean };

function PortalLayout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("routes/maker");
  const signedIn = useMatches().some((match) => (match.handle as PortalHandle | undefined)?.portalNav);
  return (
    <PortalIntl locale={data?.messages["language.locale"]} messages={data?.messages}>
      <div className={signedIn ? "portal portal--signed-in" : "portal"}>
        <PortalTopBar
          signedIn={signedIn}
          language={data?.language ?? "en"}
          languages={data?.languages ?? []}
          leaveUrl={data?.leaveUrl ?? "https://www.google.com/"}
        />
        <div className="portal__page">{children}</div>
        {signedIn ? <PortalBottomNav /> : null}
      </div>
    </PortalIntl>
  );
}

export default function MakerPortal() {
  return (
    <PortalLayout>
      <Outlet />
    </PortalLayout>
  );
}

function PortalError() {
  const error = useRouteError();
  const t = usePortalT();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <>
      <h1>{t(notFound ? "error.notFound.title" : "error.other.title")}</h1>
      <p>{t(notFound ? "error.notFound.text" : "error.other.text")}</p>
      <p>
        <Link to="/maker" className="button" replace>
          {t("error.home")}
        </Link>
      </p>
    </>
  );
}

export function ErrorBoundary() {
  return (
    <PortalLayout>
      <PortalError />
    </PortalLayout>
  );
}
